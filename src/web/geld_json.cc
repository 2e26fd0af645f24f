#include "web/geld_json.h"

#include <fmt/format.h>

#include "domain/timestamp.h"
#include "web/json_fields.h"

namespace passend::web {

using nlohmann::json;

std::string ProcentTekst(int64_t basispunten) {
  const int64_t absoluut = basispunten < 0 ? -basispunten : basispunten;
  return fmt::format("{}{},{:02} %", basispunten < 0 ? "-" : "", absoluut / 100, absoluut % 100);
}

json ToJson(const app::BatenOverzicht& b) {
  json regels = json::array();
  for (const auto& r : b.baten.regels) {
    regels.push_back({{"code", r.code},
                      {"omschrijving", r.omschrijving},
                      {"aantal", r.aantal},
                      {"perEenheid", r.per_eenheid.value()},
                      {"bedrag", r.bedrag.value()},
                      {"formule", r.formule}});
  }
  json per_categorie = json::object();
  const auto& telling = b.sector == domain::Sector::kPo ? b.telling.so : b.telling.vso;
  for (const auto& [categorie, aantal] : telling) {
    per_categorie[std::string(domain::TlvCategorieCode(categorie))] = aantal;
  }
  return {{"swv", b.swv},
          {"naam", b.swv_naam},
          {"sector", std::string(domain::SectorCode(b.sector))},
          {"schooljaar", b.schooljaar.Label()},
          {"teldatum", domain::FormatIsoDate(b.teldatum)},
          {"leerlingen", b.leerlingen},
          {"tlvsOpTeldatum", per_categorie},
          {"regels", regels},
          {"totaal", b.baten.totaal.value()},
          {"augustusTotDecember", b.verdeling.augustus_december.value()},
          {"januariTotJuli", b.verdeling.januari_juli.value()},
          {"demobedragen", b.demo},
          {"vereveningDemo", b.verevening_demo}};
}

json ToJson(const app::JaarrekeningInzicht& inzicht) {
  const auto& c = inzicht.record.cijfers;
  const auto& b = inzicht.beoordeling;
  return {{"swv", inzicht.record.swv},
          {"jaar", c.jaar},
          {"versie", inzicht.record.versie},
          {"vastgelegdOp", domain::FormatIsoTimestamp(inzicht.record.vastgelegd_op)},
          {"vastgelegdDoor", inzicht.record.vastgelegd_door},
          {"batenTotaal", c.baten_totaal.value()},
          {"lastenTotaal", c.lasten_totaal.value()},
          {"eigenVermogen", c.eigen_vermogen.value()},
          {"organisatiekosten", c.organisatiekosten.value()},
          {"signaleringswaarde", b.signaleringswaarde.value()},
          {"bovenmatigeReserve", b.bovenmatige_reserve.value()},
          {"bovenSignaleringswaarde", b.boven_signaleringswaarde},
          {"organisatiekostenAandeelBp", b.organisatiekosten_bp},
          {"organisatiekostenAandeel", ProcentTekst(b.organisatiekosten_bp)},
          {"onbesteedAandeelBp", b.onbesteed_bp},
          {"onbesteedAandeel", ProcentTekst(b.onbesteed_bp)}};
}

namespace {

json Klassen(const std::vector<app::Verdelingsklasse>& klassen) {
  json uit = json::array();
  for (const auto& k : klassen) {
    uit.push_back({{"vanBp", k.van_bp},
                   {"totBp", k.tot_bp == 0 ? json(nullptr) : json(k.tot_bp)},
                   {"aantal", k.aantal}});
  }
  return uit;
}

}  // namespace

json ToJson(const app::LandelijkGeldOverzicht& o) {
  return {{"jaar", o.jaar},
          {"aantalSwv", o.aantal_swv},
          {"bovenSignaleringswaarde", o.boven_signaleringswaarde},
          {"totaalBovenmatigeReserve", o.totaal_boven.value()},
          {"totaalBaten", o.totaal_baten.value()},
          {"totaalOrganisatiekosten", o.totaal_organisatiekosten.value()},
          {"organisatiekostenAandeelBp", o.organisatiekosten_bp},
          {"organisatiekostenAandeel", ProcentTekst(o.organisatiekosten_bp)},
          {"organisatiekostenVerdeling", Klassen(o.organisatiekosten_verdeling)},
          {"reserveVerdeling", Klassen(o.reserve_verdeling)}};
}

namespace {

domain::Result<domain::Cents> VerplichtBedrag(const json& body, const char* veld) {
  PASSEND_ASSIGN_OR_RETURN(auto waarde, JsonInt(body, veld));
  if (!waarde) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        fmt::format("Vul '{}' in: een bedrag in hele eurocenten.", veld), veld);
  }
  return domain::Cents(*waarde);
}

}  // namespace

domain::Result<domain::Jaarrekening> ParseJaarrekening(const json& body) {
  domain::Jaarrekening j;
  PASSEND_ASSIGN_OR_RETURN(auto jaar, JsonInt(body, "jaar"));
  if (!jaar) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Vul het jaar van de jaarrekening in.",
                        "jaar");
  }
  if (*jaar < 2014 || *jaar > 2100) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Het jaar moet tussen 2014 en 2100 liggen.",
                        "jaar");
  }
  j.jaar = static_cast<int>(*jaar);
  PASSEND_ASSIGN_OR_RETURN(j.baten_totaal, VerplichtBedrag(body, "batenTotaal"));
  PASSEND_ASSIGN_OR_RETURN(j.lasten_totaal, VerplichtBedrag(body, "lastenTotaal"));
  PASSEND_ASSIGN_OR_RETURN(j.eigen_vermogen, VerplichtBedrag(body, "eigenVermogen"));
  PASSEND_ASSIGN_OR_RETURN(j.organisatiekosten, VerplichtBedrag(body, "organisatiekosten"));
  return j;
}

void AddGeldSchemas(json& schemas) {
  const json cent{{"type", "integer"}, {"description", "Bedrag in eurocent"}};
  const json bp{{"type", "integer"}, {"description", "Aandeel in basispunten (10000 = 100 %)"}};
  const json tekst{{"type", "string"}};
  const json geheel{{"type", "integer"}};
  schemas["NieuweJaarrekening"] = {
      {"type", "object"},
      {"required", {"jaar", "batenTotaal", "lastenTotaal", "eigenVermogen", "organisatiekosten"}},
      {"properties",
       {{"jaar", geheel},
        {"batenTotaal", cent},
        {"lastenTotaal", cent},
        {"eigenVermogen", cent},
        {"organisatiekosten", cent}}}};
  schemas["Jaarrekening"] = {
      {"type", "object"},
      {"required",
       {"swv", "jaar", "versie", "batenTotaal", "lastenTotaal", "eigenVermogen",
        "organisatiekosten", "signaleringswaarde", "bovenmatigeReserve"}},
      {"properties",
       {{"swv", tekst},
        {"jaar", geheel},
        {"versie", geheel},
        {"vastgelegdOp", {{"type", "string"}, {"format", "date-time"}}},
        {"vastgelegdDoor", tekst},
        {"batenTotaal", cent},
        {"lastenTotaal", cent},
        {"eigenVermogen", cent},
        {"organisatiekosten", cent},
        {"signaleringswaarde", cent},
        {"bovenmatigeReserve", cent},
        {"bovenSignaleringswaarde", {{"type", "boolean"}}},
        {"organisatiekostenAandeelBp", bp},
        {"organisatiekostenAandeel", tekst},
        {"onbesteedAandeelBp", bp},
        {"onbesteedAandeel", tekst}}}};
  schemas["JaarrekeningLijst"] = {
      {"type", "object"},
      {"properties",
       {{"jaarrekeningen",
         {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Jaarrekening"}}}}}}}};
  schemas["Baten"] = {{"type", "object"},
                      {"required", {"swv", "schooljaar", "teldatum", "regels", "totaal"}},
                      {"properties",
                       {{"swv", tekst},
                        {"naam", tekst},
                        {"sector", tekst},
                        {"schooljaar", tekst},
                        {"teldatum", {{"type", "string"}, {"format", "date"}}},
                        {"leerlingen", geheel},
                        {"tlvsOpTeldatum", {{"type", "object"}}},
                        {"regels",
                         {{"type", "array"},
                          {"items",
                           {{"type", "object"},
                            {"properties",
                             {{"code", tekst},
                              {"omschrijving", tekst},
                              {"aantal", geheel},
                              {"perEenheid", cent},
                              {"bedrag", cent},
                              {"formule", tekst}}}}}}},
                        {"totaal", cent},
                        {"augustusTotDecember", cent},
                        {"januariTotJuli", cent},
                        {"demobedragen", {{"type", "boolean"}}},
                        {"vereveningDemo", {{"type", "boolean"}}}}}};
  const json klassen{{"type", "array"},
                     {"items",
                      {{"type", "object"},
                       {"properties",
                        {{"vanBp", bp},
                         {"totBp", {{"type", "integer"}, {"nullable", true}}},
                         {"aantal", geheel}}}}}};
  schemas["LandelijkGeldOverzicht"] = {
      {"type", "object"},
      {"required", {"jaar", "aantalSwv", "bovenSignaleringswaarde", "totaalBovenmatigeReserve"}},
      {"properties",
       {{"jaar", geheel},
        {"aantalSwv", geheel},
        {"bovenSignaleringswaarde", geheel},
        {"totaalBovenmatigeReserve", cent},
        {"totaalBaten", cent},
        {"totaalOrganisatiekosten", cent},
        {"organisatiekostenAandeelBp", bp},
        {"organisatiekostenAandeel", tekst},
        {"organisatiekostenVerdeling", klassen},
        {"reserveVerdeling", klassen}}}};
}

}  // namespace passend::web
