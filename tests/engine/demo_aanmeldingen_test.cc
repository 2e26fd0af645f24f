// Tests of the demo registrations (src/engine/demo_aanmeldingen.h): every state, the domain's
// rules, and determinism in the seed and the reference date.

#include "engine/demo_aanmeldingen.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "support/dates.h"
#include "support/fnv.h"

namespace passend::engine {
namespace {

using domain::Aanmelding;
using domain::AanmeldingStatusSoort;
using domain::Uitkomst;
using domain::Weigeringsgrond;
using testing::D;

const domain::Date kVandaag = D(2026, 11, 22);

// Keeps the schools, what it needs of the students, and every registration, with a running
// FNV-1a hash of the registrations.
class AanmeldingSink : public DemoSink, public testing::Fnv1a {
 public:
  void Add(const domain::Gemeente&) override {}
  void Add(const domain::Samenwerkingsverband& swv) override { swvs.push_back(swv); }
  void Add(const domain::Bestuur&) override {}
  void Add(const domain::School& s) override { scholen.emplace(s.code.str(), s); }
  void Add(const domain::Leerling& l, const domain::Inschrijving& i) override {
    if (!aanmeldingen.empty()) students_after_registrations = true;
    leerlingen.emplace(l.id.value,
                       Leerling{l.achternaam, l.voornaam, l.geboortedatum, i.school.str()});
  }
  void Add(const domain::Aanmelding& a) override {
    Mix(std::to_string(a.id), std::to_string(a.leerling.value), a.school.str(), a.swv,
        domain::FormatIsoDate(a.aanmelddatum), a.schriftelijk ? "s" : "m",
        a.compleet_op ? domain::FormatIsoDate(*a.compleet_op) : "-",
        a.gewenste_startdatum ? domain::FormatIsoDate(*a.gewenste_startdatum) : "-",
        a.eerste_keuze ? "1" : "0", a.vooraanmelding ? "v" : "-",
        std::to_string(a.verlenging_dagen), a.verlenging_reden,
        a.verlengd_op ? domain::FormatIsoDate(*a.verlengd_op) : "-");
    for (auto b : a.ondersteuningsbehoeften) Mix(domain::OndersteuningsbehoefteCode(b));
    if (a.besluit) {
      const domain::Besluit& b = *a.besluit;
      Mix(domain::UitkomstCode(b.uitkomst), domain::FormatIsoDate(b.datum),
          b.grond ? domain::WeigeringsgrondCode(*b.grond) : "-", b.andere_school.value_or("-"),
          b.met_arrangement ? "a" : "-", b.hoorrecht ? b.hoorrecht->zienswijze : "-",
          b.hoorrecht ? b.hoorrecht->reden : "-");
    }
    aanmeldingen.push_back(a);
  }
  void Progress(std::string_view, int64_t, int64_t) override {}

  struct Leerling {
    std::string achternaam;
    std::string voornaam;
    domain::Date geboortedatum;
    std::string school;
  };

  bool students_after_registrations = false;
  std::vector<domain::Samenwerkingsverband> swvs;
  std::map<std::string, domain::School> scholen;
  std::map<int64_t, Leerling> leerlingen;
  std::vector<Aanmelding> aanmeldingen;
};

DemoOptions Opties(uint64_t seed = 1, domain::Date vandaag = kVandaag) {
  DemoOptions options;
  options.seed = seed;
  options.vandaag = vandaag;
  return options;
}

const AanmeldingSink& Regio() {
  static const AanmeldingSink* sink = [] {
    auto* s = new AanmeldingSink;
    GenerateDemo(Opties(), *s);
    return s;
  }();
  return *sink;
}

domain::AanmeldingStatus Status(const Aanmelding& a) {
  auto status = domain::StatusOp(a, domain::ZorgplichtTermijnen{}, kVandaag);
  EXPECT_TRUE(status.has_value()) << status.error().message;
  return status.value_or(domain::AanmeldingStatus{});
}

TEST(DemoAanmeldingen, EveryStatusOccurs) {
  std::map<AanmeldingStatusSoort, int> per_status;
  for (const Aanmelding& a : Regio().aanmeldingen) ++per_status[Status(a).soort];
  for (AanmeldingStatusSoort soort : domain::kAlleAanmeldingStatussen) {
    EXPECT_GT(per_status[soort], 0) << domain::AanmeldingStatusCode(soort);
  }
  // Most registrations of the past year are decided; open ones are a minority.
  EXPECT_GT(per_status[AanmeldingStatusSoort::kBesloten], per_status[AanmeldingStatusSoort::kOpen]);
}

TEST(DemoAanmeldingen, EveryOutcomeAndEveryGroundOccurs) {
  std::set<std::tuple<Uitkomst, std::optional<Weigeringsgrond>, bool>> gezien;
  for (const Aanmelding& a : Regio().aanmeldingen) {
    if (a.besluit)
      gezien.insert({a.besluit->uitkomst, a.besluit->grond, a.besluit->met_arrangement});
  }
  EXPECT_TRUE(gezien.contains({Uitkomst::kToegelaten, std::nullopt, false}));
  EXPECT_TRUE(gezien.contains({Uitkomst::kToegelaten, std::nullopt, true}));
  EXPECT_TRUE(gezien.contains({Uitkomst::kEldersGeplaatst, std::nullopt, false}) ||
              gezien.contains({Uitkomst::kEldersGeplaatst, std::nullopt, true}));
  for (Weigeringsgrond grond : domain::kAlleWeigeringsgronden) {
    EXPECT_TRUE(gezien.contains({Uitkomst::kGeweigerd, grond, false}))
        << domain::WeigeringsgrondCode(grond);
  }
  EXPECT_TRUE(gezien.contains({Uitkomst::kIngetrokken, std::nullopt, false}));
}

TEST(DemoAanmeldingen, EachRegistrationPassesTheDomainRulesWhenReplayed) {
  const domain::ZorgplichtTermijnen termijnen;
  const AanmeldingSink& r = Regio();
  for (const Aanmelding& a : r.aanmeldingen) {
    SCOPED_TRACE("aanmelding " + std::to_string(a.id));
    ASSERT_TRUE(domain::Valideer(a).has_value()) << domain::Valideer(a).error().message;
    // Replay as the use case would take the steps: register, extend, decide.
    Aanmelding replay = a;
    replay.verlenging_dagen = 0;
    replay.verlenging_reden.clear();
    replay.verlengd_op.reset();
    replay.besluit.reset();
    if (a.verlenging_dagen > 0) {
      ASSERT_TRUE(a.verlengd_op.has_value());
      EXPECT_EQ(a.verlenging_dagen % 7, 0);  // whole weeks, as the API extends
      EXPECT_LE(a.verlenging_dagen, termijnen.max_verlenging_dagen);
      auto verlengd = domain::Verleng(replay, termijnen, a.verlenging_dagen, a.verlenging_reden,
                                      *a.verlengd_op);
      ASSERT_TRUE(verlengd.has_value()) << verlengd.error().message;
      EXPECT_LE(*a.verlengd_op, kVandaag);
    }
    if (a.besluit) {
      auto besloten = domain::Beslis(replay, termijnen, *a.besluit);
      ASSERT_TRUE(besloten.has_value()) << besloten.error().message;
      const domain::Besluit& b = *a.besluit;
      EXPECT_LE(b.datum, kVandaag);
      // Every outcome records how the student was heard, even a withdrawal.
      ASSERT_TRUE(b.hoorrecht.has_value());
      if (b.andere_school) {
        EXPECT_NE(*b.andere_school, a.school.str());
        ASSERT_TRUE(r.scholen.contains(*b.andere_school));
        const domain::School& andere = r.scholen.at(*b.andere_school);
        EXPECT_EQ(andere.swv ? andere.swv->str() : "", a.swv) << "same SWV";
        EXPECT_TRUE(b.andere_school_akkoord);
      }
    }
    EXPECT_LE(a.aanmelddatum, kVandaag);
    EXPECT_FALSE(a.ondersteuningsbehoeften.empty());
    // The SWV of the registration is that of its school; the student exists and is
    // registered somewhere else than where they are now.
    ASSERT_TRUE(r.scholen.contains(a.school.str()));
    const domain::School& school = r.scholen.at(a.school.str());
    ASSERT_TRUE(school.swv.has_value());
    EXPECT_EQ(school.swv->str(), a.swv);
    ASSERT_TRUE(r.leerlingen.contains(a.leerling.value));
    EXPECT_NE(r.leerlingen.at(a.leerling.value).school, a.school.str());
  }
}

TEST(DemoAanmeldingen, ExtensionsVerbalAndPreRegistrationsAndHoorrechtVariantsOccur) {
  int verlengd = 0, mondeling = 0, vooraanmelding = 0, gehoord = 0, niet_gehoord = 0;
  std::set<domain::Ondersteuningsbehoefte> behoeften;
  for (const Aanmelding& a : Regio().aanmeldingen) {
    if (a.verlenging_dagen > 0) {
      ++verlengd;
      EXPECT_FALSE(a.verlenging_reden.empty());
    }
    if (!a.schriftelijk) ++mondeling;
    if (a.vooraanmelding) ++vooraanmelding;
    if (a.besluit && a.besluit->hoorrecht) {
      if (a.besluit->hoorrecht->gehoord) {
        ++gehoord;
        EXPECT_FALSE(a.besluit->hoorrecht->zienswijze.empty());
      } else {
        ++niet_gehoord;
        EXPECT_FALSE(a.besluit->hoorrecht->reden.empty());
      }
    }
    behoeften.insert(a.ondersteuningsbehoeften.begin(), a.ondersteuningsbehoeften.end());
  }
  EXPECT_GT(verlengd, 0);
  EXPECT_GT(mondeling, 0);
  EXPECT_GT(vooraanmelding, 0);
  EXPECT_GT(niet_gehoord, 0);
  EXPECT_GT(gehoord, 3 * niet_gehoord) << "most students are heard";
  EXPECT_GE(behoeften.size(), 10u);
}

TEST(DemoAanmeldingen, SecondRegistrationsHaveExactlyOneFirstChoice) {
  std::map<int64_t, std::vector<domain::Aanmeldkeuze>> per_leerling;
  for (const Aanmelding& a : Regio().aanmeldingen) {
    per_leerling[a.leerling.value].push_back({a.id, a.eerste_keuze, a.aanmelddatum});
  }
  int met_twee = 0;
  for (const auto& [leerling, keuzes] : per_leerling) {
    if (keuzes.size() < 2) continue;
    ++met_twee;
    EXPECT_EQ(std::count_if(keuzes.begin(), keuzes.end(),
                            [](const domain::Aanmeldkeuze& k) { return k.eerste_keuze; }),
              1)
        << "leerling " << leerling;
    EXPECT_TRUE(domain::ZorgplichtHouder(keuzes).has_value());
  }
  EXPECT_GT(met_twee, 0);
}

TEST(DemoAanmeldingen, AboutOneInAHundredStudentsAYear) {
  const AanmeldingSink& r = Regio();
  const auto aanmeldingen = static_cast<double>(r.aanmeldingen.size());
  const auto leerlingen = static_cast<double>(r.leerlingen.size());
  EXPECT_GT(aanmeldingen / leerlingen, 0.008);
  EXPECT_LT(aanmeldingen / leerlingen, 0.02);
  EXPECT_FALSE(r.students_after_registrations) << "registrations follow every student";
  for (size_t i = 0; i < r.aanmeldingen.size(); ++i) {
    EXPECT_EQ(r.aanmeldingen[i].id, static_cast<int64_t>(i + 1));
  }
}

// MaakDemoAccounts gives the demo parent the first student by name of the lowest bao code in
// the lowest SWV code; that child must have a decided registration to show.
TEST(DemoAanmeldingen, TheDemoParentsChildHasADecidedRegistration) {
  const AanmeldingSink& r = Regio();
  std::string swv = r.swvs.front().code.str();
  for (const auto& s : r.swvs) swv = std::min(swv, s.code.str());
  std::string school;
  for (const auto& [code, s] : r.scholen) {
    if (s.soort == domain::SchoolSoort::kBao && s.swv && s.swv->str() == swv) {
      school = code;
      break;  // the map is ordered by code
    }
  }
  ASSERT_FALSE(school.empty());
  std::optional<std::tuple<std::string, std::string, int64_t>> eerste;
  for (const auto& [id, l] : r.leerlingen) {
    if (l.school != school) continue;
    const auto key = std::make_tuple(l.achternaam, l.voornaam, id);
    if (!eerste || key < *eerste) eerste = key;
  }
  ASSERT_TRUE(eerste.has_value());
  const int64_t kind = std::get<2>(*eerste);
  const auto it = std::find_if(r.aanmeldingen.begin(), r.aanmeldingen.end(),
                               [&](const Aanmelding& a) { return a.leerling.value == kind; });
  ASSERT_NE(it, r.aanmeldingen.end());
  ASSERT_TRUE(it->besluit.has_value());
  EXPECT_NE(it->school.str(), school);
  EXPECT_EQ(Status(*it).soort, AanmeldingStatusSoort::kBesloten);
}

TEST(DemoAanmeldingen, SameSeedAndDateGiveIdenticalRegistrations) {
  AanmeldingSink again;
  GenerateDemo(Opties(), again);
  EXPECT_EQ(again.hash, Regio().hash);
  EXPECT_EQ(again.aanmeldingen.size(), Regio().aanmeldingen.size());
}

TEST(DemoAanmeldingen, AnotherSeedGivesOtherRegistrations) {
  AanmeldingSink other;
  GenerateDemo(Opties(2), other);
  EXPECT_NE(other.hash, Regio().hash);
}

TEST(DemoAanmeldingen, AreDatedBackFromToday) {
  // Served on another day, the demo still shows every state, and nothing lies in the future.
  const domain::Date later = D(2027, 3, 15);
  AanmeldingSink sink;
  GenerateDemo(Opties(1, later), sink);
  EXPECT_NE(sink.hash, Regio().hash);
  std::set<AanmeldingStatusSoort> statussen;
  domain::Date laatste = D(2000, 1, 1);
  for (const Aanmelding& a : sink.aanmeldingen) {
    auto status = domain::StatusOp(a, domain::ZorgplichtTermijnen{}, later);
    ASSERT_TRUE(status.has_value());
    statussen.insert(status->soort);
    EXPECT_LE(a.aanmelddatum, later);
    if (a.besluit) {
      EXPECT_LE(a.besluit->datum, later);
    }
    laatste = std::max(laatste, a.aanmelddatum);
  }
  EXPECT_EQ(statussen.size(), std::size(domain::kAlleAanmeldingStatussen));
  EXPECT_GE(laatste, domain::AddDays(later, -7)) << "the newest registrations are recent";
}

TEST(DemoAanmeldingen, WithoutADateTheyAreDatedFromThePeildatum) {
  AanmeldingSink sink;
  GenerateDemo(DemoOptions{}, sink);
  ASSERT_FALSE(sink.aanmeldingen.empty());
  for (const Aanmelding& a : sink.aanmeldingen) EXPECT_LE(a.aanmelddatum, DemoOptions{}.peildatum);
}

}  // namespace
}  // namespace passend::engine
