#include "web/plaatsingsronde_json.h"

#include <fmt/format.h>

#include "web/json_fields.h"

namespace passend::web {

using nlohmann::json;

namespace {

constexpr int64_t kMaxSeed = (int64_t{1} << 53) - 1;

json OptInt(const std::optional<int64_t>& waarde) { return waarde ? json(*waarde) : json(nullptr); }

json CodeNaam(const std::string& code, const std::map<std::string, std::string>& namen) {
  const auto it = namen.find(code);
  return json{{"code", code}, {"naam", it == namen.end() ? code : it->second}};
}

json Kop(const domain::Plaatsingsronde& r) {
  const auto& p = r.parameters;
  int64_t voorgesteld = 0;
  for (const auto& regel : r.regels) voorgesteld += regel.school ? 1 : 0;
  return json{
      {"id", r.id},
      {"samenwerkingsverband", r.swv},
      {"soort", domain::RondeSoortCode(r.soort)},
      {"stand", domain::RondeStandCode(r.stand)},
      {"seed", p.seed ? json(*p.seed) : json(nullptr)},
      {"maxAfstandKm", p.max_afstand_meter / 1000},
      {"tekortBoete", OptInt(p.tekort_boete)},
      {"nietGeplaatstKosten", p.niet_geplaatst_kosten},
      {"totaleKosten", r.totale_kosten},
      {"aangemaaktOp", domain::FormatIsoTimestamp(r.aangemaakt_op)},
      {"aangemaaktDoor", r.aangemaakt_door},
      {"afgeslotenOp",
       r.afgesloten_op ? json(domain::FormatIsoTimestamp(*r.afgesloten_op)) : json(nullptr)},
      {"afgeslotenDoor", r.afgesloten_door.empty() ? json(nullptr) : json(r.afgesloten_door)},
      {"toelichting", r.afsluit_toelichting},
      {"kinderen", static_cast<int64_t>(r.regels.size())},
      {"voorgesteld", voorgesteld},
      {"nietGeplaatst", static_cast<int64_t>(r.regels.size()) - voorgesteld},
      {"wijzigingen", r.wijzigingen},
      {"_links", {{"self", {{"href", RondeHref(r.swv, r.id)}}}}}};
}

}  // namespace

std::string RondeHref(const std::string& swv, int64_t id) {
  return fmt::format("/api/v1/samenwerkingsverbanden/{}/plaatsingsrondes/{}", swv, id);
}

domain::Result<app::NieuweRonde> ParseNieuweRonde(const json& body) {
  app::NieuweRonde uit;
  PASSEND_ASSIGN_OR_RETURN(const std::string soort, JsonText(body, "soort", true));
  PASSEND_ASSIGN_OR_RETURN(uit.soort, domain::ParseRondeSoort(soort));
  PASSEND_ASSIGN_OR_RETURN(const auto seed, JsonInt(body, "seed"));
  if (seed) {
    if (*seed < 0 || *seed > kMaxSeed) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "De seed is een geheel getal van 0 tot en met 9007199254740991.", "seed");
    }
    uit.seed = static_cast<uint64_t>(*seed);
  }
  PASSEND_ASSIGN_OR_RETURN(uit.max_afstand_km, JsonInt(body, "maxAfstandKm"));
  PASSEND_ASSIGN_OR_RETURN(uit.tekort_boete, JsonInt(body, "tekortBoete"));
  PASSEND_ASSIGN_OR_RETURN(uit.niet_geplaatst_kosten, JsonInt(body, "nietGeplaatstKosten"));
  return uit;
}

domain::Result<app::RondeWijziging> ParseRondeWijziging(const json& body) {
  app::RondeWijziging uit;
  PASSEND_ASSIGN_OR_RETURN(const auto aanmelding, JsonInt(body, "aanmelding"));
  if (!aanmelding || *aanmelding <= 0) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "Geef de aanmelding (het nummer) van het kind in de ronde.", "aanmelding");
  }
  uit.aanmelding = *aanmelding;
  if (!body.is_object() || !body.contains("school")) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "Geef de school (vestigingscode), of null om te escaleren.", "school");
  }
  if (!body["school"].is_null()) {
    PASSEND_ASSIGN_OR_RETURN(auto school, JsonText(body, "school", true));
    uit.school = std::move(school);
  }
  PASSEND_ASSIGN_OR_RETURN(uit.reden, JsonText(body, "reden", true));
  return uit;
}

domain::Result<std::string> ParseAfsluiting(const json& body) {
  return JsonText(body, "toelichting", false);
}

json ToJson(const domain::RondeRegel& r) {
  return json{{"aanmelding", r.aanmelding},
              {"leerling", r.leerling.value},
              {"school", r.school ? json(*r.school) : json(nullptr)},
              {"afstandMeter", OptInt(r.meter)},
              {"reden", r.reden.empty() ? json(nullptr) : json(r.reden)},
              {"toelichting", r.toelichting},
              {"gewijzigd", r.gewijzigd},
              {"wijzigingReden", r.wijziging_reden},
              {"waarschuwingen", r.waarschuwingen},
              {"vastgelegdOp", domain::FormatIsoTimestamp(r.vastgelegd_op)},
              {"vastgelegdDoor", r.vastgelegd_door}};
}

json ToJson(const app::RondeOverzicht& o) {
  json uit = Kop(o.ronde);
  json regels = json::array();
  for (const auto& r : o.ronde.regels) {
    const auto naam = o.leerling_namen.find(r.leerling.value);
    regels.push_back(
        {{"aanmelding", r.aanmelding},
         {"leerling",
          {{"id", r.leerling.value}, {"naam", naam == o.leerling_namen.end() ? "" : naam->second}}},
         {"aanmeldschool", CodeNaam(r.aanmeldschool, o.school_namen)},
         {"behoeften", r.behoeften},
         {"hoofdbehoefte", r.hoofdbehoefte.empty() ? json(nullptr) : json(r.hoofdbehoefte)},
         {"school", r.school ? CodeNaam(*r.school, o.school_namen) : json(nullptr)},
         {"afstandMeter", OptInt(r.meter)},
         {"kosten", OptInt(r.kosten)},
         {"lotnummer", OptInt(r.lotnummer)},
         {"reden", r.reden.empty() ? json(nullptr) : json(r.reden)},
         {"toelichting", r.toelichting},
         {"gewijzigd", r.gewijzigd},
         {"wijzigingReden", r.wijziging_reden},
         {"waarschuwingen", r.waarschuwingen},
         {"vastgelegdOp", domain::FormatIsoTimestamp(r.vastgelegd_op)},
         {"vastgelegdDoor", r.vastgelegd_door}});
  }
  uit["regels"] = std::move(regels);
  return uit;
}

json ToJson(const std::vector<app::RondeSamenvatting>& lijst) {
  json items = json::array();
  for (const auto& s : lijst) items.push_back(Kop(s.ronde));
  return json{{"plaatsingsrondes", std::move(items)}};
}

void AddPlaatsingsrondeSchemas(json& schemas) {
  const json tekst{{"type", "string"}};
  const json geheel{{"type", "integer"}};
  const json geheel_of_null{{"type", "integer"}, {"nullable", true}};
  const json tekst_of_null{{"type", "string"}, {"nullable", true}};
  const json moment{{"type", "string"}, {"format", "date-time"}};
  const json teksten{{"type", "array"}, {"items", tekst}};
  const json code_naam{{"type", "object"},
                       {"required", {"code", "naam"}},
                       {"properties", {{"code", tekst}, {"naam", tekst}}}};
  const json soort{{"type", "string"}, {"enum", {"minimale-kosten", "voorkeur"}}};
  const json reden{{"type", "string"},
                   {"nullable", true},
                   {"description",
                    "Bij niet geplaatst: geen-school, scholen-vol, geen-plaats-voor-behoefte, "
                    "escaleren-goedkoper, geen-voorkeur, alle-keuzes-vol of escaleren"}};
  schemas["NieuwePlaatsingsronde"] = {
      {"type", "object"},
      {"required", {"soort"}},
      {"properties",
       {{"soort", soort},
        {"seed",
         {{"type", "integer"},
          {"minimum", 0},
          {"maximum", kMaxSeed},
          {"description", "Alleen bij voorkeur; zonder seed trekt Passend er een en bewaart die"}}},
        {"maxAfstandKm", {{"type", "integer"}, {"minimum", 1}, {"maximum", 300}}},
        {"tekortBoete",
         {{"type", "integer"},
          {"minimum", 0},
          {"description", "Meter per niveau tekort; zonder: zo'n school komt niet in aanmerking"}}},
        {"nietGeplaatstKosten", {{"type", "integer"}, {"minimum", 0}}}}}};
  const json kop_eigenschappen = {
      {"id", geheel},
      {"samenwerkingsverband", tekst},
      {"soort", soort},
      {"stand", {{"type", "string"}, {"enum", {"voorstel", "bevestigd", "verworpen"}}}},
      {"seed", geheel_of_null},
      {"maxAfstandKm", geheel},
      {"tekortBoete", geheel_of_null},
      {"nietGeplaatstKosten", geheel},
      {"totaleKosten", geheel},
      {"aangemaaktOp", moment},
      {"aangemaaktDoor", tekst},
      {"afgeslotenOp", {{"type", "string"}, {"format", "date-time"}, {"nullable", true}}},
      {"afgeslotenDoor", tekst_of_null},
      {"toelichting", tekst},
      {"kinderen", geheel},
      {"voorgesteld", geheel},
      {"nietGeplaatst", geheel},
      {"wijzigingen", geheel},
      {"_links", {{"type", "object"}}}};
  json ronde_eigenschappen = kop_eigenschappen;
  ronde_eigenschappen["regels"] = {
      {"type", "array"},
      {"items",
       {{"type", "object"},
        {"properties",
         {{"aanmelding", geheel},
          {"leerling", {{"type", "object"}, {"properties", {{"id", geheel}, {"naam", tekst}}}}},
          {"aanmeldschool", code_naam},
          {"behoeften", teksten},
          {"hoofdbehoefte", tekst_of_null},
          {"school", {{"allOf", json::array({code_naam})}, {"nullable", true}}},
          {"afstandMeter", geheel_of_null},
          {"kosten", geheel_of_null},
          {"lotnummer", geheel_of_null},
          {"reden", reden},
          {"toelichting", tekst},
          {"gewijzigd", {{"type", "boolean"}}},
          {"wijzigingReden", tekst},
          {"waarschuwingen", teksten},
          {"vastgelegdOp", moment},
          {"vastgelegdDoor", tekst}}}}}};
  schemas["Plaatsingsronde"] = {{"type", "object"},
                                {"required", {"id", "soort", "stand", "regels"}},
                                {"properties", ronde_eigenschappen}};
  schemas["PlaatsingsrondeLijst"] = {
      {"type", "object"},
      {"properties",
       {{"plaatsingsrondes",
         {{"type", "array"},
          {"items", {{"type", "object"}, {"properties", kop_eigenschappen}}}}}}}};
  schemas["PlaatsingsvoorstelWijziging"] = {
      {"type", "object"},
      {"required", {"aanmelding", "school", "reden"}},
      {"properties",
       {{"aanmelding", geheel},
        {"school",
         {{"type", "string"},
          {"nullable", true},
          {"description", "Vestigingscode in de regio, of null: niet geplaatst, escaleren"}}},
        {"reden", tekst}}}};
  schemas["PlaatsingsrondeRegel"] = {{"type", "object"},
                                     {"properties",
                                      {{"aanmelding", geheel},
                                       {"leerling", geheel},
                                       {"school", tekst_of_null},
                                       {"afstandMeter", geheel_of_null},
                                       {"reden", reden},
                                       {"toelichting", tekst},
                                       {"gewijzigd", {{"type", "boolean"}}},
                                       {"wijzigingReden", tekst},
                                       {"waarschuwingen", teksten},
                                       {"vastgelegdOp", moment},
                                       {"vastgelegdDoor", tekst}}}};
  schemas["PlaatsingsrondeAfsluiting"] = {{"type", "object"},
                                          {"properties", {{"toelichting", tekst}}}};
}

}  // namespace passend::web
