// Tests of the demo absence cases (src/engine/demo_verzuim.h): determinism, the domain's
// rules, the fixed cases of the demo accounts, and the calibration on domain.md §4 / §3.5
// (inflow, sex, age, the shares longer than 3 months) measured on `land`.

#include "engine/demo_verzuim.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
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

using domain::Beeindiging;
using domain::Date;
using domain::Verzuimmelding;
using domain::VerzuimType;
using testing::D;

const Date kVandaag = D(2026, 11, 22);
const domain::VerzuimTermijnen kTermijnen{};
const domain::Schoolvakanties kGeenVakanties{};

// Keeps the schools, what the checks need of the students, and every case, with a running
// FNV-1a hash of the cases. Students are kept compactly (2.5 million in `land`).
class VerzuimSink : public DemoSink, public testing::Fnv1a {
 public:
  struct Leerling {
    Date geboortedatum{};
    domain::Geslacht geslacht = domain::Geslacht::kOnbekend;
    int school = -1;  // index into scholen_volgorde
    domain::GemeenteCode woongemeente;
  };

  explicit VerzuimSink(bool details = true) : details_(details) {}

  void Add(const domain::Gemeente&) override {}
  void Add(const domain::Samenwerkingsverband& swv) override { swvs.push_back(swv); }
  void Add(const DemoSwvInstellingen& d) override {
    const domain::VerzuimInstellingen& v = d.instellingen.verzuim;
    Mix(d.swv.str(), v.vakantieregio ? domain::VakantieregioCode(*v.vakantieregio) : "-",
        domain::DoorzettingsmachtCode(v.doorzettingsmacht.houder), v.doorzettingsmacht.naam,
        v.advies_voor_vrijstelling ? "a" : "-");
    instellingen[d.swv.str()] = d.instellingen;
  }
  void Add(const DemoTussendoelen& t) override {
    Mix(t.swv.str(), domain::FormatIsoDate(t.plan.basisdatum), std::to_string(t.plan.basiswaarde),
        t.plan.doeljaar.Label(), std::to_string(t.plan.doelwaarde), std::to_string(t.plan.stappen));
    if (!meldingen.empty()) tussendoelen_na_meldingen = true;
    tussendoelen.push_back(t);
  }
  void Add(const domain::Bestuur&) override {}
  void Add(const domain::School& s) override {
    school_index.emplace(s.code.str(), static_cast<int>(scholen.size()));
    scholen.push_back(s);
  }
  void Add(const domain::Leerling& l, const domain::Inschrijving& i) override {
    if (!meldingen.empty()) students_after_cases = true;
    const auto index = static_cast<size_t>(l.id.value);
    if (leerlingen.size() <= index) leerlingen.resize(index + 1);
    Leerling& kept = leerlingen[index];
    kept.geboortedatum = l.geboortedatum;
    kept.geslacht = l.geslacht;
    if (details_) {
      kept.school = school_index.at(i.school.str());
      kept.woongemeente = l.woongemeente;
    }
  }
  void Add(const DemoVerzuim& v) override {
    const Verzuimmelding& m = v.melding;
    Mix(std::to_string(v.id), std::to_string(m.leerling.value), domain::VerzuimTypeCode(m.type),
        m.gemeente.str(), m.school ? m.school->str() : "-", m.swv.str(),
        domain::FormatIsoDate(m.startdatum),
        m.einddatum ? domain::FormatIsoDate(*m.einddatum) : "-",
        m.reden_einde ? domain::BeeindigingCode(*m.reden_einde) : "-", m.toelichting_einde,
        m.aanbod ? domain::FormatIsoDate(m.aanbod->datum) : "-",
        m.aanbod ? m.aanbod->omschrijving : "-",
        v.overgedragen_op ? domain::FormatIsoDate(*v.overgedragen_op) : "-",
        v.voor_demo_accounts ? "d" : "-",
        m.artsverklaring ? domain::FormatIsoDate(*m.artsverklaring) : "-",
        v.advies ? domain::FormatIsoDate(v.advies->datum) + v.advies->advies : "-");
    for (const domain::Doorbraak& d : v.doorbraken) {
      Mix(std::to_string(d.volgnummer), domain::FormatIsoDate(d.aangevraagd_op), d.reden,
          d.besluit_op ? domain::FormatIsoDate(*d.besluit_op) : "-", d.besluit, d.besloten_door);
    }
    meldingen.push_back(v);
  }
  void Progress(std::string_view, int64_t, int64_t) override {}

  const Leerling& Van(const Verzuimmelding& m) const {
    return leerlingen.at(static_cast<size_t>(m.leerling.value));
  }

  bool students_after_cases = false;
  bool tussendoelen_na_meldingen = false;
  std::vector<domain::Samenwerkingsverband> swvs;
  std::map<std::string, domain::SwvInstellingen> instellingen;  // by SWV code
  std::vector<DemoTussendoelen> tussendoelen;
  std::vector<domain::School> scholen;
  std::map<std::string, int> school_index;
  std::vector<Leerling> leerlingen;  // by id
  std::vector<DemoVerzuim> meldingen;

 private:
  bool details_;
};

DemoOptions Opties(uint64_t seed = 1, DemoScale scale = DemoScale::kRegio) {
  DemoOptions options;
  options.seed = seed;
  options.scale = scale;
  options.vandaag = kVandaag;
  return options;
}

const VerzuimSink& Regio() {
  static const VerzuimSink* sink = [] {
    auto* s = new VerzuimSink;
    GenerateDemo(Opties(), *s);
    return s;
  }();
  return *sink;
}

const VerzuimSink& Land() {
  static const VerzuimSink* sink = [] {
    auto* s = new VerzuimSink(/*details=*/false);
    GenerateDemo(Opties(7, DemoScale::kLand), *s);
    return s;
  }();
  return *sink;
}

bool IsLang(const Verzuimmelding& m) {
  // At home on start + 3 months: still running then (DrieMaandenDatum).
  const Date grens = domain::PlusMaanden(m.startdatum, 3);
  return !m.einddatum || *m.einddatum > grens;
}

TEST(DemoVerzuim, SameSeedAndDateGiveIdenticalCases) {
  VerzuimSink again;
  GenerateDemo(Opties(), again);
  EXPECT_EQ(again.hash, Regio().hash);
  EXPECT_EQ(again.meldingen.size(), Regio().meldingen.size());
  VerzuimSink other;
  GenerateDemo(Opties(2), other);
  EXPECT_NE(other.hash, Regio().hash);
  VerzuimSink later;
  DemoOptions options = Opties();
  options.vandaag = D(2027, 3, 15);
  GenerateDemo(options, later);
  EXPECT_NE(later.hash, Regio().hash);
}

TEST(DemoVerzuim, EveryCasePassesTheRulesWhenReplayed) {
  const VerzuimSink& r = Regio();
  ASSERT_GT(r.meldingen.size(), 100u);
  EXPECT_FALSE(r.students_after_cases) << "cases follow every student";
  std::set<std::pair<int64_t, VerzuimType>> open_thuiszitters;
  for (size_t i = 0; i < r.meldingen.size(); ++i) {
    const DemoVerzuim& v = r.meldingen[i];
    const Verzuimmelding& m = v.melding;
    SCOPED_TRACE("melding " + std::to_string(v.id));
    EXPECT_EQ(v.id, static_cast<int64_t>(i + 1));
    if (i > 0) {
      EXPECT_LE(r.meldingen[i - 1].melding.startdatum, m.startdatum);
    }
    auto valide = domain::Valideer(m, kVandaag);
    ASSERT_TRUE(valide.has_value()) << valide.error().message;
    // Replayed as the use case takes the steps: register, offer, end.
    Verzuimmelding replay = m;
    replay.einddatum.reset();
    replay.reden_einde.reset();
    replay.toelichting_einde.clear();
    replay.aanbod.reset();
    if (m.aanbod) {
      EXPECT_FALSE(m.aanbod->omschrijving.empty());
      ASSERT_TRUE(domain::RegistreerAanbod(replay, *m.aanbod).has_value());
    }
    if (m.einddatum) {
      EXPECT_LE(*m.einddatum, kVandaag);
      auto beeindigd = domain::Beeindig(replay, *m.einddatum, *m.reden_einde, m.toelichting_einde);
      ASSERT_TRUE(beeindigd.has_value()) << beeindigd.error().message;
    } else if (domain::IsThuiszittertype(m.type)) {
      EXPECT_TRUE(open_thuiszitters.insert({m.leerling.value, m.type}).second)
          << "one open case per child and type (migration 0007)";
    }
    EXPECT_GE(m.startdatum, domain::AddDays(kVandaag, -548));
    // The child: the case's municipality is where they live, its SWV that of their school,
    // and the types with a school name their current one.
    const VerzuimSink::Leerling& kind = r.Van(m);
    const domain::School& school = r.scholen.at(static_cast<size_t>(kind.school));
    EXPECT_EQ(m.gemeente, kind.woongemeente);
    ASSERT_TRUE(school.swv.has_value());
    EXPECT_EQ(m.swv, *school.swv);
    const bool met_school = m.type == VerzuimType::kLangdurigRelatiefVerzuim ||
                            m.type == VerzuimType::kRelatiefVerzuim || m.type == VerzuimType::kZiek;
    if (met_school) {
      ASSERT_TRUE(m.school.has_value());
      EXPECT_EQ(*m.school, school.code);
    } else {
      EXPECT_FALSE(m.school.has_value());
    }
    if (v.overgedragen_op) {
      // Only a thuiszitter at home at least 4 school weeks, while still at home.
      ASSERT_TRUE(domain::IsThuiszittertype(m.type));
      const auto trigger = domain::ConsulentDatum(m, kTermijnen, kGeenVakanties);
      ASSERT_TRUE(trigger.has_value());
      EXPECT_GE(*v.overgedragen_op, *trigger);
      EXPECT_LE(*v.overgedragen_op, kVandaag);
      if (m.einddatum) {
        EXPECT_LT(*v.overgedragen_op, *m.einddatum);
      }
    }
  }
}

TEST(DemoVerzuim, EveryTypeOccursAndSickChildrenAreNotCounted) {
  std::map<VerzuimType, int> per_type;
  for (const DemoVerzuim& v : Regio().meldingen) ++per_type[v.melding.type];
  for (VerzuimType type : domain::kAlleVerzuimTypes) {
    EXPECT_GT(per_type[type], 0) << domain::VerzuimTypeCode(type);
  }
  std::vector<Verzuimmelding> meldingen;
  for (const DemoVerzuim& v : Regio().meldingen) meldingen.push_back(v.melding);
  const auto telling = domain::TelThuiszitters(meldingen, kVandaag, kTermijnen, kGeenVakanties);
  EXPECT_GT(telling.ziek, 0);
  EXPECT_GT(telling.thuiszitters, 0);
  EXPECT_GT(telling.vrijstellingen, 0);
}

// swv.demo is the lowest SWV code; gemeente.demo the municipality of its lowest bao code
// (src/app/demo_accounts.cc).
TEST(DemoVerzuim, TheDemoAccountsSeeThuiszittersInEveryState) {
  const VerzuimSink& r = Regio();
  domain::SwvCode swv = r.swvs.front().code;
  for (const auto& s : r.swvs) swv = std::min(swv, s.code);
  const domain::School* bao = nullptr;
  for (const domain::School& s : r.scholen) {
    if (s.soort == domain::SchoolSoort::kBao && s.swv == swv && (!bao || s.code < bao->code)) {
      bao = &s;
    }
  }
  ASSERT_NE(bao, nullptr);
  for (const bool per_gemeente : {false, true}) {
    SCOPED_TRACE(per_gemeente ? "gemeente.demo" : "swv.demo");
    int vier_weken_zonder = 0, vier_weken_met = 0, drie_maanden_zonder = 0, drie_maanden_met = 0;
    int overgedragen = 0, ziek = 0;
    std::vector<Verzuimmelding> van_account;
    for (const DemoVerzuim& v : r.meldingen) {
      const Verzuimmelding& m = v.melding;
      if (per_gemeente ? m.gemeente != bao->gemeente : m.swv != swv) continue;
      van_account.push_back(m);
      const auto status = domain::StatusOp(m, kVandaag, kTermijnen, kGeenVakanties);
      if (m.type == VerzuimType::kZiek && status.loopt) ++ziek;
      if (!status.thuiszitter) continue;
      if (v.overgedragen_op) ++overgedragen;
      if (status.langer_dan_drie_maanden) {
        ++(status.aanbod_gedaan ? drie_maanden_met : drie_maanden_zonder);
      } else if (status.consulent_vanaf && *status.consulent_vanaf <= kVandaag) {
        ++(status.aanbod_gedaan ? vier_weken_met : vier_weken_zonder);
      }
    }
    EXPECT_GT(vier_weken_zonder, 0);
    EXPECT_GT(vier_weken_met, 0);
    EXPECT_GT(drie_maanden_zonder, 0);
    EXPECT_GT(drie_maanden_met, 0);
    EXPECT_GT(overgedragen, 0);
    EXPECT_GT(ziek, 0);
    // A monthly trend: thuiszitters at home at the end of each of the past 12 months.
    for (int maand = 1; maand <= 12; ++maand) {
      const std::chrono::year_month ym =
          std::chrono::year_month{kVandaag.year(), kVandaag.month()} - std::chrono::months{maand};
      const Date einde{ym / std::chrono::last};
      const auto telling = domain::TelThuiszitters(van_account, einde, kTermijnen, kGeenVakanties);
      EXPECT_GT(telling.thuiszitters, 0) << domain::FormatIsoDate(einde);
    }
  }
}

// The SWV of swv.demo: the lowest code (src/app/demo_accounts.cc).
domain::SwvCode DemoSwv(const VerzuimSink& r) {
  domain::SwvCode swv = r.swvs.front().code;
  for (const auto& s : r.swvs) swv = std::min(swv, s.code);
  return swv;
}

TEST(DemoVerzuim, EveryExemption5aHasAStatementAndWhereRequiredAnAdviceBeforeIt) {
  for (const VerzuimSink* r : {&Regio(), &Land()}) {
    int met_advies = 0, zonder_advies = 0;
    for (const DemoVerzuim& v : r->meldingen) {
      const Verzuimmelding& m = v.melding;
      SCOPED_TRACE("melding " + std::to_string(v.id));
      if (m.type != VerzuimType::kVrijstelling5a) {
        EXPECT_FALSE(m.artsverklaring.has_value());
        EXPECT_FALSE(v.advies.has_value());
        continue;
      }
      // Leerplichtwet art. 7: a doctor's statement, a few weeks before the start.
      ASSERT_TRUE(m.artsverklaring.has_value());
      EXPECT_GE(*m.artsverklaring, domain::AddDays(m.startdatum, -35));
      EXPECT_LE(*m.artsverklaring, domain::AddDays(m.startdatum, -14));
      const bool nodig = r->instellingen.at(m.swv.str()).verzuim.advies_voor_vrijstelling;
      ASSERT_EQ(v.advies.has_value(), nodig);
      if (v.advies) {
        ++met_advies;
        EXPECT_EQ(v.advies->leerling, m.leerling);
        EXPECT_EQ(v.advies->swv, m.swv);
        EXPECT_LE(v.advies->datum, *m.artsverklaring);
        EXPECT_LE(v.advies->datum, m.startdatum);
        EXPECT_FALSE(v.advies->advies.empty());
      } else {
        ++zonder_advies;
      }
      // As VerzuimService registers it on its start date.
      auto ok = domain::ValideerVrijstelling(m, v.advies, nodig, m.startdatum, {});
      EXPECT_TRUE(ok.has_value()) << ok.error().message;
    }
    EXPECT_GT(met_advies, 0);
    if (r == &Land()) {
      EXPECT_GT(zonder_advies, 0) << "some SWVs do not ask for the advice";
    }
  }
}

TEST(DemoVerzuim, EverySwvHasVerzuimSettingsThatVary) {
  const VerzuimSink& r = Regio();
  const domain::SwvCode demo = DemoSwv(r);
  ASSERT_EQ(r.instellingen.size(), r.swvs.size());
  const domain::VerzuimInstellingen& v = r.instellingen.at(demo.str()).verzuim;
  EXPECT_EQ(v.doorzettingsmacht.houder, domain::DoorzettingsmachtHouder::kCommissie);
  EXPECT_TRUE(v.doorzettingsmacht.naam.starts_with("Doorbraaktafel ")) << v.doorzettingsmacht.naam;
  EXPECT_TRUE(v.advies_voor_vrijstelling);
  // The regio demo lies in the province of Utrecht: holiday region midden.
  EXPECT_EQ(v.vakantieregio, domain::Vakantieregio::kMidden);

  const VerzuimSink& land = Land();
  ASSERT_EQ(land.instellingen.size(), land.swvs.size());
  std::map<domain::DoorzettingsmachtHouder, int> houders;
  std::map<domain::Vakantieregio, int> regios;
  int advies = 0;
  for (const auto& [code, i] : land.instellingen) {
    SCOPED_TRACE(code);
    EXPECT_TRUE(domain::Valideer(i).has_value());
    ASSERT_TRUE(i.verzuim.vakantieregio.has_value());
    ++regios[*i.verzuim.vakantieregio];
    ++houders[i.verzuim.doorzettingsmacht.houder];
    EXPECT_FALSE(i.verzuim.doorzettingsmacht.naam.empty());
    if (i.verzuim.advies_voor_vrijstelling) ++advies;
    EXPECT_FALSE(i.verzuim.tussendoelen.has_value()) << "targets follow the cases";
    // Groningen (PO20xx, VO20xx) is noord, Limburg (31xx) zuid, Utrecht (26xx) midden.
    const std::string regio = code.substr(2, 2);
    if (regio == "20") {
      EXPECT_EQ(*i.verzuim.vakantieregio, domain::Vakantieregio::kNoord);
    }
    if (regio == "31") {
      EXPECT_EQ(*i.verzuim.vakantieregio, domain::Vakantieregio::kZuid);
    }
    if (regio == "26") {
      EXPECT_EQ(*i.verzuim.vakantieregio, domain::Vakantieregio::kMidden);
    }
  }
  EXPECT_EQ(houders.size(), 3u) << "coordinator, commissie and wethouder all occur";
  EXPECT_EQ(regios.size(), 3u);
  const auto swvs = static_cast<int>(land.instellingen.size());
  EXPECT_GT(advies * 10, swvs * 7) << "most SWVs ask for the advice";
  EXPECT_LT(advies, swvs);
}

TEST(DemoVerzuim, InterimTargetsStartFromTheMeasuredBaseline) {
  for (const VerzuimSink* r : {&Regio(), &Land()}) {
    EXPECT_TRUE(r->tussendoelen_na_meldingen) << "measured on the cases, so sent after them";
    const domain::SwvCode demo = DemoSwv(*r);
    bool demo_heeft_plan = false;
    for (const DemoTussendoelen& t : r->tussendoelen) {
      SCOPED_TRACE(t.swv.str());
      ASSERT_TRUE(domain::Valideer(t.plan).has_value());
      // The first of the month 9 months back: 2026-02-01 for 22 November 2026.
      EXPECT_EQ(t.plan.basisdatum, D(2026, 2, 1));
      EXPECT_EQ(t.plan.doeljaar.Label(), "2028-2029");
      EXPECT_EQ(t.plan.doelwaarde, 0);
      EXPECT_EQ(t.plan.stappen, 3);
      std::vector<Verzuimmelding> van_swv;
      for (const DemoVerzuim& v : r->meldingen) {
        if (v.melding.swv == t.swv) van_swv.push_back(v.melding);
      }
      const auto telling =
          domain::TelThuiszitters(van_swv, t.plan.basisdatum, kTermijnen, kGeenVakanties);
      EXPECT_EQ(t.plan.basiswaarde, telling.langer_dan_drie_maanden);
      if (t.swv == demo) {
        demo_heeft_plan = true;
        EXPECT_GT(t.plan.basiswaarde, 0) << "swv.demo's plan starts from children at home";
      }
    }
    EXPECT_TRUE(demo_heeft_plan);
  }
  // About half of the SWVs set targets.
  const auto plannen = static_cast<int>(Land().tussendoelen.size());
  const auto swvs = static_cast<int>(Land().swvs.size());
  EXPECT_GT(plannen * 100, swvs * 35) << plannen << " of " << swvs;
  EXPECT_LT(plannen * 100, swvs * 65) << plannen << " of " << swvs;
}

TEST(DemoVerzuim, TheDemoSwvHasADecidedAndAnOpenDoorbraak) {
  const VerzuimSink& r = Regio();
  const domain::SwvCode demo = DemoSwv(r);
  const auto& macht = r.instellingen.at(demo.str()).verzuim.doorzettingsmacht;
  int besloten = 0, open = 0;
  for (const DemoVerzuim& v : r.meldingen) {
    if (v.doorbraken.empty()) continue;
    SCOPED_TRACE("melding " + std::to_string(v.id));
    EXPECT_EQ(v.melding.swv, demo);
    EXPECT_TRUE(v.voor_demo_accounts);
    EXPECT_TRUE(domain::IsThuiszittertype(v.melding.type));
    // Replayed through the domain's rules, as the use case takes them.
    std::vector<domain::Doorbraak> replay;
    for (const domain::Doorbraak& d : v.doorbraken) {
      EXPECT_EQ(d.doorzettingsmacht.houder, macht.houder);
      EXPECT_EQ(d.doorzettingsmacht.naam, macht.naam);
      // Escalated past the 3 months (the signal to whoever holds doorzettingsmacht).
      EXPECT_GE(d.aangevraagd_op, domain::PlusMaanden(v.melding.startdatum, 3));
      auto gevraagd = domain::VraagDoorbraak(v.melding, replay, d.aangevraagd_op,
                                             d.aangevraagd_door, d.reden, d.doorzettingsmacht);
      ASSERT_TRUE(gevraagd.has_value()) << gevraagd.error().message;
      if (d.besluit_op) {
        ++besloten;
        EXPECT_FALSE(d.besloten_door.empty());
        EXPECT_NE(d.besloten_door.find(macht.naam), std::string::npos) << d.besloten_door;
        ASSERT_TRUE(domain::BesluitDoorbraak(*gevraagd, *d.besluit_op, d.besluit, d.besloten_door));
        if (v.melding.aanbod) {
          EXPECT_LE(*d.besluit_op, v.melding.aanbod->datum) << "the decision made the offer";
        }
      } else {
        ++open;
        EXPECT_FALSE(v.melding.einddatum.has_value()) << "an open doorbraak: still at home";
      }
      replay.push_back(*gevraagd);
    }
  }
  EXPECT_GE(besloten, 1);
  EXPECT_GE(open, 1);
}

// --- Calibration on `land` (domain.md §4) ----------------------------------------------------

TEST(DemoVerzuim, LandThuiszittersAreCalibrated) {
  const VerzuimSink& land = Land();
  int thuiszitters = 0, absoluut = 0, jongens = 0, meisjes = 0, dertien_plus = 0,
      zestien_zeventien = 0, basisschool = 0;
  int absoluut_bekend = 0, absoluut_lang = 0, langdurig_bekend = 0, langdurig_lang = 0;
  int64_t leerlingen = 0;
  for (const auto& l : land.leerlingen) leerlingen += l.geslacht != domain::Geslacht::kOnbekend;
  for (const DemoVerzuim& v : land.meldingen) {
    const Verzuimmelding& m = v.melding;
    if (v.voor_demo_accounts || !domain::IsThuiszittertype(m.type)) continue;
    ++thuiszitters;
    const bool is_absoluut = m.type == VerzuimType::kAbsoluutVerzuim;
    absoluut += is_absoluut;
    const VerzuimSink::Leerling& kind = land.Van(m);
    (kind.geslacht == domain::Geslacht::kMan ? jongens : meisjes) += 1;
    const int leeftijd = domain::AgeOn(kind.geboortedatum, m.startdatum);
    dertien_plus += leeftijd >= 13;
    zestien_zeventien += leeftijd == 16 || leeftijd == 17;
    basisschool += leeftijd <= 12;
    // Known whether longer than 3 months: the limit has passed (cases start uniformly, so
    // this subset has the planned shares).
    if (domain::PlusMaanden(m.startdatum, 3) < kVandaag) {
      (is_absoluut ? absoluut_bekend : langdurig_bekend) += 1;
      if (IsLang(m)) (is_absoluut ? absoluut_lang : langdurig_lang) += 1;
    }
  }
  // Seed 001: 2,000-3,100 new a year on 2.5 million students, over 18 months.
  const double per_jaar = thuiszitters / 1.5 * 2'500'000.0 / static_cast<double>(leerlingen);
  EXPECT_GE(per_jaar, 2000.0);
  EXPECT_LE(per_jaar, 3100.0);
  // Seed 001: boys twice girls; 10 % primary age, 90 % 13 or older, 50 % 16-17.
  const double ratio = static_cast<double>(jongens) / meisjes;
  EXPECT_NEAR(ratio, 2.0, 0.25);
  EXPECT_GE(static_cast<double>(dertien_plus) / thuiszitters, 0.85);
  EXPECT_NEAR(static_cast<double>(zestien_zeventien) / thuiszitters, 0.50, 0.04);
  EXPECT_NEAR(static_cast<double>(basisschool) / thuiszitters, 0.10, 0.03);
  // Seed 004: 31 % of absoluut and 60 % of langdurig relatief verzuim longer than 3 months,
  // and 1,600 : 2,600 of those longer than 3 months, so 54 % of the cases absoluut.
  EXPECT_NEAR(static_cast<double>(absoluut_lang) / absoluut_bekend, 0.31, 0.04);
  EXPECT_NEAR(static_cast<double>(langdurig_lang) / langdurig_bekend, 0.60, 0.04);
  EXPECT_NEAR(static_cast<double>(absoluut) / thuiszitters, 0.544, 0.03);
  EXPECT_NEAR(static_cast<double>(absoluut_lang) / (absoluut_lang + langdurig_lang),
              1600.0 / 4200.0, 0.04);
}

TEST(DemoVerzuim, LandHasAbout900AtHomeOnAnyDay) {
  // Seed 001: «at least 800 at home at any moment»; with 2,550 a year and a mean of about
  // 130 days, about 900 (Little's law).
  std::vector<Verzuimmelding> meldingen;
  for (const DemoVerzuim& v : Land().meldingen) meldingen.push_back(v.melding);
  for (const Date op : {kVandaag, domain::AddDays(kVandaag, -120)}) {
    const auto telling = domain::TelThuiszitters(meldingen, op, kTermijnen, kGeenVakanties);
    EXPECT_GE(telling.thuiszitters, 750) << domain::FormatIsoDate(op);
    EXPECT_LE(telling.thuiszitters, 1100) << domain::FormatIsoDate(op);
    EXPECT_GT(telling.langer_dan_drie_maanden, 0);
    EXPECT_GT(telling.ziek, 0);
  }
}

TEST(DemoVerzuim, LandEndsInEveryWayAndOffersAreDescribed) {
  std::set<Beeindiging> redenen;
  int aanbod = 0, overgedragen = 0;
  for (const DemoVerzuim& v : Land().meldingen) {
    const Verzuimmelding& m = v.melding;
    if (m.reden_einde) {
      redenen.insert(*m.reden_einde);
      if (*m.reden_einde == Beeindiging::kOverig) {
        EXPECT_FALSE(m.toelichting_einde.empty());
      }
    }
    if (m.aanbod) {
      ++aanbod;
      EXPECT_GT(m.aanbod->omschrijving.size(), 20u);
    }
    overgedragen += v.overgedragen_op.has_value();
  }
  for (Beeindiging reden :
       {Beeindiging::kTerugNaarSchool, Beeindiging::kAndereSchool, Beeindiging::kVrijstelling,
        Beeindiging::kVerhuisd, Beeindiging::kEindeLeerplicht, Beeindiging::kOnderwijsZorg,
        Beeindiging::kOverig}) {
    EXPECT_TRUE(redenen.contains(reden)) << domain::BeeindigingCode(reden);
  }
  EXPECT_GT(aanbod, 1000);
  EXPECT_GT(overgedragen, 500);
}

}  // namespace
}  // namespace passend::engine
