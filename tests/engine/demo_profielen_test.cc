// Demo support profiles (issue 5 item 8): every location has a valid profile, most regular
// schools offer basis only, special schools are specialistisch for what they serve, the demo
// SWVs have real gaps, and the same options give the same profiles.
#include "engine/demo_profielen.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace passend::engine {
namespace {

using domain::Ondersteuningsniveau;
using domain::SchoolSoort;

struct Gegenereerd {
  DemoStructure s;
  std::vector<domain::Ondersteuningsprofiel> profielen;
};

Gegenereerd Maak(DemoScale scale) {
  DemoOptions options;
  options.scale = scale;
  Gegenereerd g{BuildStructure(options), {}};
  g.profielen = GenerateProfielen(g.s, options);
  return g;
}

TEST(DemoProfielen, EveryLocationHasAValidProfileMostRegularOnesAtBasis) {
  const auto g = Maak(DemoScale::kRegio);
  const auto taxonomie = domain::StandaardTaxonomie();
  std::map<std::string, const domain::Ondersteuningsprofiel*> huidig;  // the last per school
  for (const auto& p : g.profielen) {
    ASSERT_TRUE(domain::Valideer(p, taxonomie, *domain::ParseIsoDate("2025-10-01")).has_value())
        << p.school.str();
    huidig[p.school.str()] = &p;
  }
  ASSERT_EQ(huidig.size(), g.s.scholen.size());
  int regulier = 0, alleen_basis = 0;
  for (const DemoSchool& d : g.s.scholen) {
    const auto& p = *huidig.at(d.school.code.str());
    if (d.school.soort == SchoolSoort::kBao || d.school.soort == SchoolSoort::kVo) {
      ++regulier;
      if (p.regels.empty()) ++alleen_basis;
    }
    if (d.school.soort == SchoolSoort::kSbo) {
      EXPECT_EQ(p.NiveauVoor("leren"), Ondersteuningsniveau::kSpecialistisch);
    }
    if (d.school.cluster == 4) {
      EXPECT_EQ(p.NiveauVoor("gedrag"), Ondersteuningsniveau::kSpecialistisch);
      EXPECT_LE(*p.Regel("gedrag")->plaatsen, 6);  // a demo SWV: few places (a gap)
    }
    if (d.school.cluster == 3) {
      EXPECT_EQ(p.NiveauVoor("cognitief"), Ondersteuningsniveau::kSpecialistisch);
    }
  }
  EXPECT_GT(alleen_basis * 2, regulier);  // most regular schools: basis
}

TEST(DemoProfielen, TheDemoSwvsHaveNoProviderForTheGapsAndTheCountryHas) {
  const auto g = Maak(DemoScale::kRegio);
  for (const auto& p : g.profielen) {
    for (auto gat : kDemoGaten) {
      EXPECT_EQ(p.NiveauVoor(gat), Ondersteuningsniveau::kBasis) << p.school.str() << " " << gat;
    }
  }
  // Elsewhere the cluster 1 schools do offer zien.
  const auto land = Maak(DemoScale::kLand);
  int zien = 0;
  for (const auto& p : land.profielen) {
    if (p.NiveauVoor("zien") == Ondersteuningsniveau::kSpecialistisch) ++zien;
  }
  EXPECT_GT(zien, 0);
}

TEST(DemoProfielen, SameOptionsSameProfiles) {
  const auto a = Maak(DemoScale::kRegio);
  const auto b = Maak(DemoScale::kRegio);
  ASSERT_EQ(a.profielen.size(), b.profielen.size());
  for (size_t i = 0; i < a.profielen.size(); ++i) {
    EXPECT_EQ(a.profielen[i].school, b.profielen[i].school);
    EXPECT_EQ(a.profielen[i].regels.size(), b.profielen[i].regels.size());
    EXPECT_EQ(a.profielen[i].vastgesteld_op, b.profielen[i].vastgesteld_op);
  }
}

}  // namespace
}  // namespace passend::engine
