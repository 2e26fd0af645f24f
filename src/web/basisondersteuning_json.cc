#include "web/basisondersteuning_json.h"

#include <fmt/format.h>

#include "web/export_tabel.h"
#include "web/json_fields.h"

namespace passend::web {

using nlohmann::json;

namespace {

json Telling(const domain::StandTelling& t) {
  return json{{"voldoet", t.voldoet},
              {"deels", t.deels},
              {"nogNiet", t.nog_niet},
              {"nietBeschreven", t.niet_beschreven}};
}

json ElementInvullingJson(const domain::ElementInvulling& e) {
  return json{{"element", e.element},
              {"hoe", e.hoe},
              {"bewijs", e.bewijs},
              {"oordeel", std::string(domain::OordeelCode(e.oordeel))},
              {"toelichting", e.toelichting}};
}

}  // namespace

json ToJson(const domain::Basisondersteuningsnorm& n) {
  json aspecten = json::array();
  for (const auto& a : n.aspecten) {
    aspecten.push_back({{"code", a.code}, {"naam", a.naam}, {"omschrijving", a.omschrijving}});
  }
  json elementen = json::array();
  for (const auto& e : n.elementen) {
    elementen.push_back({{"code", e.code},
                         {"aspect", e.aspect},
                         {"titel", e.titel},
                         {"omschrijving", e.omschrijving}});
  }
  return json{{"sleutel", n.Sleutel()},
              {"swv", n.swv.empty() ? json(nullptr) : json(n.swv)},
              {"versie", n.swv.empty() ? json(nullptr) : json(n.versie)},
              {"label", n.label},
              {"titel", n.titel},
              {"geldigVanaf", domain::FormatIsoDate(n.geldig_vanaf)},
              {"vastgesteldOp",
               n.swv.empty() ? json(nullptr) : json(domain::FormatIsoDate(n.vastgesteld_op))},
              {"toelichting", n.toelichting},
              {"aspecten", std::move(aspecten)},
              {"elementen", std::move(elementen)}};
}

json ToJson(const app::NormInzicht& inzicht) {
  json versies = json::array();
  for (const auto& v : inzicht.versies) {
    versies.push_back({{"versie", v.versie},
                       {"label", v.label},
                       {"titel", v.titel},
                       {"geldigVanaf", domain::FormatIsoDate(v.geldig_vanaf)},
                       {"vastgesteldOp", domain::FormatIsoDate(v.vastgesteld_op)}});
  }
  return json{
      {"swv", inzicht.swv},
      {"inKracht", inzicht.in_kracht},
      {"landelijk", inzicht.landelijk},
      {"norm", ToJson(inzicht.norm)},
      {"versies", std::move(versies)},
      {"_links",
       {{"self",
         {{"href", "/api/v1/samenwerkingsverbanden/" + inzicht.swv + "/basisondersteuning"}}}}}};
}

json ToJson(const app::InvullingInzicht& inzicht) {
  const auto& s = inzicht.school.school;
  json invulling = nullptr;
  if (inzicht.invulling) {
    const auto& inv = *inzicht.invulling;
    json elementen = json::array();
    for (const auto& e : inv.elementen) elementen.push_back(ElementInvullingJson(e));
    invulling = {{"versie", inv.versie},
                 {"norm", inv.norm},
                 {"vastgesteldOp", domain::FormatIsoDate(inv.vastgesteld_op)},
                 {"toelichting", inv.toelichting},
                 {"elementen", std::move(elementen)}};
  }
  json versies = json::array();
  for (const auto& v : inzicht.versies) {
    versies.push_back({{"versie", v.versie},
                       {"vastgesteldOp", domain::FormatIsoDate(v.vastgesteld_op)},
                       {"norm", v.norm}});
  }
  return json{{"school",
               {{"code", s.code.str()},
                {"naam", s.naam},
                {"swv", s.swv ? json(s.swv->str()) : json(nullptr)}}},
              {"norm", ToJson(inzicht.norm)},
              {"invulling", std::move(invulling)},
              {"oudereNorm", inzicht.oudere_norm},
              {"versies", std::move(versies)},
              {"_links",
               {{"self", {{"href", "/api/v1/scholen/" + s.code.str() + "/basisondersteuning"}}}}}};
}

json ToJson(const app::BasisoverzichtInzicht& o) {
  json elementen = json::array();
  for (size_t i = 0; i < o.norm.elementen.size(); ++i) {
    const auto& e = o.norm.elementen[i];
    elementen.push_back({{"code", e.code},
                         {"aspect", e.aspect},
                         {"titel", e.titel},
                         {"telling", Telling(o.overzicht.per_element[i])}});
  }
  json scholen = json::array();
  for (const auto& s : o.overzicht.scholen) {
    json standen = json::object();
    for (size_t i = 0; i < s.standen.size(); ++i) {
      standen[o.norm.elementen[i].code] = std::string(domain::StandCode(s.standen[i]));
    }
    scholen.push_back({{"school", s.school},
                       {"naam", s.naam},
                       {"versie", s.versie ? json(*s.versie) : json(nullptr)},
                       {"vastgesteldOp", DateOrNull(s.vastgesteld_op)},
                       {"norm", s.norm.empty() ? json(nullptr) : json(s.norm)},
                       {"oudereNorm", s.oudere_norm},
                       {"standen", std::move(standen)},
                       {"telling", Telling(s.telling)}});
  }
  return json{
      {"swv", o.swv},
      {"naam", o.swv_naam},
      {"norm",
       {{"sleutel", o.norm.Sleutel()}, {"titel", o.norm.titel}, {"landelijk", o.landelijk}}},
      {"elementen", std::move(elementen)},
      {"scholen", std::move(scholen)},
      {"totaal", Telling(o.overzicht.totaal)},
      {"scholenMetOudereNorm", o.overzicht.oudere_norm},
      {"_links",
       {{"self",
         {{"href", "/api/v1/samenwerkingsverbanden/" + o.swv + "/basisondersteuning/overzicht"}}},
        {"csv",
         {{"href",
           "/api/v1/samenwerkingsverbanden/" + o.swv + "/basisondersteuning/overzicht/export"}}}}}};
}

domain::Result<app::NieuweInvulling> ParseNieuweInvulling(const json& body) {
  for (const auto& [key, value] : body.items()) {
    if (key != "toelichting" && key != "elementen") {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          fmt::format("Onbekend veld '{}'; geef toelichting en elementen.", key),
                          key);
    }
  }
  app::NieuweInvulling nieuw;
  PASSEND_ASSIGN_OR_RETURN(nieuw.toelichting, JsonText(body, "toelichting", false));
  if (!body.contains("elementen") || !body.at("elementen").is_array()) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "Geef per element van de norm als lijst: element, hoe, oordeel, en zo "
                        "nodig bewijs en toelichting.",
                        "elementen");
  }
  const json& lijst = body.at("elementen");
  for (size_t i = 0; i < lijst.size(); ++i) {
    const std::string pad = fmt::format("elementen[{}]", i);
    const json& e = lijst[i];
    if (!e.is_object()) {
      return domain::Fail(domain::ErrorCode::kInvalid, "Elk element is een object.", pad);
    }
    auto veld = [&](const char* naam, bool verplicht) -> domain::Result<std::string> {
      auto tekst = JsonText(e, naam, verplicht);
      if (!tekst) {
        auto fout = tekst.error();
        fout.field = pad + "." + naam;
        return std::unexpected(std::move(fout));
      }
      return tekst;
    };
    domain::ElementInvulling element;
    PASSEND_ASSIGN_OR_RETURN(element.element, veld("element", true));
    PASSEND_ASSIGN_OR_RETURN(element.hoe, veld("hoe", false));
    PASSEND_ASSIGN_OR_RETURN(element.bewijs, veld("bewijs", false));
    PASSEND_ASSIGN_OR_RETURN(std::string oordeel, veld("oordeel", true));
    PASSEND_ASSIGN_OR_RETURN(element.oordeel, domain::ParseOordeel(oordeel, pad + ".oordeel"));
    PASSEND_ASSIGN_OR_RETURN(element.toelichting, veld("toelichting", false));
    nieuw.elementen.push_back(std::move(element));
  }
  return nieuw;
}

std::string OverzichtCsv(const app::BasisoverzichtInzicht& o) {
  ExportTabel t{"Basisondersteuning",
                {"swv", "norm", "school", "naam", "versie", "vastgesteldOp", "oudereNorm", "aspect",
                 "element", "titel", "stand"},
                {}};
  for (const auto& s : o.overzicht.scholen) {
    for (size_t i = 0; i < s.standen.size(); ++i) {
      const auto& e = o.norm.elementen[i];
      t.rijen.push_back(
          {o.swv, o.norm.Sleutel(), s.school, s.naam,
           s.versie ? std::to_string(*s.versie) : std::string(),
           s.vastgesteld_op ? domain::FormatIsoDate(*s.vastgesteld_op) : std::string(),
           std::string(s.oudere_norm ? "ja" : "nee"), e.aspect, e.code, e.titel,
           std::string(domain::StandCode(s.standen[i]))});
    }
  }
  return AlsCsv(t);
}

void AddBasisondersteuningSchemas(json& schemas) {
  const json tekst{{"type", "string"}};
  const json telling{{"type", "object"},
                     {"properties",
                      {{"voldoet", {{"type", "integer"}}},
                       {"deels", {{"type", "integer"}}},
                       {"nogNiet", {{"type", "integer"}}},
                       {"nietBeschreven", {{"type", "integer"}}}}}};
  const json aspect{{"type", "object"},
                    {"required", {"code", "naam"}},
                    {"properties", {{"code", tekst}, {"naam", tekst}, {"omschrijving", tekst}}}};
  const json element{
      {"type", "object"},
      {"required", {"code", "aspect", "titel", "omschrijving"}},
      {"properties",
       {{"code", tekst}, {"aspect", tekst}, {"titel", tekst}, {"omschrijving", tekst}}}};
  schemas["Basisondersteuningsnorm"] = {
      {"type", "object"},
      {"description",
       "Een versie van de norm voor de basisondersteuning: beschrijvende elementen per aspect"},
      {"properties",
       {{"sleutel", tekst},
        {"swv", {{"type", "string"}, {"nullable", true}}},
        {"versie", {{"type", "integer"}, {"nullable", true}}},
        {"label", tekst},
        {"titel", tekst},
        {"geldigVanaf", {{"type", "string"}, {"format", "date"}}},
        {"vastgesteldOp", {{"type", "string"}, {"format", "date"}, {"nullable", true}}},
        {"toelichting", tekst},
        {"aspecten", {{"type", "array"}, {"items", aspect}}},
        {"elementen", {{"type", "array"}, {"items", element}}}}}};
  schemas["BasisondersteuningNormInzicht"] = {
      {"type", "object"},
      {"properties",
       {{"swv", tekst},
        {"inKracht", {{"type", "boolean"}}},
        {"landelijk", {{"type", "boolean"}}},
        {"norm", {{"$ref", "#/components/schemas/Basisondersteuningsnorm"}}},
        {"versies",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"versie", {{"type", "integer"}}},
              {"label", tekst},
              {"titel", tekst},
              {"geldigVanaf", {{"type", "string"}, {"format", "date"}}},
              {"vastgesteldOp", {{"type", "string"}, {"format", "date"}}}}}}}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["NieuweBasisondersteuningsnorm"] = {
      {"type", "object"},
      {"required", {"titel", "geldigVanaf", "elementen"}},
      {"description",
       "Een nieuwe versie van de eigen norm (ondersteuningsplan); zonder aspecten blijven die "
       "van de norm die nu geldt"},
      {"properties",
       {{"label", tekst},
        {"titel", tekst},
        {"geldigVanaf", {{"type", "string"}, {"format", "date"}}},
        {"toelichting", tekst},
        {"aspecten", {{"type", "array"}, {"items", aspect}}},
        {"elementen", {{"type", "array"}, {"items", element}}}}}};
  const json element_invulling{
      {"type", "object"},
      {"required", {"element", "hoe", "oordeel"}},
      {"properties",
       {{"element", tekst},
        {"hoe", tekst},
        {"bewijs", tekst},
        {"oordeel", {{"type", "string"}, {"enum", {"voldoet", "deels", "nog-niet"}}}},
        {"toelichting", tekst}}}};
  schemas["NieuweBasisondersteuningInvulling"] = {
      {"type", "object"},
      {"required", {"elementen"}},
      {"description",
       "Per element van de norm die nu geldt: hoe de school eraan voldoet, bewijs, het eigen "
       "oordeel en een toelichting als het oordeel niet voldoet is"},
      {"properties",
       {{"toelichting", tekst}, {"elementen", {{"type", "array"}, {"items", element_invulling}}}}}};
  schemas["BasisondersteuningInvulling"] = {
      {"type", "object"},
      {"properties",
       {{"school", {{"type", "object"}}},
        {"norm", {{"$ref", "#/components/schemas/Basisondersteuningsnorm"}}},
        {"invulling",
         {{"type", "object"},
          {"nullable", true},
          {"properties",
           {{"versie", {{"type", "integer"}}},
            {"norm", tekst},
            {"vastgesteldOp", {{"type", "string"}, {"format", "date"}}},
            {"toelichting", tekst},
            {"elementen", {{"type", "array"}, {"items", element_invulling}}}}}}},
        {"oudereNorm", {{"type", "boolean"}}},
        {"versies", {{"type", "array"}, {"items", {{"type", "object"}}}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["BasisondersteuningOverzicht"] = {
      {"type", "object"},
      {"description",
       "Per school en per element of de school voldoet, deels, nog niet, of het element niet "
       "beschreef; met tellingen per element en per school"},
      {"properties",
       {{"swv", tekst},
        {"naam", tekst},
        {"norm", {{"type", "object"}}},
        {"elementen",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"code", tekst}, {"aspect", tekst}, {"titel", tekst}, {"telling", telling}}}}}}},
        {"scholen",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"school", tekst},
              {"naam", tekst},
              {"versie", {{"type", "integer"}, {"nullable", true}}},
              {"vastgesteldOp", {{"type", "string"}, {"format", "date"}, {"nullable", true}}},
              {"norm", {{"type", "string"}, {"nullable", true}}},
              {"oudereNorm", {{"type", "boolean"}}},
              {"standen", {{"type", "object"}, {"additionalProperties", tekst}}},
              {"telling", telling}}}}}}},
        {"totaal", telling},
        {"scholenMetOudereNorm", {{"type", "integer"}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["BasisondersteuningOverzichtCsv"] = {
      {"type", "string"},
      {"description",
       "RFC 4180-CSV met een kopregel; één regel per school en element met de stand (voldoet, "
       "deels, nog-niet, niet-beschreven)"}};
}

}  // namespace passend::web
