#include "engine/demo_tlv.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string_view>

#include "domain/school_year.h"
#include "engine/rng.h"

namespace passend::engine {

namespace {

using domain::AddDays;
using domain::Date;
using domain::SchoolSoort;
using domain::TlvAanvraag;
using domain::TlvCategorie;
using domain::TlvSoort;

// Random streams of this phase (docs/demo-data.md "Determinism"); below the students' 1000+.
constexpr uint64_t kStreamKeuze = 500;
constexpr uint64_t kStreamTlv = 501;
constexpr uint64_t kStreamArrangementen = 502;

// Per 10,000 students of a regular school (bao, vo): a new TLV request in the past months, and
// an arrangement assigned (docs/demo-data.md "TLVs and arrangementen").
constexpr uint64_t kNieuweAanvraagPer10000 = 25;
constexpr uint64_t kArrangementPer10000 = 120;

// The TLV's terms as the domain's defaults (the configured ones only move reminders).
const domain::TlvTermijnen kTermijnen{};

template <typename T>
T Must(domain::Result<T> result) {
  if (!result) {
    // Only generator bugs get here: every input is produced by this file.
    std::fprintf(stderr, "demo_tlv: %s (%s)\n", result.error().message.c_str(),
                 result.error().field.c_str());
    std::abort();
  }
  return *std::move(result);
}

void Must(domain::Result<void> result) {
  if (!result) {
    std::fprintf(stderr, "demo_tlv: %s (%s)\n", result.error().message.c_str(),
                 result.error().field.c_str());
    std::abort();
  }
}

Date Dag(int jaar, unsigned maand, unsigned dag) {
  return Date{std::chrono::year{jaar}, std::chrono::month{maand}, std::chrono::day{dag}};
}

int SchooljaarVan(Date d) { return domain::SchoolYear::Containing(d).start_year(); }

template <size_t N>
std::string_view Kies(Rng& rng, const std::array<std::string_view, N>& opties) {
  return opties[rng.Below(N)];
}

constexpr std::array<std::string_view, 6> kDeskundigen = {"Drs. M. de Boer", "Dr. J. Visser",
                                                          "Drs. S. Bakker",  "Drs. F. el Amrani",
                                                          "Dr. L. Smit",     "Drs. R. Mulder"};
constexpr std::array<std::string_view, 5> kTweedeDiscipline = {
    "kinderarts", "jeugdarts", "psycholoog", "intern begeleider", "maatschappelijk werker"};
constexpr std::array<std::string_view, 3> kAdvies = {
    "Speciaal onderwijs past bij de ondersteuningsbehoefte; de reguliere school heeft haar "
    "mogelijkheden benut.",
    "De leerling heeft een kleine, voorspelbare groep en specialistische begeleiding nodig die "
    "de huidige school niet kan bieden.",
    "Positief advies: de ondersteuningsbehoefte is blijvend en vraagt om de expertise van het "
    "speciaal onderwijs."};
constexpr std::array<std::string_view, 3> kAlGedaan = {
    "Een jaar arrangement in de groep met ambulante begeleiding en een handelingsplan.",
    "Extra begeleiding door de intern begeleider, een aangepast rooster en overleg met jeugdhulp.",
    "Observatie door het samenwerkingsverband en een tijdelijke plaatsing in een kleine groep."};
constexpr std::array<std::string_view, 3> kZienswijzeOuders = {
    "De ouders steunen de aanvraag.",
    "De ouders zien dat hun kind vastloopt en willen een passende plek.",
    "De ouders steunen de aanvraag en willen graag een school dicht bij huis."};
constexpr std::array<std::string_view, 3> kZienswijzeLeerling = {
    "Ik wil naar een school waar het rustiger is.", "Ik wil in een kleine klas.",
    "Ik vind het goed als ik daar meer hulp krijg."};

std::string Behoefte(TlvSoort soort, int cluster) {
  if (soort == TlvSoort::kSbo) {
    return "Leerachterstand van meer dan twee jaar op taal en rekenen; een kleine groep met veel "
           "herhaling en structuur.";
  }
  if (cluster == 3) {
    return "Verstandelijke of lichamelijke beperking; ondersteuning bij leren, verzorging en "
           "verplaatsen.";
  }
  return "Ernstige gedrags- en psychische problemen; een voorspelbare, kleine setting met "
         "gedragsdeskundige begeleiding.";
}

TlvSoort SoortVan(SchoolSoort s) {
  if (s == SchoolSoort::kSbo) return TlvSoort::kSbo;
  return s == SchoolSoort::kVso ? TlvSoort::kVso : TlvSoort::kSo;
}

// A request asked on `op` with its texts and the student's view (hoorrecht, seed 000 #4).
TlvAanvraag Aanvraag(Rng& rng, domain::LeerlingId leerling, const domain::Vestigingscode& school,
                     const domain::SwvCode& swv, TlvSoort soort, int cluster, Date geboren, Date op,
                     bool emb) {
  TlvAanvraag a;
  a.leerling = leerling;
  a.school = school;
  a.swv = swv;
  a.soort = soort;
  a.aangevraagd_op = op;
  a.ondersteuningsbehoefte = Behoefte(soort, cluster);
  a.al_gedaan = std::string(Kies(rng, kAlGedaan));
  a.zienswijze_ouders = std::string(Kies(rng, kZienswijzeOuders));
  if (emb) {
    a.hoorrecht = {false, "",
                   "Door de ernstige meervoudige beperking kan de leerling zijn mening niet onder "
                   "woorden brengen; de ouders vertellen wat hun kind fijn vindt."};
  } else if (domain::AgeOn(geboren, op) < 7) {
    a.hoorrecht = {false, "",
                   "De leerling is jonger dan 7 jaar; de ouders vertellen wat hun kind "
                   "wil."};
  } else {
    a.hoorrecht = {true, std::string(Kies(rng, kZienswijzeLeerling)), ""};
  }
  return a;
}

// Adds the advices so that the request is complete on `compleet`: a first one 0-20 days
// earlier, the second (completing it) on `compleet`; one of them by a gedragsdeskundige.
void Adviseer(Rng& rng, TlvAanvraag& a, Date compleet, int aantal) {
  const Date eerste = std::max(a.aangevraagd_op, AddDays(compleet, -rng.Range(0, 20)));
  const bool ortho = rng.PerMille(600);
  if (aantal >= 1) {
    Must(domain::VoegAdviesToe(
        a,
        {ortho ? "orthopedagoog" : "psycholoog", std::string(Kies(rng, kDeskundigen)), eerste,
         std::string(Kies(rng, kAdvies))},
        eerste));
  }
  if (aantal >= 2) {
    Must(domain::VoegAdviesToe(
        a,
        {std::string(Kies(rng, kTweedeDiscipline)), std::string(Kies(rng, kDeskundigen)), compleet,
         std::string(Kies(rng, kAdvies))},
        compleet));
  }
}

// A granted decision on `datum`: category for so and vso, from `ingang` to `eind` (or the whole
// career when `eind` is none).
domain::TlvBesluit Toegekend(Date datum, std::optional<TlvCategorie> categorie, Date ingang,
                             std::optional<Date> eind) {
  domain::TlvBesluit b;
  b.toegekend = true;
  b.datum = datum;
  b.categorie = categorie;
  b.ingangsdatum = ingang;
  b.einddatum = eind;
  b.hele_loopbaan = !eind;
  return b;
}

domain::TlvBesluit Afgewezen(Date datum) {
  domain::TlvBesluit b;
  b.datum = datum;
  b.motivering =
      "De ondersteuning kan met een arrangement binnen de reguliere school geboden worden; de "
      "mogelijkheden daar zijn nog niet benut.";
  return b;
}

// The category of an so or vso TLV: cluster 4 mostly laag, cluster 3 spread with hoog for
// EMB (docs/demo-data.md).
TlvCategorie Categorie(Rng& rng, int cluster, bool emb) {
  if (emb) return TlvCategorie::kHoog;
  const int i = cluster == 3 ? Trek(rng, std::array<int, 3>{400, 330, 270})
                             : Trek(rng, std::array<int, 3>{900, 60, 40});
  return i == 0 ? TlvCategorie::kLaag : (i == 1 ? TlvCategorie::kMidden : TlvCategorie::kHoog);
}

// An objection filed within the term and, when `afgerond`, the LBT's advice and the decision,
// all on or before `vandaag` (an end that would fall later stays open).
void Bezwaar(Rng& rng, TlvAanvraag& a, Date vandaag, bool afgerond, bool gegrond) {
  const Date op = std::min(vandaag, AddDays(a.besluit->datum, rng.Range(7, 40)));
  Must(domain::DienBezwaarIn(a, op,
                             "De ouders vinden dat het besluit geen recht doet aan wat hun kind "
                             "nodig heeft.",
                             kTermijnen));
  if (!afgerond) return;
  const Date lbt = AddDays(op, rng.Range(35, 60));
  const Date beslist = AddDays(lbt, rng.Range(5, 20));
  if (beslist > vandaag) return;
  Must(domain::RondBezwaarAf(
      a, lbt,
      gegrond ? "De Landelijke Bezwaarcommissie adviseert het bezwaar gegrond te verklaren: de "
                "deskundigenadviezen zijn onvoldoende meegewogen."
              : "De Landelijke Bezwaarcommissie adviseert het bezwaar ongegrond te verklaren: het "
                "besluit is zorgvuldig genomen.",
      beslist, gegrond,
      gegrond ? "Het bezwaar is gegrond; het samenwerkingsverband neemt een nieuw besluit."
              : "Het bezwaar is ongegrond; het besluit blijft in stand."));
}

// `eind`, moved on by whole years until it is at least one school year after `ingang` (the
// domain's rule) and not before `vandaag` (the TLV is current).
Date MinstensEenJaar(Date ingang, Date eind, Date vandaag) {
  const Date minimaal = std::max(vandaag, AddDays(domain::PlusMaanden(ingang, 12), -1));
  while (eind < minimaal) eind = domain::PlusMaanden(eind, 12);
  return eind;
}

// The current TLV of a student of a special school, active on `vandaag`: granted before its
// start, from the enrolment's start or a renewal on 1 August, for one to three school years
// (some from a day in the year, so some end any day), or the whole career.
TlvAanvraag HuidigeTlv(Rng& rng, const domain::LeerlingId leerling,
                       const domain::Vestigingscode& school, const domain::SwvCode& swv,
                       SchoolSoort soort, int cluster, Date geboren, Date van, Date vandaag) {
  const TlvSoort tlv_soort = SoortVan(soort);
  const bool emb = tlv_soort != TlvSoort::kSbo && rng.PerMille(cluster == 3 ? 220 : 15);
  const int jaren = 1 + Trek(rng, std::array<int, 3>{350, 450, 200});
  const int huidig = SchooljaarVan(vandaag);
  Date ingang =
      std::max(Dag(huidig - static_cast<int>(rng.Below(static_cast<uint64_t>(jaren))), 8, 1), van);
  std::optional<Date> eind;
  if (!emb) {
    if (rng.PerMille(150)) {
      // Started on a day in a school year `jaren` back (a move, a mid-year decision), ends the
      // day before the same date `jaren` on: these end on any day, some within 3 months.
      ingang = std::min(vandaag, AddDays(Dag(huidig - jaren, 8, 1), rng.Range(20, 200)));
      eind = MinstensEenJaar(ingang, AddDays(domain::PlusMaanden(ingang, 12 * jaren), -1), vandaag);
    } else {
      eind = MinstensEenJaar(ingang, Dag(SchooljaarVan(ingang) + jaren, 7, 31), vandaag);
    }
  }
  const Date besluit = std::min(vandaag, AddDays(ingang, -rng.Range(7, 45)));
  const Date compleet = AddDays(besluit, -rng.Range(2, 26));
  const Date aangevraagd = AddDays(compleet, -rng.Range(5, 40));
  TlvAanvraag a =
      Aanvraag(rng, leerling, school, swv, tlv_soort, cluster, geboren, aangevraagd, emb);
  Adviseer(rng, a, compleet, 2);
  std::optional<TlvCategorie> categorie;
  if (tlv_soort != TlvSoort::kSbo) categorie = Categorie(rng, cluster, emb);
  Must(domain::Beslis(a, Toegekend(besluit, categorie, ingang, eind)));
  if (emb && rng.PerMille(150)) {
    Must(domain::VraagEvaluatie(a, std::min(vandaag, AddDays(besluit, rng.Range(60, 700)))));
  }
  if (rng.PerMille(20)) Bezwaar(rng, a, vandaag, rng.PerMille(700), rng.PerMille(300));
  return a;
}

// Where a new or renewal request stands: asked (no advice), one advice, complete, or (new
// requests only) decided.
enum class Stand { kGeenAdvies, kEenAdvies, kCompleet, kToegekend, kAfgewezen };

// A request asked `dagen` ago and taken to `stand`; a decided one may carry an objection.
TlvAanvraag Lopend(Rng& rng, domain::LeerlingId leerling, const domain::Vestigingscode& school,
                   const domain::SwvCode& swv, TlvSoort soort, int cluster, Date geboren,
                   Date vandaag, int dagen, Stand stand) {
  const Date op = AddDays(vandaag, -dagen);
  TlvAanvraag a = Aanvraag(rng, leerling, school, swv, soort, cluster, geboren, op, false);
  if (stand == Stand::kGeenAdvies) return a;
  const int beschikbaar = domain::DaysBetween(op, vandaag);
  if (stand == Stand::kEenAdvies) {
    Adviseer(rng, a, AddDays(op, rng.Range(0, beschikbaar)), 1);
    return a;
  }
  // Complete within the days there were, decided within the term when decided.
  const Date compleet = AddDays(op, rng.Range(0, std::max(0, beschikbaar - 1) / 2));
  Adviseer(rng, a, compleet, 2);
  if (stand == Stand::kCompleet) return a;
  const Date besluit = AddDays(
      compleet,
      rng.Range(0, std::min(kTermijnen.beslis_dagen, domain::DaysBetween(compleet, vandaag))));
  if (stand == Stand::kAfgewezen) {
    Must(domain::Beslis(a, Afgewezen(besluit)));
  } else {
    // From the first of a month after the decision, for the rest of this and the next school
    // year.
    const Date volgende = domain::PlusMaanden(besluit, 1);
    const Date ingang =
        Dag(static_cast<int>(volgende.year()), static_cast<unsigned>(volgende.month()), 1);
    const Date eind = Dag(SchooljaarVan(ingang) + 2, 7, 31);
    std::optional<TlvCategorie> categorie;
    if (soort != TlvSoort::kSbo) categorie = Categorie(rng, cluster, false);
    Must(domain::Beslis(a, Toegekend(besluit, categorie, ingang, eind)));
  }
  return a;
}

// A catalogue entry: kind, name, description, tariff and amount in whole euros.
struct Pakket {
  domain::ArrangementSoort soort;
  std::string_view naam;
  std::string_view omschrijving;
  domain::Tarief tarief;
  int64_t euro;
  bool actief = true;
};

constexpr std::array<Pakket, 7> kPakkettenPo = {{
    {domain::ArrangementSoort::kOndersteuningRegulier, "Extra handen in de groep",
     "Een onderwijsassistent een dagdeel per week voor de leerling en de groep.",
     domain::Tarief::kPerLeerlingPerJaar, 3200},
    {domain::ArrangementSoort::kGroepRegulier, "Taalklas",
     "Een jaar in de taalklas van een basisschool in de regio, daarna terug naar de eigen groep.",
     domain::Tarief::kPerLeerlingPerJaar, 6500},
    {domain::ArrangementSoort::kTijdelijkVso, "Observatieplaats so",
     "Tijdelijk (hoogstens een half jaar) of in deeltijd naar het so voor observatie en advies.",
     domain::Tarief::kPerLeerlingPerJaar, 11000},
    {domain::ArrangementSoort::kAmbulant, "Ambulante begeleiding gedrag",
     "Een ambulant begeleider uit het so, twee uur per week, met advies aan de leerkracht.",
     domain::Tarief::kPerLeerlingPerJaar, 2400},
    {domain::ArrangementSoort::kAmbulant, "Ambulante begeleiding ziekte en beperking",
     "Begeleiding door een expert uit cluster 3 voor leerlingen met een langdurige ziekte.",
     domain::Tarief::kPerLeerlingPerJaar, 2900},
    {domain::ArrangementSoort::kOnderwijsZorg, "Onderwijs-zorgarrangement dagbehandeling",
     "Onderwijs op de locatie van de jeugdhulpaanbieder, samen met de gemeente bekostigd.",
     domain::Tarief::kBudget, 45000},
    {domain::ArrangementSoort::kOndersteuningRegulier, "Rugzak-overgangsregeling",
     "De vroegere leerlinggebonden financiering; vervangen door de arrangementen hierboven.",
     domain::Tarief::kPerLeerlingPerJaar, 4000, false},
}};

constexpr std::array<Pakket, 6> kPakkettenVo = {{
    {domain::ArrangementSoort::kOndersteuningRegulier, "Ondersteuning in de klas",
     "Een begeleider in de les en een vast aanspreekpunt voor de leerling.",
     domain::Tarief::kPerLeerlingPerJaar, 3500},
    {domain::ArrangementSoort::kGroepRegulier, "Trajectvoorziening",
     "Een plek in de trajectvoorziening van de school, met een eigen rooster en coach.",
     domain::Tarief::kPerLeerlingPerJaar, 7500},
    {domain::ArrangementSoort::kTijdelijkVso, "Time-out vso",
     "Tijdelijk naar het vso (rebound), met terugkeer naar de eigen school als doel.",
     domain::Tarief::kPerLeerlingPerJaar, 12500},
    {domain::ArrangementSoort::kAmbulant, "Ambulante begeleiding",
     "Een ambulant begeleider uit het vso, anderhalf uur per week.",
     domain::Tarief::kPerLeerlingPerJaar, 2600},
    {domain::ArrangementSoort::kOnderwijsZorg, "Onderwijs-zorg residentieel",
     "Onderwijs voor leerlingen die in een instelling wonen, samen met de zorg.",
     domain::Tarief::kBudget, 60000},
    {domain::ArrangementSoort::kOndersteuningRegulier, "Rugzak-overgangsregeling",
     "De vroegere leerlinggebonden financiering; vervangen door de arrangementen hierboven.",
     domain::Tarief::kPerLeerlingPerJaar, 4000, false},
}};

}  // namespace

TlvKandidaten::TlvKandidaten(const DemoOptions& options)
    : options_(options),
      vandaag_(options.vandaag.value_or(options.peildatum)),
      kies_(options.seed, kStreamKeuze) {}

void TlvKandidaten::Add(const domain::School& school) {
  scholen_[school.code.str()] = SchoolInfo{school.soort, school.cluster.value_or(0), school.swv};
}

const std::string& TlvKandidaten::DemoSchool() const {
  // As MaakDemoAccounts (src/app/demo_accounts.cc): the lowest bao code within the lowest SWV
  // code.
  if (!demo_school_) {
    std::optional<std::string> swv;
    for (const auto& [code, info] : scholen_) {
      if (info.swv && (!swv || info.swv->str() < *swv)) swv = info.swv->str();
    }
    demo_school_ = "";
    for (const auto& [code, info] : scholen_) {
      if (info.soort == SchoolSoort::kBao && info.swv && info.swv->str() == swv) {
        demo_school_ = code;
        break;  // the map is ordered by code
      }
    }
  }
  return *demo_school_;
}

void TlvKandidaten::Add(const domain::Leerling& leerling,
                        const domain::Inschrijving& inschrijving) {
  auto it = scholen_.find(inschrijving.school.str());
  // Clusters 1 and 2 lie outside the SWVs and need no TLV.
  if (it == scholen_.end() || !it->second.swv) return;
  const SchoolInfo& info = it->second;
  Kandidaat k{inschrijving.leerling,  inschrijving.school, *info.swv, info.soort, info.cluster,
              leerling.geboortedatum, inschrijving.van,    false,     false};
  if (inschrijving.school.str() == DemoSchool()) {
    // The demo school's students get fixed cases; the one the parent gets is the first by name.
    demo_school_leerlingen_.emplace_back(leerling.achternaam + '\x1f' + leerling.voornaam + '\x1f' +
                                             std::to_string(1000000000000 + leerling.id.value),
                                         k);
    return;
  }
  if (info.soort == SchoolSoort::kSbo || domain::HasCluster(info.soort)) {
    speciaal_.push_back(k);
    return;
  }
  if (info.soort != SchoolSoort::kBao && info.soort != SchoolSoort::kVo) return;
  const uint64_t r = kies_.Below(10000);
  k.nieuwe_aanvraag = r < kNieuweAanvraagPer10000;
  k.arrangement =
      r >= kNieuweAanvraagPer10000 && r < kNieuweAanvraagPer10000 + kArrangementPer10000;
  if (k.nieuwe_aanvraag || k.arrangement) regulier_.push_back(k);
}

DemoTlvData TlvKandidaten::Genereer() const {
  DemoTlvData data;
  Rng rng(options_.seed, kStreamTlv);
  const Date vandaag = vandaag_;
  const std::string demo_school = DemoSchool();

  // The SWVs per sector, in code order, for grensverkeer with a neighbouring region.
  std::vector<domain::SwvCode> swvs;
  for (const auto& [code, info] : scholen_) {
    if (info.swv && std::find(swvs.begin(), swvs.end(), *info.swv) == swvs.end()) {
      swvs.push_back(*info.swv);
    }
  }
  std::sort(swvs.begin(), swvs.end());
  auto buur = [&](const domain::SwvCode& swv) {
    // The next SWV of the same sector (PO/VO), else any other one (the regio has one of each).
    const auto it = std::find(swvs.begin(), swvs.end(), swv);
    for (auto j = it + 1; j != swvs.end(); ++j) {
      if (j->str().substr(0, 2) == swv.str().substr(0, 2)) return *j;
    }
    for (auto j = swvs.begin(); j != it; ++j) {
      if (j->str().substr(0, 2) == swv.str().substr(0, 2)) return *j;
    }
    for (const auto& s : swvs) {
      if (s != swv) return s;
    }
    return swv;
  };
  const std::optional<domain::SwvCode> demo_swv =
      swvs.empty() ? std::nullopt : std::optional(swvs.front());

  // The stock: a TLV for every student of a special school, some from a neighbouring SWV
  // (grensverkeer), renewals under way for some that end soon. Two of the demo SWV's own so
  // students hold another SWV's TLV and two students elsewhere hold the demo SWV's (fixed
  // grensverkeer both ways).
  int demo_in = 0;
  int demo_uit = 0;
  for (const Kandidaat& k : speciaal_) {
    domain::SwvCode swv = k.swv;
    bool vast = false;
    const bool vso = domain::HasCluster(k.soort);
    if (vso && demo_swv && k.swv == *demo_swv && demo_in < 2) {
      swv = buur(k.swv);
      ++demo_in;
      vast = true;
    } else if (vso && demo_swv && k.swv != *demo_swv && demo_uit < 2) {
      swv = *demo_swv;
      ++demo_uit;
      vast = true;
    } else if (vso && rng.PerMille(70)) {
      swv = buur(k.swv);
    }
    TlvAanvraag a = HuidigeTlv(rng, k.leerling, k.school, swv, k.soort, k.cluster, k.geboortedatum,
                               k.van, vandaag);
    const auto& eind = a.besluit->einddatum;
    const bool loopt_af = eind && domain::DaysBetween(vandaag, *eind) <= 120;
    const TlvSoort soort = a.soort;
    data.tlvs.push_back({std::move(a), vast});
    if (loopt_af && rng.PerMille(500)) {
      const Stand stand = static_cast<Stand>(Trek(rng, std::array<int, 3>{300, 300, 400}));
      data.tlvs.push_back({Lopend(rng, k.leerling, k.school, swv, soort, k.cluster, k.geboortedatum,
                                  vandaag, rng.Range(5, 60), stand),
                           false});
    }
  }

  // New requests of regular schools for a move to special education, in every state.
  for (const Kandidaat& k : regulier_) {
    if (!k.nieuwe_aanvraag) continue;
    TlvSoort soort = TlvSoort::kVso;
    int cluster = rng.PerMille(300) ? 3 : 4;
    if (k.soort == SchoolSoort::kBao) {
      soort = rng.PerMille(550) ? TlvSoort::kSbo : TlvSoort::kSo;
      if (soort == TlvSoort::kSbo) cluster = 0;
    }
    const Stand stand = static_cast<Stand>(Trek(rng, std::array<int, 5>{150, 150, 150, 400, 150}));
    const int dagen = stand <= Stand::kCompleet ? rng.Range(1, 45) : rng.Range(30, 200);
    TlvAanvraag a = Lopend(rng, k.leerling, k.school, k.swv, soort, cluster, k.geboortedatum,
                           vandaag, dagen, stand);
    if (a.besluit && rng.PerMille(stand == Stand::kAfgewezen ? 250 : 30)) {
      Bezwaar(rng, a, vandaag, rng.PerMille(600), rng.PerMille(300));
    }
    data.tlvs.push_back({std::move(a), false});
  }

  // The fixed cases of the demo school (school.demo, of swv.demo's SWV): the parent's child
  // first (a granted sbo TLV), then one student in every state.
  std::vector<std::pair<std::string, Kandidaat>> demo = demo_school_leerlingen_;
  std::sort(demo.begin(), demo.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  auto vast = [&](size_t i, TlvSoort soort, int cluster, int dagen, Stand stand) -> TlvAanvraag* {
    if (i >= demo.size()) return nullptr;
    const Kandidaat& k = demo[i].second;
    data.tlvs.push_back({Lopend(rng, k.leerling, k.school, k.swv, soort, cluster, k.geboortedatum,
                                vandaag, dagen, stand),
                         true});
    return &data.tlvs.back().aanvraag;
  };
  auto beslist = [&](size_t i, TlvSoort soort, std::optional<TlvCategorie> categorie,
                     int dagen_geleden, Date ingang, std::optional<Date> eind) -> TlvAanvraag* {
    if (i >= demo.size()) return nullptr;
    const Kandidaat& k = demo[i].second;
    const Date besluit = AddDays(vandaag, -dagen_geleden);
    TlvAanvraag a =
        Aanvraag(rng, k.leerling, k.school, k.swv, soort, soort == TlvSoort::kSbo ? 0 : 3,
                 k.geboortedatum, AddDays(besluit, -30), !eind);
    Adviseer(rng, a, AddDays(besluit, -9), 2);
    if (eind) eind = MinstensEenJaar(ingang, *eind, ingang);
    Must(domain::Beslis(a, Toegekend(besluit, categorie, ingang, eind)));
    data.tlvs.push_back({std::move(a), true});
    return &data.tlvs.back().aanvraag;
  };
  const Date volgende_maand = [&] {
    const Date m = domain::PlusMaanden(vandaag, 1);
    return Dag(static_cast<int>(m.year()), static_cast<unsigned>(m.month()), 1);
  }();
  const Date eind_schooljaar = Dag(SchooljaarVan(vandaag) + 1, 7, 31);
  const Date over_twee_jaar = Dag(SchooljaarVan(vandaag) + 2, 7, 31);
  // 0: the parent's child (ouder.demo): granted sbo 10 days ago, from next month.
  beslist(0, TlvSoort::kSbo, std::nullopt, 10, volgende_maand, over_twee_jaar);
  vast(1, TlvSoort::kSo, 4, 3, Stand::kGeenAdvies);
  vast(2, TlvSoort::kSo, 4, 12, Stand::kEenAdvies);
  vast(3, TlvSoort::kSbo, 0, 25, Stand::kCompleet);
  beslist(4, TlvSoort::kSo, TlvCategorie::kLaag, 20, volgende_maand, over_twee_jaar);
  beslist(5, TlvSoort::kSo, TlvCategorie::kMidden, 40, AddDays(vandaag, -20), eind_schooljaar);
  // (moved to the first 31 July at least a school year on by `beslist`)
  if (TlvAanvraag* a =
          beslist(6, TlvSoort::kSo, TlvCategorie::kHoog, 90, AddDays(vandaag, -60), std::nullopt)) {
    Must(domain::VraagEvaluatie(*a, AddDays(vandaag, -5)));
  }
  beslist(7, TlvSoort::kSo, TlvCategorie::kHoog, 50, AddDays(vandaag, -30), std::nullopt);
  vast(8, TlvSoort::kSo, 4, 60, Stand::kAfgewezen);
  if (TlvAanvraag* a = vast(9, TlvSoort::kSbo, 0, 45, Stand::kAfgewezen)) {
    Must(domain::DienBezwaarIn(*a, std::min(vandaag, AddDays(a->besluit->datum, 14)),
                               "De ouders vinden dat de school al alles heeft geprobeerd.",
                               kTermijnen));
  }
  for (const auto& [i, gegrond] : {std::pair<size_t, bool>{10, true}, {11, false}}) {
    if (i >= demo.size()) break;
    const Kandidaat& k = demo[i].second;
    const Date besluit = AddDays(vandaag, -120);
    TlvAanvraag a = Aanvraag(rng, k.leerling, k.school, k.swv, TlvSoort::kSo, 4, k.geboortedatum,
                             AddDays(besluit, -40), false);
    Adviseer(rng, a, AddDays(besluit, -10), 2);
    Must(domain::Beslis(a, Afgewezen(besluit)));
    Must(domain::DienBezwaarIn(a, AddDays(besluit, 20),
                               "De ouders vinden dat de deskundigenadviezen niet zijn gevolgd.",
                               kTermijnen));
    Must(domain::RondBezwaarAf(
        a, AddDays(besluit, 70),
        gegrond ? "De Landelijke Bezwaarcommissie adviseert het bezwaar gegrond te verklaren."
                : "De Landelijke Bezwaarcommissie adviseert het bezwaar ongegrond te verklaren.",
        AddDays(besluit, 80), gegrond,
        gegrond ? "Het bezwaar is gegrond; het samenwerkingsverband neemt een nieuw besluit."
                : "Het bezwaar is ongegrond; het besluit blijft in stand."));
    data.tlvs.push_back({std::move(a), true});
  }
  // Ending within 3 months (a renewal reminder): started 11 months ago for a year.
  {
    const Date ingang = AddDays(vandaag, -320);
    beslist(12, TlvSoort::kSbo, std::nullopt, 335, ingang,
            AddDays(domain::PlusMaanden(ingang, 12), -1));
    beslist(13, TlvSoort::kSo, TlvCategorie::kLaag, 335, ingang,
            AddDays(domain::PlusMaanden(ingang, 12), 30));
  }

  // Arrangementen: each SWV's catalogue (prices per SWV within ±10 %, whole euros), then the
  // assignments to the sampled students of regular schools and to the demo parent's child.
  Rng arr(options_.seed, kStreamArrangementen);
  std::map<std::string, std::vector<int64_t>> per_swv;  // SWV → its catalogue entries' numbers
  for (const domain::SwvCode& swv : swvs) {
    const bool po = swv.str().substr(0, 2) == "PO";
    const std::span<const Pakket> pakketten =
        po ? std::span<const Pakket>(kPakkettenPo) : std::span<const Pakket>(kPakkettenVo);
    for (const Pakket& p : pakketten) {
      domain::Arrangement a;
      a.id = static_cast<int64_t>(data.arrangementen.size()) + 1;
      a.swv = swv;
      a.soort = p.soort;
      a.naam = std::string(p.naam);
      a.omschrijving = std::string(p.omschrijving);
      a.tarief = p.tarief;
      a.bedrag = domain::Cents::Euros(p.euro * arr.Range(900, 1100) / 1000);
      a.actief = p.actief;
      Must(domain::Valideer(a));
      if (a.actief) per_swv[swv.str()].push_back(a.id);
      data.arrangementen.push_back(std::move(a));
    }
  }
  // The (v)so schools per SWV, where a temporary stay is given.
  std::map<std::string, std::vector<std::string>> vso_scholen;
  for (const auto& [code, info] : scholen_) {
    if (info.swv && domain::HasCluster(info.soort)) vso_scholen[info.swv->str()].push_back(code);
  }
  auto ken_toe = [&](const Kandidaat& k, bool ouder) {
    const auto& ids = per_swv[k.swv.str()];
    if (ids.empty()) return;
    // Kinds by weight: in-school support first, then lent teachers; the parent's child gets
    // lent teachers (its registration was admitted with an arrangement).
    // (kAlleArrangementSoorten's order: regulier, groep, tijdelijk (v)so, ambulant, zorg).
    const std::array<int, 5> gewicht{400, 120, 150, 250, 80};
    const auto soort = domain::kAlleArrangementSoorten[ouder ? 3 : Trek(arr, gewicht)];
    const domain::Arrangement* gekozen = nullptr;
    for (int64_t id : ids) {
      const auto& a = data.arrangementen[static_cast<size_t>(id - 1)];
      if (a.soort == soort && (!gekozen || arr.PerMille(500))) gekozen = &a;
    }
    if (!gekozen) gekozen = &data.arrangementen[static_cast<size_t>(ids.front() - 1)];
    domain::Toekenning t;
    t.arrangement = gekozen->id;
    t.swv = k.swv;
    t.leerling = k.leerling;
    t.school = k.school;
    if (gekozen->soort == domain::ArrangementSoort::kTijdelijkVso) {
      const auto& v = vso_scholen[k.swv.str()];
      if (!v.empty()) t.school = Must(domain::Vestigingscode::Parse(v[arr.Below(v.size())]));
    }
    const int jaar = SchooljaarVan(vandaag);
    const int vorm = ouder ? 0 : Trek(arr, std::array<int, 3>{600, 300, 100});
    if (vorm == 2) {
      // Last school year, over.
      t.van = Dag(jaar - 1, 8, 1);
      t.tot = Dag(jaar, 7, 31);
    } else {
      t.van = vorm == 0 ? Dag(jaar, 8, 1)
                        : std::min(vandaag, AddDays(Dag(jaar, 8, 1), arr.Range(14, 150)));
      t.tot = gekozen->soort == domain::ArrangementSoort::kTijdelijkVso
                  ? std::max(t.van, std::min(Dag(jaar + 1, 7, 31), AddDays(t.van, 182)))
                  : Dag(jaar + 1, 7, 31);
    }
    t.bedrag = gekozen->tarief == domain::Tarief::kBudget
                   ? Must(gekozen->bedrag.MultiplyRatio(1, 10))  // a share of the budget
                   : gekozen->bedrag;
    Must(domain::Valideer(t, *gekozen));
    if (!ouder && arr.PerMille(70)) {
      const bool ingetrokken = arr.PerMille(150);
      const Date laatste = std::min(vandaag, t.tot);
      Date op =
          ingetrokken ? t.van : AddDays(t.van, arr.Range(0, domain::DaysBetween(t.van, laatste)));
      Must(domain::Beeindig(t, {op, ingetrokken ? "Per vergissing toegekend; ingetrokken."
                                                : "De leerling is verhuisd naar een andere "
                                                  "regio."}));
    }
    data.toekenningen.push_back(std::move(t));
  };
  if (!demo.empty()) ken_toe(demo.front().second, true);
  for (const Kandidaat& k : regulier_) {
    if (k.arrangement) ken_toe(k, false);
  }
  return data;
}

}  // namespace passend::engine
