#include "web/dekkend_aanbod_json.h"

#include <fmt/format.h>

#include "domain/suppression.h"
#include "web/ondersteuning_json.h"
#include "web/params.h"

namespace passend::web {

using nlohmann::json;

std::vector<std::string> TekortCodes(const engine::Tekorten& tekorten) {
  std::vector<std::string> uit;
  if (tekorten.geen_aanbieder_binnen_afstand) uit.emplace_back("geen-aanbieder-binnen-afstand");
  if (tekorten.vraag_boven_plaatsen) uit.emplace_back("vraag-boven-plaatsen");
  return uit;
}

json VraagJson(const app::DekkendAanbodRapport& rapport, int64_t vraag) {
  if (rapport.onderdrukt) return domain::SuppressedCount(vraag);
  return vraag;
}

namespace {

json Positie(const domain::Coordinates& p) { return {{"lat", p.lat}, {"lon", p.lon}}; }

json MaxAfstanden(const engine::DekkendAanbodParameters& parameters) {
  json uit = json::object();
  for (const auto niveau : domain::kAlleOndersteuningsniveaus) {
    if (auto m = parameters.MaxMeter(niveau)) {
      uit[std::string(domain::NiveauCode(niveau))] = *m / 1000;
    }
  }
  return uit;
}

}  // namespace

json ToJson(const app::DekkendAanbodRapport& rapport,
            const domain::Ondersteuningstaxonomie& taxonomie) {
  const auto& a = rapport.aanbod;
  json gemeenten = json::array();
  for (const auto& g : rapport.gemeenten) {
    gemeenten.push_back({{"code", g.code},
                         {"naam", g.naam},
                         {"positie", g.punt ? Positie(*g.punt) : json(nullptr)},
                         {"positieVan", g.leerlingen > 0 ? "woonadressen"
                                        : g.punt         ? "scholen"
                                                         : "onbekend"}});
  }
  json locaties = json::array();
  for (const auto& k : rapport.locaties) {
    locaties.push_back({{"code", k.school.code.str()},
                        {"naam", k.school.naam},
                        {"type", domain::SchoolSoortCode(k.school.soort)},
                        {"gemeente", k.school.gemeente.str()},
                        {"positie", Positie(k.school.positie)}});
  }
  json regels = json::array();
  for (const auto& r : a.regels) {
    const auto* behoefte = taxonomie.Vind(r.behoefte);
    const auto& gemeente = rapport.gemeenten[r.gemeente];
    json item{{"behoefte", r.behoefte},
              {"behoefteNaam", behoefte ? behoefte->naam : r.behoefte},
              {"niveau", domain::NiveauCode(r.niveau)},
              {"gemeente", gemeente.code},
              {"gemeenteNaam", gemeente.naam},
              {"vraag", VraagJson(rapport, r.vraag)},
              {"onbeperkt", !r.plaatsen.has_value()},
              {"plaatsen", r.plaatsen ? json(*r.plaatsen) : json(nullptr)},
              // The places left come from the children placed: not for national roles.
              {"vrij", r.vrij && !rapport.onderdrukt ? json(*r.vrij) : json(nullptr)},
              {"aanbiedersInGemeente", r.aanbieders},
              {"plaatsenBinnenBereik",
               r.plaatsen_binnen_bereik ? json(*r.plaatsen_binnen_bereik) : json(nullptr)},
              {"maxAfstandKm", r.max_meter ? json(*r.max_meter / 1000) : json(nullptr)},
              {"tekorten", TekortCodes(r.tekorten)}};
    if (r.dichtstbij && r.dichtstbij_meter) {
      const auto& s = rapport.locaties[*r.dichtstbij].school;
      item["dichtstbijzijndeAanbieder"] = {{"code", s.code.str()},
                                           {"naam", s.naam},
                                           {"afstandMeter", *r.dichtstbij_meter},
                                           {"afstandKm", AfstandKm(*r.dichtstbij_meter)}};
    } else {
      item["dichtstbijzijndeAanbieder"] = nullptr;
    }
    regels.push_back(std::move(item));
  }
  return {{"samenwerkingsverband", {{"code", rapport.swv.code.str()}, {"naam", rapport.swv.naam}}},
          {"peildatum", domain::FormatIsoDate(rapport.peildatum)},
          {"afstand", rapport.afstand_soort},
          {"onderdrukt", rapport.onderdrukt},
          {"maxAfstandKm", MaxAfstanden(rapport.parameters)},
          {"samenvatting",
           {{"regels", a.regels.size()},
            {"leerlingenMetVraag", VraagJson(rapport, rapport.leerlingen_met_vraag)},
            {"tekortenAfstand", a.tekorten_afstand},
            {"tekortenPlaatsen", a.tekorten_plaatsen},
            {"tekortenMetVraag", a.tekorten_met_vraag}}},
          {"gemeenten", std::move(gemeenten)},
          {"locaties", std::move(locaties)},
          {"regels", std::move(regels)}};
}

ExportTabel DekkendAanbodTabel(const app::DekkendAanbodRapport& rapport) {
  ExportTabel t{"Dekkend aanbod",
                {"swv", "behoefte", "niveau", "gemeente", "gemeenteNaam", "vraag", "plaatsen",
                 "vrij", "aanbiedersInGemeente", "plaatsenBinnenBereik",
                 "dichtstbijzijndeAanbieder", "afstandMeter", "maxAfstandMeter", "tekorten"},
                {}};
  auto getal_of = [](const std::optional<int64_t>& v, const char* anders) -> ExportCel {
    if (v) return *v;
    return std::string(anders);
  };
  for (const auto& r : rapport.aanbod.regels) {
    const auto& gemeente = rapport.gemeenten[r.gemeente];
    ExportCel vraag = r.vraag;
    if (rapport.onderdrukt) vraag = domain::SuppressedCount(r.vraag);
    std::string tekorten;
    for (const auto& c : TekortCodes(r.tekorten)) {
      tekorten += std::string(tekorten.empty() ? "" : " ") + c;
    }
    t.rijen.push_back(
        {rapport.swv.code.str(), r.behoefte, std::string(domain::NiveauCode(r.niveau)),
         gemeente.code, gemeente.naam, vraag, getal_of(r.plaatsen, "onbeperkt"),
         rapport.onderdrukt ? ExportCel(std::string()) : getal_of(r.vrij, "onbeperkt"),
         static_cast<int64_t>(r.aanbieders), getal_of(r.plaatsen_binnen_bereik, "onbeperkt"),
         r.dichtstbij ? ExportCel(rapport.locaties[*r.dichtstbij].school.code.str())
                      : ExportCel(std::string()),
         getal_of(r.dichtstbij_meter, ""), getal_of(r.max_meter, ""), tekorten});
  }
  return t;
}

domain::Result<app::DekkendAanbodFilter> LeesDekkendAanbodFilter(const httplib::Request& req,
                                                                 std::string_view aan) {
  app::DekkendAanbodFilter filter;
  if (auto b = QueryValue(req, "behoefte"); b && !b->empty()) filter.behoefte = *b;
  if (auto n = QueryValue(req, "niveau"); n && !n->empty()) {
    PASSEND_ASSIGN_OR_RETURN(filter.niveau, domain::ParseNiveau(*n, "niveau"));
  }
  if (auto g = QueryValue(req, "gemeente"); g && !g->empty()) {
    auto code = domain::GemeenteCode::Parse(*g);
    if (!code) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "Geef de gemeente als CBS-code, bijvoorbeeld GM0344.", "gemeente");
    }
    filter.gemeente = code->str();
  }
  if (auto t = QueryValue(req, "alleenTekorten"); t && !t->empty()) {
    if (*t != aan && *t != "false") {
      return domain::Fail(domain::ErrorCode::kInvalid, fmt::format("Kies {} of false.", aan),
                          "alleenTekorten");
    }
    filter.alleen_tekorten = *t == aan;
  }
  return filter;
}

void AddDekkendAanbodSchemas(json& schemas) {
  const json tekst{{"type", "string"}};
  const json geheel{{"type", "integer"}};
  const json positie{
      {"type", "object"},
      {"nullable", true},
      {"properties", {{"lat", {{"type", "number"}}}, {"lon", {{"type", "number"}}}}}};
  const json aantal{{"oneOf", {geheel, tekst}},
                    {"description", "Een aantal; voor landelijke rollen `<5` bij 1 tot en met 4"}};
  const json tekorten{
      {"type", "array"},
      {"items",
       {{"type", "string"}, {"enum", {"geen-aanbieder-binnen-afstand", "vraag-boven-plaatsen"}}}}};
  schemas["DekkendAanbod"] = {
      {"type", "object"},
      {"required", {"samenwerkingsverband", "peildatum", "samenvatting", "gemeenten", "regels"}},
      {"properties",
       {{"samenwerkingsverband",
         {{"type", "object"}, {"properties", {{"code", tekst}, {"naam", tekst}}}}},
        {"peildatum", {{"type", "string"}, {"format", "date"}}},
        {"afstand", {{"type", "string"}, {"example", "hemelsbreed"}}},
        {"onderdrukt",
         {{"type", "boolean"},
          {"description", "Landelijke rol: kleine aantallen als <5, geen vrije plaatsen"}}},
        {"maxAfstandKm",
         {{"type", "object"},
          {"description", "Per getoetst niveau de grootste afstand tot een aanbieder"},
          {"additionalProperties", geheel}}},
        {"samenvatting",
         {{"type", "object"},
          {"properties",
           {{"regels", geheel},
            {"leerlingenMetVraag", aantal},
            {"tekortenAfstand", geheel},
            {"tekortenPlaatsen", geheel},
            {"tekortenMetVraag", geheel}}}}},
        {"gemeenten",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"code", tekst},
              {"naam", tekst},
              {"positie", positie},
              {"positieVan",
               {{"type", "string"}, {"enum", {"woonadressen", "scholen", "onbekend"}}}}}}}}}},
        {"locaties",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"code", tekst},
              {"naam", tekst},
              {"type", tekst},
              {"gemeente", tekst},
              {"positie", positie}}}}}}},
        {"regels",
         {{"type", "array"},
          {"description", "Per behoefte × niveau × gemeente"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"behoefte", tekst},
              {"behoefteNaam", tekst},
              {"niveau", {{"type", "string"}, {"enum", {"basis", "extra", "specialistisch"}}}},
              {"gemeente", tekst},
              {"gemeenteNaam", tekst},
              {"vraag", aantal},
              {"onbeperkt", {{"type", "boolean"}}},
              {"plaatsen", {{"type", "integer"}, {"nullable", true}}},
              {"vrij", {{"type", "integer"}, {"nullable", true}}},
              {"aanbiedersInGemeente", geheel},
              {"plaatsenBinnenBereik",
               {{"type", "integer"},
                {"nullable", true},
                {"description",
                 "Beperkte plaatsen van de aanbieders binnen maxAfstandKm (ook in andere "
                 "gemeenten); leeg: onbeperkt. Een vraag daarboven is een tekort"}}},
              {"maxAfstandKm", {{"type", "integer"}, {"nullable", true}}},
              {"dichtstbijzijndeAanbieder",
               {{"type", "object"},
                {"nullable", true},
                {"properties",
                 {{"code", tekst},
                  {"naam", tekst},
                  {"afstandMeter", geheel},
                  {"afstandKm", {{"type", "number"}}}}}}},
              {"tekorten", tekorten}}}}}}}}}};
  schemas["DekkendAanbodCsv"] = {
      {"type", "string"},
      {"description",
       "RFC 4180-CSV (of XLSX met formaat=xlsx) met een kopregel; één regel per behoefte × "
       "niveau × gemeente; afstanden in meters"}};
}

}  // namespace passend::web
