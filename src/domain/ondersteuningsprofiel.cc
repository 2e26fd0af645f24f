#include "domain/ondersteuningsprofiel.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "domain/aanmelding.h"

namespace passend::domain {

std::string_view NiveauCode(Ondersteuningsniveau niveau) {
  switch (niveau) {
    case Ondersteuningsniveau::kBasis:
      return "basis";
    case Ondersteuningsniveau::kExtra:
      return "extra";
    case Ondersteuningsniveau::kSpecialistisch:
      return "specialistisch";
  }
  return "";
}

Result<Ondersteuningsniveau> ParseNiveau(std::string_view text, std::string_view veld) {
  for (Ondersteuningsniveau niveau : kAlleOndersteuningsniveaus) {
    if (NiveauCode(niveau) == text) return niveau;
  }
  return Fail(ErrorCode::kInvalid,
              fmt::format("Onbekend niveau '{}'; kies basis, extra of specialistisch.", text),
              std::string(veld));
}

std::string_view NiveauNaam(Ondersteuningsniveau niveau) {
  switch (niveau) {
    case Ondersteuningsniveau::kBasis:
      return "Basis";
    case Ondersteuningsniveau::kExtra:
      return "Extra";
    case Ondersteuningsniveau::kSpecialistisch:
      return "Specialistisch";
  }
  return "";
}

const BehoefteDefinitie* Ondersteuningstaxonomie::Vind(std::string_view code) const {
  for (const auto& b : behoeften) {
    if (b.code == code) return &b;
  }
  return nullptr;
}

Ondersteuningstaxonomie StandaardTaxonomie() {
  Ondersteuningstaxonomie t;
  t.versie = "2026.1";
  t.geldig_vanaf = Date{std::chrono::year{2026}, std::chrono::August, std::chrono::day{1}};
  // One line per need of Ondersteuningsbehoefte, in its order.
  constexpr std::string_view kOmschrijving[] = {
      "Lezen, spellen, rekenen en leerachterstanden; dyslexie en dyscalculie.",
      "Gedrag dat het leren of de groep belemmert; gedragsstoornissen.",
      "Welbevinden, angst, faalangst, somberheid, contact met anderen.",
      "Concentratie, werkhouding en planning; AD(H)D.",
      "Taalontwikkelingsstoornis, spraak en communicatie; meertaligheid.",
      "Slechtziend of blind.",
      "Slechthorend of doof.",
      "Motoriek, mobiliteit en toegankelijkheid van het gebouw.",
      "Medische handelingen, chronische ziekte, medicatie onder schooltijd.",
      "Lagere cognitieve capaciteiten, verstandelijke beperking.",
      "Meer- en hoogbegaafdheid, verrijking en versnelling.",
      "Ernstig meervoudige beperking: onderwijs met zorg en verpleging."};
  size_t i = 0;
  for (Ondersteuningsbehoefte b : kAlleOndersteuningsbehoeften) {
    t.behoeften.push_back(BehoefteDefinitie{std::string(OndersteuningsbehoefteCode(b)),
                                            std::string(OndersteuningsbehoefteNaam(b)),
                                            std::string(kOmschrijving[i++])});
  }
  t.niveaus = {
      {Ondersteuningsniveau::kBasis, "Basis",
       "Wat elke school biedt: de basisondersteuning van het samenwerkingsverband."},
      {Ondersteuningsniveau::kExtra, "Extra",
       "Ondersteuning boven de basis in de school, met een arrangement of extra expertise."},
      {Ondersteuningsniveau::kSpecialistisch, "Specialistisch",
       "Gespecialiseerde ondersteuning, zoals in het speciaal (basis)onderwijs."}};
  return t;
}

namespace {

bool IsKebab(std::string_view code) {
  if (code.empty() || code.front() == '-' || code.back() == '-') return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace

Result<void> Valideer(const Ondersteuningstaxonomie& t) {
  if (t.versie.empty()) {
    return Fail(ErrorCode::kInvalid, "Geef de taxonomie een versie, bijvoorbeeld 2026.1.",
                "versie");
  }
  if (!t.geldig_vanaf.ok()) {
    return Fail(ErrorCode::kInvalid, "De datum geldigVanaf bestaat niet.", "geldigVanaf");
  }
  std::set<std::string, std::less<>> codes;
  for (size_t i = 0; i < t.behoeften.size(); ++i) {
    const auto& b = t.behoeften[i];
    const std::string veld = fmt::format("behoeften[{}]", i);
    if (!IsKebab(b.code)) {
      return Fail(ErrorCode::kInvalid,
                  "Een code bestaat uit kleine letters, cijfers en streepjes, zoals taal-spraak.",
                  veld + ".code");
    }
    if (!codes.insert(b.code).second) {
      return Fail(ErrorCode::kInvalid, fmt::format("De code '{}' staat er twee keer in.", b.code),
                  veld + ".code");
    }
    if (b.naam.empty()) {
      return Fail(ErrorCode::kInvalid, "Geef elke ondersteuningsbehoefte een naam.",
                  veld + ".naam");
    }
  }
  // Registrations store these codes (domain/aanmelding.h): a taxonomy may add needs, never
  // drop one that existing registrations use.
  for (Ondersteuningsbehoefte b : kAlleOndersteuningsbehoeften) {
    if (!codes.contains(OndersteuningsbehoefteCode(b))) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("De ondersteuningsbehoefte '{}' ontbreekt; aanmeldingen gebruiken "
                              "haar en blijven alleen zo geldig.",
                              OndersteuningsbehoefteCode(b)),
                  "behoeften");
    }
  }
  if (t.niveaus.size() != std::size(kAlleOndersteuningsniveaus)) {
    return Fail(ErrorCode::kInvalid, "Beschrijf precies de niveaus basis, extra en specialistisch.",
                "niveaus");
  }
  for (size_t i = 0; i < t.niveaus.size(); ++i) {
    if (t.niveaus[i].niveau != kAlleOndersteuningsniveaus[i] || t.niveaus[i].naam.empty()) {
      return Fail(ErrorCode::kInvalid,
                  "De niveaus staan in de volgorde basis, extra, specialistisch, elk met een naam.",
                  fmt::format("niveaus[{}]", i));
    }
  }
  return {};
}

const ProfielRegel* Ondersteuningsprofiel::Regel(std::string_view behoefte) const {
  for (const auto& r : regels) {
    if (r.behoefte == behoefte) return &r;
  }
  return nullptr;
}

Ondersteuningsniveau Ondersteuningsprofiel::NiveauVoor(std::string_view behoefte) const {
  const ProfielRegel* r = Regel(behoefte);
  return r ? r->niveau : Ondersteuningsniveau::kBasis;
}

Result<void> Valideer(const Ondersteuningsprofiel& p, const Ondersteuningstaxonomie& taxonomie,
                      Date vandaag) {
  if (p.mr_advies_op) {
    if (!p.mr_advies_op->ok()) {
      return Fail(ErrorCode::kInvalid, "De datum van het MR-advies bestaat niet.", "mrAdviesOp");
    }
    if (*p.mr_advies_op > vandaag) {
      return Fail(ErrorCode::kInvalid, "Het advies van de MR ligt niet in de toekomst.",
                  "mrAdviesOp");
    }
  }
  if (p.toelichting.size() > kMaxProfielTekst) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De toelichting is te lang (ten hoogste {} tekens).", kMaxProfielTekst),
                "toelichting");
  }
  std::set<std::string, std::less<>> gezien;
  for (size_t i = 0; i < p.regels.size(); ++i) {
    const ProfielRegel& r = p.regels[i];
    const std::string veld = fmt::format("regels[{}]", i);
    if (!taxonomie.Vind(r.behoefte)) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Onbekende ondersteuningsbehoefte '{}' (taxonomie {}).", r.behoefte,
                              taxonomie.versie),
                  veld + ".behoefte");
    }
    if (!gezien.insert(r.behoefte).second) {
      return Fail(ErrorCode::kInvalid, "Noem elke ondersteuningsbehoefte maar één keer.",
                  veld + ".behoefte");
    }
    if (r.plaatsen) {
      if (r.niveau == Ondersteuningsniveau::kBasis) {
        return Fail(ErrorCode::kInvalid,
                    "Basisondersteuning is er voor elke leerling; plaatsen horen alleen bij "
                    "extra of specialistisch.",
                    veld + ".plaatsen");
      }
      if (*r.plaatsen < 0 || *r.plaatsen > 10000) {
        return Fail(ErrorCode::kInvalid, "Het aantal plaatsen ligt tussen 0 en 10000.",
                    veld + ".plaatsen");
      }
    }
    // domain.md §3.2: concrete profiles, not a tick list.
    if (r.niveau != Ondersteuningsniveau::kBasis && r.omschrijving.empty()) {
      return Fail(ErrorCode::kInvalid,
                  "Beschrijf wat de school voor deze behoefte concreet doet (omschrijving).",
                  veld + ".omschrijving");
    }
    if (r.omschrijving.size() > kMaxProfielTekst) {
      return Fail(
          ErrorCode::kInvalid,
          fmt::format("De omschrijving is te lang (ten hoogste {} tekens).", kMaxProfielTekst),
          veld + ".omschrijving");
    }
    if (r.onderbouwing.size() > kMaxProfielTekst) {
      return Fail(
          ErrorCode::kInvalid,
          fmt::format("De onderbouwing is te lang (ten hoogste {} tekens).", kMaxProfielTekst),
          veld + ".onderbouwing");
    }
  }
  return {};
}

Result<std::vector<Vraag>> ParseVragen(std::string_view text,
                                       const Ondersteuningstaxonomie& taxonomie,
                                       std::string_view veld) {
  std::vector<Vraag> vragen;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view deel = text.substr(start, end - start);
    start = end + 1;
    if (deel.empty()) {
      if (end == text.size()) break;
      continue;
    }
    Vraag vraag;
    const size_t dubbele_punt = deel.find(':');
    std::string_view code = deel.substr(0, dubbele_punt);
    if (dubbele_punt != std::string_view::npos) {
      PASSEND_ASSIGN_OR_RETURN(vraag.niveau, ParseNiveau(deel.substr(dubbele_punt + 1), veld));
    }
    if (!taxonomie.Vind(code)) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Onbekende ondersteuningsbehoefte '{}'; zie "
                              "/api/v1/ondersteuningsbehoeften voor de codes.",
                              code),
                  std::string(veld));
    }
    vraag.behoefte = std::string(code);
    if (std::any_of(vragen.begin(), vragen.end(),
                    [&](const Vraag& v) { return v.behoefte == vraag.behoefte; })) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("De ondersteuningsbehoefte '{}' staat er twee keer in.", code),
                  std::string(veld));
    }
    vragen.push_back(std::move(vraag));
  }
  return vragen;
}

std::string VragenTekst(const std::vector<Vraag>& vragen) {
  std::string tekst;
  for (const Vraag& v : vragen) {
    if (!tekst.empty()) tekst += ',';
    tekst += v.behoefte;
    tekst += ':';
    tekst += NiveauCode(v.niveau);
  }
  return tekst;
}

Toetsing Toets(const Ondersteuningsprofiel* profiel, const std::vector<Vraag>& vragen,
               const Bezetting* bezetting) {
  Toetsing t;
  for (const Vraag& v : vragen) {
    const ProfielRegel* regel = profiel ? profiel->Regel(v.behoefte) : nullptr;
    const Ondersteuningsniveau geboden = regel ? regel->niveau : Ondersteuningsniveau::kBasis;
    if (geboden < v.niveau) {
      t.tekorten.push_back(Tekort{v.behoefte, v.niveau, geboden, false});
      continue;
    }
    // Places are kept for support above basis only; basisondersteuning has no waiting list.
    if (bezetting && regel && regel->plaatsen && v.niveau != Ondersteuningsniveau::kBasis) {
      int bezet = 0;
      auto it = bezetting->find(v.behoefte);
      if (it != bezetting->end()) bezet = it->second;
      const int vrij = std::max(0, *regel->plaatsen - bezet);
      t.vrij[v.behoefte] = vrij;
      if (vrij == 0) {
        t.tekorten.push_back(Tekort{v.behoefte, v.niveau, geboden, true});
        continue;
      }
    }
    t.overschot += static_cast<int>(geboden) - static_cast<int>(v.niveau);
    t.voldaan.push_back(v);
  }
  return t;
}

std::string TekortTekst(const Tekort& tekort, const Ondersteuningstaxonomie& taxonomie) {
  const BehoefteDefinitie* b = taxonomie.Vind(tekort.behoefte);
  const std::string naam = b ? b->naam : tekort.behoefte;
  if (tekort.vol) {
    return fmt::format("geen plaats meer voor {} ({})", naam, NiveauCode(tekort.gevraagd));
  }
  return fmt::format("biedt {} op niveau {}, nodig: {}", naam, NiveauCode(tekort.geboden),
                     NiveauCode(tekort.gevraagd));
}

}  // namespace passend::domain
