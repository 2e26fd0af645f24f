#include "engine/demo_opp.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "engine/rng.h"

namespace passend::engine {

namespace {

using domain::Date;
using domain::Instemming;
using domain::SchoolSoort;

// A stream of its own, so the plans do not shift the other generators' draws.
constexpr uint64_t kStroom = 0x0DD0'0F0F;

// The final state a plan is generated in (issue 7 item 6: each consent state).
enum class Staat { kGeenVersie, kNietGevraagd, kGevraagd, kGegeven, kGeweigerd };

// Demo weights per state: most plans have consent, some wait for it, some were refused.
constexpr std::array<int, 5> kStaatGewichten{8, 10, 22, 45, 15};

template <typename T, size_t N>
const T& Kies(Rng& rng, const T (&items)[N]) {
  return rng.Pick(std::span<const T>(items, N));
}

const char* const kBestemmingPo[] = {
    "vmbo basisberoepsgerichte leerweg", "vmbo kaderberoepsgerichte leerweg",
    "vmbo gemengde of theoretische leerweg", "praktijkonderwijs", "havo"};
const char* const kBestemmingSo[] = {"vso, uitstroomprofiel vervolgonderwijs",
                                     "vso, uitstroomprofiel arbeidsmarkt", "praktijkonderwijs",
                                     "vmbo basisberoepsgerichte leerweg met ondersteuning"};
const char* const kBestemmingVo[] = {"mbo niveau 2", "mbo niveau 3", "mbo niveau 4", "havo"};
const char* const kBevorderend[] = {
    "Gemotiveerd en nieuwsgierig; werkt goed met een vaste leerkracht.",
    "Goede band met de mentor; ouders zijn nauw betrokken.",
    "Sterk in rekenen en in praktische opdrachten.",
    "Sociaal vaardig in een kleine groep; vraagt zelf om hulp."};
const char* const kBelemmerend[] = {
    "Snel overprikkeld in een grote groep; concentratie neemt in de middag af.",
    "Leesachterstand van ruim een jaar; faalangst bij toetsen.",
    "Moeite met plannen en met overgangen tussen activiteiten.",
    "Wisselende aanwezigheid door medische behandelingen."};
const char* const kOndersteuning[] = {
    "Twee dagdelen per week in een kleine groep met de intern begeleider.",
    "Een vaste werkplek met weinig prikkels en een dagplanning.",
    "Ambulante begeleiding vanuit het samenwerkingsverband, één uur per week.",
    "Extra instructie bij lezen en een laptop met voorleessoftware."};
const char* const kAfwijkingen[] = {
    "", "", "Vrijstelling van Frans; in plaats daarvan extra taalondersteuning.",
    "Aangepast rooster: de middagen op maandag en woensdag in de kleine groep."};
const char* const kDoelen[] = {
    "Leest aan het eind van het schooljaar op AVI-niveau E5.",
    "Werkt twintig minuten zelfstandig aan een taak met een planbord.",
    "Maakt rekenopdrachten tot 1.000 met de strategiekaart.",
    "Vraagt hulp aan de leerkracht wanneer hij of zij vastloopt.",
    "Schrijft een verslag van een halve pagina met een duidelijke opbouw.",
    "Neemt deel aan een stage van één dag per week."};
const char* const kZienswijze[] = {"Ik wil rustig kunnen werken en zelf kunnen plannen.",
                                   "Ik vind de kleine groep fijn; daar kan ik beter opletten.",
                                   "Ik wil later met mijn handen werken.",
                                   "Ik wil graag meer hulp bij lezen."};
const char* const kWeigering[] = {
    "Wij willen niet dat ons kind de middagen buiten de klas doorbrengt.",
    "Wij vinden het aantal uren ondersteuning te laag."};
const char* const kEvaluatieConclusie[] = {
    "De doelen zijn grotendeels gehaald; het plan blijft staan.",
    "Het lezen gaat vooruit; het rekendoel wordt bijgesteld.",
    "De ondersteuning werkt; de ouders zien thuis ook verbetering."};

domain::OppInhoud Inhoud(Rng& rng, SchoolSoort onderwijs) {
  domain::OppInhoud i;
  if (onderwijs == SchoolSoort::kVso) {
    // WEC art. 14a: every vso plan names its uitstroomprofiel.
    const auto profiel = static_cast<domain::Uitstroomprofiel>(rng.Below(3));
    i.uitstroomprofiel = profiel;
    switch (profiel) {
      case domain::Uitstroomprofiel::kVervolgonderwijs:
        i.uitstroombestemming = "mbo niveau 2";
        break;
      case domain::Uitstroomprofiel::kArbeidsmarkt:
        i.uitstroombestemming = "Betaald werk met begeleiding in de groenvoorziening";
        break;
      case domain::Uitstroomprofiel::kDagbesteding:
        i.uitstroombestemming = "Arbeidsmatige dagbesteding dicht bij huis";
        break;
    }
  } else if (onderwijs == SchoolSoort::kSo) {
    i.uitstroombestemming = Kies(rng, kBestemmingSo);
  } else if (onderwijs == SchoolSoort::kVo || onderwijs == SchoolSoort::kPro) {
    i.uitstroombestemming = Kies(rng, kBestemmingVo);
  } else {
    i.uitstroombestemming = Kies(rng, kBestemmingPo);
  }
  i.bevorderende_factoren = Kies(rng, kBevorderend);
  i.belemmerende_factoren = Kies(rng, kBelemmerend);
  i.ondersteuning = Kies(rng, kOndersteuning);
  i.afwijkingen = Kies(rng, kAfwijkingen);
  const int aantal = rng.Range(1, 3);
  const auto eerste = rng.Below(std::size(kDoelen));
  for (int d = 0; d < aantal; ++d) {
    i.doelen.push_back(kDoelen[(eerste + static_cast<uint64_t>(d)) % std::size(kDoelen)]);
  }
  if (rng.PerMille(850)) {
    i.hoorrecht = domain::Hoorrecht{true, Kies(rng, kZienswijze), ""};
  } else {
    i.hoorrecht = domain::Hoorrecht{
        false, "",
        "De leerling is te jong om dit te overzien; de ouders vertellen wat hun kind belangrijk "
        "vindt."};
  }
  return i;
}

Date Min(Date a, Date b) { return a < b ? a : b; }
Date Max(Date a, Date b) { return a < b ? b : a; }

// One plan in `staat`, through the domain's rules; none when a rule refuses a drawn date.
std::optional<DemoOpp> Maak(const domain::Opp& kop, const Date& van, Staat staat, Rng& rng,
                            Date vandaag) {
  DemoOpp d{kop};
  domain::Opp& opp = d.opp;
  const std::string door = "demo";
  if (staat == Staat::kGeenVersie) {
    // A recent placement whose plan is still due; some are past the 6-week term.
    opp.plaatsingsdatum = Min(Max(van, domain::AddDays(vandaag, -rng.Range(10, 70))), vandaag);
    return d;
  }
  // At most three years of history: the evaluations stay few.
  opp.plaatsingsdatum = Min(Max(van, domain::AddDays(vandaag, -rng.Range(60, 3 * 365))),
                            domain::AddDays(vandaag, -1));
  // WPO art. 40a: within 6 weeks; one in ten late.
  const int na = rng.PerMille(100) ? rng.Range(43, 60) : rng.Range(10, 40);
  const Date v1 = Min(domain::AddDays(opp.plaatsingsdatum, na), vandaag);
  if (!domain::StelVersieVast(opp, Inhoud(rng, opp.onderwijs), v1, door)) return std::nullopt;
  if (staat != Staat::kNietGevraagd) {
    const Date gegeven = Min(domain::AddDays(v1, rng.Range(2, 14)), vandaag);
    if (!domain::VraagInstemming(opp, v1, door)) return std::nullopt;
    if (staat == Staat::kGegeven && rng.PerMille(150)) {
      // A few plans wait for the first answer: asked, not yet given.
    } else if (!domain::BeantwoordInstemming(opp, Instemming::kGegeven, gegeven, "ouder", "")) {
      return std::nullopt;
    }
    if (staat == Staat::kGevraagd || staat == Staat::kGeweigerd) {
      // A new version after a conversation with the parents, asked recently.
      const Date v2 = Max(gegeven, domain::AddDays(vandaag, -rng.Range(5, 60)));
      if (!domain::StelVersieVast(opp, Inhoud(rng, opp.onderwijs), v2, door)) return std::nullopt;
      if (!domain::VraagInstemming(opp, v2, door)) return std::nullopt;
      if (staat == Staat::kGeweigerd &&
          !domain::BeantwoordInstemming(opp, Instemming::kGeweigerd,
                                        Min(domain::AddDays(v2, rng.Range(3, 10)), vandaag),
                                        "ouder", Kies(rng, kWeigering))) {
        return std::nullopt;
      }
    }
  }
  // Evaluated with the parents about every year; one in five is overdue for the next.
  Date e = domain::AddDays(domain::PlusMaanden(v1, 12), -rng.Range(0, 30));
  for (int n = 0; n < 3 && e <= vandaag; ++n) {
    const Date volgende = domain::AddDays(domain::PlusMaanden(e, 12), -rng.Range(0, 30));
    if (volgende > vandaag && rng.PerMille(200)) break;
    if (!domain::LegEvaluatieVast(opp, {e, "Ouders, mentor en intern begeleider",
                                        Kies(rng, kEvaluatieConclusie), door})) {
      return std::nullopt;
    }
    e = volgende;
  }
  return d;
}

}  // namespace

OppKandidaten::OppKandidaten(const DemoOptions& options)
    : options_(options), vandaag_(options.vandaag.value_or(options.peildatum)) {}

void OppKandidaten::Add(const domain::School& school) {
  scholen_[school.code.str()] = SchoolInfo{school.soort, school.swv};
}

const std::string& OppKandidaten::DemoSchool() {
  if (!demo_school_) {
    // As MaakDemoAccounts (src/app/demo_accounts.cc): the lowest SWV code, and in it the
    // lowest bao code.
    std::optional<std::string> swv;
    for (const auto& [code, info] : scholen_) {
      if (info.swv && (!swv || info.swv->str() < *swv)) swv = info.swv->str();
    }
    demo_school_ = "";
    for (const auto& [code, info] : scholen_) {  // ordered by code: the first match is lowest
      if (swv && info.swv && info.swv->str() == *swv && info.soort == SchoolSoort::kBao) {
        demo_school_ = code;
        break;
      }
    }
  }
  return *demo_school_;
}

void OppKandidaten::Add(const domain::Leerling& leerling,
                        const domain::Inschrijving& inschrijving) {
  const std::string code = inschrijving.school.str();
  auto it = scholen_.find(code);
  if (it == scholen_.end()) return;
  const SchoolInfo& info = it->second;
  domain::SwvCode swv;
  if (info.swv) swv = *info.swv;
  Kandidaat k{inschrijving.leerling, inschrijving.school, swv, info.soort, inschrijving.van,
              leerling.achternaam,   leerling.voornaam};
  if (code == DemoSchool()) {
    demo_school_leerlingen_.push_back(std::move(k));
    return;
  }
  if (!info.swv) return;  // clusters 1 and 2: outside the demo's SWVs
  // Every sbo and (v)so student has a plan (domain.md §3.4); the demo keeps a sample of them,
  // smaller on the national scale, and a few regular students with extra support.
  const bool speciaal = info.soort == SchoolSoort::kSbo || info.soort == SchoolSoort::kSo ||
                        info.soort == SchoolSoort::kVso;
  const int promille = speciaal ? (options_.scale == DemoScale::kLand ? 100 : 300) : 3;
  Rng rng(options_.seed, kStroom ^ static_cast<uint64_t>(k.leerling.value));
  if (rng.PerMille(promille)) gekozen_.push_back(std::move(k));
}

std::vector<DemoOpp> OppKandidaten::Genereer() const {
  std::vector<DemoOpp> result;
  auto maak = [&](const Kandidaat& k, Staat staat, Rng& rng) {
    domain::Opp kop;
    kop.leerling = k.leerling;
    kop.school = k.school;
    kop.swv = k.swv;
    kop.onderwijs = k.onderwijs;
    if (auto d = Maak(kop, k.van, staat, rng, vandaag_)) result.push_back(std::move(*d));
  };
  // The demo school: its first student by name is the demo parent's child (ListLeerlingen
  // orders by achternaam, voornaam, id), whose plan waits for the parent's consent; the next
  // ones show the school every other state.
  std::vector<const Kandidaat*> school(demo_school_leerlingen_.size());
  for (size_t i = 0; i < school.size(); ++i) school[i] = &demo_school_leerlingen_[i];
  std::sort(school.begin(), school.end(), [](const Kandidaat* a, const Kandidaat* b) {
    return std::tie(a->achternaam, a->voornaam, a->leerling.value) <
           std::tie(b->achternaam, b->voornaam, b->leerling.value);
  });
  constexpr Staat kDemoStaten[] = {Staat::kGevraagd, Staat::kGegeven, Staat::kGeweigerd,
                                   Staat::kGeenVersie, Staat::kNietGevraagd};
  for (size_t i = 0; i < school.size() && i < std::size(kDemoStaten); ++i) {
    Rng rng(options_.seed, kStroom ^ static_cast<uint64_t>(school[i]->leerling.value));
    if (kDemoStaten[i] == Staat::kGeenVersie) {
      // Placed two months ago and still without a plan: the 6-week reminder shows.
      domain::Opp kop;
      kop.leerling = school[i]->leerling;
      kop.school = school[i]->school;
      kop.swv = school[i]->swv;
      kop.onderwijs = school[i]->onderwijs;
      kop.plaatsingsdatum = domain::AddDays(vandaag_, -60);
      result.push_back(DemoOpp{std::move(kop)});
      continue;
    }
    maak(*school[i], kDemoStaten[i], rng);
  }
  for (const Kandidaat& k : gekozen_) {
    Rng rng(options_.seed, kStroom ^ static_cast<uint64_t>(k.leerling.value) ^ 0x5A5A);
    maak(k, static_cast<Staat>(Trek(rng, kStaatGewichten)), rng);
  }
  return result;
}

}  // namespace passend::engine
