#include "engine/demo_geschillen.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <climits>
#include <map>
#include <span>
#include <string_view>
#include <tuple>
#include <utility>

#include "engine/demo_verzuim.h"

namespace passend::engine {
namespace {

using domain::AddDays;
using domain::Date;
using domain::LadderStap;
using domain::Onderwerp;
using domain::SchoolSoort;
using domain::Uitkomst;
using domain::Weigeringsgrond;

constexpr uint64_t kStreamInstellingen = 5;
constexpr uint64_t kStreamGeschilLeerlingen = 6;
constexpr uint64_t kStreamGeschillen = 7;

// Chance per mille for each SWV other than the demo SWV (docs/demo-data.md).
constexpr int kMeldingsplichtPromille = 400;
constexpr int kCentraalAanmeldpuntPromille = 100;
constexpr int kKorteSchoolstapPromille = 200;
// Chance per mille that a disputable registration beyond the first six of its SWV is disputed.
constexpr int kExtraGeschilPromille = 25;

// Where a dispute stands on the demo's "today". Every SWV with enough refused or elsewhere-
// placed registrations gets the first six once (kStanden), so each shows every step.
enum class Stand {
  kGeopend,         // opened, no step started yet
  kSchool,          // the school step is running, within its term
  kSchoolVerlopen,  // the school step is running, past its term
  kSwv,             // the school step closed without agreement, the SWV step is running
  kGpo,             // filed with the GPO within the filing term, awaiting its opinion
  kOpgelost,        // resolved at the school: the step closed, no further step
};
constexpr Stand kStanden[] = {Stand::kGeopend, Stand::kSchool, Stand::kSchoolVerlopen,
                              Stand::kSwv,     Stand::kGpo,    Stand::kOpgelost};

template <typename T, size_t N>
const T& Kies(Rng& rng, const T (&items)[N]) {
  return rng.Pick(std::span<const T>(items, N));
}

// The SWV's name without "Samenwerkingsverband ": `Passend Primair Onderwijs Eemland`.
std::string_view KorteNaam(std::string_view naam) {
  constexpr std::string_view kPrefix = "Samenwerkingsverband ";
  if (naam.starts_with(kPrefix)) naam.remove_prefix(kPrefix.size());
  return naam;
}

// The region the SWV is named after (`Eemland`, `Amersfoort e.o.`).
std::string_view RegioNaam(std::string_view naam) {
  constexpr std::string_view kOnderwijs = "Onderwijs ";
  const size_t at = naam.rfind(kOnderwijs);
  return at == std::string_view::npos ? naam : naam.substr(at + kOnderwijs.size());
}

// Lower-case ASCII for a host name: letters and digits kept (accented Latin letters without
// their accent), spaces and hyphens become one hyphen, anything else is dropped.
std::string Slug(std::string_view text) {
  std::string out;
  auto voeg_toe = [&](char c) {
    if (c == '-' && (out.empty() || out.back() == '-')) return;
    out += c;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      voeg_toe(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      voeg_toe(static_cast<char>(c - 'A' + 'a'));
    } else if (c == ' ' || c == '-') {
      voeg_toe('-');
    } else if (c == 0xC3 && i + 1 < text.size()) {
      // U+00C0..U+00FF: fold case (0x80..0x9F and 0xA0..0xBF differ by 0x20), drop the accent.
      const auto d = static_cast<unsigned char>(static_cast<unsigned char>(text[++i]) | 0x20);
      if (d >= 0xA0 && d <= 0xA5) voeg_toe('a');
      if (d == 0xA7) voeg_toe('c');
      if (d >= 0xA8 && d <= 0xAB) voeg_toe('e');
      if (d >= 0xAC && d <= 0xAF) voeg_toe('i');
      if (d == 0xB1) voeg_toe('n');
      if (d >= 0xB2 && d <= 0xB6) voeg_toe('o');
      if (d >= 0xB9 && d <= 0xBC) voeg_toe('u');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// Real area codes: of the region's centre when it is a known town, otherwise of the
// province's capital (index as in Provincies(): Groningen ... Limburg).
std::string_view Netnummer(std::string_view regio, int provincie) {
  static constexpr std::pair<std::string_view, std::string_view> kSteden[] = {
      {"Amsterdam", "020"},  {"Rotterdam", "010"},  {"'s-Gravenhage", "070"},
      {"Utrecht", "030"},    {"Eindhoven", "040"},  {"Groningen", "050"},
      {"Tilburg", "013"},    {"Almere", "036"},     {"Breda", "076"},
      {"Nijmegen", "024"},   {"Apeldoorn", "055"},  {"Arnhem", "026"},
      {"Haarlem", "023"},    {"Enschede", "053"},   {"Amersfoort", "033"},
      {"Eemland", "033"},    {"Zwolle", "038"},     {"Leiden", "071"},
      {"Maastricht", "043"}, {"Leeuwarden", "058"}, {"Dordrecht", "078"},
      {"Zoetermeer", "079"}, {"Delft", "015"},      {"Alkmaar", "072"},
      {"Venlo", "077"},      {"Heerlen", "045"},    {"Hilversum", "035"},
      {"Zaanstad", "075"},   {"Hengelo", "074"},    {"'s-Hertogenbosch", "073"},
  };
  static constexpr std::string_view kProvincies[] = {"050", "058", "0592", "038",  "0320", "026",
                                                     "030", "023", "070",  "0118", "073",  "043"};
  for (const auto& [stad, nummer] : kSteden) {
    if (regio.starts_with(stad)) return nummer;
  }
  if (provincie >= 0 && provincie < static_cast<int>(std::size(kProvincies))) {
    return kProvincies[provincie];
  }
  return "030";
}

domain::Steunpunt MaakSteunpunt(Rng& rng, const DemoSwv& swv) {
  const std::string_view naam = swv.swv.naam;
  const std::string host = fmt::format("steunpunt-{}-{}.example.nl", Slug(RegioNaam(naam)),
                                       swv.swv.sector() == domain::Sector::kPo ? "po" : "vo");
  domain::Steunpunt s;
  s.naam = "Ouder- en jeugdsteunpunt ";
  s.naam.append(KorteNaam(naam));
  // A Dutch fixed-line number has ten digits; a subscriber number never starts with 0 or 1.
  s.telefoon.assign(Netnummer(RegioNaam(naam), swv.provincie));
  s.telefoon += '-';
  s.telefoon += static_cast<char>('0' + rng.Range(2, 9));
  while (s.telefoon.size() < 11) s.telefoon += static_cast<char>('0' + rng.Range(0, 9));
  s.email = fmt::format("info@{}", host);
  s.website = fmt::format("https://www.{}", host);
  return s;
}

int DemoSwvIndex(const DemoStructure& s) {
  int eerste = -1;
  for (int i = 0; i < static_cast<int>(s.swvs.size()); ++i) {
    if (eerste < 0 || s.swvs[i].swv.code.str() < s.swvs[eerste].swv.code.str()) eerste = i;
  }
  return eerste;
}

int Termijn(const std::vector<LadderStap>& ladder, std::string_view code, int standaard) {
  for (const auto& stap : ladder) {
    if (stap.code == code && stap.termijn_dagen > 0) return stap.termijn_dagen;
  }
  return standaard;
}

// Dutch texts: what the parents disagree with, and how a step ended. An outcome is read in
// a sentence ("Uitkomst: ... .") so it ends without a full stop.
constexpr std::string_view kOmschrijvingVol[] = {
    "De ouders zijn het niet eens met de weigering omdat de school vol zou zijn. Zij willen "
    "dat hun kind naar de school in de eigen wijk gaat, waar ook een broer op zit.",
    "Volgens de ouders heeft de groep nog ruimte; zij vragen de school de weigering te "
    "heroverwegen.",
};
constexpr std::string_view kOmschrijvingGrondslag[] = {
    "De ouders zijn het niet eens met de weigering op grond van de grondslag. Zij verklaren "
    "de grondslag van de school te respecteren.",
};
constexpr std::string_view kOmschrijvingBelasting[] = {
    "De ouders vinden dat de school de ondersteuning kan bieden, met een arrangement van het "
    "samenwerkingsverband, en zijn het niet eens met de weigering.",
    "De ouders zijn het niet eens met de weigering: de gevraagde aanpassingen in de klas zijn "
    "volgens hen klein en elders al beproefd.",
};
constexpr std::string_view kOmschrijvingElders[] = {
    "De ouders zijn het niet eens met de plaatsing op een andere school. Zij willen dat hun "
    "kind met extra begeleiding naar deze school gaat, dichter bij huis.",
    "De ouders vinden de aangeboden school te ver weg en vragen om een plaats op deze school "
    "met ondersteuning.",
};
constexpr std::string_view kOmschrijvingVerwijdering[] = {
    "De ouders maken bezwaar tegen het voornemen van de school om hun kind te verwijderen. "
    "Zij vinden dat eerst meer ondersteuning geprobeerd moet worden.",
    "De ouders zijn het niet eens met de verwijdering na de schorsingen. Er is volgens hen nog "
    "geen andere school gevonden die hun kind wil toelaten.",
};
constexpr std::string_view kOmschrijvingOpp[] = {
    "De ouders zijn het niet eens met het ontwikkelingsperspectief: zij vinden het "
    "uitstroomprofiel te laag.",
    "De ouders missen in het OPP de ondersteuning die in het gesprek was afgesproken.",
};
constexpr std::string_view kGeenOvereenstemming[] = {
    "Geen overeenstemming: de school blijft bij het besluit",
    "Geen overeenstemming: ouders en school zien de benodigde ondersteuning verschillend",
};
constexpr std::string_view kGeenOvereenstemmingVol[] = {
    "Geen overeenstemming: de school blijft bij het besluit",
    "Geen overeenstemming: volgens de school is de groep echt vol",
};
constexpr std::string_view kGeenOvereenstemmingVerwijdering[] = {
    "Geen overeenstemming: de school houdt vast aan het voornemen tot verwijdering",
};
// Resolved at the school: how depends on what was disputed (a full school offers no other
// school; a refusal for the burden or a place elsewhere came with one).
constexpr std::string_view kOpgelostVol[] = {
    "Opgelost: na een nieuwe indeling van de groepen is er toch een plaats",
    "Opgelost: de ouders kiezen samen met de school een andere school in de buurt",
};
constexpr std::string_view kOpgelostGrondslag[] = {
    "Opgelost: de ouders onderschrijven de grondslag en de school laat het kind toe",
};
constexpr std::string_view kOpgelostMetAndereSchool[] = {
    "Opgelost: de school biedt alsnog een plaats met een arrangement van het "
    "samenwerkingsverband",
    "Opgelost: na een tweede gesprek kiezen de ouders voor de aangeboden school",
    "Opgelost: de ouders en de school spreken een proefperiode met extra begeleiding af",
};
constexpr std::string_view kOpgelostOpp[] = {
    "Opgelost: het OPP is aangepast en de ouders stemmen in met het handelingsdeel",
};

// One step of a dispute to take: start `code` on `start`, closed on `einde` if set.
struct StapPlan {
  std::string_view code;
  Date start{};
  std::optional<Date> einde;
  std::string_view uitkomst;
};

class GeschilMaker {
 public:
  GeschilMaker(const DemoStructure& s, const DemoOptions& options,
               const std::vector<DemoSwvInstellingen>& instellingen)
      : s_(s),
        instellingen_(instellingen),
        vandaag_(options.vandaag.value_or(options.peildatum)),
        rng_(options.seed, kStreamGeschillen) {
    for (int i = 0; i < static_cast<int>(s.scholen.size()); ++i) {
      school_index_.emplace(s.scholen[i].school.code.str(), i);
    }
    for (int i = 0; i < static_cast<int>(s.swvs.size()); ++i) {
      swv_index_.emplace(s.swvs[i].swv.code.str(), i);
    }
    for (const auto& b : s.besturen) bestuur_naam_.emplace(b.code, b.naam);
  }

  void Maak(const GeschilKandidaten& kandidaten) {
    std::vector<std::vector<const GeschilKandidaat*>> per_swv(s_.swvs.size());
    for (const GeschilKandidaat& k : kandidaten.Registraties()) {
      auto it = swv_index_.find(k.swv);
      if (it != swv_index_.end() && domain::DaysBetween(k.besluitdatum, vandaag_) >= 0) {
        per_swv[it->second].push_back(&k);
      }
    }
    std::vector<std::vector<const GeschilLeerling*>> leerlingen(s_.swvs.size());
    for (const GeschilLeerling& l : kandidaten.Leerlingen()) {
      const int swv = s_.scholen[l.school].swv;
      if (swv >= 0) leerlingen[swv].push_back(&l);
    }
    for (int swv = 0; swv < static_cast<int>(s_.swvs.size()); ++swv) {
      const auto& kand = per_swv[swv];
      std::vector<bool> gebruikt(kand.size(), false);
      for (Stand stand : kStanden) {
        const int k = KiesKandidaat(stand, swv, kand, gebruikt);
        if (k < 0) continue;
        gebruikt[k] = true;
        OverAanmelding(stand, swv, *kand[k]);
      }
      for (size_t k = 0; k < kand.size(); ++k) {
        if (gebruikt[k] || !rng_.PerMille(kExtraGeschilPromille)) continue;
        OverAanmelding(StandNaLeeftijd(swv, *kand[k]), swv, *kand[k]);
      }
      for (const GeschilLeerling* l : leerlingen[swv]) OverLeerling(swv, *l);
    }
  }

  // Numbers the disputes in the order they were opened, as the use case would have.
  std::vector<DemoGeschil> Resultaat() {
    std::stable_sort(
        gemaakt_.begin(), gemaakt_.end(),
        [](const DemoGeschil& a, const DemoGeschil& b) { return a.geopend_op < b.geopend_op; });
    for (size_t i = 0; i < gemaakt_.size(); ++i) gemaakt_[i].id = static_cast<int64_t>(i + 1);
    return std::move(gemaakt_);
  }

 private:
  const std::vector<LadderStap>& Ladder(int swv) const {
    return instellingen_[swv].instellingen.ladder;
  }
  int SchoolTermijn(int swv) const { return Termijn(Ladder(swv), "school", 14); }
  int Leeftijd(const GeschilKandidaat& k) const {
    return domain::DaysBetween(k.besluitdatum, vandaag_);
  }

  // The ages of the disputed decision (days before today) each stand prefers: a dispute that
  // has just begun is about a recent decision; one resolved long ago may be about an old one.
  std::pair<int, int> Venster(Stand stand, int swv) const {
    const int termijn = SchoolTermijn(swv);
    switch (stand) {
      case Stand::kGeopend:
        return {0, 21};
      case Stand::kSchool:
        return {3, 30};
      case Stand::kSchoolVerlopen:
        return {termijn + 5, termijn + 45};
      case Stand::kSwv:
        return {20, 70};
      case Stand::kGpo:
        return {14, 100};
      default:
        return {30, 300};
    }
  }

  // A school step past its term must have started at least a term before today, after the
  // decision; every other stand fits any decision up to today.
  bool Haalbaar(Stand stand, int swv, int leeftijd) const {
    if (leeftijd < 0) return false;
    return stand != Stand::kSchoolVerlopen || leeftijd > SchoolTermijn(swv);
  }

  // An unused candidate whose decision lies in the stand's window (at random), or else the
  // nearest one that still fits; -1 when none does.
  int KiesKandidaat(Stand stand, int swv, const std::vector<const GeschilKandidaat*>& kand,
                    const std::vector<bool>& gebruikt) {
    const auto [lo, hi] = Venster(stand, swv);
    binnen_.clear();
    int beste = -1;
    int beste_afstand = INT_MAX;
    for (size_t k = 0; k < kand.size(); ++k) {
      const int leeftijd = Leeftijd(*kand[k]);
      if (gebruikt[k] || !Haalbaar(stand, swv, leeftijd)) continue;
      if (leeftijd >= lo && leeftijd <= hi) {
        binnen_.push_back(static_cast<int>(k));
      } else {
        const int afstand = leeftijd < lo ? lo - leeftijd : leeftijd - hi;
        if (afstand < beste_afstand) {
          beste = static_cast<int>(k);
          beste_afstand = afstand;
        }
      }
    }
    if (!binnen_.empty()) return binnen_[rng_.Below(binnen_.size())];
    return beste;
  }

  // A stand that fits how long ago the decision was: recent ones are still at the school,
  // old ones were resolved.
  Stand StandNaLeeftijd(int swv, const GeschilKandidaat& k) {
    const int leeftijd = Leeftijd(k);
    if (leeftijd <= 14) return rng_.PerMille(500) ? Stand::kGeopend : Stand::kSchool;
    if (leeftijd <= 42) {
      const Stand opties[] = {Stand::kSchool, Stand::kSchoolVerlopen, Stand::kSwv, Stand::kGpo};
      const Stand stand = Kies(rng_, opties);
      return Haalbaar(stand, swv, leeftijd) ? stand : Stand::kSchool;
    }
    if (leeftijd <= 100) {
      const Stand opties[] = {Stand::kSwv, Stand::kGpo, Stand::kOpgelost};
      return Kies(rng_, opties);
    }
    return Stand::kOpgelost;
  }

  std::string_view GeenOvereenstemming(const GeschilKandidaat& k) {
    return k.grond == Weigeringsgrond::kVol ? Kies(rng_, kGeenOvereenstemmingVol)
                                            : Kies(rng_, kGeenOvereenstemming);
  }
  std::string_view Opgelost(const GeschilKandidaat& k) {
    if (k.grond == Weigeringsgrond::kVol) return Kies(rng_, kOpgelostVol);
    if (k.grond == Weigeringsgrond::kGrondslag) return Kies(rng_, kOpgelostGrondslag);
    return Kies(rng_, kOpgelostMetAndereSchool);
  }

  Date Voor(Date dag, int lo, int hi) { return AddDays(dag, -rng_.Range(lo, hi)); }
  Date Na(Date dag, int lo, int hi) { return AddDays(dag, rng_.Range(lo, hi)); }

  // Plans the dates of a dispute about registration `k` standing at `stand` today, then takes
  // its steps (Bouw). Dates are planned from the decision or back from today, whichever the
  // stand is about, and kept between the two.
  void OverAanmelding(Stand stand, int swv, const GeschilKandidaat& k) {
    const Date d = k.besluitdatum;
    const Date t = vandaag_;
    const int termijn = SchoolTermijn(swv);
    Date geopend = d;
    std::vector<StapPlan> stappen;
    switch (stand) {
      case Stand::kGeopend:
        geopend = std::min(t, Na(d, 0, 7));
        break;
      case Stand::kSchool:
      case Stand::kSchoolVerlopen: {
        // Running at the school: started within the term, or more than a term ago.
        Date start =
            stand == Stand::kSchool ? Voor(t, 0, termijn - 1) : Voor(t, termijn + 1, termijn + 21);
        geopend = std::max(d, Voor(start, 0, 5));
        start = std::max(start, geopend);
        if (stand == Stand::kSchoolVerlopen && domain::DaysBetween(start, t) <= termijn) return;
        stappen.push_back({"school", start, std::nullopt, {}});
        break;
      }
      case Stand::kSwv: {
        // Planned back from today (the SWV step running), then kept after the decision.
        Date swv_start = Voor(t, 0, Termijn(Ladder(swv), "swv", 28) - 1);
        Date einde = Voor(swv_start, 0, 7);
        Date start = Voor(einde, 3, std::max(3, termijn));
        geopend = std::max(d, Voor(start, 0, 5));
        start = std::max(start, geopend);
        einde = std::max(einde, start);
        swv_start = std::max(swv_start, einde);
        stappen.push_back({"school", start, einde, GeenOvereenstemming(k)});
        stappen.push_back({"swv", swv_start, std::nullopt, {}});
        break;
      }
      case Stand::kGpo: {
        // GPO practice (domain.md §3.6): filed within 6 weeks of the decision, after a talk
        // at the school or directly; and, where the decision allows, recently enough that
        // the committee's opinion (10 weeks) is still to come.
        const domain::GpoTermijnen gpo;
        const Date uiterlijk = std::min(t, AddDays(d, gpo.indienen_dagen));
        const Date vroegst = std::min(uiterlijk, std::max(d, AddDays(t, 10 - gpo.oordeel_dagen)));
        Date ingediend = std::clamp(Na(d, 5, 35), vroegst, uiterlijk);
        geopend = std::max(d, Voor(ingediend, 0, 3));
        if (rng_.PerMille(600)) {
          const Date start = Na(d, 1, 7);
          const Date einde = Na(start, 3, termijn);
          const Date na_school = Na(einde, 1, 10);
          if (na_school >= vroegst && na_school <= uiterlijk) {
            geopend = Voor(start, 0, domain::DaysBetween(d, start));
            ingediend = na_school;
            stappen.push_back({"school", start, einde, GeenOvereenstemming(k)});
          }
        }
        stappen.push_back({domain::kGpoStap, ingediend, std::nullopt, {}});
        break;
      }
      default: {
        // Resolved at the school, within weeks of the decision.
        Date einde = Na(d, 3, 19 + termijn);
        Date start = Voor(einde, 2, termijn);
        geopend = Voor(start, 0, 5);
        // Kept between the decision and today.
        einde = std::min(einde, t);
        start = std::clamp(start, d, einde);
        geopend = std::clamp(geopend, d, start);
        stappen.push_back({"school", start, einde, Opgelost(k)});
        break;
      }
    }
    std::string_view omschrijving;
    if (k.uitkomst == Uitkomst::kEldersGeplaatst) {
      omschrijving = Kies(rng_, kOmschrijvingElders);
    } else if (k.grond == Weigeringsgrond::kVol) {
      omschrijving = Kies(rng_, kOmschrijvingVol);
    } else if (k.grond == Weigeringsgrond::kGrondslag) {
      omschrijving = Kies(rng_, kOmschrijvingGrondslag);
    } else {
      omschrijving = Kies(rng_, kOmschrijvingBelasting);
    }
    auto school = school_index_.find(k.school.str());
    if (school == school_index_.end()) return;
    DemoGeschil g;
    g.leerling = k.leerling;
    g.aanmelding = k.aanmelding;
    g.onderwerp = Onderwerp::kToelating;
    g.besluitdatum = d;
    Bouw(std::move(g), swv, school->second, geopend, omschrijving, stappen);
  }

  // A removal is contested with the board once the school keeps to it; an OPP is talked over
  // at the school, and often settled there.
  void OverLeerling(int swv, const GeschilLeerling& l) {
    const Date t = vandaag_;
    const int termijn = SchoolTermijn(swv);
    std::vector<StapPlan> stappen;
    Date geopend = t;
    std::string_view omschrijving;
    if (l.onderwerp == Onderwerp::kVerwijdering) {
      omschrijving = Kies(rng_, kOmschrijvingVerwijdering);
      // Planned back from the board's step, which mostly runs within its term.
      const Date bestuur = Voor(t, 0, Termijn(Ladder(swv), "schoolbestuur", 14) + 6);
      const Date einde = Voor(bestuur, 0, 5);
      const Date start = Voor(einde, 3, termijn);
      geopend = Voor(start, 0, 3);
      stappen.push_back({"school", start, einde, Kies(rng_, kGeenOvereenstemmingVerwijdering)});
      stappen.push_back({"schoolbestuur", bestuur, std::nullopt, {}});
    } else {
      omschrijving = Kies(rng_, kOmschrijvingOpp);
      if (rng_.PerMille(500)) {
        geopend = Voor(t, 2, 25);
        stappen.push_back({"school", std::min(t, Na(geopend, 0, 5)), std::nullopt, {}});
      } else {
        geopend = Voor(t, 30, 120);
        const Date start = Na(geopend, 0, 5);
        stappen.push_back({"school", start, Na(start, 5, termijn), Kies(rng_, kOpgelostOpp)});
      }
    }
    DemoGeschil g;
    g.leerling = l.leerling;
    g.onderwerp = l.onderwerp;
    Bouw(std::move(g), swv, l.school, geopend, omschrijving, stappen);
  }

  // Who handles each rung: people the parents can find at the school, the board and the SWV.
  std::string Eigenaar(std::string_view code, int swv, int school) const {
    const domain::School& sch = s_.scholen[school].school;
    if (code == "school") {
      const bool po = domain::SectorOf(sch.soort) == domain::Sector::kPo;
      return fmt::format("{} {}", po ? "Directeur" : "Zorgcoördinator", sch.naam);
    }
    if (code == "schoolbestuur") {
      auto it = bestuur_naam_.find(sch.bestuur);
      return fmt::format("Bestuurder {}", it == bestuur_naam_.end() ? sch.bestuur : it->second);
    }
    if (code == "swv") {
      return fmt::format("Coördinator SWV {}", KorteNaam(s_.swvs[swv].swv.naam));
    }
    if (code == domain::kGpoStap) return "Geschillencommissie Passend Onderwijs";
    return "Onderwijsconsulent van het samenwerkingsverband";
  }

  // Takes the steps through the domain's rules; a plan the rules refuse is dropped (the
  // tests make sure none is).
  void Bouw(DemoGeschil g, int swv, int school, Date geopend, std::string_view omschrijving,
            const std::vector<StapPlan>& stappen) {
    g.school = s_.scholen[school].school.code;
    g.swv = s_.swvs[swv].swv.code.str();
    g.omschrijving.assign(omschrijving);
    g.geopend_op = geopend;
    g.ladder = Ladder(swv);
    auto geschil = domain::Geschil::Create(g.onderwerp, g.ladder, g.besluitdatum);
    if (!geschil || geopend > vandaag_ || (g.besluitdatum && geopend < *g.besluitdatum)) return;
    for (const StapPlan& p : stappen) {
      if (p.start < geopend || p.start > vandaag_) return;
      if (!geschil->StartStap(p.code, p.start, Eigenaar(p.code, swv, school))) return;
      if (p.einde) {
        if (*p.einde > vandaag_) return;
        if (!geschil->SluitStap(*p.einde, std::string(p.uitkomst))) return;
      }
    }
    g.stappen = geschil->Stappen();
    gemaakt_.push_back(std::move(g));
  }

  const DemoStructure& s_;
  const std::vector<DemoSwvInstellingen>& instellingen_;
  Date vandaag_;
  Rng rng_;
  std::map<std::string, int> school_index_;
  std::map<std::string, int> swv_index_;
  std::map<std::string, std::string> bestuur_naam_;
  std::vector<int> binnen_;  // scratch for KiesKandidaat
  std::vector<DemoGeschil> gemaakt_;
};

}  // namespace

std::vector<DemoSwvInstellingen> GenerateSwvInstellingen(const DemoStructure& s,
                                                         const DemoOptions& options) {
  Rng rng(options.seed, kStreamInstellingen);
  const int demo_swv = DemoSwvIndex(s);
  std::vector<DemoSwvInstellingen> result;
  result.reserve(s.swvs.size());
  // Drawn from streams of their own, so the settings above them stay as they were.
  std::vector<domain::VerzuimInstellingen> verzuim = GenerateVerzuimInstellingen(s, options);
  bool eerste_andere = true;
  for (int i = 0; i < static_cast<int>(s.swvs.size()); ++i) {
    DemoSwvInstellingen d{s.swvs[i].swv.code, {}};
    domain::SwvInstellingen& inst = d.instellingen;
    inst.verzuim = std::move(verzuim[i]);
    inst.steunpunt = MaakSteunpunt(rng, s.swvs[i]);
    if (i == demo_swv) {
      // The SWV account of the demo (swv.demo) sees every registration with a support need.
      inst.meldingsplicht = true;
    } else {
      inst.meldingsplicht = rng.PerMille(kMeldingsplichtPromille);
      inst.centraal_aanmeldpunt = rng.PerMille(kCentraalAanmeldpuntPromille);
      // The first other SWV always talks at the school for a shorter time, so even the
      // region shows a ladder of its own.
      const bool kort = rng.PerMille(kKorteSchoolstapPromille);
      if (kort || eerste_andere) inst.ladder.front().termijn_dagen = rng.PerMille(500) ? 7 : 10;
      eerste_andere = false;
    }
    result.push_back(std::move(d));
  }
  return result;
}

GeschilKandidaten::GeschilKandidaten(const DemoStructure& structure, const DemoOptions& options,
                                     DemoSink& next)
    : s_(structure), next_(next) {
  Rng rng(options.seed, kStreamGeschilLeerlingen);
  const int swvs = static_cast<int>(structure.swvs.size());
  std::vector<std::vector<int>> regulier(swvs);
  std::vector<std::vector<int>> speciaal(swvs);
  for (int i = 0; i < static_cast<int>(structure.scholen.size()); ++i) {
    const DemoSchool& d = structure.scholen[i];
    if (d.swv < 0 || d.leerlingen <= 0) continue;
    const bool gewoon = d.school.soort == SchoolSoort::kBao || d.school.soort == SchoolSoort::kVo;
    (gewoon ? regulier : speciaal)[d.swv].push_back(i);
  }
  for (int swv = 0; swv < swvs; ++swv) {
    // One or two per SWV; the SWVs alternate which subject comes first, so the region has
    // both: an OPP mostly in special education (where every student has one), a removal at a
    // regular school.
    const int aantal = 1 + (rng.PerMille(500) ? 1 : 0);
    for (int n = 0; n < aantal; ++n) {
      const bool opp = (swv + n) % 2 == 0;
      const std::vector<int>& eerst = opp ? speciaal[swv] : regulier[swv];
      const std::vector<int>& lijst = eerst.empty() ? (opp ? regulier[swv] : speciaal[swv]) : eerst;
      if (lijst.empty()) continue;
      const int school = lijst[rng.Below(lijst.size())];
      const auto positie = static_cast<int64_t>(
          rng.Below(static_cast<uint64_t>(structure.scholen[school].leerlingen)));
      doelen_.push_back(Doel{school, positie, opp ? Onderwerp::kOpp : Onderwerp::kVerwijdering});
    }
  }
  std::sort(doelen_.begin(), doelen_.end(), [](const Doel& a, const Doel& b) {
    return std::tie(a.school, a.positie) < std::tie(b.school, b.positie);
  });
  doelen_.erase(std::unique(doelen_.begin(), doelen_.end(),
                            [](const Doel& a, const Doel& b) {
                              return a.school == b.school && a.positie == b.positie;
                            }),
                doelen_.end());
}

void GeschilKandidaten::Add(const domain::Leerling& leerling,
                            const domain::Inschrijving& inschrijving) {
  next_.Add(leerling, inschrijving);
  if (volgend_doel_ >= doelen_.size()) return;
  // Students arrive school by school in the structure's order (the DemoSink contract).
  const int scholen = static_cast<int>(s_.scholen.size());
  if (school_ < scholen && s_.scholen[school_].school.code != inschrijving.school) {
    while (school_ < scholen && s_.scholen[school_].school.code != inschrijving.school) ++school_;
    positie_ = -1;
  }
  if (school_ == scholen) return;
  ++positie_;
  while (volgend_doel_ < doelen_.size() &&
         std::tie(doelen_[volgend_doel_].school, doelen_[volgend_doel_].positie) <
             std::tie(school_, positie_)) {
    ++volgend_doel_;  // a school with fewer students than planned
  }
  if (volgend_doel_ < doelen_.size() && doelen_[volgend_doel_].school == school_ &&
      doelen_[volgend_doel_].positie == positie_) {
    leerlingen_.push_back(GeschilLeerling{leerling.id, school_, doelen_[volgend_doel_].onderwerp});
    ++volgend_doel_;
  }
}

void GeschilKandidaten::Add(const domain::Aanmelding& aanmelding) {
  next_.Add(aanmelding);
  // The parents dispute a refusal or a place elsewhere; a second choice only ever admits or
  // is withdrawn, and an admission is not disputed.
  if (!aanmelding.besluit || !aanmelding.eerste_keuze) return;
  const domain::Besluit& b = *aanmelding.besluit;
  if (b.uitkomst != Uitkomst::kGeweigerd && b.uitkomst != Uitkomst::kEldersGeplaatst) return;
  registraties_.push_back(GeschilKandidaat{aanmelding.id, aanmelding.leerling, aanmelding.school,
                                           aanmelding.swv, b.datum, b.uitkomst, b.grond});
}

void GenerateGeschillen(const DemoStructure& structure, const DemoOptions& options,
                        const std::vector<DemoSwvInstellingen>& instellingen,
                        const GeschilKandidaten& kandidaten, DemoSink& sink) {
  GeschilMaker maker(structure, options, instellingen);
  maker.Maak(kandidaten);
  const std::vector<DemoGeschil> geschillen = maker.Resultaat();
  const auto totaal = static_cast<int64_t>(geschillen.size());
  sink.Progress("geschillen", 0, totaal);
  for (const DemoGeschil& g : geschillen) sink.Add(g);
  sink.Progress("geschillen", totaal, totaal);
}

}  // namespace passend::engine
