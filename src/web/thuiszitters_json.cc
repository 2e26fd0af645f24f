#include "web/thuiszitters_json.h"

#include <fmt/format.h>

#include "domain/suppression.h"
#include "web/verzuim_json.h"

namespace passend::web {

using nlohmann::json;

namespace {

std::string Maand(std::chrono::year_month maand) {
  return fmt::format("{:04}-{:02}", static_cast<int>(maand.year()),
                     static_cast<unsigned>(maand.month()));
}

json Signalen(const std::vector<domain::VerzuimSignaal>& signalen) {
  json result = json::array();
  for (auto s : signalen) result.push_back(std::string(domain::VerzuimSignaalCode(s)));
  return result;
}

json PerDuizendJson(const std::optional<domain::PerDuizend>& p) {
  if (!p) return nullptr;
  return json{{"thuiszitters", p->aantal()},
              {"leerlingen", p->leerlingen()},
              {"tiendenPerDuizend", p->Tienden()},
              {"tekst", p->Tekst()}};
}

json Vergelijking(const domain::ThuiszitterOverzicht& o) {
  if (!o.per_duizend || !o.landelijk) return nullptr;
  if (*o.per_duizend > *o.landelijk) return "hoger";
  if (*o.per_duizend < *o.landelijk) return "lager";
  return "gelijk";
}

// The parts the regional and national views share; `tel` turns a count into JSON (a number,
// or the suppressed text for the national view).
template <typename Tel>
json Gedeeld(const domain::ThuiszitterOverzicht& o, const Tel& tel) {
  json trend = json::array();
  for (const auto& m : o.trend) {
    trend.push_back({{"maand", Maand(m.maand)},
                     {"peildag", domain::FormatIsoDate(m.peildag)},
                     {"thuiszitters", tel(m.thuiszitters)},
                     {"nieuw", tel(m.nieuw)},
                     {"langerDanDrieMaanden", tel(m.langer_dan_drie_maanden)}});
  }
  json leeftijd = json::array();
  for (std::size_t i = 0; i < std::size(domain::kAlleLeeftijdsgroepen); ++i) {
    leeftijd.push_back(
        {{"groep", std::string(domain::LeeftijdsgroepCode(domain::kAlleLeeftijdsgroepen[i]))},
         {"aantal", tel(o.per_leeftijd[i])}});
  }
  json geslacht = json::array();
  for (std::size_t i = 0; i < std::size(domain::kAlleGeslachten); ++i) {
    geslacht.push_back({{"geslacht", std::string(domain::GeslachtCode(domain::kAlleGeslachten[i]))},
                        {"aantal", tel(o.per_geslacht[i])}});
  }
  return json{{"peildatum", domain::FormatIsoDate(o.peildatum)},
              {"trend", std::move(trend)},
              {"leeftijdsgroepen", std::move(leeftijd)},
              {"geslachten", std::move(geslacht)}};
}

json TussendoelenJson(const std::optional<domain::TussendoelenStand>& t) {
  if (!t) return nullptr;
  json doelen = json::array();
  for (const auto& [jaar, doel] : t->doelen) {
    doelen.push_back({{"schooljaar", jaar.Label()}, {"doel", doel}});
  }
  return json{{"basisdatum", domain::FormatIsoDate(t->plan.basisdatum)},
              {"basiswaarde", t->plan.basiswaarde},
              {"doeljaar", t->plan.doeljaar.Label()},
              {"doelwaarde", t->plan.doelwaarde},
              {"stappen", t->plan.stappen},
              {"schooljaar", t->jaar.Label()},
              {"gemeten", t->gemeten},
              {"doel", t->stand.doel},
              {"verschil", t->stand.verschil},
              {"koers", std::string(domain::KoersCode(t->stand.koers))},
              {"doelen", std::move(doelen)}};
}

json SuppressedTelling(const domain::Thuiszittertelling& t) {
  auto s = [](int n) { return domain::SuppressedCount(n); };
  return json{{"thuiszitters", s(t.thuiszitters)},
              {"absoluutVerzuim", s(t.absoluut_verzuim)},
              {"langdurigRelatiefVerzuim", s(t.langdurig_relatief_verzuim)},
              {"langerDanVierWeken", s(t.langer_dan_vier_weken)},
              {"langerDanDrieMaanden", s(t.langer_dan_drie_maanden)},
              {"zonderAanbod", s(t.zonder_aanbod)},
              {"ziek", s(t.ziek)},
              {"vrijstellingen", s(t.vrijstellingen)},
              {"relatiefVerzuim", s(t.relatief_verzuim)}};
}

}  // namespace

json ToJson(const app::ThuiszitterItem& item) {
  const auto& t = item.thuiszitter;
  return json{
      {"leerling", t.leerling.value},
      {"leerlingNaam", item.leerling_naam},
      {"melding", t.melding},
      {"type", std::string(domain::VerzuimTypeCode(t.type))},
      {"swv", t.swv.str()},
      {"gemeente", t.gemeente.str()},
      {"startdatum", domain::FormatIsoDate(t.startdatum)},
      {"dagenThuis", t.dagen_thuis},
      {"langerDanDrieMaanden", t.langer_dan_drie_maanden},
      {"aanbodGedaan", t.aanbod_gedaan},
      {"signalen", Signalen(t.signalen)},
      {"_links",
       {{"verzuimmelding", {{"href", fmt::format("/api/v1/verzuimmeldingen/{}", t.melding)}}},
        {"leerling", {{"href", fmt::format("/api/v1/leerlingen/{}", t.leerling.value)}}}}}};
}

json ToJson(const app::RegioOverzicht& r) {
  const auto& o = r.overzicht;
  json result = Gedeeld(o, [](int n) { return json(n); });
  json thuiszitters = json::array();
  for (std::size_t i = 0; i < o.thuiszitters.size(); ++i) {
    thuiszitters.push_back(ToJson(app::ThuiszitterItem{o.thuiszitters[i], r.namen[i]}));
  }
  const std::string base = r.soort == "gemeente"
                               ? "/api/v1/gemeenten/" + r.regio.code + "/thuiszitters"
                               : "/api/v1/samenwerkingsverbanden/" + r.regio.code + "/thuiszitters";
  const std::string query = "?peildatum=" + domain::FormatIsoDate(o.peildatum);
  result["regio"] = {{"soort", r.soort},
                     {"code", r.regio.code},
                     {"naam", r.regio.naam},
                     {"leerlingen", r.regio.leerlingen}};
  result["telling"] = ToJson(o.telling);
  result["thuiszitters"] = std::move(thuiszitters);
  result["tussendoelen"] = TussendoelenJson(o.tussendoelen);
  result["perDuizend"] = PerDuizendJson(o.per_duizend);
  result["landelijkPerDuizend"] = PerDuizendJson(o.landelijk);
  result["vergelijking"] = Vergelijking(o);
  result["_links"] = {{"self", {{"href", base + "/overzicht" + query}}},
                      {"trendCsv", {{"href", base + "/trend" + query}}}};
  return result;
}

json ToJson(const app::LandelijkOverzicht& l) {
  const auto& o = l.overzicht;
  json result = Gedeeld(o, [](int n) { return json(domain::SuppressedCount(n)); });
  json per_swv = json::array();
  for (const auto& s : l.per_swv) {
    // A per-1,000 figure beside a hidden count would reveal it: shown only when the count is.
    json figuur = nullptr;
    if (!domain::IsSuppressed(s.telling.thuiszitters) && s.regio.leerlingen > 0) {
      auto p = domain::PerDuizend::Create(s.telling.thuiszitters, s.regio.leerlingen);
      if (p) figuur = PerDuizendJson(*p);
      if (p) figuur.erase("thuiszitters");
    }
    per_swv.push_back({{"samenwerkingsverband", s.regio.code},
                       {"naam", s.regio.naam},
                       {"leerlingen", s.regio.leerlingen},
                       {"telling", SuppressedTelling(s.telling)},
                       {"perDuizend", figuur}});
  }
  json landelijk = nullptr;
  if (o.per_duizend && !domain::IsSuppressed(o.per_duizend->aantal())) {
    landelijk = PerDuizendJson(o.per_duizend);
    landelijk.erase("thuiszitters");
  }
  result["telling"] = SuppressedTelling(o.telling);
  result["leerlingen"] = l.land.leerlingen;
  result["perDuizend"] = landelijk;
  result["samenwerkingsverbanden"] = std::move(per_swv);
  result["_links"] = {{"self",
                       {{"href", "/api/v1/thuiszitters/landelijk?peildatum=" +
                                     domain::FormatIsoDate(o.peildatum)}}}};
  return result;
}

std::string TrendCsv(const domain::ThuiszitterOverzicht& o) {
  // RFC 4180: no field here holds a comma, quote or line break, so none is quoted.
  std::string csv = "maand,peildag,thuiszitters,nieuw,langerDanDrieMaanden\r\n";
  for (const auto& m : o.trend) {
    csv += fmt::format("{},{},{},{},{}\r\n", Maand(m.maand), domain::FormatIsoDate(m.peildag),
                       m.thuiszitters, m.nieuw, m.langer_dan_drie_maanden);
  }
  return csv;
}

void AddThuiszitterSchemas(json& schemas) {
  const json ref_links{{"$ref", "#/components/schemas/PaginaLinks"}};
  const json geheel{{"type", "integer"}};
  const json tekst{{"type", "string"}};
  const json dag{{"type", "string"}, {"format", "date"}};
  const json aantal_of_tekst{{"oneOf", json::array({geheel, tekst})},
                             {"description", "Aantal; landelijk 1 tot en met 4 als <5"}};
  const json signalen{
      {"type", "array"},
      {"items",
       {{"type", "string"}, {"enum", {"consulent", "bijna-drie-maanden", "drie-maanden"}}}}};
  schemas["Thuiszitter"] = {{"type", "object"},
                            {"required", {"leerling", "dagenThuis", "signalen"}},
                            {"properties",
                             {{"leerling", geheel},
                              {"leerlingNaam", tekst},
                              {"melding", geheel},
                              {"type", tekst},
                              {"swv", tekst},
                              {"gemeente", tekst},
                              {"startdatum", dag},
                              {"dagenThuis", geheel},
                              {"langerDanDrieMaanden", {{"type", "boolean"}}},
                              {"aanbodGedaan", {{"type", "boolean"}}},
                              {"signalen", signalen},
                              {"_links", {{"type", "object"}}}}}};
  schemas["ThuiszitterPagina"] = {
      {"type", "object"},
      {"required", {"_embedded", "_links", "page", "pageSize", "totaal", "peildatum"}},
      {"properties",
       {{"_embedded",
         {{"type", "object"},
          {"properties",
           {{"thuiszitters",
             {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Thuiszitter"}}}}}}}}},
        {"_links", ref_links},
        {"peildatum", dag},
        {"page", geheel},
        {"pageSize", geheel},
        {"totaal", geheel},
        {"aantalPaginas", geheel}}}};
  const json per_duizend{{"type", "object"},
                         {"nullable", true},
                         {"properties",
                          {{"thuiszitters", geheel},
                           {"leerlingen", geheel},
                           {"tiendenPerDuizend", geheel},
                           {"tekst", tekst}}}};
  const json trend{{"type", "array"},
                   {"items",
                    {{"type", "object"},
                     {"properties",
                      {{"maand", tekst},
                       {"peildag", dag},
                       {"thuiszitters", aantal_of_tekst},
                       {"nieuw", aantal_of_tekst},
                       {"langerDanDrieMaanden", aantal_of_tekst}}}}}};
  const json groepen{
      {"type", "array"},
      {"items",
       {{"type", "object"},
        {"properties", {{"groep", tekst}, {"geslacht", tekst}, {"aantal", aantal_of_tekst}}}}}};
  schemas["ThuiszitterOverzicht"] = {
      {"type", "object"},
      {"required", {"regio", "peildatum", "telling", "thuiszitters", "trend"}},
      {"properties",
       {{"regio", {{"type", "object"}}},
        {"peildatum", dag},
        {"telling", {{"$ref", "#/components/schemas/Thuiszittertelling"}}},
        {"thuiszitters",
         {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Thuiszitter"}}}}},
        {"trend", trend},
        {"leeftijdsgroepen", groepen},
        {"geslachten", groepen},
        {"tussendoelen", {{"type", "object"}, {"nullable", true}}},
        {"perDuizend", per_duizend},
        {"landelijkPerDuizend", per_duizend},
        {"vergelijking", {{"type", "string"}, {"nullable", true}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["ThuiszittersLandelijk"] = {
      {"type", "object"},
      {"required", {"peildatum", "telling", "samenwerkingsverbanden"}},
      {"properties",
       {{"peildatum", dag},
        {"telling", {{"type", "object"}}},
        {"leerlingen", geheel},
        {"perDuizend", per_duizend},
        {"trend", trend},
        {"leeftijdsgroepen", groepen},
        {"geslachten", groepen},
        {"samenwerkingsverbanden", {{"type", "array"}, {"items", {{"type", "object"}}}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["ThuiszitterTrendCsv"] = {
      {"type", "string"},
      {"description",
       "RFC 4180-CSV: maand,peildag,thuiszitters,nieuw,langerDanDrieMaanden; één regel per maand"}};
}

}  // namespace passend::web
