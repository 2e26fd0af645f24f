#include "engine/demo_aanmeldingen.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <span>
#include <string_view>
#include <tuple>

namespace passend::engine {
namespace {

using domain::Aanmelding;
using domain::AddDays;
using domain::Besluit;
using domain::Date;
using domain::Hoorrecht;
using domain::Ondersteuningsbehoefte;
using domain::SchoolSoort;
using domain::Sector;
using domain::Uitkomst;
using domain::Weigeringsgrond;

constexpr uint64_t kStreamKandidaten = 3;
constexpr uint64_t kStreamAanmeldingen = 4;
constexpr int kSoorten = 6;  // SchoolSoort has six kinds

int Index(SchoolSoort soort) { return static_cast<int>(soort); }

// Chance per 100,000 students of each kind of school to be registered somewhere with an extra
// support need within a year (docs/demo-data.md: about 1.2 % overall). Special education is
// higher: most of its students move on (sbo/so to VO) or back to a regular school.
uint64_t KansPerTon(SchoolSoort soort) {
  switch (soort) {
    case SchoolSoort::kBao:
      return 1200;
    case SchoolSoort::kSbo:
      return 4000;
    case SchoolSoort::kSo:
      return 2500;
    case SchoolSoort::kVo:
      return 1000;
    case SchoolSoort::kPro:
      return 2000;
    case SchoolSoort::kVso:
      return 1200;
  }
  return 0;
}

// The bao location whose first student (by name) MaakDemoAccounts (src/app/demo_accounts.cc)
// gives to the demo parent: the lowest bao code within the lowest SWV code, the order the
// store lists them in. -1 when there is none.
int DemoKindSchool(const DemoStructure& s) {
  int swv = -1;
  for (int i = 0; i < static_cast<int>(s.swvs.size()); ++i) {
    if (swv < 0 || s.swvs[i].swv.code.str() < s.swvs[swv].swv.code.str()) swv = i;
  }
  int school = -1;
  for (int i = 0; i < static_cast<int>(s.scholen.size()); ++i) {
    const DemoSchool& d = s.scholen[i];
    if (swv < 0 || d.swv != swv || d.school.soort != SchoolSoort::kBao) continue;
    if (school < 0 || d.school.code.str() < s.scholen[school].school.code.str()) school = i;
  }
  return school;
}

// What happens to a registration; the first registrations of every SWV take these in order,
// so each SWV with a dozen registrations shows every state and every outcome.
enum class Scenario {
  kOpen,           // written, more than 7 days left
  kBijnaVerlopen,  // written, 0..7 days left
  kVerlopen,       // written, the term lapsed without a decision
  kVerlengd,       // written, extended once, still open
  kMondeling,      // verbal: no clock yet
  kToegelaten,     // admitted without an arrangement
  kToegelatenArrangement,
  kEldersGeplaatst,
  kGeweigerdVol,
  kGeweigerdGrondslag,
  kGeweigerdBelasting,  // always with a place at another school that accepted
  kIngetrokken,
};
constexpr int kScenarios = 12;

// Per mille of registrations (docs/demo-data.md). With a year of registrations and a term of
// 6 weeks, about one in seven is still undecided on any day.
constexpr std::array<int, kScenarios> kScenarioPromille = {60,  15,  12, 20, 30, 250,
                                                           250, 140, 45, 18, 55, 105};

// Where a student with a support need is registered, per mille by the kind of school they
// attend now, in the order bao, sbo, so, vso, vo, pro (SchoolSoort).
using SoortGewichten = std::array<int, kSoorten>;
// Within their own SWV: a regular school with an arrangement, sbo or so; back from sbo to a
// regular school; between special schools.
SoortGewichten BinnenSector(SchoolSoort huidig) {
  switch (huidig) {
    case SchoolSoort::kBao:
      return {400, 400, 200, 0, 0, 0};
    case SchoolSoort::kSbo:
      return {300, 200, 500, 0, 0, 0};
    case SchoolSoort::kSo:
      return {0, 500, 500, 0, 0, 0};
    case SchoolSoort::kVo:
      return {0, 0, 0, 400, 400, 200};
    case SchoolSoort::kPro:
      return {0, 0, 0, 500, 300, 200};
    case SchoolSoort::kVso:
      return {0, 0, 0, 400, 300, 300};
  }
  return {};
}
// From primary to secondary (groep 8): mostly regular VO, more pro and vso from special schools.
SoortGewichten NaarVo(SchoolSoort huidig) {
  switch (huidig) {
    case SchoolSoort::kSbo:
      return {0, 0, 0, 300, 300, 400};
    case SchoolSoort::kSo:
      return {0, 0, 0, 750, 50, 200};
    default:
      return {0, 0, 0, 200, 650, 150};
  }
}

// Support needs per mille, in the order of kAlleOndersteuningsbehoeften (leren, gedrag,
// sociaal-emotioneel, aandacht, taal-spraak, zien, horen, lichamelijk, medisch, cognitief,
// begaafdheid, emb), by the school registered at.
using BehoefteGewichten = std::array<int, std::size(domain::kAlleOndersteuningsbehoeften)>;
BehoefteGewichten BehoeftenVoor(const domain::School& school) {
  if (domain::HasCluster(school.soort)) {
    if (school.cluster == 4) return {50, 350, 300, 250, 20, 0, 0, 0, 10, 10, 10, 0};
    return {50, 20, 50, 30, 50, 20, 20, 250, 200, 200, 0, 150};  // cluster 3 (and others)
  }
  if (school.soort == SchoolSoort::kSbo || school.soort == SchoolSoort::kPro) {
    return {350, 150, 150, 150, 100, 0, 0, 0, 10, 150, 0, 0};
  }
  return {300, 200, 200, 150, 100, 10, 10, 20, 10, 50, 80, 0};
}

std::vector<Ondersteuningsbehoefte> Behoeften(Rng& rng, const domain::School& school) {
  BehoefteGewichten gewichten = BehoeftenVoor(school);
  const uint64_t r = rng.Below(1000);
  const int aantal = r < 500 ? 1 : r < 850 ? 2 : 3;
  std::vector<Ondersteuningsbehoefte> result;
  for (int i = 0; i < aantal; ++i) {
    const int gekozen = Trek(rng, gewichten);
    result.push_back(domain::kAlleOndersteuningsbehoeften[gekozen]);
    gewichten[gekozen] = 0;  // each need once (domain::Valideer)
  }
  std::sort(result.begin(), result.end());
  return result;
}

// Why a school extends the term: what it still has to find out (Dutch, for the parents).
constexpr std::string_view kVerlengRedenen[] = {
    "Het onderzoek van de orthopedagoog is nog niet afgerond.",
    "We wachten op het verslag van de jeugdarts over de medische zorg op school.",
    "Het overleg met het samenwerkingsverband over een arrangement loopt nog.",
    "Het onderwijskundig rapport van de huidige school is nog niet binnen.",
    "We willen eerst met de ouders en de ambulant begeleider bespreken welke aanpassingen "
    "nodig zijn.",
};

// The student's own view, short and in their words, by outcome.
constexpr std::string_view kZienswijzeToegelaten[] = {
    "Ik wil graag naar deze school, omdat de klassen daar kleiner zijn.",
    "Ik vind het spannend, maar ik wil het proberen.",
    "Ik wil naar deze school omdat mijn vriend daar ook zit.",
    "Ik wil graag naar een school waar het rustiger is.",
    "Fijn dat ik daar extra hulp krijg bij lezen en rekenen.",
};
constexpr std::string_view kZienswijzeElders[] = {
    "Ik had liever hier gezeten, maar de andere school lijkt me ook fijn.",
    "Op de andere school krijg ik meer hulp; dat wil ik wel.",
    "De rondleiding op de andere school vond ik leuk.",
};
constexpr std::string_view kZienswijzeGeweigerd[] = {
    "Ik vind het jammer; ik wilde graag naar deze school.",
    "Ik snap het wel, maar ik had het graag geprobeerd.",
};
constexpr std::string_view kZienswijzeIngetrokken[] = {
    "Ik wil toch liever op mijn eigen school blijven.",
    "Ik wil naar dezelfde school als mijn zus.",
};
constexpr std::string_view kNietGehoordAnders[] = {
    "De leerling was in deze periode langdurig ziek; de ouders hebben namens de leerling "
    "gesproken.",
    "De leerling wilde er nog niet over praten; de ouders hebben de wens van de leerling "
    "doorgegeven.",
};
constexpr std::string_view kNietGehoordEmb =
    "De leerling is ernstig meervoudig beperkt en kan zich niet in woorden uiten; de ouders en "
    "de begeleider van de leerling zijn gehoord.";

template <typename T, size_t N>
const T& Kies(Rng& rng, const T (&items)[N]) {
  return rng.Pick(std::span<const T>(items, N));
}

// The first day of the month after `date`.
Date EersteVanVolgendeMaand(Date date) {
  const std::chrono::year_month volgende =
      std::chrono::year_month{date.year(), date.month()} + std::chrono::months{1};
  return Date{volgende / std::chrono::day{1}};
}

// The start of the school year after `date` (1 August, WPO/WVO).
Date VolgendSchooljaar(Date date) {
  const std::chrono::year jaar =
      date.month() >= std::chrono::August ? date.year() + std::chrono::years{1} : date.year();
  return Date{jaar, std::chrono::August, std::chrono::day{1}};
}

class AanmeldingMaker {
 public:
  AanmeldingMaker(const DemoStructure& s, const DemoOptions& options, DemoSink& sink)
      : s_(s),
        sink_(sink),
        vandaag_(options.vandaag.value_or(options.peildatum)),
        rng_(options.seed, kStreamAanmeldingen),
        per_swv_(s.swvs.size()),
        gedaan_per_swv_(s.swvs.size(), 0),
        vo_swv_van_gemeente_(s.gemeenten.size(), -1) {
    for (int i = 0; i < static_cast<int>(s.scholen.size()); ++i) {
      const DemoSchool& d = s.scholen[i];
      if (d.swv >= 0) per_swv_[d.swv][Index(d.school.soort)].push_back(i);
    }
    for (int i = 0; i < static_cast<int>(s.swvs.size()); ++i) {
      if (s.swvs[i].swv.sector() != Sector::kVo) continue;
      for (int g : s.swvs[i].gemeenten) vo_swv_van_gemeente_[g] = i;
    }
  }

  void Maak(const AanmeldKandidaat& k) {
    const DemoSchool& huidig = s_.scholen[k.school];
    const SchoolSoort soort = huidig.school.soort;
    int swv = huidig.swv;
    SchoolSoort doel = SchoolSoort::kSbo;
    bool naar_vo = false;
    if (k.demo_kind) {
      // The demo parent's child: moving from bao to sbo, see MaakDemoKind.
    } else if (domain::SectorOf(soort) == Sector::kPo &&
               domain::AgeOn(k.geboortedatum, vandaag_) >= 11 &&
               vo_swv_van_gemeente_[huidig.gemeente] >= 0) {
      // Groep 8: the registration is at a VO school of the region.
      naar_vo = true;
      swv = vo_swv_van_gemeente_[huidig.gemeente];
      doel = static_cast<SchoolSoort>(Trek(rng_, NaarVo(soort)));
    } else {
      doel = static_cast<SchoolSoort>(Trek(rng_, BinnenSector(soort)));
    }
    const int school = KiesSchool(swv, doel, huidig.gemeente, {k.school, -1});
    if (school < 0) return;  // a region without any other school of the sector

    Aanmelding a;
    a.leerling = k.leerling;
    a.school = s_.scholen[school].school.code;
    a.swv = s_.swvs[swv].swv.code.str();
    a.beslistermijn_dagen = termijnen_.beslistermijn_dagen;
    if (k.demo_kind) {
      MaakDemoKind(a);
      Emit(a);
      return;
    }
    a.ondersteuningsbehoeften = Behoeften(rng_, s_.scholen[school].school);

    int& gedaan = gedaan_per_swv_[swv];
    const auto scenario =
        static_cast<Scenario>(gedaan < kScenarios ? gedaan : Trek(rng_, kScenarioPromille));
    ++gedaan;
    Vul(a, scenario, k, swv, school);

    if (naar_vo) {
      // Parents of a groep 8 child with a support need are asked to register early
      // (vooraanmelding), so the VO school can investigate before the school year starts.
      a.vooraanmelding = rng_.PerMille(400);
      a.gewenste_startdatum = VolgendSchooljaar(a.aanmelddatum);
    } else if (rng_.PerMille(700)) {
      a.gewenste_startdatum = EersteVanVolgendeMaand(AddDays(a.aanmelddatum, rng_.Range(42, 84)));
    }

    // Now and then the parents register at a second school as well; exactly one of the two
    // is the first choice (WPO art. 40 / WVO art. 27), here the first.
    std::optional<Aanmelding> tweede;
    if (a.schriftelijk && rng_.PerMille(80)) {
      const int andere = KiesSchool(swv, doel, huidig.gemeente, {k.school, school});
      if (andere >= 0) tweede = TweedeKeuze(a, k, andere);
    }
    Emit(a);
    if (tweede) Emit(*tweede);
  }

  int64_t aantal() const { return volgnummer_; }

 private:
  // A school of kind `soort` in SWV `swv`, not one of `behalve`; regular schools mostly in
  // the student's own town. Falls back to any school of the SWV; -1 when there is none.
  int KiesSchool(int swv, SchoolSoort soort, int gemeente, std::array<int, 2> behalve) {
    auto toegestaan = [&](int i) { return i != behalve[0] && i != behalve[1]; };
    const std::vector<int>& lijst = per_swv_[swv][Index(soort)];
    kandidaten_.clear();
    const bool regulier = soort == SchoolSoort::kBao || soort == SchoolSoort::kVo;
    if (regulier && rng_.PerMille(700)) {
      for (int i : lijst) {
        if (toegestaan(i) && s_.scholen[i].gemeente == gemeente) kandidaten_.push_back(i);
      }
    }
    if (kandidaten_.empty()) {
      for (int i : lijst) {
        if (toegestaan(i)) kandidaten_.push_back(i);
      }
    }
    if (kandidaten_.empty()) {
      for (const auto& per_soort : per_swv_[swv]) {
        for (int i : per_soort) {
          if (toegestaan(i)) kandidaten_.push_back(i);
        }
      }
    }
    if (kandidaten_.empty()) return -1;
    return kandidaten_[rng_.Below(kandidaten_.size())];
  }

  // The school that offers a place when the registration school cannot: a special school of
  // the SWV if there is one, otherwise any other school of the SWV.
  std::string AndereSchool(int swv, int school) {
    const bool po = s_.swvs[swv].swv.sector() == Sector::kPo;
    const SchoolSoort speciaal[] = {po ? SchoolSoort::kSbo : SchoolSoort::kPro,
                                    po ? SchoolSoort::kSo : SchoolSoort::kVso};
    const int gekozen =
        KiesSchool(swv, speciaal[rng_.Below(2)], s_.scholen[school].gemeente, {school, -1});
    return gekozen < 0 ? std::string() : s_.scholen[gekozen].school.code.str();
  }

  // A written registration completed `dagen_geleden` days before today; the form was often
  // handed in a few days before it was complete.
  void Schriftelijk(Aanmelding& a, int dagen_geleden) {
    a.schriftelijk = true;
    a.compleet_op = AddDays(vandaag_, -dagen_geleden);
    a.aanmelddatum =
        rng_.PerMille(400) ? AddDays(*a.compleet_op, -rng_.Range(1, 14)) : *a.compleet_op;
  }

  // Extends once by `weken` weeks, `na` days after the registration was complete.
  void Verleng(Aanmelding& a, int na, int weken) {
    a.verlenging_dagen = 7 * weken;
    a.verlenging_reden.assign(Kies(rng_, kVerlengRedenen));
    a.verlengd_op = AddDays(*a.compleet_op, na);
  }

  Hoorrecht Hoor(const Aanmelding& a, const AanmeldKandidaat& k, Uitkomst uitkomst, Date op) {
    Hoorrecht h;
    const bool emb = std::find(a.ondersteuningsbehoeften.begin(), a.ondersteuningsbehoeften.end(),
                               Ondersteuningsbehoefte::kEmb) != a.ondersteuningsbehoeften.end();
    const int leeftijd = domain::AgeOn(k.geboortedatum, op);
    if (emb && rng_.PerMille(900)) {
      h.reden.assign(kNietGehoordEmb);
    } else if (leeftijd < 7 && rng_.PerMille(700)) {
      h.reden.append("De leerling is ")
          .append(std::to_string(leeftijd))
          .append(
              " jaar en te jong om zelf een zienswijze te geven; de ouders hebben verteld wat "
              "hun kind wil.");
    } else if (rng_.PerMille(60)) {
      h.reden.assign(Kies(rng_, kNietGehoordAnders));
    } else {
      h.gehoord = true;
      switch (uitkomst) {
        case Uitkomst::kToegelaten:
          h.zienswijze.assign(Kies(rng_, kZienswijzeToegelaten));
          break;
        case Uitkomst::kEldersGeplaatst:
          h.zienswijze.assign(Kies(rng_, kZienswijzeElders));
          break;
        case Uitkomst::kGeweigerd:
          h.zienswijze.assign(Kies(rng_, kZienswijzeGeweigerd));
          break;
        case Uitkomst::kIngetrokken:
          h.zienswijze.assign(Kies(rng_, kZienswijzeIngetrokken));
          break;
      }
    }
    return h;
  }

  void Vul(Aanmelding& a, Scenario scenario, const AanmeldKandidaat& k, int swv, int school) {
    const int termijn = termijnen_.beslistermijn_dagen;  // 42
    switch (scenario) {
      case Scenario::kOpen:
        Schriftelijk(a, rng_.Range(0, termijn - termijnen_.signaal_dagen - 1));
        return;
      case Scenario::kBijnaVerlopen:
        Schriftelijk(a, rng_.Range(termijn - termijnen_.signaal_dagen, termijn));
        return;
      case Scenario::kVerlopen:
        if (rng_.PerMille(300)) {
          // Extended, and still no decision when the longer term ran out.
          const int weken = rng_.Range(1, 4);
          const int einde = termijn + 7 * weken;
          Schriftelijk(a, rng_.Range(einde + 1, einde + 30));
          Verleng(a, rng_.Range(termijn - 14, termijn), weken);
        } else {
          Schriftelijk(a, rng_.Range(termijn + 1, termijn + 38));
        }
        return;
      case Scenario::kVerlengd: {
        const int weken = rng_.Range(1, 4);
        const int na = rng_.Range(termijn - 14, termijn);
        Schriftelijk(a, rng_.Range(na, termijn + 7 * weken));
        Verleng(a, na, weken);
        return;
      }
      case Scenario::kMondeling:
        a.schriftelijk = false;
        a.aanmelddatum = AddDays(vandaag_, -rng_.Range(0, 30));
        return;
      default:
        break;
    }

    // Decided: when, after how long, and whether the term was extended or missed first.
    Besluit b;
    int dagen = 0;
    int verleng_na = 0;
    int weken = 0;
    if (scenario == Scenario::kIngetrokken) {
      dagen = rng_.Range(2, 35);
    } else {
      const uint64_t r = rng_.Below(1000);
      if (r < 150) {
        weken = rng_.Range(1, 4);
        verleng_na = rng_.Range(termijn - 21, termijn);
        dagen = rng_.Range(verleng_na, termijn + 7 * weken);
      } else if (r < 190) {
        dagen = rng_.Range(termijn + 1, termijn + 21);  // late: provisional placement meanwhile
      } else {
        dagen = rng_.Range(10, termijn);
      }
    }
    Schriftelijk(a, rng_.Range(dagen, 364));
    if (weken > 0) Verleng(a, verleng_na, weken);
    b.datum = AddDays(*a.compleet_op, dagen);
    switch (scenario) {
      case Scenario::kToegelaten:
        b.uitkomst = Uitkomst::kToegelaten;
        break;
      case Scenario::kToegelatenArrangement:
        b.uitkomst = Uitkomst::kToegelaten;
        b.met_arrangement = true;
        break;
      case Scenario::kEldersGeplaatst:
        b.uitkomst = Uitkomst::kEldersGeplaatst;
        b.met_arrangement = rng_.PerMille(400);
        break;
      case Scenario::kGeweigerdVol:
        b.uitkomst = Uitkomst::kGeweigerd;
        b.grond = Weigeringsgrond::kVol;
        break;
      case Scenario::kGeweigerdGrondslag:
        b.uitkomst = Uitkomst::kGeweigerd;
        b.grond = Weigeringsgrond::kGrondslag;
        break;
      case Scenario::kGeweigerdBelasting:
        b.uitkomst = Uitkomst::kGeweigerd;
        b.grond = Weigeringsgrond::kOnevenredigeBelasting;
        break;
      default:
        b.uitkomst = Uitkomst::kIngetrokken;
        break;
    }
    if (scenario == Scenario::kEldersGeplaatst || scenario == Scenario::kGeweigerdBelasting) {
      // A place elsewhere counts only when that school has accepted the student (§3.1).
      b.andere_school = AndereSchool(swv, school);
      b.andere_school_akkoord = true;
      if (b.andere_school->empty()) {
        // An SWV with a single school cannot place elsewhere: the school admits instead.
        b = Besluit{Uitkomst::kToegelaten, b.datum, {}, {}, false, true, {}};
      }
    }
    b.hoorrecht = Hoor(a, k, b.uitkomst, b.datum);
    a.besluit = std::move(b);
  }

  // The registration at the school of second choice, a few days after the first, and what
  // became of it once the first was decided.
  Aanmelding TweedeKeuze(const Aanmelding& eerste, const AanmeldKandidaat& k, int school) {
    Aanmelding a = eerste;
    a.school = s_.scholen[school].school.code;
    a.eerste_keuze = false;
    const int later =
        std::min(rng_.Range(0, 3), domain::DaysBetween(*eerste.compleet_op, vandaag_));
    a.aanmelddatum = AddDays(eerste.aanmelddatum, later);
    a.compleet_op = AddDays(*eerste.compleet_op, later);
    // Undecided at the first choice: the second school is as far along, extension included
    // (given at least two weeks after the first registration was complete, so after this
    // one was too).
    if (!eerste.besluit) return a;
    a.verlenging_dagen = 0;
    a.verlenging_reden.clear();
    a.verlengd_op.reset();
    a.besluit.reset();
    Besluit b;
    const Uitkomst eerste_uitkomst = eerste.besluit->uitkomst;
    const bool elders_plek = eerste_uitkomst == Uitkomst::kToegelaten ||
                             eerste_uitkomst == Uitkomst::kEldersGeplaatst ||
                             eerste.besluit->grond == Weigeringsgrond::kOnevenredigeBelasting;
    int na = 0;
    if (elders_plek) {
      // A place through the first choice: the parents withdraw the second registration.
      b.uitkomst = Uitkomst::kIngetrokken;
      na = rng_.Range(0, 5);
    } else {
      // Refused (full, grondslag) or withdrawn at the first choice: the second admits.
      b.uitkomst = Uitkomst::kToegelaten;
      b.met_arrangement = rng_.PerMille(500);
      na = rng_.Range(0, 10);
    }
    b.datum = std::clamp(AddDays(eerste.besluit->datum, na), *a.compleet_op, vandaag_);
    b.hoorrecht = Hoor(a, k, b.uitkomst, b.datum);
    a.besluit = std::move(b);
    return a;
  }

  // The demo parent's child (ouder.demo) has a decided registration to show: admitted with
  // an arrangement at an sbo of the region, decided last week.
  void MaakDemoKind(Aanmelding& a) {
    a.schriftelijk = true;
    a.compleet_op = AddDays(vandaag_, -38);
    a.aanmelddatum = AddDays(vandaag_, -41);
    a.gewenste_startdatum = EersteVanVolgendeMaand(vandaag_);
    a.ondersteuningsbehoeften = {Ondersteuningsbehoefte::kLeren, Ondersteuningsbehoefte::kAandacht};
    Besluit b;
    b.uitkomst = Uitkomst::kToegelaten;
    b.met_arrangement = true;
    b.datum = AddDays(vandaag_, -6);
    b.hoorrecht = Hoorrecht{true,
                            "Ik wil graag naar een school waar ik meer hulp krijg en waar het "
                            "rustiger is in de klas.",
                            ""};
    a.besluit = std::move(b);
  }

  void Emit(Aanmelding& a) {
    a.id = ++volgnummer_;
    sink_.Add(a);
  }

  const DemoStructure& s_;
  DemoSink& sink_;
  const domain::ZorgplichtTermijnen termijnen_{};  // the law's terms (the default configuration)
  Date vandaag_;
  Rng rng_;
  std::vector<std::array<std::vector<int>, kSoorten>> per_swv_;  // school indexes per kind
  std::vector<int> gedaan_per_swv_;
  std::vector<int> vo_swv_van_gemeente_;
  std::vector<int> kandidaten_;  // scratch for KiesSchool
  int64_t volgnummer_ = 0;
};

}  // namespace

AanmeldKandidaten::AanmeldKandidaten(const DemoStructure& structure, const DemoOptions& options,
                                     DemoSink& next)
    : s_(structure),
      next_(next),
      rng_(options.seed, kStreamKandidaten),
      demo_school_(DemoKindSchool(structure)) {}

void AanmeldKandidaten::Add(const domain::Leerling& leerling,
                            const domain::Inschrijving& inschrijving) {
  next_.Add(leerling, inschrijving);
  // Students arrive school by school in the structure's order (the DemoSink contract).
  const int scholen = static_cast<int>(s_.scholen.size());
  while (school_ < scholen && s_.scholen[school_].school.code != inschrijving.school) ++school_;
  if (school_ == scholen) return;
  const DemoSchool& school = s_.scholen[school_];
  if (school_ == demo_school_ &&
      (!demo_kind_ ||
       std::tie(leerling.achternaam, leerling.voornaam, leerling.id) <
           std::tie(demo_kind_achternaam_, demo_kind_voornaam_, demo_kind_->leerling))) {
    // The store lists a school's students by achternaam, voornaam, id (byte order).
    demo_kind_ = AanmeldKandidaat{leerling.id, school_, leerling.geboortedatum, true};
    demo_kind_achternaam_ = leerling.achternaam;
    demo_kind_voornaam_ = leerling.voornaam;
  }
  // Cluster 1 and 2 are national institutions outside any SWV, with their own admission.
  if (school.swv < 0) return;
  if (rng_.Below(100000) < KansPerTon(school.school.soort)) {
    gekozen_.push_back(AanmeldKandidaat{leerling.id, school_, leerling.geboortedatum, false});
  }
}

std::vector<AanmeldKandidaat> AanmeldKandidaten::Gekozen() const {
  std::vector<AanmeldKandidaat> result = gekozen_;
  if (demo_kind_) {
    auto it = std::lower_bound(
        result.begin(), result.end(), demo_kind_->leerling,
        [](const AanmeldKandidaat& k, domain::LeerlingId id) { return k.leerling < id; });
    if (it != result.end() && it->leerling == demo_kind_->leerling) {
      it->demo_kind = true;
    } else {
      result.insert(it, *demo_kind_);
    }
  }
  return result;
}

void GenerateAanmeldingen(const DemoStructure& structure, const DemoOptions& options,
                          const std::vector<AanmeldKandidaat>& kandidaten, DemoSink& sink) {
  const auto totaal = static_cast<int64_t>(kandidaten.size());
  sink.Progress("aanmeldingen", 0, totaal);
  AanmeldingMaker maker(structure, options, sink);
  for (const AanmeldKandidaat& k : kandidaten) maker.Maak(k);
  sink.Progress("aanmeldingen", totaal, totaal);
}

}  // namespace passend::engine
