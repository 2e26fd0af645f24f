#include "app/verzuim_instellingen_json.h"

#include <string>

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

constexpr char kPrefix[] = "verzuim.";

Result<void> Fout(const std::string& message, const std::string& field) {
  return Fail(ErrorCode::kInvalid, message, std::string(kPrefix) + field);
}

bool Aanwezig(const json& body, const char* field) {
  return body.contains(field) && !body[field].is_null();
}

Result<int64_t> Geheel(const json& plan, const char* field) {
  if (!plan.contains(field) || !plan[field].is_number_integer()) {
    return std::unexpected(
        Fout("Vul een geheel getal in.", std::string("tussendoelen.") + field).error());
  }
  return plan[field].get<int64_t>();
}

Result<domain::Tussendoelen> ParsePlan(const json& plan) {
  if (!plan.is_object()) {
    return std::unexpected(Fout("tussendoelen is een object of null.", "tussendoelen").error());
  }
  domain::Tussendoelen doelen;
  const auto basisdatum = plan.value("basisdatum", std::string());
  auto datum = domain::ParseIsoDate(basisdatum);
  if (!datum) {
    return std::unexpected(
        Fout("Vul de basisdatum in als JJJJ-MM-DD.", "tussendoelen.basisdatum").error());
  }
  doelen.basisdatum = *datum;
  auto jaar = domain::SchoolYear::Parse(plan.value("doeljaar", std::string()));
  if (!jaar) {
    return std::unexpected(
        Fout("Vul het doeljaar in als schooljaar, bijvoorbeeld 2028-2029.", "tussendoelen.doeljaar")
            .error());
  }
  doelen.doeljaar = *jaar;
  PASSEND_ASSIGN_OR_RETURN(doelen.basiswaarde, Geheel(plan, "basiswaarde"));
  PASSEND_ASSIGN_OR_RETURN(doelen.doelwaarde, Geheel(plan, "doelwaarde"));
  PASSEND_ASSIGN_OR_RETURN(auto stappen, Geheel(plan, "stappen"));
  if (stappen < 1 || stappen > 100) {
    return std::unexpected(
        Fout("Het aantal stappen ligt tussen 1 en het aantal schooljaren tot het doeljaar.",
             "tussendoelen.stappen")
            .error());
  }
  doelen.stappen = static_cast<int>(stappen);
  return doelen;
}

}  // namespace

json VerzuimInstellingenJson(const domain::VerzuimInstellingen& instellingen) {
  json plan = nullptr;
  if (const auto& t = instellingen.tussendoelen) {
    plan = json{{"basisdatum", domain::FormatIsoDate(t->basisdatum)},
                {"basiswaarde", t->basiswaarde},
                {"doeljaar", t->doeljaar.Label()},
                {"doelwaarde", t->doelwaarde},
                {"stappen", t->stappen}};
  }
  return json{{"vakantieregio",
               instellingen.vakantieregio
                   ? json(std::string(domain::VakantieregioCode(*instellingen.vakantieregio)))
                   : json(nullptr)},
              {"doorzettingsmacht",
               {{"houder",
                 std::string(domain::DoorzettingsmachtCode(instellingen.doorzettingsmacht.houder))},
                {"naam", instellingen.doorzettingsmacht.naam}}},
              {"adviesVoorVrijstelling", instellingen.advies_voor_vrijstelling},
              {"tussendoelen", plan}};
}

Result<domain::VerzuimInstellingen> ParseVerzuimInstellingen(const json& body) {
  domain::VerzuimInstellingen result;
  if (!body.is_object()) {
    return std::unexpected(Fout("verzuim is een object.", "").error());
  }
  if (Aanwezig(body, "vakantieregio")) {
    const json& regio = body["vakantieregio"];
    auto parsed = domain::ParseVakantieregio(regio.is_string() ? regio.get<std::string>() : "");
    if (!parsed) {
      return std::unexpected(
          Fout("Kies de vakantieregio noord, midden of zuid.", "vakantieregio").error());
    }
    result.vakantieregio = *parsed;
  }
  if (Aanwezig(body, "doorzettingsmacht")) {
    const json& d = body["doorzettingsmacht"];
    if (!d.is_object()) {
      return std::unexpected(
          Fout("doorzettingsmacht heeft houder en naam.", "doorzettingsmacht").error());
    }
    if (Aanwezig(d, "houder")) {
      auto houder = domain::ParseDoorzettingsmacht(
          d["houder"].is_string() ? d["houder"].get<std::string>() : "");
      if (!houder) {
        return std::unexpected(Fout(houder.error().message, "doorzettingsmacht.houder").error());
      }
      result.doorzettingsmacht.houder = *houder;
    }
    if (Aanwezig(d, "naam")) {
      if (!d["naam"].is_string()) {
        return std::unexpected(Fout("naam is tekst.", "doorzettingsmacht.naam").error());
      }
      result.doorzettingsmacht.naam = d["naam"].get<std::string>();
    }
  }
  if (Aanwezig(body, "adviesVoorVrijstelling")) {
    if (!body["adviesVoorVrijstelling"].is_boolean()) {
      return std::unexpected(
          Fout("adviesVoorVrijstelling is true of false.", "adviesVoorVrijstelling").error());
    }
    result.advies_voor_vrijstelling = body["adviesVoorVrijstelling"].get<bool>();
  }
  if (Aanwezig(body, "tussendoelen")) {
    PASSEND_ASSIGN_OR_RETURN(result.tussendoelen, ParsePlan(body["tussendoelen"]));
  }
  return result;
}

}  // namespace passend::app
