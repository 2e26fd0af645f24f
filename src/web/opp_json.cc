#include "web/opp_json.h"

#include <fmt/format.h>

#include "web/json_fields.h"
#include "web/openapi.h"

namespace passend::web {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

json TekstOfNull(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json InstemmingOfNull(const std::optional<domain::Instemming>& i) {
  return i ? json(std::string(domain::InstemmingCode(*i))) : json(nullptr);
}

json Signalen(const std::vector<domain::OppSignaal>& signalen) {
  json result = json::array();
  for (auto s : signalen) result.push_back(std::string(domain::OppSignaalCode(s)));
  return result;
}

// The consent on one version: its state and when it was asked and answered.
json InstemmingJson(const domain::OppVersie& v) {
  if (v.instemming.empty()) return nullptr;
  const auto& laatste = v.instemming.back();
  const bool beantwoord = laatste.status != domain::Instemming::kGevraagd;
  return json{{"status", std::string(domain::InstemmingCode(laatste.status))},
              {"gevraagdOp", domain::FormatIsoDate(v.instemming.front().datum)},
              {"beantwoordOp", beantwoord ? json(domain::FormatIsoDate(laatste.datum)) : json()},
              {"toelichting", beantwoord ? TekstOfNull(laatste.toelichting) : json()}};
}

json VersieJson(const domain::OppVersie& v, int in_werking) {
  const auto& i = v.inhoud;
  return json{
      {"versie", v.nummer},
      {"vastgesteldOp", domain::FormatIsoDate(v.vastgesteld_op)},
      {"uitstroombestemming", i.uitstroombestemming},
      {"uitstroomprofiel",
       i.uitstroomprofiel ? json(std::string(domain::UitstroomprofielCode(*i.uitstroomprofiel)))
                          : json(nullptr)},
      {"bevorderendeFactoren", i.bevorderende_factoren},
      {"belemmerendeFactoren", i.belemmerende_factoren},
      {"ondersteuning", i.ondersteuning},
      {"afwijkingen", TekstOfNull(i.afwijkingen)},
      {"doelen", i.doelen},
      {"hoorrecht", HoorrechtJson(i.hoorrecht)},
      {"instemming", InstemmingJson(v)},
      {"inWerking", v.nummer == in_werking}};
}

}  // namespace

Result<domain::OppInhoud> ParseOppInhoud(const json& body) {
  if (!body.is_object()) {
    return Fail(ErrorCode::kInvalid, "Stuur de inhoud van het plan als JSON-object.", "inhoud");
  }
  domain::OppInhoud i;
  PASSEND_ASSIGN_OR_RETURN(i.uitstroombestemming, JsonText(body, "uitstroombestemming", false));
  PASSEND_ASSIGN_OR_RETURN(auto profiel, JsonText(body, "uitstroomprofiel", false));
  if (!profiel.empty()) {
    PASSEND_ASSIGN_OR_RETURN(i.uitstroomprofiel, AlsVeldfout(domain::ParseUitstroomprofiel(profiel),
                                                             "uitstroomprofiel"));
  }
  PASSEND_ASSIGN_OR_RETURN(i.bevorderende_factoren, JsonText(body, "bevorderendeFactoren", false));
  PASSEND_ASSIGN_OR_RETURN(i.belemmerende_factoren, JsonText(body, "belemmerendeFactoren", false));
  PASSEND_ASSIGN_OR_RETURN(i.ondersteuning, JsonText(body, "ondersteuning", false));
  PASSEND_ASSIGN_OR_RETURN(i.afwijkingen, JsonText(body, "afwijkingen", false));
  if (body.contains("doelen")) {
    const json& doelen = body["doelen"];
    if (!doelen.is_array()) {
      return Fail(ErrorCode::kInvalid, "Geef de doelen als een lijst van teksten.", "doelen");
    }
    for (const auto& doel : doelen) {
      if (!doel.is_string()) {
        return Fail(ErrorCode::kInvalid, "Geef de doelen als een lijst van teksten.", "doelen");
      }
      i.doelen.push_back(doel.get<std::string>());
    }
  }
  PASSEND_ASSIGN_OR_RETURN(i.hoorrecht, JsonHoorrecht(body));
  return i;
}

Result<app::NieuwOpp> ParseNieuwOpp(const json& body) {
  app::NieuwOpp nieuw;
  PASSEND_ASSIGN_OR_RETURN(nieuw.leerling, VerplichteLeerling(body));
  PASSEND_ASSIGN_OR_RETURN(nieuw.plaatsingsdatum, JsonDate(body, "plaatsingsdatum"));
  if (body.contains("inhoud") && !body["inhoud"].is_null()) {
    PASSEND_ASSIGN_OR_RETURN(nieuw.inhoud, ParseOppInhoud(body["inhoud"]));
  }
  return nieuw;
}

Result<OppInstemmingVerzoek> ParseOppInstemming(const json& body) {
  OppInstemmingVerzoek verzoek;
  PASSEND_ASSIGN_OR_RETURN(auto besluit, JsonText(body, "besluit", false));
  if (!besluit.empty()) {
    PASSEND_ASSIGN_OR_RETURN(auto i, domain::ParseInstemming(besluit));
    if (i == domain::Instemming::kGevraagd) {
      return Fail(ErrorCode::kInvalid,
                  "Kies gegeven of geweigerd; laat besluit weg om instemming te vragen.",
                  "besluit");
    }
    verzoek.besluit = i;
  }
  PASSEND_ASSIGN_OR_RETURN(verzoek.toelichting, JsonText(body, "toelichting", false));
  return verzoek;
}

Result<domain::OppEvaluatie> ParseOppEvaluatie(const json& body, domain::Date vandaag) {
  domain::OppEvaluatie e;
  PASSEND_ASSIGN_OR_RETURN(auto datum, JsonDate(body, "datum"));
  e.datum = datum.value_or(vandaag);
  PASSEND_ASSIGN_OR_RETURN(e.met_wie, JsonText(body, "metWie", true));
  PASSEND_ASSIGN_OR_RETURN(e.conclusie, JsonText(body, "conclusie", true));
  return e;
}

namespace {

json Samenvatting(const app::OppInzicht& inzicht) {
  const auto& o = inzicht.overzicht;
  const auto& opp = o.opp;
  const auto& s = inzicht.stand;
  const std::string self = "/api/v1/opps/" + std::to_string(opp.id);
  json result{
      {"id", opp.id},
      {"leerling", opp.leerling.value},
      {"leerlingNaam", o.leerling_naam},
      {"school", opp.school.str()},
      {"schoolNaam", o.school_naam},
      {"swv", opp.swv.str()},
      {"onderwijs", std::string(domain::SchoolSoortCode(opp.onderwijs))},
      {"plaatsingsdatum", domain::FormatIsoDate(opp.plaatsingsdatum)},
      {"vaststellenUiterlijk", domain::FormatIsoDate(s.vaststellen_uiterlijk)},
      {"vastgesteldOp", DateOrNull(s.vastgesteld_op)},
      {"laatsteVersie", s.laatste_versie},
      {"instemming", InstemmingOfNull(s.instemming)},
      {"versieInWerking", s.versie_in_werking > 0 ? json(s.versie_in_werking) : json(nullptr)},
      {"laatsteEvaluatie", DateOrNull(s.laatste_evaluatie)},
      {"evaluatieUiterlijk", DateOrNull(s.evaluatie_uiterlijk)},
      {"signalen", Signalen(inzicht.signalen)},
      // WPO art. 63a: a refusal offers the dispute route.
      {"geschilroute", s.instemming == domain::Instemming::kGeweigerd
                           ? json(std::string(domain::OppGeschilroute()))
                           : json(nullptr)},
      {"_links",
       {{"self", {{"href", self}}},
        {"versies", {{"href", self + "/versies"}}},
        {"instemmingen", {{"href", self + "/instemmingen"}}},
        {"evaluaties", {{"href", self + "/evaluaties"}}},
        {"leerling", {{"href", "/api/v1/leerlingen/" + std::to_string(opp.leerling.value)}}}}}};
  return result;
}

}  // namespace

json ToJson(const OppInLijst& item) { return Samenvatting(*item.inzicht); }

json ToJson(const app::OppInzicht& inzicht) {
  json result = Samenvatting(inzicht);
  const auto& opp = inzicht.overzicht.opp;
  json versies = json::array();
  for (const auto& v : opp.versies) {
    versies.push_back(VersieJson(v, inzicht.stand.versie_in_werking));
  }
  json evaluaties = json::array();
  for (const auto& e : opp.evaluaties) {
    evaluaties.push_back({{"datum", domain::FormatIsoDate(e.datum)},
                          {"metWie", e.met_wie},
                          {"conclusie", e.conclusie}});
  }
  result["versies"] = std::move(versies);
  result["evaluaties"] = std::move(evaluaties);
  return result;
}

void AddOppSchemas(json& schemas) {
  const json geheel{{"type", "integer"}};
  const json geheel_of_null{{"type", "integer"}, {"nullable", true}};
  const json tekst{{"type", "string"}};
  const json tekst_of_null{{"type", "string"}, {"nullable", true}};
  const json dag{{"type", "string"}, {"format", "date"}};
  const json dag_of_null{{"type", "string"}, {"format", "date"}, {"nullable", true}};
  const json profiel{{"type", "string"},
                     {"enum", {"vervolgonderwijs", "arbeidsmarkt", "dagbesteding"}},
                     {"description", "Alleen en verplicht in het vso (WEC art. 14a)"}};
  const json instemming{
      {"type", "string"},
      {"nullable", true},
      {"description", "gevraagd, gegeven of geweigerd (nieuwste versie); null: nog niet gevraagd"}};
  const json hoorrecht{
      {"type", "object"},
      {"description",
       "De mening van de leerling (gehoord), of waarom die niet gevraagd kon worden"},
      {"required", {"gehoord"}},
      {"properties",
       {{"gehoord", {{"type", "boolean"}}}, {"zienswijze", tekst}, {"reden", tekst}}}};
  const json doelen{{"type", "array"},
                    {"description", "De doelen van het handelingsdeel (1 tot en met 20)"},
                    {"items", tekst}};
  const json inhoud_properties{{"uitstroombestemming", tekst},
                               {"uitstroomprofiel", profiel},
                               {"bevorderendeFactoren", tekst},
                               {"belemmerendeFactoren", tekst},
                               {"ondersteuning", tekst},
                               {"afwijkingen", tekst},
                               {"doelen", doelen},
                               {"hoorrecht", hoorrecht}};
  schemas["OppInhoud"] = {{"type", "object"},
                          {"description", "De inhoud van een versie van het plan"},
                          {"required",
                           {"uitstroombestemming", "bevorderendeFactoren", "belemmerendeFactoren",
                            "ondersteuning", "doelen", "hoorrecht"}},
                          {"properties", inhoud_properties}};
  schemas["NieuwOpp"] = {
      {"type", "object"},
      {"required", {"leerling"}},
      {"properties",
       {{"leerling", geheel},
        {"plaatsingsdatum",
         {{"type", "string"},
          {"format", "date"},
          {"description", "Standaard het begin van de inschrijving op de school"}}},
        {"inhoud", {{"$ref", "#/components/schemas/OppInhoud"}}}}}};
  schemas["NieuweOppInstemming"] = {
      {"type", "object"},
      {"description",
       "De school vraagt instemming (zonder besluit); de ouders geven of weigeren die"},
      {"properties",
       {{"besluit", {{"type", "string"}, {"enum", {"gegeven", "geweigerd"}}}},
        {"toelichting", tekst}}}};
  schemas["NieuweOppEvaluatie"] = {
      {"type", "object"},
      {"required", {"metWie", "conclusie"}},
      {"properties", {{"datum", dag}, {"metWie", tekst}, {"conclusie", tekst}}}};
  json versie_properties = inhoud_properties;
  versie_properties["versie"] = geheel;
  versie_properties["vastgesteldOp"] = dag;
  versie_properties["afwijkingen"] = tekst_of_null;
  versie_properties["uitstroomprofiel"] = {{"type", "string"}, {"nullable", true}};
  versie_properties["hoorrecht"] = {{"type", "object"}};
  versie_properties["inWerking"] = {{"type", "boolean"}};
  versie_properties["instemming"] = {{"type", "object"},
                                     {"nullable", true},
                                     {"properties",
                                      {{"status", tekst},
                                       {"gevraagdOp", dag},
                                       {"beantwoordOp", dag_of_null},
                                       {"toelichting", tekst_of_null}}}};
  const json signalen{
      {"type", "array"},
      {"items",
       {{"type", "string"},
        {"enum",
         {"vaststellen-verlopen", "evaluatie-nodig", "instemming-open", "instemming-geweigerd"}}}}};
  json opp_properties{{"id", geheel},
                      {"leerling", geheel},
                      {"leerlingNaam", tekst},
                      {"school", tekst},
                      {"schoolNaam", tekst},
                      {"swv", tekst},
                      {"onderwijs", tekst},
                      {"plaatsingsdatum", dag},
                      {"vaststellenUiterlijk", dag},
                      {"vastgesteldOp", dag_of_null},
                      {"laatsteVersie", geheel},
                      {"instemming", instemming},
                      {"versieInWerking", geheel_of_null},
                      {"laatsteEvaluatie", dag_of_null},
                      {"evaluatieUiterlijk", dag_of_null},
                      {"signalen", signalen},
                      {"geschilroute", tekst_of_null},
                      {"_links", {{"type", "object"}}}};
  schemas["OppSamenvatting"] = {
      {"type", "object"},
      {"description", "Een ontwikkelingsperspectiefplan in een lijst: stand en signalen"},
      {"required", {"id", "leerling", "plaatsingsdatum", "laatsteVersie", "signalen"}},
      {"properties", opp_properties}};
  opp_properties["versies"] = {{"type", "array"},
                               {"items", {{"type", "object"}, {"properties", versie_properties}}}};
  opp_properties["evaluaties"] = {
      {"type", "array"},
      {"items",
       {{"type", "object"},
        {"properties", {{"datum", dag}, {"metWie", tekst}, {"conclusie", tekst}}}}}};
  schemas["Opp"] = {
      {"type", "object"},
      {"description", "Een ontwikkelingsperspectiefplan met versies, instemming en evaluaties"},
      {"required", {"id", "leerling", "plaatsingsdatum", "versies", "evaluaties"}},
      {"properties", opp_properties}};
  schemas["OppPagina"] = PageSchema("opps", "OppSamenvatting");
}

}  // namespace passend::web
