#include "web/instellingen_verzuim_form.h"

#include <fmt/format.h>

#include <charconv>
#include <optional>

#include "domain/school_year.h"
#include "web/html.h"

namespace passend::web {

namespace {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

constexpr char kRegio[] = "verzuim.vakantieregio";
constexpr char kHouder[] = "verzuim.doorzettingsmacht.houder";
constexpr char kNaam[] = "verzuim.doorzettingsmacht.naam";
constexpr char kAdvies[] = "verzuim.adviesVoorVrijstelling";
constexpr char kBasisdatum[] = "verzuim.tussendoelen.basisdatum";
constexpr char kBasiswaarde[] = "verzuim.tussendoelen.basiswaarde";
constexpr char kDoeljaar[] = "verzuim.tussendoelen.doeljaar";
constexpr char kDoelwaarde[] = "verzuim.tussendoelen.doelwaarde";
constexpr char kStappen[] = "verzuim.tussendoelen.stappen";

// A whole number as typed, or none (nothing else in the text).
std::optional<int64_t> Geheel(const std::string& tekst) {
  int64_t waarde = 0;
  const auto [end, ec] = std::from_chars(tekst.data(), tekst.data() + tekst.size(), waarde);
  if (ec != std::errc() || end != tekst.data() + tekst.size()) return std::nullopt;
  return waarde;
}

// A fieldset with its legend and an optional hint read with the group (WCAG 1.3.1).
std::string Fieldset(const std::string& id, const std::string& legend, const std::string& hint,
                     const std::string& binnen) {
  const std::string uitleg =
      hint.empty() ? ""
                   : fmt::format(
                         "<p class=\"utrecht-form-field-description\" id=\"{}-uitleg\">{}"
                         "</p>\n",
                         id, Escape(hint));
  return fmt::format(
      "<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset "
      "passend-fieldset\" id=\"{0}\"{1}>\n<legend class=\"utrecht-form-fieldset__legend "
      "utrecht-form-fieldset__legend--html-legend\">{2}</legend>\n{3}{4}</fieldset>\n",
      id, hint.empty() ? "" : fmt::format(" aria-describedby=\"{}-uitleg\"", id), Escape(legend),
      uitleg, binnen);
}

}  // namespace

VerzuimFormulier AlsVerzuimFormulier(const domain::VerzuimInstellingen& i) {
  VerzuimFormulier f;
  if (i.vakantieregio) f.vakantieregio = std::string(domain::VakantieregioCode(*i.vakantieregio));
  f.houder = std::string(domain::DoorzettingsmachtCode(i.doorzettingsmacht.houder));
  f.naam = i.doorzettingsmacht.naam;
  f.advies_voor_vrijstelling = i.advies_voor_vrijstelling;
  if (const auto& t = i.tussendoelen) {
    f.basisdatum = domain::FormatIsoDate(t->basisdatum);
    f.basiswaarde = std::to_string(t->basiswaarde);
    f.doeljaar = t->doeljaar.Label();
    f.doelwaarde = std::to_string(t->doelwaarde);
    f.stappen = std::to_string(t->stappen);
  }
  return f;
}

VerzuimFormulier LeesVerzuimFormulier(const httplib::Request& req) {
  VerzuimFormulier f;
  f.vakantieregio = Trim(req.get_param_value("vakantieregio"));
  f.houder = Trim(req.get_param_value("doorzettingsmacht-houder"));
  f.naam = Trim(req.get_param_value("doorzettingsmacht-naam"));
  f.advies_voor_vrijstelling = req.has_param("advies-vrijstelling");
  f.basisdatum = Trim(req.get_param_value("tussendoelen-basisdatum"));
  f.basiswaarde = Trim(req.get_param_value("tussendoelen-basiswaarde"));
  f.doeljaar = Trim(req.get_param_value("tussendoelen-doeljaar"));
  f.doelwaarde = Trim(req.get_param_value("tussendoelen-doelwaarde"));
  f.stappen = Trim(req.get_param_value("tussendoelen-stappen"));
  return f;
}

Result<domain::VerzuimInstellingen> NaarVerzuimInstellingen(const VerzuimFormulier& f) {
  domain::VerzuimInstellingen result;
  if (!f.vakantieregio.empty()) {
    auto regio = domain::ParseVakantieregio(f.vakantieregio);
    if (!regio) {
      return Fail(ErrorCode::kInvalid,
                  "Kies de vakantieregio noord, midden of zuid, of de standaard uit de "
                  "configuratie.",
                  kRegio);
    }
    result.vakantieregio = *regio;
  }
  auto houder = domain::ParseDoorzettingsmacht(f.houder);
  if (!houder) {
    return Fail(ErrorCode::kInvalid,
                "Kies wie doorzettingsmacht heeft: de coördinator, een commissie of de wethouder.",
                kHouder);
  }
  result.doorzettingsmacht = {*houder, f.naam};
  result.advies_voor_vrijstelling = f.advies_voor_vrijstelling;
  // Seed 004's plan: a baseline, a target year and value, N steps. All five empty: no plan.
  if (f.basisdatum.empty() && f.basiswaarde.empty() && f.doeljaar.empty() && f.doelwaarde.empty() &&
      f.stappen.empty()) {
    return result;
  }
  domain::Tussendoelen plan;
  auto datum = domain::ParseIsoDate(f.basisdatum);
  if (!datum) {
    return Fail(ErrorCode::kInvalid,
                "Vul de datum van de nulmeting in als JJJJ-MM-DD, of laat alle velden van de "
                "tussendoelen leeg.",
                kBasisdatum);
  }
  plan.basisdatum = *datum;
  const auto basiswaarde = Geheel(f.basiswaarde);
  if (!basiswaarde) {
    return Fail(ErrorCode::kInvalid,
                "Vul bij de nulmeting een geheel aantal kinderen in, bijvoorbeeld 12.",
                kBasiswaarde);
  }
  plan.basiswaarde = *basiswaarde;
  auto jaar = domain::SchoolYear::Parse(f.doeljaar);
  if (!jaar) {
    return Fail(ErrorCode::kInvalid, "Vul het doeljaar in als schooljaar, bijvoorbeeld 2028-2029.",
                kDoeljaar);
  }
  plan.doeljaar = *jaar;
  const auto doelwaarde = Geheel(f.doelwaarde);
  if (!doelwaarde) {
    return Fail(ErrorCode::kInvalid,
                "Vul bij het einddoel een geheel aantal kinderen in, bijvoorbeeld 0.", kDoelwaarde);
  }
  plan.doelwaarde = *doelwaarde;
  const auto stappen = Geheel(f.stappen);
  if (!stappen || *stappen < 1 || *stappen > 100) {
    return Fail(ErrorCode::kInvalid,
                "Vul het aantal stappen in als geheel getal: 1 tot en met het aantal schooljaren "
                "tot het doeljaar.",
                kStappen);
  }
  plan.stappen = static_cast<int>(*stappen);
  result.tussendoelen = plan;
  return result;
}

std::vector<std::string> VerzuimVelden() {
  return {kRegio,       kHouder,   kNaam,       kAdvies, kBasisdatum,
          kBasiswaarde, kDoeljaar, kDoelwaarde, kStappen};
}

std::string VerzuimInstellingenHtml(const VerzuimFormulier& f, const VeldFout& fout) {
  const std::string regio =
      Keuzelijst({"vakantieregio", "vakantieregio", "Vakantieregio",
                  "De schoolvakanties van deze regio tellen niet mee in de 4 lesweken tot de "
                  "onderwijsconsulent.",
                  FoutVoor(fout, kRegio)},
                 {{"", "Standaard (uit de configuratie)"},
                  {"noord", "Noord"},
                  {"midden", "Midden"},
                  {"zuid", "Zuid"}},
                 f.vakantieregio);
  // Seed 004 («Doorzettingsmacht»): «soms de coördinator van het samenwerkingsverband, soms een
  // commissie en soms een wethouder».
  const std::string macht = Fieldset(
      "doorzettingsmacht", "Doorzettingsmacht",
      "Wie besluit als school, zorg en gemeente er na drie maanden niet uitkomen (doorbraak).",
      Keuzelijst({"doorzettingsmacht-houder", "doorzettingsmacht-houder", "Wie heeft het", "",
                  FoutVoor(fout, kHouder)},
                 {{"coordinator", "De coördinator van het samenwerkingsverband"},
                  {"commissie", "Een commissie"},
                  {"wethouder", "De wethouder"}},
                 f.houder) +
          Tekstveld({"doorzettingsmacht-naam", "doorzettingsmacht-naam", "Naam of functie",
                     "Bijvoorbeeld: Doorbraaktafel Eemland, of wethouder Onderwijs Amersfoort.",
                     FoutVoor(fout, kNaam)},
                    f.naam));
  // Seed 000 #8: the education perspective is part of the decision on an exemption 5 onder a.
  const std::string advies =
      Vinkje({"advies-vrijstelling", "advies-vrijstelling",
              "Advies van het samenwerkingsverband vóór een vrijstelling 5 onder a",
              "Een vrijstelling 5 onder a wordt pas geregistreerd als het samenwerkingsverband "
              "advies over het onderwijsperspectief van het kind heeft gegeven.",
              FoutVoor(fout, kAdvies)},
             f.advies_voor_vrijstelling);
  const std::string doelen = Fieldset(
      "tussendoelen", "Tussendoelen voor kinderen langer dan drie maanden thuis",
      "Een nulmeting, een doeljaar met een einddoel en het aantal gelijke stappen ertussen. Laat "
      "alle velden leeg als er geen plan is.",
      Tekstveld({"tussendoelen-basisdatum", "tussendoelen-basisdatum", "Datum van de nulmeting",
                 "JJJJ-MM-DD", FoutVoor(fout, kBasisdatum)},
                f.basisdatum, "date") +
          Tekstveld({"tussendoelen-basiswaarde", "tussendoelen-basiswaarde",
                     "Nulmeting: aantal kinderen", "", FoutVoor(fout, kBasiswaarde)},
                    f.basiswaarde, "text", " inputmode=\"numeric\"") +
          Tekstveld({"tussendoelen-doeljaar", "tussendoelen-doeljaar", "Doeljaar",
                     "Een schooljaar, bijvoorbeeld 2028-2029.", FoutVoor(fout, kDoeljaar)},
                    f.doeljaar) +
          Tekstveld({"tussendoelen-doelwaarde", "tussendoelen-doelwaarde",
                     "Einddoel: aantal kinderen", "", FoutVoor(fout, kDoelwaarde)},
                    f.doelwaarde, "text", " inputmode=\"numeric\"") +
          Tekstveld(
              {"tussendoelen-stappen", "tussendoelen-stappen", "Aantal stappen",
               "Hoogstens één stap per schooljaar tot het doeljaar.", FoutVoor(fout, kStappen)},
              f.stappen, "text", " inputmode=\"numeric\""));
  return fmt::format("<h2 class=\"utrecht-heading-2\">Verzuim en thuiszitters</h2>{}{}{}{}", regio,
                     macht, advies, doelen);
}

}  // namespace passend::web
