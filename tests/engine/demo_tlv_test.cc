// Tests of the demo TLVs and arrangementen (src/engine/demo_tlv.h): every student of an sbo, so
// or vso school of an SWV holds a TLV active today; every request passes the domain's rules
// (the import replays them); every state of issue 7 item 6 occurs, for the demo accounts too;
// grensverkeer both ways for the demo SWV; the catalogues and assignments; determinism.

#include "engine/demo_tlv.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "support/dates.h"

namespace passend::engine {
namespace {

using domain::TlvAanvraag;
using domain::TlvCategorie;
using domain::TlvSoort;
using testing::D;

const domain::Date kVandaag = D(2026, 11, 22);

// Feeds the schools and students of a demo run to TlvKandidaten and remembers where each
// student goes.
class Sink final : public DemoSink {
 public:
  explicit Sink(const DemoOptions& options) : kandidaten(options) {}
  void Add(const domain::Gemeente&) override {}
  void Add(const domain::Samenwerkingsverband&) override {}
  void Add(const domain::Bestuur&) override {}
  void Add(const domain::School& school) override {
    kandidaten.Add(school);
    scholen[school.code.str()] = school;
  }
  void Add(const domain::Leerling& leerling, const domain::Inschrijving& inschrijving) override {
    kandidaten.Add(leerling, inschrijving);
    const domain::School& s = scholen.at(inschrijving.school.str());
    if (s.swv && (s.soort == domain::SchoolSoort::kSbo || domain::HasCluster(s.soort))) {
      speciaal.insert(leerling.id.value);
    }
    school_van[leerling.id.value] = inschrijving.school.str();
  }
  void Progress(std::string_view, int64_t, int64_t) override {}

  TlvKandidaten kandidaten;
  std::map<std::string, domain::School> scholen;
  std::set<int64_t> speciaal;
  std::map<int64_t, std::string> school_van;
};

struct Gegenereerd {
  std::unique_ptr<Sink> sink;
  DemoTlvData data;
};

Gegenereerd Genereer(DemoScale scale, uint64_t seed = 7) {
  DemoOptions options;
  options.scale = scale;
  options.seed = seed;
  options.vandaag = kVandaag;
  Gegenereerd run{std::make_unique<Sink>(options), {}};
  GenerateDemo(options, *run.sink);
  run.data = run.sink->kandidaten.Genereer();
  return run;
}

// Replays a generated request through the domain's rules, as the import does.
bool Herhaalbaar(const TlvAanvraag& g) {
  TlvAanvraag a = g;
  a.adviezen.clear();
  a.besluit.reset();
  a.bezwaar.reset();
  a.evaluatie_gevraagd_op.reset();
  if (!domain::Valideer(a, kVandaag)) return false;
  for (const auto& advies : g.adviezen) {
    if (!domain::VoegAdviesToe(a, advies, advies.datum)) return false;
  }
  if (g.besluit && !domain::Beslis(a, *g.besluit)) return false;
  if (g.bezwaar) {
    if (!domain::DienBezwaarIn(a, g.bezwaar->ingediend_op, g.bezwaar->gronden, {})) return false;
    if (g.bezwaar->beslist_op &&
        !domain::RondBezwaarAf(a, *g.bezwaar->lbt_advies_op, g.bezwaar->lbt_advies,
                               *g.bezwaar->beslist_op, g.bezwaar->gegrond, g.bezwaar->beslissing)) {
      return false;
    }
  }
  if (g.evaluatie_gevraagd_op && !domain::VraagEvaluatie(a, *g.evaluatie_gevraagd_op)) return false;
  return a.besluit.has_value() == g.besluit.has_value() &&
         !(g.besluit && a.besluit->datum > kVandaag);
}

TEST(DemoTlv, EveryStudentOfASpecialSchoolHoldsATlvActiveTodayAndEveryRequestPassesTheRules) {
  const Gegenereerd run = Genereer(DemoScale::kRegio);
  std::set<int64_t> met_tlv;
  std::set<int64_t> onbesloten;
  for (const DemoTlv& t : run.data.tlvs) {
    const TlvAanvraag& a = t.aanvraag;
    EXPECT_TRUE(Herhaalbaar(a)) << a.leerling.value;
    if (auto tlv = domain::TlvVan(a); tlv && domain::IsActief(*tlv, kVandaag)) {
      met_tlv.insert(a.leerling.value);
    }
    // One undecided request per child (migration 0009's unique index).
    if (!a.besluit) {
      EXPECT_TRUE(onbesloten.insert(a.leerling.value).second) << a.leerling.value;
    }
  }
  ASSERT_FALSE(run.sink->speciaal.empty());
  for (int64_t id : run.sink->speciaal) EXPECT_TRUE(met_tlv.contains(id)) << id;
}

TEST(DemoTlv, EveryStateOccursAndTheDemoAccountsHaveFixedCases) {
  const Gegenereerd run = Genereer(DemoScale::kRegio);
  const domain::TlvTermijnen termijnen;
  std::map<std::string, int> staten;
  std::map<std::string, int> demo;
  const std::string demo_swv = "PO2601";
  for (const DemoTlv& t : run.data.tlvs) {
    const TlvAanvraag& a = t.aanvraag;
    std::set<std::string> s;
    if (a.adviezen.empty()) s.insert("open zonder advies");
    if (a.adviezen.size() == 1) s.insert("een advies");
    if (domain::IsCompleet(a) && !a.besluit) s.insert("compleet");
    if (auto tlv = domain::TlvVan(a)) {
      std::string naam = "toegekend ";
      naam.append(domain::TlvSoortCode(a.soort));
      if (tlv->categorie) {
        naam.push_back(' ');
        naam.append(domain::TlvCategorieCode(*tlv->categorie));
      }
      s.insert(naam);
      if (!tlv->einddatum)
        s.insert(a.evaluatie_gevraagd_op ? "loopbaan met evaluatie" : "loopbaan");
      if (domain::EindigtBinnenkort(*tlv, kVandaag, termijnen)) s.insert("eindigt binnenkort");
      const std::string& school = run.sink->school_van.at(a.leerling.value);
      const domain::School& huidig = run.sink->scholen.at(school);
      if (domain::IsActief(*tlv, kVandaag) && domain::HasCluster(huidig.soort) && huidig.swv &&
          huidig.swv->str() != a.swv.str()) {
        if (a.swv.str() == demo_swv) s.insert("grensverkeer uit");
        if (huidig.swv->str() == demo_swv) s.insert("grensverkeer in");
      }
    }
    if (a.besluit && !a.besluit->toegekend) {
      s.insert("afgewezen");
      EXPECT_FALSE(a.besluit->motivering.empty());
    }
    if (a.bezwaar)
      s.insert(!a.bezwaar->beslist_op ? "bezwaar" : (a.bezwaar->gegrond ? "gegrond" : "ongegrond"));
    for (const auto& naam : s) {
      ++staten[naam];
      if (t.voor_demo_accounts || a.swv.str() == demo_swv) ++demo[naam];
    }
  }
  for (const char* naam :
       {"open zonder advies", "een advies", "compleet", "toegekend sbo", "toegekend so laag",
        "toegekend so midden", "toegekend so hoog", "toegekend vso laag", "toegekend vso midden",
        "toegekend vso hoog", "loopbaan", "loopbaan met evaluatie", "afgewezen", "bezwaar",
        "gegrond", "ongegrond", "eindigt binnenkort"}) {
    EXPECT_GT(staten[naam], 0) << naam;
  }
  // The demo SWV (swv.demo) sees every state of its own, and grensverkeer both ways.
  for (const char* naam :
       {"open zonder advies", "een advies", "compleet", "toegekend sbo", "toegekend so laag",
        "toegekend so midden", "toegekend so hoog", "loopbaan", "loopbaan met evaluatie",
        "afgewezen", "bezwaar", "gegrond", "ongegrond", "eindigt binnenkort", "grensverkeer uit",
        "grensverkeer in"}) {
    EXPECT_GT(demo[naam], 0) << naam;
  }
}

TEST(DemoTlv, TheDemoParentsChildHasAGrantedTlvAndAnArrangement) {
  const Gegenereerd run = Genereer(DemoScale::kRegio);
  // As MaakDemoAccounts: the first student by name of the lowest bao of the lowest SWV.
  std::string school;
  for (const auto& [code, s] : run.sink->scholen) {
    if (s.soort == domain::SchoolSoort::kBao && s.swv && s.swv->str() == "PO2601") {
      school = code;
      break;
    }
  }
  ASSERT_FALSE(school.empty());
  const DemoTlv* eerste = nullptr;
  for (const DemoTlv& t : run.data.tlvs) {
    if (t.voor_demo_accounts && t.aanvraag.school.str() == school) {
      eerste = &t;
      break;
    }
  }
  ASSERT_NE(eerste, nullptr);
  ASSERT_TRUE(eerste->aanvraag.besluit.has_value());
  EXPECT_TRUE(eerste->aanvraag.besluit->toegekend);
  EXPECT_EQ(eerste->aanvraag.soort, TlvSoort::kSbo);
  bool arrangement = false;
  for (const auto& t : run.data.toekenningen) {
    arrangement = arrangement || t.leerling == eerste->aanvraag.leerling;
  }
  EXPECT_TRUE(arrangement);
}

TEST(DemoTlv, EachSwvHasACatalogueOfEveryKindAndAssignmentsFollowTheRules) {
  const Gegenereerd run = Genereer(DemoScale::kRegio);
  std::map<std::string, std::set<domain::ArrangementSoort>> soorten;
  int inactief = 0;
  for (const auto& a : run.data.arrangementen) {
    EXPECT_TRUE(domain::Valideer(a).has_value()) << a.naam;
    EXPECT_EQ(a.bedrag.value() % 100, 0) << a.naam;  // whole euros
    soorten[a.swv.str()].insert(a.soort);
    inactief += a.actief ? 0 : 1;
  }
  ASSERT_EQ(soorten.size(), 2u);  // PO2601 and VO2601
  for (const auto& [swv, s] : soorten) EXPECT_EQ(s.size(), 5u) << swv;
  EXPECT_EQ(inactief, 2);
  ASSERT_GT(run.data.toekenningen.size(), 100u);
  int beeindigd = 0;
  for (const auto& t : run.data.toekenningen) {
    ASSERT_GE(t.arrangement, 1);
    const auto& a = run.data.arrangementen.at(static_cast<size_t>(t.arrangement - 1));
    domain::Toekenning nieuw = t;
    nieuw.einde.reset();
    EXPECT_TRUE(domain::Valideer(nieuw, a).has_value());
    EXPECT_EQ(a.swv, t.swv);
    EXPECT_LE(t.van, kVandaag);
    beeindigd += t.einde ? 1 : 0;
  }
  EXPECT_GT(beeindigd, 0);
}

TEST(DemoTlv, SameOptionsGiveTheSameData) {
  const Gegenereerd a = Genereer(DemoScale::kRegio, 3);
  const Gegenereerd b = Genereer(DemoScale::kRegio, 3);
  ASSERT_EQ(a.data.tlvs.size(), b.data.tlvs.size());
  for (size_t i = 0; i < a.data.tlvs.size(); ++i) {
    EXPECT_EQ(a.data.tlvs[i].aanvraag.leerling, b.data.tlvs[i].aanvraag.leerling);
    EXPECT_EQ(a.data.tlvs[i].aanvraag.aangevraagd_op, b.data.tlvs[i].aanvraag.aangevraagd_op);
  }
  ASSERT_EQ(a.data.toekenningen.size(), b.data.toekenningen.size());
}

TEST(DemoTlv, LandHoldsTensOfThousandsOfTlvsCalibratedOnTheSpecialSchools) {
  const Gegenereerd run = Genereer(DemoScale::kLand, 1);
  std::map<TlvSoort, int> actief;
  std::map<TlvCategorie, int> categorie;
  for (const DemoTlv& t : run.data.tlvs) {
    if (auto tlv = domain::TlvVan(t.aanvraag); tlv && domain::IsActief(*tlv, kVandaag)) {
      ++actief[tlv->soort];
      if (tlv->categorie) ++categorie[*tlv->categorie];
    }
  }
  // docs/demo-data.md: sbo 30,000; so and vso of clusters 3 and 4 about 25,000 and 31,000.
  EXPECT_GT(actief[TlvSoort::kSbo], 28000);
  EXPECT_GT(actief[TlvSoort::kSo] + actief[TlvSoort::kVso], 50000);
  EXPECT_LT(actief[TlvSoort::kSo] + actief[TlvSoort::kVso], 66000);
  // Categories: laag the most, then hoog, then midden.
  EXPECT_GT(categorie[TlvCategorie::kLaag], categorie[TlvCategorie::kHoog]);
  EXPECT_GT(categorie[TlvCategorie::kHoog], categorie[TlvCategorie::kMidden]);
  EXPECT_GT(run.data.toekenningen.size(), 20000u);
}

}  // namespace
}  // namespace passend::engine
