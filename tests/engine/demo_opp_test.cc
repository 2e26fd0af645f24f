// Demo OPPs (issue 7 item 6): the demo school's first student by name (the demo parent's child)
// has a plan waiting for consent, the next ones show every other state, the sampled sbo/(v)so
// students have plans in each consent state that pass the domain's rules, vso plans carry an
// uitstroomprofiel, and the same seed gives the same plans.
#include "engine/demo_opp.h"

#include <gtest/gtest.h>

#include <set>

namespace passend::engine {
namespace {

using domain::SchoolSoort;

domain::School School(const std::string& code, SchoolSoort soort, const std::string& swv) {
  domain::School s;
  s.code = *domain::Vestigingscode::Parse(code);
  s.soort = soort;
  s.swv = *domain::SwvCode::Parse(swv);
  return s;
}

std::vector<DemoOpp> Genereer(uint64_t seed) {
  DemoOptions options;
  options.seed = seed;
  options.vandaag = *domain::ParseIsoDate("2025-10-01");
  OppKandidaten k(options);
  k.Add(School("20AA00", SchoolSoort::kBao, "PO2002"));
  k.Add(School("10AA00", SchoolSoort::kBao, "PO2001"));  // the demo school: lowest SWV, bao
  k.Add(School("10BB00", SchoolSoort::kSbo, "PO2001"));
  k.Add(School("30CC00", SchoolSoort::kVso, "VO2001"));
  int64_t id = 1;
  auto leerling = [&](const std::string& school, const std::string& achternaam) {
    domain::Leerling l;
    l.voornaam = "Kim";
    l.achternaam = achternaam;
    domain::Inschrijving i{domain::LeerlingId{id++}, *domain::Vestigingscode::Parse(school),
                           *domain::ParseIsoDate("2022-08-22"), std::nullopt};
    k.Add(l, i);
  };
  for (const char* naam : {"Visser", "Bakker", "Jansen", "De Boer", "Smit", "Mulder", "Bos"}) {
    leerling("10AA00", naam);
  }
  for (int i = 0; i < 400; ++i) leerling("10BB00", "Dekker");
  for (int i = 0; i < 400; ++i) leerling("30CC00", "Meijer");
  for (int i = 0; i < 400; ++i) leerling("20AA00", "Vos");
  return k.Genereer();
}

TEST(DemoOpp, TheDemoParentsChildWaitsForConsentAndTheDemoSchoolShowsEveryState) {
  const auto opps = Genereer(7);
  ASSERT_GE(opps.size(), 5u);
  // "Bakker" sorts first at the demo school: ListLeerlingen orders by name.
  const domain::Opp& kind = opps[0].opp;
  EXPECT_EQ(kind.school.str(), "10AA00");
  EXPECT_EQ(kind.leerling.value, 2);
  ASSERT_FALSE(kind.versies.empty());
  EXPECT_EQ(domain::InstemmingVan(kind.versies.back()), domain::Instemming::kGevraagd);
  std::set<std::string> staten;
  for (size_t i = 0; i < 5; ++i) {
    const auto& o = opps[i].opp;
    EXPECT_EQ(o.school.str(), "10AA00");
    const auto stand = domain::StandVan(o, {});
    staten.insert(stand.laatste_versie == 0
                      ? "geen-versie"
                      : (stand.instemming ? std::string(domain::InstemmingCode(*stand.instemming))
                                          : "niet-gevraagd"));
    if (stand.laatste_versie == 0) {
      // Still due, and past the 6-week term: the reminder shows.
      EXPECT_FALSE(domain::Signalen(stand, *domain::ParseIsoDate("2025-10-01")).empty());
    }
  }
  EXPECT_EQ(staten, (std::set<std::string>{"geen-versie", "niet-gevraagd", "gevraagd", "gegeven",
                                           "geweigerd"}));
}

TEST(DemoOpp, SampledPlansPassTheRulesInEveryStateAndRepeatForTheSameSeed) {
  const auto opps = Genereer(7);
  std::set<std::string> staten;
  int vso = 0;
  int regulier = 0;
  const auto vandaag = *domain::ParseIsoDate("2025-10-01");
  for (const auto& d : opps) {
    const domain::Opp& o = d.opp;
    EXPECT_TRUE(domain::Valideer(o, vandaag).has_value());
    if (o.school.str() == "20AA00") ++regulier;
    for (const auto& v : o.versies) {
      EXPECT_TRUE(domain::Valideer(v.inhoud, o.onderwijs).has_value());
      EXPECT_LE(v.vastgesteld_op, vandaag);
      for (const auto& s : v.instemming) EXPECT_LE(s.datum, vandaag);
    }
    for (const auto& e : o.evaluaties) EXPECT_LE(e.datum, vandaag);
    if (o.onderwijs == SchoolSoort::kVso && !o.versies.empty()) {
      ++vso;
      EXPECT_TRUE(o.versies.back().inhoud.uitstroomprofiel.has_value());
    }
    const auto stand = domain::StandVan(o, {});
    if (stand.instemming == domain::Instemming::kGeweigerd) {
      EXPECT_EQ(stand.versie_in_werking, stand.laatste_versie - 1);  // the earlier one holds
    }
    staten.insert(stand.instemming ? std::string(domain::InstemmingCode(*stand.instemming))
                                   : "geen");
  }
  EXPECT_GT(vso, 50);
  EXPECT_LT(regulier, 10);  // regular schools: only a few students with extra support
  EXPECT_EQ(staten, (std::set<std::string>{"geen", "gevraagd", "gegeven", "geweigerd"}));
  const auto nog_eens = Genereer(7);
  ASSERT_EQ(nog_eens.size(), opps.size());
  for (size_t i = 0; i < opps.size(); ++i) {
    EXPECT_EQ(nog_eens[i].opp.leerling.value, opps[i].opp.leerling.value);
    EXPECT_EQ(nog_eens[i].opp.versies.size(), opps[i].opp.versies.size());
  }
}

}  // namespace
}  // namespace passend::engine
