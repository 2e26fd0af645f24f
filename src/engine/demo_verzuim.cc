#include "engine/demo_verzuim.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <tuple>

#include "domain/school_year.h"

namespace passend::engine {
namespace {

using domain::AddDays;
using domain::AgeOn;
using domain::Beeindiging;
using domain::Date;
using domain::DaysBetween;
using domain::Geslacht;
using domain::Verzuimmelding;
using domain::VerzuimType;

constexpr uint64_t kStreamVerzuimPlan = 8;
constexpr uint64_t kStreamVerzuimKandidaten = 9;
constexpr uint64_t kStreamVerzuim = 10;
// Added later, each with a stream of its own so the cases above stay exactly as they were: the
// SWVs' verzuim settings, the doctor's statements and advices of exemptions 5 onder a, the
// fixed cases added for the interim targets and doorbraken, and who sets interim targets.
constexpr uint64_t kStreamVerzuimInstellingen = 11;
constexpr uint64_t kStreamVrijstelling = 12;
constexpr uint64_t kStreamVoorbeeldenExtra = 13;
constexpr uint64_t kStreamTussendoelen = 14;

// Verzuim settings of the SWVs other than swv.demo's (invented, plausible; seed 004 names the
// three kinds of holder). Doorzettingsmacht: coordinator 45 %, commissie 30 %, wethouder 25 %.
constexpr int kCoordinatorPromille = 450;
constexpr int kCommissiePromille = 300;
// Seed 000 #8 asks for the advice; most SWVs adopt it, some leave it to the leerplicht.
constexpr int kAdviesVoorVrijstellingPromille = 850;
// About half of the SWVs set interim targets (all of them when they follow seed 004's plan).
constexpr int kTussendoelenPromille = 500;
// The interim targets: the children more than 3 months at home to 0 in school year 2028-2029,
// in 3 equal steps (seed 004's plan had 4 steps to 2019-2020).
constexpr int kDoeljaar = 2028;
constexpr int kStappen = 3;
// The base date: the first of the month 9 months before "today". About a year back, but no
// further: cases start at most 18 months back and last up to a year, so an earlier base date
// would miss the long cases that began before the window and undercount the baseline.
constexpr int kBasisMaandenTerug = 9;

// Cases start in the 18 months before "today", so the monthly trend of the SWV and
// municipality pages has a year and a half of data (cases last at most about a year, so the
// last year is in steady state). Relatief verzuim (truancy, 10-70 days a case, never a
// thuiszitter) over the last half year only: at its full rate it would be half of all rows,
// and the import would pay for cases nobody looks at any more.
constexpr int kVensterDagen = 548;
constexpr int kVensterRelatiefDagen = 183;

// --- Calibration (domain.md §4 and §3.5; docs/demo-data.md) ----------------------------------
//
// Inflow: 2,000-3,100 new thuiszitters a year (seed 001, 2008 estimate) on about 2.5 million
// students; the midpoint 2,550 is 1,020 a year per million students.
constexpr int64_t kThuiszittersPerMiljoen = 1020;
// Type: seed 004 counts 1,600 absoluut and 2,600 langdurig relatief verzuimers longer than 3
// months in 2015-16, being 31 % and 60 % of their type: about 5,160 absoluut and 4,330
// langdurig relatief cases, so 544 per mille of the thuiszitters are absoluut verzuim. (Those
// 2015-16 totals are about 3.7 times the 2008 inflow; the demo keeps the inflow of seed 001,
// as the Little's-law simulation does, and takes the mix and the shares from seed 004.)
constexpr int kAbsoluutPromille = 544;
// Longer than 3 months (seed 004): 31 % of absoluut, 60 % of langdurig relatief verzuim.
constexpr int kAbsoluutLangPromille = 310;
constexpr int kLangdurigLangPromille = 600;
// Sex (seed 001): boys twice as often as girls.
constexpr int kThuiszitterJongensPromille = 667;
// Relatief verzuim: 17,313 repeated reports a year (seed 004, the latest year), 6,925 per
// million students.
constexpr int64_t kRelatiefPerMiljoen = 6925;
// Invented, plausible (domain.md gives no figures): long-term sick children known to the
// leerplichtambtenaar, and the exemptions 5 onder a (rising every year, §3.5), b and c.
constexpr int64_t kZiekPerMiljoen = 800;
constexpr int64_t kVrijstelling5aPerMiljoen = 1200;
constexpr int64_t kVrijstelling5bPerMiljoen = 200;
constexpr int64_t kVrijstelling5cPerMiljoen = 600;

// Sampled ages on "today": 0..kMaxLeeftijd; strata per sex and age.
constexpr int kMaxLeeftijd = 24;
constexpr int kStrata = 2 * (kMaxLeeftijd + 1);
// Children of the demo SWV in the demo municipality kept for the fixed cases.
constexpr size_t kDemoKinderen = 24;

// leerlingen × per_miljoen × dagen / (10^6 × 365), rounded half up (integers only: at most
// 2.5 million × 7,000 × 548, well inside 64 bits).
int64_t Aantal(int64_t leerlingen, int64_t per_miljoen, int dagen) {
  const int64_t noemer = 1'000'000LL * 365;
  return (leerlingen * per_miljoen * dagen + noemer / 2) / noemer;
}

// A day with school, approximately: Monday to Friday outside July and August (every region's
// summer holiday lies in them). Absence starts on a school day; the configured holidays of a
// region (docs/verzuim.md) are not known to the generator.
bool Lesdag(Date date) {
  const std::chrono::weekday dag{std::chrono::sys_days{date}};
  if (dag == std::chrono::Saturday || dag == std::chrono::Sunday) return false;
  return date.month() != std::chrono::July && date.month() != std::chrono::August;
}

Date TrekStart(Rng& rng, Date vandaag, int venster) {
  for (;;) {
    const Date d = AddDays(vandaag, -rng.Range(0, venster - 1));
    if (Lesdag(d)) return d;
  }
}

// The last weekday on or before `date` (the fixed cases are dated back from "today").
Date WerkdagTerug(Date date) {
  while (true) {
    const std::chrono::weekday dag{std::chrono::sys_days{date}};
    if (dag != std::chrono::Saturday && dag != std::chrono::Sunday) return date;
    date = AddDays(date, -1);
  }
}

Geslacht TrekGeslacht(Rng& rng, VerzuimType type) {
  int jongens = 500;
  if (domain::IsThuiszittertype(type)) {
    jongens = kThuiszitterJongensPromille;  // seed 001: boys twice girls
  } else if (type == VerzuimType::kRelatiefVerzuim || type == VerzuimType::kVrijstelling5a) {
    jongens = 600;  // invented: more boys, less markedly
  }
  return rng.PerMille(jongens) ? Geslacht::kMan : Geslacht::kVrouw;
}

int TrekLeeftijd(Rng& rng, VerzuimType type) {
  if (domain::IsThuiszittertype(type)) {
    // Seed 001: 10 % of primary-school age (5-12), 90 % 13 or older, 50 % 16-17.
    const uint64_t r = rng.Below(1000);
    if (r < 100) return rng.Range(5, 12);
    if (r < 500) return rng.Range(13, 15);
    return rng.Range(16, 17);
  }
  if (type == VerzuimType::kRelatiefVerzuim) {
    // Truancy is a secondary-school matter, rising with age (invented, plausible).
    constexpr std::array<int, 6> kPerLeeftijd = {50, 100, 150, 200, 250, 250};
    return 12 + Trek(rng, kPerLeeftijd);
  }
  return rng.Range(5, 17);  // sick children and exemptions: any age of compulsory schooling
}

// Why a thuiszitter's case ended, per mille, in the order of Beeindiging (terug-naar-school,
// andere-school, vrijstelling, verhuisd, einde-leerplicht, onderwijs-zorgarrangement,
// overig). Invented, plausible: seed 001 has most children re-placed after about 4 months; an
// absoluut verzuimer has no school to go back to.
constexpr std::array<int, 7> kEindeAbsoluut = {0, 500, 100, 120, 80, 150, 50};
constexpr std::array<int, 7> kEindeLangdurig = {450, 250, 60, 40, 50, 120, 30};
constexpr std::array<int, 7> kEindeRelatief = {850, 70, 0, 30, 0, 0, 50};
constexpr std::array<int, 7> kEindeZiek = {750, 50, 100, 0, 0, 100, 0};
constexpr std::array<int, 7> kEinde5aVroeg = {0, 500, 0, 200, 0, 300, 0};
constexpr std::array<int, 7> kEinde5b = {0, 600, 0, 400, 0, 0, 0};
constexpr std::array<int, 7> kEinde5c = {0, 500, 0, 500, 0, 0, 0};

constexpr Beeindiging kRedenen[] = {Beeindiging::kTerugNaarSchool, Beeindiging::kAndereSchool,
                                    Beeindiging::kVrijstelling,    Beeindiging::kVerhuisd,
                                    Beeindiging::kEindeLeerplicht, Beeindiging::kOnderwijsZorg,
                                    Beeindiging::kOverig};

constexpr std::string_view kOverigThuiszitter[] = {
    "Het gezin is na onderzoek door de leerplichtambtenaar niet meer te vinden; de melding is "
    "gesloten en aan de gemeente van herkomst doorgegeven.",
    "De jongere werkt met begeleiding van de gemeente aan een leerwerktraject buiten het "
    "onderwijs.",
    "De jongere is in een justitiële jeugdinrichting geplaatst en krijgt daar onderwijs.",
};
constexpr std::string_view kOverigRelatief[] = {
    "Proces-verbaal opgemaakt; de verdere afhandeling ligt bij het Openbaar Ministerie.",
    "Halt-afdoening afgerond; de school meldt geen nieuw verzuim.",
};

// A fitting offer, by how the case ended (or will end). `{school}` is a school of the SWV,
// `{datum}` the day it starts.
constexpr std::string_view kAanbodAndereSchool =
    "Plaats op {school} per {datum}, met een arrangement van het samenwerkingsverband";
constexpr std::string_view kAanbodTerug =
    "Terug naar {school} per {datum} met een opbouwrooster en begeleiding door een ambulant "
    "begeleider van het samenwerkingsverband";
constexpr std::string_view kAanbodZorg =
    "Onderwijszorgarrangement per {datum}: drie ochtenden per week onderwijs op {school}, "
    "daarnaast dagbehandeling bij een jeugdhulpaanbieder";
constexpr std::string_view kAanbodLopend[] = {
    "Tijdelijke plaats in de time-outvoorziening van het samenwerkingsverband vanaf {datum}, "
    "daarna naar {school}",
    "Onderwijs op afstand met wekelijkse begeleiding door een leraar van {school}, vanaf {datum} "
    "tot er een vaste plaats is",
    "Plaats op {school} zodra de toelaatbaarheidsverklaring is afgegeven; tot dan vanaf {datum} "
    "onderwijs op afstand",
};

template <typename T, size_t N>
const T& Kies(Rng& rng, const T (&items)[N]) {
  return rng.Pick(std::span<const T>(items, N));
}

// The SWV swv.demo gets: the lowest code (MaakDemoAccounts, src/app/demo_accounts.cc).
int DemoAccountSwv(const DemoStructure& s) {
  int swv = -1;
  for (int i = 0; i < static_cast<int>(s.swvs.size()); ++i) {
    if (swv < 0 || s.swvs[i].swv.code.str() < s.swvs[swv].swv.code.str()) swv = i;
  }
  return swv;
}

// The municipality gemeente.demo gets: that of the lowest bao code in the demo SWV.
domain::GemeenteCode DemoAccountGemeente(const DemoStructure& s, int swv) {
  int school = -1;
  for (int i = 0; i < static_cast<int>(s.scholen.size()); ++i) {
    const DemoSchool& d = s.scholen[i];
    if (swv < 0 || d.swv != swv || d.school.soort != domain::SchoolSoort::kBao) continue;
    if (school < 0 || d.school.code.str() < s.scholen[school].school.code.str()) school = i;
  }
  return school < 0 ? domain::GemeenteCode{} : s.scholen[school].school.gemeente;
}

int GeslachtIndex(Geslacht geslacht) { return geslacht == Geslacht::kMan ? 0 : 1; }

// A fixed case of the demo accounts: days before "today" of the start, the end and the offer,
// and whether it was handed to the onderwijsconsulent.
struct Voorbeeld {
  VerzuimType type;
  int start;
  std::optional<int> einde;
  std::optional<Beeindiging> reden;
  std::optional<int> aanbod;
  bool overdracht;
};

// What swv.demo and gemeente.demo (and consulent.demo) see: running thuiszitters past 4 weeks
// and past 3 months, with and without an offer, some handed over, one just begun; a sick
// child, an exemption and truancy beside them; and ended cases earlier in the trend. Start
// offsets leave room for a holiday of two weeks before the 4-school-week trigger.
const Voorbeeld kVoorbeelden[] = {
    {VerzuimType::kAbsoluutVerzuim, 130, {}, {}, {}, true},
    {VerzuimType::kLangdurigRelatiefVerzuim, 115, {}, {}, 12, false},
    {VerzuimType::kLangdurigRelatiefVerzuim, 55, {}, {}, {}, false},
    {VerzuimType::kAbsoluutVerzuim, 48, {}, {}, 6, false},
    {VerzuimType::kAbsoluutVerzuim, 80, {}, {}, {}, true},
    {VerzuimType::kLangdurigRelatiefVerzuim, 210, {}, {}, {}, true},
    {VerzuimType::kAbsoluutVerzuim, 9, {}, {}, {}, false},
    {VerzuimType::kZiek, 35, {}, {}, {}, false},
    {VerzuimType::kVrijstelling5a, 100, {}, {}, {}, false},
    {VerzuimType::kRelatiefVerzuim, 12, {}, {}, {}, false},
    {VerzuimType::kAbsoluutVerzuim, 400, 290, Beeindiging::kAndereSchool, 300, false},
    {VerzuimType::kLangdurigRelatiefVerzuim, 260, 120, Beeindiging::kTerugNaarSchool, 140, true},
    {VerzuimType::kAbsoluutVerzuim, 170, 150, Beeindiging::kVerhuisd, {}, false},
    {VerzuimType::kLangdurigRelatiefVerzuim, 330, 200, Beeindiging::kOnderwijsZorg, 215, true},
    // Added with the interim targets: children who were more than 3 months at home on the
    // plan's base date (kBasisMaandenTerug), so swv.demo's baseline is not zero. They draw
    // their offer from a stream of their own (kStreamVoorbeeldenExtra).
    {VerzuimType::kAbsoluutVerzuim, 420, 240, Beeindiging::kAndereSchool, 250, true},
    {VerzuimType::kLangdurigRelatiefVerzuim, 400, 180, Beeindiging::kOnderwijsZorg, 195, true},
    {VerzuimType::kLangdurigRelatiefVerzuim, 440, 250, Beeindiging::kTerugNaarSchool, 265, false},
};
// The fixed cases before the ones added with the interim targets.
constexpr size_t kOorspronkelijkeVoorbeelden = 14;

// Doorbraken of fixed cases (seed 000 #9, seed 004 «Doorzettingsmacht»): escalated just past
// the 3 months; one still open, two decided, one of them before the child went to another
// school. Days before "today"; `voorbeeld` indexes kVoorbeelden.
struct DoorbraakVoorbeeld {
  size_t voorbeeld;
  int gevraagd;
  std::optional<int> besloten;
  std::string_view reden;
  std::string_view besluit;
};

const DoorbraakVoorbeeld kDoorbraakVoorbeelden[] = {
    {0,
     30,
     {},
     "Geen school wil het kind inschrijven zonder extra begeleiding, en school, jeugdhulp en "
     "gemeente komen na drie maanden niet overeen wie die begeleiding organiseert en betaalt.",
     ""},
    {1, 20, 14,
     "De school ziet geen terugkeer zonder een ambulant begeleider; de jeugdhulpaanbieder wacht "
     "op een indicatie van de gemeente. Het kind is ruim drie maanden thuis.",
     "Het samenwerkingsverband bekostigt een arrangement op de eigen school en de gemeente de "
     "jeugdhulp ernaast; de school biedt binnen twee weken een opbouwrooster aan."},
    {14, 325, 305,
     "Twee scholen weigeren een plaats omdat de ondersteuningsbehoefte hun mogelijkheden te "
     "boven gaat; een toelaatbaarheidsverklaring voor het speciaal onderwijs is niet aangevraagd.",
     "Plaats op een school voor speciaal basisonderwijs; het samenwerkingsverband geeft binnen "
     "een week de toelaatbaarheidsverklaring af en de gemeente regelt het vervoer."},
};

// The SWV's education-perspective advice before an exemption 5 onder a (seed 000 #8).
constexpr std::string_view kAdviezen[] = {
    "Onderwijs is op dit moment niet haalbaar: het kind wordt klinisch behandeld. Het "
    "samenwerkingsverband bespreekt over een half jaar met ouders en behandelaar of onderwijs "
    "in deeltijd mogelijk is.",
    "Het kind kan nu ook met een arrangement in het speciaal onderwijs geen onderwijs volgen. Het "
    "samenwerkingsverband blijft betrokken en biedt bij verbetering een plaats met begeleiding "
    "aan.",
    "De behandelaar ziet het komende jaar geen onderwijsperspectief. Het samenwerkingsverband "
    "adviseert de vrijstelling en een gesprek vóór 1 juli over een start in het nieuwe "
    "schooljaar.",
};

// Who took a doorbraak decision, by name and function (fictitious).
std::string BeslotenDoor(const domain::Doorzettingsmacht& macht) {
  switch (macht.houder) {
    case domain::DoorzettingsmachtHouder::kCommissie:
      return fmt::format("M. de Boer, voorzitter {}", macht.naam);
    case domain::DoorzettingsmachtHouder::kWethouder:
      return fmt::format("J. Bakker, {}", macht.naam);
    case domain::DoorzettingsmachtHouder::kCoordinator:
      break;
  }
  return fmt::format("S. Visser, {}", macht.naam);
}

// The region in an SWV's name ("... Onderwijs Groningen e.o." gives "Groningen e.o.").
std::string RegioNaam(const DemoSwv& swv) {
  const std::string& naam = swv.swv.naam;
  constexpr std::string_view kNa = "Onderwijs ";
  const size_t at = naam.rfind(kNa);
  return at == std::string::npos ? naam : naam.substr(at + kNa.size());
}

bool MetSchool(VerzuimType type) {
  return type == VerzuimType::kLangdurigRelatiefVerzuim || type == VerzuimType::kRelatiefVerzuim ||
         type == VerzuimType::kZiek;
}

class VerzuimMaker {
 public:
  VerzuimMaker(const DemoStructure& s, const DemoOptions& options,
               const std::vector<DemoSwvInstellingen>& instellingen,
               const VerzuimKandidaten& kandidaten)
      : s_(s),
        k_(kandidaten),
        vandaag_(options.vandaag.value_or(options.peildatum)),
        rng_(options.seed, kStreamVerzuim),
        vrijstelling_rng_(options.seed, kStreamVrijstelling),
        extra_rng_(options.seed, kStreamVoorbeeldenExtra),
        per_swv_(s.swvs.size()),
        gebruikt_(kandidaten.Steekproef().size()) {
    for (const DemoSwvInstellingen& d : instellingen) {
      instellingen_.emplace(d.swv.str(), &d.instellingen.verzuim);
    }
    for (int i = 0; i < static_cast<int>(s.scholen.size()); ++i) {
      if (s.scholen[i].swv >= 0) per_swv_[s.scholen[i].swv].push_back(i);
    }
    for (size_t st = 0; st < gebruikt_.size(); ++st) {
      gebruikt_[st].assign(kandidaten.Steekproef()[st].size(), false);
    }
  }

  void MaakVoorbeelden() {
    const auto& kinderen = k_.DemoKinderen();
    size_t volgende = 0;
    for (size_t index = 0; index < std::size(kVoorbeelden); ++index) {
      const Voorbeeld& v = kVoorbeelden[index];
      if (volgende >= kinderen.size()) break;
      const VerzuimKandidaat& kind = kinderen[volgende++];
      voorbeeld_kinderen_.push_back(kind.leerling);
      Verzuimmelding m = Nieuw(v.type, kind, WerkdagTerug(AddDays(vandaag_, -v.start)));
      std::optional<Date> einde;
      if (v.einde) einde = AddDays(vandaag_, -*v.einde);
      if (v.aanbod) {
        const Date datum = AddDays(vandaag_, -*v.aanbod);
        const Beeindiging bedoeld = v.reden.value_or(Beeindiging::kOverig);
        Rng& rng = index < kOorspronkelijkeVoorbeelden ? rng_ : extra_rng_;
        domain::PassendAanbod aanbod{datum, Omschrijving(bedoeld, kind, AddDays(datum, 14), rng)};
        if (!domain::RegistreerAanbod(m, std::move(aanbod))) continue;
      }
      std::optional<Date> overdracht;
      if (v.overdracht) overdracht = Overdracht(m, einde, /*marge=*/3);
      std::vector<domain::Doorbraak> doorbraken = Doorbraken(index, m);
      if (einde && !domain::Beeindig(m, *einde, *v.reden)) continue;
      Bewaar(std::move(m), overdracht, /*voor_demo_accounts=*/true, std::move(doorbraken));
    }
  }

  void Maak(const VerzuimPlan& plan) {
    const auto kind = KiesKind(plan);
    if (!kind) return;  // no student of that sex and age left in the sample
    Verzuimmelding m = Nieuw(plan.type, *kind, plan.startdatum);
    switch (plan.type) {
      case VerzuimType::kAbsoluutVerzuim:
      case VerzuimType::kLangdurigRelatiefVerzuim:
        Thuiszitter(std::move(m), *kind);
        return;
      case VerzuimType::kRelatiefVerzuim:
        EindigNa(std::move(m), *kind, rng_.Range(10, 70), kEindeRelatief);
        return;
      case VerzuimType::kZiek:
        EindigNa(std::move(m), *kind, rng_.Range(14, 200), kEindeZiek);
        return;
      case VerzuimType::kVrijstelling5a:
        Vrijstelling5a(std::move(m), *kind, 0);
        return;
      case VerzuimType::kVrijstelling5b:
        if (rng_.PerMille(150)) {
          EindigNa(std::move(m), *kind, rng_.Range(60, 500), kEinde5b);
        } else {
          Bewaar(std::move(m), {}, false);
        }
        return;
      case VerzuimType::kVrijstelling5c:
        if (rng_.PerMille(300)) {
          EindigNa(std::move(m), *kind, rng_.Range(60, 500), kEinde5c);
        } else {
          Bewaar(std::move(m), {}, false);
        }
        return;
    }
  }

  // Every case, numbered 1..N in order of the start date (a case's number in the register
  // then follows the order in which cases came in).
  std::vector<DemoVerzuim> Resultaat() {
    std::stable_sort(resultaat_.begin(), resultaat_.end(),
                     [](const DemoVerzuim& a, const DemoVerzuim& b) {
                       return a.melding.startdatum < b.melding.startdatum;
                     });
    int64_t id = 0;
    for (DemoVerzuim& v : resultaat_) v.id = v.melding.id = ++id;
    return std::move(resultaat_);
  }

 private:
  Verzuimmelding Nieuw(VerzuimType type, const VerzuimKandidaat& kind, Date start) const {
    const DemoSchool& school = s_.scholen[kind.school];
    Verzuimmelding m;
    m.leerling = kind.leerling;
    m.type = type;
    // As VerzuimService::Registreer: the leerplicht of the municipality where the child lives
    // handles the case (Leerplichtwet art. 16); the register of the school's SWV holds it.
    m.gemeente = kind.woongemeente;
    m.swv = s_.swvs[school.swv].swv.code;
    // A school where the child is registered: the current one. Absolute absence has none, and
    // an exempted child need not be registered anywhere.
    if (MetSchool(type)) m.school = school.school.code;
    m.startdatum = start;
    return m;
  }

  // A child of the plan's sex who is exactly the plan's age on its start date, not used yet.
  // Children of that age on the start date are that age, one older or two older "today".
  // Each stratum is searched from a random place onwards (its order is random already), so
  // a match comes after a few steps and no child is favoured by its place in the sample.
  std::optional<VerzuimKandidaat> KiesKind(const VerzuimPlan& plan) {
    // Between the start and today a child ages at least d / 366 and at most d / 365 + 1 years;
    // the other strata cannot hold a match.
    const int dagen = DaysBetween(plan.startdatum, vandaag_);
    const int eerste = static_cast<int>(rng_.Below(3));
    for (int i = 0; i < 3; ++i) {
      const int ouder = (eerste + i) % 3;
      if (ouder < dagen / 366 || ouder > dagen / 365 + 1) continue;
      const int st = VerzuimKandidaten::StratumVan(plan.geslacht, plan.leeftijd + ouder);
      if (st < 0) continue;
      const auto& lijst = k_.Steekproef()[st];
      if (lijst.empty()) continue;
      auto& gebruikt = gebruikt_[st];
      const size_t begin = rng_.Below(lijst.size());
      for (size_t n = 0; n < lijst.size(); ++n) {
        const size_t j = (begin + n) % lijst.size();
        if (gebruikt[j] || AgeOn(lijst[j].geboortedatum, plan.startdatum) != plan.leeftijd) {
          continue;
        }
        if (std::find(voorbeeld_kinderen_.begin(), voorbeeld_kinderen_.end(), lijst[j].leerling) !=
            voorbeeld_kinderen_.end()) {
          continue;
        }
        gebruikt[j] = true;
        return lijst[j];
      }
    }
    return std::nullopt;
  }

  // A school of the child's SWV for an offer: its own for a return, another one otherwise.
  std::string SchoolNaam(const VerzuimKandidaat& kind, bool eigen, Rng& rng) {
    const std::vector<int>& lijst = per_swv_[s_.scholen[kind.school].swv];
    int gekozen = kind.school;
    if (!eigen && lijst.size() > 1) {
      while (gekozen == kind.school) gekozen = lijst[rng.Below(lijst.size())];
    }
    return s_.scholen[gekozen].school.naam;
  }

  std::string Omschrijving(Beeindiging bedoeld, const VerzuimKandidaat& kind, Date per) {
    return Omschrijving(bedoeld, kind, per, rng_);
  }

  std::string Omschrijving(Beeindiging bedoeld, const VerzuimKandidaat& kind, Date per, Rng& rng) {
    std::string_view sjabloon;
    bool eigen = false;
    switch (bedoeld) {
      case Beeindiging::kAndereSchool:
        sjabloon = kAanbodAndereSchool;
        break;
      case Beeindiging::kTerugNaarSchool:
        sjabloon = kAanbodTerug;
        eigen = true;
        break;
      case Beeindiging::kOnderwijsZorg:
        sjabloon = kAanbodZorg;
        break;
      default:
        sjabloon = Kies(rng, kAanbodLopend);
        break;
    }
    return fmt::format(fmt::runtime(sjabloon), fmt::arg("school", SchoolNaam(kind, eigen, rng)),
                       fmt::arg("datum", domain::FormatDutchDate(per)));
  }

  // The hand-over to the onderwijsconsulent (seed 003 §4.3): `marge` days after the 4-school-
  // week trigger (counted without holidays), while the child is still at home and not after
  // "today". None when that day does not exist.
  std::optional<Date> Overdracht(const Verzuimmelding& m, std::optional<Date> einde, int marge) {
    const auto trigger = domain::ConsulentDatum(m, termijnen_, geen_vakanties_);
    if (!trigger) return std::nullopt;
    Date laatste = vandaag_;
    if (einde) laatste = std::min(laatste, AddDays(*einde, -1));
    const Date op = AddDays(*trigger, marge);
    if (op > laatste) return std::nullopt;
    return op;
  }

  void Thuiszitter(Verzuimmelding m, const VerzuimKandidaat& kind) {
    const bool absoluut = m.type == VerzuimType::kAbsoluutVerzuim;
    // Longer than 3 months means still at home on start + 3 calendar months (DrieMaandenDatum).
    const int tot_drie_maanden = DaysBetween(m.startdatum, domain::PlusMaanden(m.startdatum, 3));
    const bool lang = rng_.PerMille(absoluut ? kAbsoluutLangPromille : kLangdurigLangPromille);
    // Short: absolute absence from a week (a move, a new school found); langdurig relatief
    // verzuim lasts past its 4 school weeks (with a week to spare) or it would not be one.
    // Long: up to 9 months past the limit. Mean about 130 days: seed 001's "re-placed after
    // about 4 months", and with 2,550 a year about 900 at home on any day ("at least 800").
    const int duur = lang ? tot_drie_maanden + rng_.Range(1, 270)
                          : rng_.Range(absoluut ? 7 : 35, tot_drie_maanden);
    const Date eind = AddDays(m.startdatum, duur);
    std::optional<Date> einde;
    if (eind <= vandaag_) einde = eind;

    Beeindiging reden = Beeindiging::kOverig;
    std::string toelichting;
    if (einde) {
      reden = kRedenen[Trek(rng_, absoluut ? kEindeAbsoluut : kEindeLangdurig)];
      // The end of compulsory education (kwalificatieplicht) needs a child of 17 or more.
      if (reden == Beeindiging::kEindeLeerplicht && AgeOn(kind.geboortedatum, *einde) < 17) {
        reden = absoluut ? Beeindiging::kAndereSchool : Beeindiging::kTerugNaarSchool;
      }
      if (reden == Beeindiging::kOverig) toelichting.assign(Kies(rng_, kOverigThuiszitter));
    }

    // A fitting offer: mostly before a return, a new school or an arrangement (5-35 days
    // before it starts); rarely otherwise; for a quarter of those still at home after two
    // weeks. Invented, plausible.
    std::optional<domain::PassendAanbod> aanbod;
    if (einde) {
      const bool plaatsing = reden == Beeindiging::kTerugNaarSchool ||
                             reden == Beeindiging::kAndereSchool ||
                             reden == Beeindiging::kOnderwijsZorg;
      if (rng_.PerMille(plaatsing ? 750 : 150)) {
        const Date datum = std::max(m.startdatum, AddDays(*einde, -rng_.Range(5, 35)));
        aanbod = domain::PassendAanbod{
            datum, Omschrijving(plaatsing ? reden : Beeindiging::kOverig, kind, *einde)};
      }
    } else {
      const int thuis = DaysBetween(m.startdatum, vandaag_);
      if (thuis >= 14 && rng_.PerMille(250)) {
        const Date datum = AddDays(m.startdatum, rng_.Range(14, thuis));
        aanbod = domain::PassendAanbod{
            datum, Omschrijving(Beeindiging::kOverig, kind, AddDays(datum, rng_.Range(7, 28)))};
      }
    }
    // The SWV hands 40 % of the cases that reach the trigger to the onderwijsconsulent, 0-14
    // days after it (invented).
    std::optional<Date> overdracht;
    if (rng_.PerMille(400)) overdracht = Overdracht(m, einde, rng_.Range(0, 14));

    if (aanbod && !domain::RegistreerAanbod(m, std::move(*aanbod))) return;
    if (einde && !domain::Beeindig(m, *einde, reden, std::move(toelichting))) return;
    const Date vrijstelling_vanaf = einde.value_or(vandaag_);
    Bewaar(std::move(m), overdracht, false);
    // An exemption granted: a new case of that type records it (domain::Beeindiging).
    if (einde && reden == Beeindiging::kVrijstelling) {
      Vrijstelling5a(Nieuw(VerzuimType::kVrijstelling5a, kind, vrijstelling_vanaf), kind, 1);
    }
  }

  // Ends the case `dagen` days after its start when that is not after today, for a reason
  // drawn from `redenen`; keeps it running otherwise.
  void EindigNa(Verzuimmelding m, const VerzuimKandidaat& kind, int dagen,
                const std::array<int, 7>& redenen) {
    const Date eind = AddDays(m.startdatum, dagen);
    if (eind > vandaag_) {
      Bewaar(std::move(m), {}, false);
      return;
    }
    const Beeindiging reden = kRedenen[Trek(rng_, redenen)];
    std::string toelichting;
    if (reden == Beeindiging::kOverig) toelichting.assign(Kies(rng_, kOverigRelatief));
    if (!domain::Beeindig(m, eind, reden, std::move(toelichting))) return;
    const bool vrijstelling = reden == Beeindiging::kVrijstelling;
    Bewaar(std::move(m), {}, false);
    if (vrijstelling) {
      Vrijstelling5a(Nieuw(VerzuimType::kVrijstelling5a, kind, eind), kind, 1);
    }
  }

  // Vrijstelling 5 onder a: granted for a year (Leerplichtwet art. 5a, 7; domain.md §3.5);
  // 20 % end earlier (the child goes to a school or an arrangement, or moves). At the year's
  // end 60 % are renewed: the renewal is a new case (an exemption cannot end "in an
  // exemption"), so the old one ends `overig`, naming it. Invented shares.
  void Vrijstelling5a(Verzuimmelding m, const VerzuimKandidaat& kind, int diepte) {
    if (rng_.PerMille(200)) {
      EindigNa(std::move(m), kind, rng_.Range(60, 330), kEinde5aVroeg);
      return;
    }
    const Date jaar = domain::PlusMaanden(m.startdatum, 12);
    if (jaar > vandaag_) {
      Bewaar(std::move(m), {}, false);
      return;
    }
    const bool verlengd = diepte < 3 && rng_.PerMille(600);
    Beeindiging reden =
        rng_.PerMille(500) ? Beeindiging::kAndereSchool : Beeindiging::kOnderwijsZorg;
    std::string toelichting;
    if (verlengd) {
      reden = Beeindiging::kOverig;
      toelichting = fmt::format("Verlengd: een nieuwe vrijstelling 5 onder a vanaf {}.",
                                domain::FormatDutchDate(jaar));
    }
    if (!domain::Beeindig(m, jaar, reden, std::move(toelichting))) return;
    Bewaar(std::move(m), {}, false);
    if (verlengd) {
      Vrijstelling5a(Nieuw(VerzuimType::kVrijstelling5a, kind, jaar), kind, diepte + 1);
    }
  }

  // The escalations of fixed case `index` (kDoorbraakVoorbeelden), through the domain's rules,
  // put to the holder of doorzettingsmacht of the case's SWV.
  std::vector<domain::Doorbraak> Doorbraken(size_t index, const Verzuimmelding& m) const {
    std::vector<domain::Doorbraak> doorbraken;
    for (const DoorbraakVoorbeeld& d : kDoorbraakVoorbeelden) {
      if (d.voorbeeld != index) continue;
      const domain::Doorzettingsmacht& macht = Instellingen(m.swv).doorzettingsmacht;
      auto doorbraak = domain::VraagDoorbraak(m, doorbraken, AddDays(vandaag_, -d.gevraagd),
                                              fmt::format("swv.demo ({})", m.swv.str()),
                                              std::string(d.reden), macht);
      if (!doorbraak) continue;
      if (d.besloten && !domain::BesluitDoorbraak(*doorbraak, AddDays(vandaag_, -*d.besloten),
                                                  std::string(d.besluit), BeslotenDoor(macht))) {
        continue;
      }
      doorbraken.push_back(std::move(*doorbraak));
    }
    return doorbraken;
  }

  const domain::VerzuimInstellingen& Instellingen(const domain::SwvCode& swv) const {
    static const domain::VerzuimInstellingen kStandaard{};
    const auto it = instellingen_.find(swv.str());
    return it == instellingen_.end() ? kStandaard : *it->second;
  }

  void Bewaar(Verzuimmelding m, std::optional<Date> overdracht, bool voor_demo_accounts,
              std::vector<domain::Doorbraak> doorbraken = {}) {
    std::optional<domain::Vrijstellingsadvies> advies;
    if (m.type == VerzuimType::kVrijstelling5a) {
      // Leerplichtwet art. 7: the exemption rests on a doctor's statement, here 2-5 weeks
      // before the start. Seed 000 #8: where the SWV asks for it, its advice on the education
      // perspective comes first, up to 3 weeks before the statement (invented, plausible).
      m.artsverklaring = AddDays(m.startdatum, -vrijstelling_rng_.Range(14, 35));
      const bool nodig = Instellingen(m.swv).advies_voor_vrijstelling;
      if (nodig) {
        advies = domain::Vrijstellingsadvies{
            0, m.leerling, m.swv, AddDays(*m.artsverklaring, -vrijstelling_rng_.Range(0, 21)),
            std::string(Kies(vrijstelling_rng_, kAdviezen))};
      }
      // Registered on its start date: checked as VerzuimService checks it then.
      if (!domain::ValideerVrijstelling(m, advies, nodig, m.startdatum, vrijstelling_termijnen_)) {
        return;
      }
    }
    // Nothing the rules would refuse (the import replays them too).
    if (!domain::Valideer(m, vandaag_)) return;
    resultaat_.push_back(DemoVerzuim{0, std::move(m), overdracht, voor_demo_accounts,
                                     std::move(advies), std::move(doorbraken)});
  }

  const DemoStructure& s_;
  const VerzuimKandidaten& k_;
  const domain::VerzuimTermijnen termijnen_{};  // the defaults: 4 school weeks, 3 months
  const domain::Schoolvakanties geen_vakanties_{};
  const domain::VrijstellingTermijnen vrijstelling_termijnen_{};  // the defaults: a year
  Date vandaag_;
  Rng rng_;
  Rng vrijstelling_rng_;  // doctor's statements and advices
  Rng extra_rng_;         // the fixed cases added after the first kOorspronkelijkeVoorbeelden
  std::map<std::string, const domain::VerzuimInstellingen*> instellingen_;  // by SWV code
  std::vector<std::vector<int>> per_swv_;  // school indexes per SWV
  std::vector<std::vector<bool>> gebruikt_;
  std::vector<domain::LeerlingId> voorbeeld_kinderen_;
  std::vector<DemoVerzuim> resultaat_;
};

}  // namespace

int VerzuimKandidaten::StratumVan(Geslacht geslacht, int leeftijd) {
  if (geslacht == Geslacht::kOnbekend || leeftijd < 0 || leeftijd > kMaxLeeftijd) return -1;
  return GeslachtIndex(geslacht) * (kMaxLeeftijd + 1) + leeftijd;
}

VerzuimKandidaten::VerzuimKandidaten(const DemoStructure& structure, const DemoOptions& options,
                                     DemoSink& next)
    : s_(structure),
      next_(next),
      vandaag_(options.vandaag.value_or(options.peildatum)),
      rng_(options.seed, kStreamVerzuimKandidaten),
      demo_swv_(DemoAccountSwv(structure)),
      demo_gemeente_(DemoAccountGemeente(structure, demo_swv_)),
      capaciteit_(kStrata, 0),
      gezien_(kStrata, 0),
      steekproef_(kStrata) {
  Rng rng(options.seed, kStreamVerzuimPlan);
  const int64_t n = structure.leerlingen;
  auto plan = [&](int64_t aantal, int venster, auto type_van) {
    for (int64_t i = 0; i < aantal; ++i) {
      VerzuimPlan p;
      p.type = type_van();
      p.startdatum = TrekStart(rng, vandaag_, venster);
      p.geslacht = TrekGeslacht(rng, p.type);
      p.leeftijd = TrekLeeftijd(rng, p.type);
      plannen_.push_back(p);
    }
  };
  plan(Aantal(n, kThuiszittersPerMiljoen, kVensterDagen), kVensterDagen, [&] {
    return rng.PerMille(kAbsoluutPromille) ? VerzuimType::kAbsoluutVerzuim
                                           : VerzuimType::kLangdurigRelatiefVerzuim;
  });
  auto vast = [](VerzuimType type) { return [type] { return type; }; };
  plan(Aantal(n, kRelatiefPerMiljoen, kVensterRelatiefDagen), kVensterRelatiefDagen,
       vast(VerzuimType::kRelatiefVerzuim));
  plan(Aantal(n, kZiekPerMiljoen, kVensterDagen), kVensterDagen, vast(VerzuimType::kZiek));
  plan(Aantal(n, kVrijstelling5aPerMiljoen, kVensterDagen), kVensterDagen,
       vast(VerzuimType::kVrijstelling5a));
  plan(Aantal(n, kVrijstelling5bPerMiljoen, kVensterDagen), kVensterDagen,
       vast(VerzuimType::kVrijstelling5b));
  plan(Aantal(n, kVrijstelling5cPerMiljoen, kVensterDagen), kVensterDagen,
       vast(VerzuimType::kVrijstelling5c));

  // Sample three times what the plans ask of each stratum: a child of age a on the start date
  // is a, a + 1 or a + 2 "today", and only some of those have the exact age on that date.
  std::array<std::array<int64_t, kMaxLeeftijd + 3>, 2> vraag{};
  for (const VerzuimPlan& p : plannen_) {
    if (p.leeftijd >= 0 && p.leeftijd <= kMaxLeeftijd)
      ++vraag[GeslachtIndex(p.geslacht)][p.leeftijd];
  }
  for (int g = 0; g < 2; ++g) {
    for (int v = 0; v <= kMaxLeeftijd; ++v) {
      int64_t som = 0;
      for (int a = std::max(0, v - 2); a <= v; ++a) som += vraag[g][a];
      capaciteit_[g * (kMaxLeeftijd + 1) + v] = som == 0 ? 0 : 3 * som + 4;
    }
  }
}

void VerzuimKandidaten::Add(const domain::Leerling& leerling,
                            const domain::Inschrijving& inschrijving) {
  next_.Add(leerling, inschrijving);
  // Students arrive school by school in the structure's order (the DemoSink contract).
  const int scholen = static_cast<int>(s_.scholen.size());
  while (school_ < scholen && s_.scholen[school_].school.code != inschrijving.school) ++school_;
  if (school_ == scholen) return;
  // Cluster 1 and 2 institutions lie outside every SWV; a case needs an SWV's register.
  const DemoSchool& school = s_.scholen[school_];
  if (school.swv < 0) return;
  const int leeftijd = AgeOn(leerling.geboortedatum, vandaag_);
  auto kandidaat = [&] {
    return VerzuimKandidaat{leerling.id, school_, leerling.geboortedatum, leerling.geslacht,
                            leerling.woongemeente};
  };
  // Reservoir sampling (Algorithm R): each student of a stratum is equally likely to be kept.
  auto bewaar = [&](std::vector<VerzuimKandidaat>& lijst, int64_t& gezien, size_t capaciteit) {
    ++gezien;
    if (lijst.size() < capaciteit) {
      lijst.push_back(kandidaat());
      return;
    }
    const uint64_t j = rng_.Below(static_cast<uint64_t>(gezien));
    if (j < capaciteit) lijst[j] = kandidaat();
  };
  if (school.swv == demo_swv_ && leerling.woongemeente == demo_gemeente_ && leeftijd >= 6 &&
      leeftijd <= 13) {
    bewaar(demo_kinderen_, demo_gezien_, kDemoKinderen);
  }
  const int st = StratumVan(leerling.geslacht, leeftijd);
  if (st < 0 || capaciteit_[st] == 0) return;
  bewaar(steekproef_[st], gezien_[st], static_cast<size_t>(capaciteit_[st]));
}

domain::Vakantieregio DemoVakantieregio(const DemoStructure& structure, int swv) {
  const DemoSwv& d = structure.swvs[swv];
  const std::string_view provincie = Provincies()[d.provincie].naam;
  for (std::string_view noord :
       {"Groningen", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Noord-Holland"}) {
    if (provincie == noord) return domain::Vakantieregio::kNoord;
  }
  for (std::string_view zuid : {"Zeeland", "Noord-Brabant", "Limburg"}) {
    if (provincie == zuid) return domain::Vakantieregio::kZuid;
  }
  if (provincie == "Gelderland" && !d.gemeenten.empty()) {
    // South of the Waal (Nijmegen and surroundings) Gelderland has the southern holidays.
    double som = 0;
    for (int g : d.gemeenten) som += structure.gemeenten[g].info->lat;
    if (som / static_cast<double>(d.gemeenten.size()) < 51.87) return domain::Vakantieregio::kZuid;
  }
  return domain::Vakantieregio::kMidden;
}

std::vector<domain::VerzuimInstellingen> GenerateVerzuimInstellingen(const DemoStructure& structure,
                                                                     const DemoOptions& options) {
  Rng rng(options.seed, kStreamVerzuimInstellingen);
  const int demo_swv = DemoAccountSwv(structure);
  std::vector<domain::VerzuimInstellingen> result;
  result.reserve(structure.swvs.size());
  for (int i = 0; i < static_cast<int>(structure.swvs.size()); ++i) {
    const DemoSwv& d = structure.swvs[i];
    const std::string regio = RegioNaam(d);
    domain::VerzuimInstellingen v;
    v.vakantieregio = DemoVakantieregio(structure, i);
    if (i == demo_swv) {
      // swv.demo's region puts stuck cases to a committee (the demo's doorbraken name it).
      v.doorzettingsmacht = {domain::DoorzettingsmachtHouder::kCommissie,
                             fmt::format("Doorbraaktafel {}", regio)};
      v.advies_voor_vrijstelling = true;
    } else {
      const auto r = static_cast<int>(rng.Below(1000));
      if (r < kCoordinatorPromille) {
        v.doorzettingsmacht = {domain::DoorzettingsmachtHouder::kCoordinator,
                               fmt::format("coördinator passend onderwijs van {}", d.swv.naam)};
      } else if (r < kCoordinatorPromille + kCommissiePromille) {
        v.doorzettingsmacht = {
            domain::DoorzettingsmachtHouder::kCommissie,
            fmt::format("{} {}", rng.PerMille(500) ? "Doorbraaktafel" : "Regionaal expertteam",
                        regio)};
      } else {
        // The alderman of the region's central municipality (the name without " e.o.").
        std::string gemeente = regio;
        if (gemeente.ends_with(" e.o.")) gemeente.resize(gemeente.size() - 5);
        v.doorzettingsmacht = {domain::DoorzettingsmachtHouder::kWethouder,
                               fmt::format("wethouder Onderwijs van {}", gemeente)};
      }
      v.advies_voor_vrijstelling = rng.PerMille(kAdviesVoorVrijstellingPromille);
    }
    result.push_back(std::move(v));
  }
  return result;
}

namespace {

// The interim targets of swv.demo's SWV and about half of the others: the baseline is the
// number of children more than 3 months at home on the base date, counted on the SWV's cases
// with domain::TelThuiszitters (without holidays, as the generator counts), to 0 in kDoeljaar
// in kStappen equal steps.
std::vector<DemoTussendoelen> MaakTussendoelen(const DemoStructure& structure,
                                               const DemoOptions& options,
                                               std::span<const DemoVerzuim> meldingen) {
  Rng rng(options.seed, kStreamTussendoelen);
  const Date vandaag = options.vandaag.value_or(options.peildatum);
  const Date terug = domain::PlusMaanden(vandaag, -kBasisMaandenTerug);
  const Date basisdatum{terug.year(), terug.month(), std::chrono::day{1}};
  const domain::SchoolYear basisjaar = domain::SchoolYear::Containing(basisdatum);
  const domain::SchoolYear doeljaar(std::max(kDoeljaar, basisjaar.start_year() + 1));
  const int jaren = doeljaar.start_year() - basisjaar.start_year();

  std::map<std::string, std::vector<Verzuimmelding>> per_swv;
  for (const DemoVerzuim& v : meldingen) per_swv[v.melding.swv.str()].push_back(v.melding);
  const int demo_swv = DemoAccountSwv(structure);
  std::vector<DemoTussendoelen> result;
  for (int i = 0; i < static_cast<int>(structure.swvs.size()); ++i) {
    const bool kiest = rng.PerMille(kTussendoelenPromille);
    if (i != demo_swv && !kiest) continue;
    const domain::SwvCode& swv = structure.swvs[i].swv.code;
    const auto& lijst = per_swv[swv.str()];
    const domain::Thuiszittertelling telling = domain::TelThuiszitters(
        lijst, basisdatum, domain::VerzuimTermijnen{}, domain::Schoolvakanties{});
    domain::Tussendoelen plan;
    plan.basisdatum = basisdatum;
    plan.basiswaarde = telling.langer_dan_drie_maanden;
    plan.doeljaar = doeljaar;
    plan.doelwaarde = 0;
    plan.stappen = std::min(kStappen, jaren);
    if (!domain::Valideer(plan)) continue;
    result.push_back(DemoTussendoelen{swv, plan});
  }
  return result;
}

}  // namespace

void GenerateVerzuim(const DemoStructure& structure, const DemoOptions& options,
                     const std::vector<DemoSwvInstellingen>& instellingen,
                     const VerzuimKandidaten& kandidaten, DemoSink& sink) {
  VerzuimMaker maker(structure, options, instellingen, kandidaten);
  maker.MaakVoorbeelden();
  for (const VerzuimPlan& plan : kandidaten.Plannen()) maker.Maak(plan);
  const std::vector<DemoVerzuim> meldingen = maker.Resultaat();
  const auto totaal = static_cast<int64_t>(meldingen.size());
  sink.Progress("verzuimmeldingen", 0, totaal);
  for (const DemoVerzuim& v : meldingen) sink.Add(v);
  sink.Progress("verzuimmeldingen", totaal, totaal);
  for (const DemoTussendoelen& t : MaakTussendoelen(structure, options, meldingen)) sink.Add(t);
}

}  // namespace passend::engine
