// Tests of the demo disputes and SWV settings (src/engine/demo_geschillen.h): every step of
// the ladder occurs, each dispute replays through the domain's rules, each SWV has a
// steunpunt, and the output is deterministic in the seed and the reference date.

#include "engine/demo_geschillen.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "support/dates.h"
#include "support/fnv.h"

namespace passend::engine {
namespace {

using domain::Onderwerp;
using testing::D;

const domain::Date kVandaag = D(2026, 11, 22);

// Keeps what the disputes refer to, every setting and dispute, and an FNV-1a hash of the
// settings and disputes; records whether they came in the contract's order.
class GeschilSink : public DemoSink, public testing::Fnv1a {
 public:
  explicit GeschilSink(bool leerlingen_bewaren = true) : leerlingen_bewaren_(leerlingen_bewaren) {}

  void Add(const domain::Gemeente&) override {}
  void Add(const domain::Samenwerkingsverband& swv) override {
    if (!instellingen.empty()) order_ok = false;
    swvs.push_back(swv);
  }
  void Add(const domain::Bestuur&) override {
    if (instellingen.size() != swvs.size()) order_ok = false;
  }
  void Add(const domain::School& s) override { scholen.emplace(s.code.str(), s); }
  void Add(const domain::Leerling& l, const domain::Inschrijving& i) override {
    if (!geschillen.empty()) order_ok = false;
    if (leerlingen_bewaren_) leerlingen.emplace(l.id.value, i.school.str());
  }
  void Add(const domain::Aanmelding& a) override {
    if (!geschillen.empty()) order_ok = false;
    if (a.besluit) aanmeldingen.emplace(a.id, a);
  }
  void Add(const DemoSwvInstellingen& d) override {
    const domain::SwvInstellingen& i = d.instellingen;
    Mix(d.swv.str(), i.meldingsplicht ? "m" : "-", i.centraal_aanmeldpunt ? "c" : "-",
        i.steunpunt.naam, i.steunpunt.telefoon, i.steunpunt.email, i.steunpunt.website);
    for (const auto& stap : i.ladder) Mix(stap.code, stap.naam, std::to_string(stap.termijn_dagen));
    instellingen.push_back(d);
  }
  void Add(const DemoGeschil& g) override {
    Mix(std::to_string(g.id), std::to_string(g.leerling.value),
        g.aanmelding ? std::to_string(*g.aanmelding) : "-", g.school.str(), g.swv,
        domain::OnderwerpCode(g.onderwerp),
        g.besluitdatum ? domain::FormatIsoDate(*g.besluitdatum) : "-", g.omschrijving,
        domain::FormatIsoDate(g.geopend_op));
    for (const auto& s : g.stappen) {
      Mix(s.code, domain::FormatIsoDate(s.start), s.eigenaar, std::to_string(s.termijn_dagen),
          s.einde ? domain::FormatIsoDate(*s.einde) : "-", s.uitkomst);
    }
    geschillen.push_back(g);
  }
  void Progress(std::string_view, int64_t, int64_t) override {}

  bool order_ok = true;
  std::vector<domain::Samenwerkingsverband> swvs;
  std::map<std::string, domain::School> scholen;
  std::map<int64_t, std::string> leerlingen;           // id -> current school
  std::map<int64_t, domain::Aanmelding> aanmeldingen;  // the decided ones
  std::vector<DemoSwvInstellingen> instellingen;
  std::vector<DemoGeschil> geschillen;

 private:
  bool leerlingen_bewaren_;
};

DemoOptions Opties(uint64_t seed = 1, domain::Date vandaag = kVandaag,
                   DemoScale scale = DemoScale::kRegio) {
  DemoOptions options;
  options.scale = scale;
  options.seed = seed;
  options.vandaag = vandaag;
  return options;
}

const GeschilSink& Regio() {
  static const GeschilSink* sink = [] {
    auto* s = new GeschilSink;
    GenerateDemo(Opties(), *s);
    return s;
  }();
  return *sink;
}

// Where a dispute stands on `op`, read from its steps the way a reader would.
std::string Stand(const DemoGeschil& g, domain::Date op) {
  auto geschil = domain::Geschil::Herstel(g.onderwerp, g.ladder, g.besluitdatum, {}, g.stappen);
  if (!geschil) return "ongeldig: " + geschil.error().message;
  const domain::Stap* huidig = geschil->HuidigeStap();
  if (huidig == nullptr) return "geopend";
  const size_t n = g.stappen.size();
  if (huidig->einde) {
    if (n == 1 && huidig->code == "school" && huidig->uitkomst.starts_with("Opgelost")) {
      return "opgelost";
    }
    return "afgerond " + huidig->code;
  }
  const bool school_zonder_akkoord = n >= 2 && g.stappen[n - 2].code == "school" &&
                                     g.stappen[n - 2].uitkomst.starts_with("Geen overeenstemming");
  if (huidig->code == "school") {
    return geschil->TermijnVerstreken(op) ? "school verlopen" : "school";
  }
  if (huidig->code == "swv" && school_zonder_akkoord) return "swv";
  if (huidig->code == "schoolbestuur" && school_zonder_akkoord) return "schoolbestuur";
  if (huidig->code == domain::kGpoStap) return "gpo";
  return "anders " + huidig->code;
}

std::map<std::string, int> PerStand(const GeschilSink& sink, domain::Date op) {
  std::map<std::string, int> result;
  for (const DemoGeschil& g : sink.geschillen) ++result[Stand(g, op)];
  return result;
}

TEST(DemoGeschillen, EveryStepOfTheLadderOccurs) {
  const auto per_stand = PerStand(Regio(), kVandaag);
  for (const char* stand : {"geopend", "school", "school verlopen", "swv", "gpo", "opgelost"}) {
    EXPECT_GT(per_stand.count(stand) ? per_stand.at(stand) : 0, 0) << stand;
  }
  for (const auto& [stand, n] : per_stand) {
    EXPECT_FALSE(stand.starts_with("ongeldig") || stand.starts_with("anders")) << stand;
  }
  // A handful per SWV: about 10 to 20 in the region.
  EXPECT_GE(Regio().geschillen.size(), 10u);
  EXPECT_LE(Regio().geschillen.size(), 20u);
  std::set<Onderwerp> onderwerpen;
  for (const DemoGeschil& g : Regio().geschillen) onderwerpen.insert(g.onderwerp);
  EXPECT_EQ(onderwerpen.size(), std::size(domain::kAlleOnderwerpen));
}

TEST(DemoGeschillen, EachReplaysThroughTheDomainRules) {
  const GeschilSink& r = Regio();
  std::map<std::string, std::vector<domain::LadderStap>> ladders;
  for (const auto& d : r.instellingen) ladders[d.swv.str()] = d.instellingen.ladder;
  int64_t vorige_id = 0;
  for (const DemoGeschil& g : r.geschillen) {
    SCOPED_TRACE("geschil " + std::to_string(g.id));
    EXPECT_EQ(g.id, vorige_id + 1);
    vorige_id = g.id;
    auto herstel = domain::Geschil::Herstel(g.onderwerp, g.ladder, g.besluitdatum, {}, g.stappen);
    ASSERT_TRUE(herstel.has_value()) << herstel.error().message;
    // The steps keep the terms the ladder (or, for the GPO, its own term) gave them.
    auto opnieuw = domain::Geschil::Create(g.onderwerp, g.ladder, g.besluitdatum);
    ASSERT_TRUE(opnieuw.has_value());
    for (const domain::Stap& s : g.stappen) {
      ASSERT_TRUE(opnieuw->StartStap(s.code, s.start, s.eigenaar).has_value());
      EXPECT_EQ(opnieuw->HuidigeStap()->termijn_dagen, s.termijn_dagen) << s.code;
      if (s.einde) {
        ASSERT_TRUE(opnieuw->SluitStap(*s.einde, s.uitkomst).has_value());
      }
      EXPECT_FALSE(s.eigenaar.empty());
      EXPECT_GE(s.start, g.geopend_op);
      EXPECT_LE(s.start, kVandaag);
      if (s.einde) {
        EXPECT_LE(*s.einde, kVandaag);
        EXPECT_FALSE(s.uitkomst.ends_with(".")) << "read inside a sentence";
      }
    }
    EXPECT_LE(g.geopend_op, kVandaag);
    // Its ladder is its SWV's, and no rung is a child-protection report.
    ASSERT_TRUE(ladders.contains(g.swv));
    EXPECT_EQ(g.ladder.size(), ladders.at(g.swv).size());
    for (size_t i = 0; i < g.ladder.size(); ++i) {
      EXPECT_EQ(g.ladder[i].code, ladders.at(g.swv)[i].code);
      EXPECT_EQ(g.ladder[i].termijn_dagen, ladders.at(g.swv)[i].termijn_dagen);
    }
    EXPECT_TRUE(domain::ValideerLadder(g.ladder).has_value());
    EXPECT_FALSE(g.omschrijving.empty());
    ASSERT_TRUE(r.scholen.contains(g.school.str()));
    const domain::School& school = r.scholen.at(g.school.str());
    ASSERT_TRUE(school.swv.has_value());
    EXPECT_EQ(school.swv->str(), g.swv);
    if (g.onderwerp == Onderwerp::kToelating) {
      // About a refusal or a place elsewhere, dated at its decision, opened after it.
      ASSERT_TRUE(g.aanmelding.has_value());
      ASSERT_TRUE(r.aanmeldingen.contains(*g.aanmelding));
      const domain::Aanmelding& a = r.aanmeldingen.at(*g.aanmelding);
      EXPECT_TRUE(a.besluit->uitkomst == domain::Uitkomst::kGeweigerd ||
                  a.besluit->uitkomst == domain::Uitkomst::kEldersGeplaatst);
      ASSERT_TRUE(g.besluitdatum.has_value());
      EXPECT_EQ(*g.besluitdatum, a.besluit->datum);
      EXPECT_EQ(g.leerling, a.leerling);
      EXPECT_EQ(g.school, a.school);
      EXPECT_GE(g.geopend_op, *g.besluitdatum);
    } else {
      // A removal or OPP is with the school the child attends, and no decision is dated.
      EXPECT_FALSE(g.aanmelding.has_value());
      EXPECT_FALSE(g.besluitdatum.has_value());
      ASSERT_TRUE(r.leerlingen.contains(g.leerling.value));
      EXPECT_EQ(r.leerlingen.at(g.leerling.value), g.school.str());
    }
    if (Stand(g, kVandaag) == "gpo") {
      // Filed within the 6 weeks; its term is the GPO's opinion, not the ladder's.
      EXPECT_LE(g.stappen.back().start,
                domain::AddDays(*g.besluitdatum, domain::GpoTermijnen{}.indienen_dagen));
      EXPECT_EQ(g.stappen.back().termijn_dagen, domain::GpoTermijnen{}.oordeel_dagen);
    }
  }
  EXPECT_TRUE(r.order_ok) << "settings follow the SWVs, disputes follow the registrations";
}

TEST(DemoGeschillen, EverySwvHasSettingsAndASteunpunt) {
  const GeschilSink& r = Regio();
  ASSERT_EQ(r.instellingen.size(), r.swvs.size());
  std::string eerste = r.swvs.front().code.str();
  for (const auto& swv : r.swvs) eerste = std::min(eerste, swv.code.str());
  for (size_t i = 0; i < r.swvs.size(); ++i) {
    const DemoSwvInstellingen& d = r.instellingen[i];
    SCOPED_TRACE(d.swv.str());
    EXPECT_EQ(d.swv, r.swvs[i].code);
    EXPECT_TRUE(domain::Valideer(d.instellingen).has_value());
    const domain::Steunpunt& s = d.instellingen.steunpunt;
    EXPECT_TRUE(s.naam.starts_with("Ouder- en jeugdsteunpunt ")) << s.naam;
    EXPECT_TRUE(s.telefoon.starts_with("0")) << s.telefoon;
    EXPECT_EQ(std::count_if(s.telefoon.begin(), s.telefoon.end(), ::isdigit), 10) << s.telefoon;
    EXPECT_TRUE(s.email.find('@') != std::string::npos && s.email.ends_with(".example.nl"))
        << s.email;
    EXPECT_TRUE(s.website.starts_with("https://") && s.website.ends_with(".example.nl"))
        << s.website;
    // The demo SWV account (the lowest code) sees every registration.
    if (d.swv.str() == eerste) {
      EXPECT_TRUE(d.instellingen.meldingsplicht);
    }
  }
}

TEST(DemoGeschillen, LandSettingsVaryAndEverySwvGetsAFew) {
  GeschilSink land(/*leerlingen_bewaren=*/false);
  GenerateDemo(Opties(7, kVandaag, DemoScale::kLand), land);
  ASSERT_EQ(land.instellingen.size(), 150u);
  int meldingsplicht = 0, centraal = 0, korter = 0;
  std::set<std::string> hosts;
  for (const auto& d : land.instellingen) {
    EXPECT_TRUE(domain::Valideer(d.instellingen).has_value()) << d.swv.str();
    meldingsplicht += d.instellingen.meldingsplicht;
    centraal += d.instellingen.centraal_aanmeldpunt;
    korter += d.instellingen.ladder.front().termijn_dagen < 14;
    hosts.insert(d.instellingen.steunpunt.website);
    for (char c : d.instellingen.steunpunt.email) {
      EXPECT_TRUE(static_cast<unsigned char>(c) < 0x80) << d.instellingen.steunpunt.email;
    }
  }
  EXPECT_EQ(hosts.size(), 150u) << "each SWV its own website";
  EXPECT_GT(meldingsplicht, 20);
  EXPECT_LT(meldingsplicht, 130);
  EXPECT_GT(centraal, 3);
  EXPECT_LT(centraal, 40);
  EXPECT_GT(korter, 5);
  EXPECT_LT(korter, 60);

  std::map<std::string, int> per_swv;
  for (const DemoGeschil& g : land.geschillen) ++per_swv[g.swv];
  EXPECT_EQ(per_swv.size(), 150u);
  for (const auto& [swv, n] : per_swv) {
    EXPECT_GE(n, 3) << swv;
    EXPECT_LE(n, 20) << swv;
  }
  const auto per_stand = PerStand(land, kVandaag);
  for (const auto& [stand, n] : per_stand) {
    EXPECT_FALSE(stand.starts_with("ongeldig") || stand.starts_with("anders")) << stand;
  }
  EXPECT_GE(per_stand.at("gpo"), 100);
}

TEST(DemoGeschillen, SameSeedAndDateGiveIdenticalDisputes) {
  GeschilSink again;
  GenerateDemo(Opties(), again);
  EXPECT_EQ(again.hash, Regio().hash);
  EXPECT_EQ(again.geschillen.size(), Regio().geschillen.size());
}

TEST(DemoGeschillen, AnotherSeedGivesOtherDisputes) {
  GeschilSink other;
  GenerateDemo(Opties(2), other);
  EXPECT_NE(other.hash, Regio().hash);
  // Still every step, on another seed.
  const auto per_stand = PerStand(other, kVandaag);
  for (const char* stand : {"geopend", "school", "school verlopen", "swv", "gpo", "opgelost"}) {
    EXPECT_GT(per_stand.count(stand) ? per_stand.at(stand) : 0, 0) << stand;
  }
}

TEST(DemoGeschillen, AreDatedBackFromToday) {
  const domain::Date later = D(2027, 3, 15);
  GeschilSink sink;
  GenerateDemo(Opties(1, later), sink);
  EXPECT_NE(sink.hash, Regio().hash);
  const auto per_stand = PerStand(sink, later);
  EXPECT_GT(per_stand.count("school verlopen") ? per_stand.at("school verlopen") : 0, 0);
  for (const DemoGeschil& g : sink.geschillen) {
    EXPECT_LE(g.geopend_op, later);
    for (const auto& s : g.stappen) EXPECT_LE(s.einde.value_or(s.start), later);
  }
}

}  // namespace
}  // namespace passend::engine
