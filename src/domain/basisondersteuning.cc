#include "domain/basisondersteuning.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace passend::domain {

namespace {

bool IsKebab(std::string_view code) {
  if (code.empty() || code.size() > 60 || code.front() == '-' || code.back() == '-') return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::unexpected<Error> TeLang(const std::string& veld) {
  return Fail(ErrorCode::kInvalid,
              fmt::format("Deze tekst is te lang (ten hoogste {} tekens).", kMaxBasisTekst), veld);
}

bool Leeg(const std::string& tekst) {
  return std::all_of(tekst.begin(), tekst.end(),
                     [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

}  // namespace

Basisondersteuningsnorm StandaardNorm() {
  Basisondersteuningsnorm n;
  n.label = "2026.1";
  n.titel = "Landelijke standaard basisondersteuning";
  n.geldig_vanaf = *ParseIsoDate("2026-08-01");
  n.toelichting =
      "Wat elke school minimaal biedt, beschreven in elementen en niet als afvinklijst. Elke "
      "school beschrijft per element hoe zij eraan voldoet. Het samenwerkingsverband kan in "
      "zijn ondersteuningsplan een eigen versie vaststellen.";
  n.aspecten = {{"basiskwaliteit", "Basiskwaliteit",
                 "De kwaliteit van het onderwijs en het klimaat waarin elke leerling leert."},
                {"preventieve-interventies", "Preventieve en licht curatieve interventies",
                 "Wat de school doet om problemen te voorkomen of vroeg aan te pakken."},
                {"ondersteuningsstructuur", "Onderwijsondersteuningsstructuur",
                 "Hoe de ondersteuning in en om de school georganiseerd is."},
                {"planmatig-werken", "Planmatig werken",
                 "Hoe de school de ondersteuning plant, uitvoert en evalueert."}};
  n.elementen = {
      {"veilig-klimaat", "basiskwaliteit", "Veilig en ondersteunend klimaat",
       "De school zorgt voor een veilig klimaat waarin elke leerling zich gezien voelt. Zij "
       "beschrijft hoe zij de sociale veiligheid volgt en wat zij doet bij pesten."},
      {"afstemming", "basiskwaliteit", "Afstemming op verschillen",
       "Leraren stemmen instructie, tijd en opdrachten af op verschillen tussen leerlingen, in "
       "de eigen klas."},
      {"ouders-en-leerling", "basiskwaliteit", "Samenwerking met ouders en leerling",
       "De school betrekt ouders en, waar het kan, de leerling vroeg bij de ondersteuning en "
       "beschrijft hoe zij hen hoort."},
      {"vroegsignalering", "preventieve-interventies", "Vroegsignalering",
       "De school signaleert leer-, gedrags- en ontwikkelingsproblemen vroeg en beschrijft met "
       "welke middelen en op welke momenten."},
      {"dyslexie-dyscalculie", "preventieve-interventies", "Aanpak dyslexie en dyscalculie",
       "De school heeft een aanpak voor leerlingen met (kenmerken van) dyslexie of dyscalculie, "
       "volgens de landelijke protocollen."},
      {"gedrag-sociaal-emotioneel", "preventieve-interventies",
       "Ondersteuning bij gedrag en sociaal-emotionele ontwikkeling",
       "De school heeft een aanpak voor leerlingen die extra steun nodig hebben bij gedrag, "
       "welbevinden of contact met anderen."},
      {"medisch-toegankelijkheid", "preventieve-interventies",
       "Medische handelingen en toegankelijkheid",
       "De school beschrijft welke medische handelingen zij met een protocol verricht en hoe "
       "toegankelijk het gebouw is."},
      {"interne-begeleiding", "ondersteuningsstructuur", "Interne begeleiding en expertise",
       "Er is een intern begeleider of ondersteuningscoördinator met tijd en taak; de school "
       "beschrijft welke expertise zij in huis heeft."},
      {"ketenpartners", "ondersteuningsstructuur", "Samenwerking met ketenpartners",
       "De school werkt samen met jeugdhulp, het wijkteam, de leerplichtambtenaar en het "
       "samenwerkingsverband, en beschrijft hoe."},
      {"overgangen", "ondersteuningsstructuur", "Overgangen",
       "De school zorgt voor een warme overdracht bij de overstap van en naar een andere school "
       "of voorziening."},
      {"handelingsgericht", "planmatig-werken", "Handelingsgericht en planmatig werken",
       "De school werkt in een cyclus van signaleren, analyseren, plannen, uitvoeren en "
       "evalueren, en legt dat vast."},
      {"opp", "planmatig-werken", "Ontwikkelingsperspectief waar nodig",
       "Voor een leerling met extra ondersteuning stelt de school tijdig een "
       "ontwikkelingsperspectief op met de ouders en evalueert het jaarlijks."},
      {"evaluatie", "planmatig-werken", "Evaluatie van de eigen ondersteuning",
       "De school evalueert elk jaar haar ondersteuning en de resultaten ervan, en stelt haar "
       "aanpak bij."}};
  return n;
}

const NormElement* Basisondersteuningsnorm::Vind(std::string_view code) const {
  for (const auto& e : elementen) {
    if (e.code == code) return &e;
  }
  return nullptr;
}

const NormAspect* Basisondersteuningsnorm::VindAspect(std::string_view code) const {
  for (const auto& a : aspecten) {
    if (a.code == code) return &a;
  }
  return nullptr;
}

std::string Basisondersteuningsnorm::Sleutel() const {
  return swv.empty() ? "landelijk/" + label : swv + "/" + std::to_string(versie);
}

Result<void> Valideer(const Basisondersteuningsnorm& n) {
  if (Leeg(n.titel)) {
    return Fail(ErrorCode::kInvalid, "Geef de norm een titel.", "titel");
  }
  if (n.titel.size() > 200) {
    return Fail(ErrorCode::kInvalid, "De titel is te lang (ten hoogste 200 tekens).", "titel");
  }
  if (n.label.size() > 60) {
    return Fail(ErrorCode::kInvalid, "Het versielabel is te lang (ten hoogste 60 tekens).",
                "label");
  }
  if (!n.geldig_vanaf.ok()) {
    return Fail(ErrorCode::kInvalid, "Geef de datum waarop deze versie ingaat (JJJJ-MM-DD).",
                "geldigVanaf");
  }
  if (n.toelichting.size() > kMaxBasisTekst) return TeLang("toelichting");
  if (n.aspecten.empty()) {
    return Fail(ErrorCode::kInvalid, "Geef de norm ten minste één aspect.", "aspecten");
  }
  std::set<std::string, std::less<>> aspecten;
  for (size_t i = 0; i < n.aspecten.size(); ++i) {
    const auto& a = n.aspecten[i];
    const std::string veld = fmt::format("aspecten[{}]", i);
    if (!IsKebab(a.code)) {
      return Fail(ErrorCode::kInvalid,
                  "Een code bestaat uit kleine letters, cijfers en streepjes, zoals "
                  "planmatig-werken.",
                  veld + ".code");
    }
    if (!aspecten.insert(a.code).second) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Het aspect '{}' staat er twee keer in.", a.code), veld + ".code");
    }
    if (Leeg(a.naam)) return Fail(ErrorCode::kInvalid, "Geef elk aspect een naam.", veld + ".naam");
    if (a.naam.size() > 200) return TeLang(veld + ".naam");
    if (a.omschrijving.size() > kMaxBasisTekst) return TeLang(veld + ".omschrijving");
  }
  if (n.elementen.empty()) {
    return Fail(ErrorCode::kInvalid, "Beschrijf ten minste één element van de basisondersteuning.",
                "elementen");
  }
  if (n.elementen.size() > kMaxNormElementen) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Een norm heeft ten hoogste {} elementen: beschrijf, maak geen "
                            "afvinklijst.",
                            kMaxNormElementen),
                "elementen");
  }
  std::set<std::string, std::less<>> codes;
  for (size_t i = 0; i < n.elementen.size(); ++i) {
    const auto& e = n.elementen[i];
    const std::string veld = fmt::format("elementen[{}]", i);
    if (!IsKebab(e.code)) {
      return Fail(ErrorCode::kInvalid,
                  "Een code bestaat uit kleine letters, cijfers en streepjes, zoals "
                  "vroegsignalering.",
                  veld + ".code");
    }
    if (!codes.insert(e.code).second) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Het element '{}' staat er twee keer in.", e.code), veld + ".code");
    }
    if (!aspecten.contains(e.aspect)) {
      return Fail(ErrorCode::kInvalid, "Kies een aspect dat in de norm staat.", veld + ".aspect");
    }
    if (Leeg(e.titel)) {
      return Fail(ErrorCode::kInvalid, "Geef elk element een titel.", veld + ".titel");
    }
    if (e.titel.size() > 200) return TeLang(veld + ".titel");
    // Seed 002: a description of what is expected, not a box to tick.
    if (Leeg(e.omschrijving)) {
      return Fail(ErrorCode::kInvalid, "Beschrijf wat van elke school verwacht wordt.",
                  veld + ".omschrijving");
    }
    if (e.omschrijving.size() > kMaxBasisTekst) return TeLang(veld + ".omschrijving");
  }
  return {};
}

const Basisondersteuningsnorm* NormOp(const std::vector<Basisondersteuningsnorm>& versies,
                                      Date vandaag) {
  const Basisondersteuningsnorm* beste = nullptr;
  for (const auto& v : versies) {
    if (v.geldig_vanaf > vandaag) continue;
    if (!beste || v.versie > beste->versie) beste = &v;
  }
  return beste;
}

std::string_view OordeelCode(Oordeel oordeel) {
  switch (oordeel) {
    case Oordeel::kVoldoet:
      return "voldoet";
    case Oordeel::kDeels:
      return "deels";
    case Oordeel::kNogNiet:
      return "nog-niet";
  }
  return "";
}

Result<Oordeel> ParseOordeel(std::string_view text, std::string_view veld) {
  for (Oordeel o : kAlleOordelen) {
    if (text == OordeelCode(o)) return o;
  }
  return Fail(ErrorCode::kInvalid, "Kies voldoet, deels of nog-niet.", std::string(veld));
}

std::string_view OordeelNaam(Oordeel oordeel) {
  switch (oordeel) {
    case Oordeel::kVoldoet:
      return "Voldoet";
    case Oordeel::kDeels:
      return "Voldoet deels";
    case Oordeel::kNogNiet:
      return "Voldoet nog niet";
  }
  return "";
}

const ElementInvulling* BasisInvulling::Vind(std::string_view element) const {
  for (const auto& e : elementen) {
    if (e.element == element) return &e;
  }
  return nullptr;
}

Result<void> Valideer(const BasisInvulling& inv, const Basisondersteuningsnorm& norm) {
  if (inv.toelichting.size() > kMaxBasisTekst) return TeLang("toelichting");
  std::set<std::string, std::less<>> gezien;
  for (size_t i = 0; i < inv.elementen.size(); ++i) {
    const auto& e = inv.elementen[i];
    const std::string veld = fmt::format("elementen[{}]", i);
    if (!norm.Vind(e.element)) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Het element '{}' staat niet in de norm die nu geldt.", e.element),
                  veld + ".element");
    }
    if (!gezien.insert(e.element).second) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Het element '{}' staat er twee keer in.", e.element),
                  veld + ".element");
    }
    if (Leeg(e.hoe)) {
      return Fail(ErrorCode::kInvalid, "Beschrijf hoe de school aan dit element voldoet.",
                  veld + ".hoe");
    }
    if (e.hoe.size() > kMaxBasisTekst) return TeLang(veld + ".hoe");
    if (e.bewijs.size() > kMaxBasisTekst) return TeLang(veld + ".bewijs");
    if (e.oordeel != Oordeel::kVoldoet && Leeg(e.toelichting)) {
      return Fail(ErrorCode::kInvalid, "Licht toe wat nog ontbreekt en wat de school daaraan doet.",
                  veld + ".toelichting");
    }
    if (e.toelichting.size() > kMaxBasisTekst) return TeLang(veld + ".toelichting");
  }
  for (const auto& e : norm.elementen) {
    if (!gezien.contains(e.code)) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Beschrijf ook het element '{}' ({}).", e.titel, e.code),
                  "elementen");
    }
  }
  return {};
}

std::string_view StandCode(ElementStand stand) {
  switch (stand) {
    case ElementStand::kVoldoet:
      return "voldoet";
    case ElementStand::kDeels:
      return "deels";
    case ElementStand::kNogNiet:
      return "nog-niet";
    case ElementStand::kNietBeschreven:
      return "niet-beschreven";
  }
  return "";
}

std::string_view StandNaam(ElementStand stand) {
  switch (stand) {
    case ElementStand::kVoldoet:
      return "Voldoet";
    case ElementStand::kDeels:
      return "Deels";
    case ElementStand::kNogNiet:
      return "Voldoet nog niet";
    case ElementStand::kNietBeschreven:
      return "Niet beschreven";
  }
  return "";
}

void StandTelling::Tel(ElementStand stand) {
  switch (stand) {
    case ElementStand::kVoldoet:
      ++voldoet;
      break;
    case ElementStand::kDeels:
      ++deels;
      break;
    case ElementStand::kNogNiet:
      ++nog_niet;
      break;
    case ElementStand::kNietBeschreven:
      ++niet_beschreven;
      break;
  }
}

int StandTelling::Aantal(ElementStand stand) const {
  switch (stand) {
    case ElementStand::kVoldoet:
      return voldoet;
    case ElementStand::kDeels:
      return deels;
    case ElementStand::kNogNiet:
      return nog_niet;
    case ElementStand::kNietBeschreven:
      return niet_beschreven;
  }
  return 0;
}

Basisoverzicht MaakOverzicht(const Basisondersteuningsnorm& norm,
                             const std::vector<OverzichtInvoer>& scholen) {
  Basisoverzicht uit;
  uit.per_element.resize(norm.elementen.size());
  const std::string sleutel = norm.Sleutel();
  for (const auto& s : scholen) {
    SchoolStand rij;
    rij.school = s.school;
    rij.naam = s.naam;
    if (s.invulling) {
      rij.versie = s.invulling->versie;
      rij.vastgesteld_op = s.invulling->vastgesteld_op;
      rij.norm = s.invulling->norm;
      rij.oudere_norm = s.invulling->norm != sleutel;
      if (rij.oudere_norm) ++uit.oudere_norm;
    }
    for (size_t i = 0; i < norm.elementen.size(); ++i) {
      ElementStand stand = ElementStand::kNietBeschreven;
      if (s.invulling) {
        if (const auto* e = s.invulling->Vind(norm.elementen[i].code)) {
          switch (e->oordeel) {
            case Oordeel::kVoldoet:
              stand = ElementStand::kVoldoet;
              break;
            case Oordeel::kDeels:
              stand = ElementStand::kDeels;
              break;
            case Oordeel::kNogNiet:
              stand = ElementStand::kNogNiet;
              break;
          }
        }
      }
      rij.standen.push_back(stand);
      rij.telling.Tel(stand);
      uit.per_element[i].Tel(stand);
      uit.totaal.Tel(stand);
    }
    uit.scholen.push_back(std::move(rij));
  }
  return uit;
}

}  // namespace passend::domain
