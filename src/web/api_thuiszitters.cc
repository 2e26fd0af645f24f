// API routes of the thuiszitters views (issue 6 item 5; docs/verzuim.md "Views"): the current
// thuiszitters in scope, the overview of an SWV or a municipality, its trend as CSV, and the
// national aggregate with small numbers suppressed.
// clang-format off
// First: PageToJson (registry_json.h) finds ToJson(ThuiszitterItem) only when it is declared
// before the template (two-phase lookup; ADL looks in app::, not web::).
#include "web/thuiszitters_json.h"
// clang-format on

#include "web/params.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

namespace {

using nlohmann::json;

domain::Result<std::optional<domain::Date>> PeildatumParam(const httplib::Request& req) {
  return OptionalParam<domain::Date>(req, "peildatum", domain::ParseIsoDate);
}

const QueryParam kPeildatum{"peildatum",
                            "De dag waarop geteld wordt (JJJJ-MM-DD); standaard vandaag", "string"};

// The overview of one region, as JSON or as the trend's CSV.
enum class Vorm { kJson, kCsv };

template <typename Call>
Handler RegioHandler(Call call, Vorm vorm) {
  return
      [call, vorm](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto peildatum = PeildatumParam(req);
        if (!Check(req, res, peildatum)) return;
        auto overzicht = call(ctx, ctx.path.at("code"), *peildatum,
                              vorm == Vorm::kJson ? app::MetLijst::kJa : app::MetLijst::kNee);
        if (!Check(req, res, overzicht)) return;
        if (vorm == Vorm::kJson) {
          WriteJson(res, ToJson(*overzicht));
          return;
        }
        res.set_header("Content-Disposition",
                       "attachment; filename=\"thuiszitters-trend-" + overzicht->regio.code + "-" +
                           domain::FormatIsoDate(overzicht->overzicht.peildatum) + ".csv\"");
        res.set_content(TrendCsv(overzicht->overzicht), "text/csv; charset=utf-8");
      };
}

}  // namespace

void AddThuiszittersApi(Router& router, const Services& services) {
  router.Add(Route{
      "GET",
      "/api/v1/thuiszitters",
      app::Permission::kVerzuimLezen,
      "De thuiszitters binnen uw bereik op de peildatum, langst thuis eerst, met dagen thuis "
      "en signalen",
      {{"swv", "Code van het samenwerkingsverband"},
       {"gemeente", "Gemeentecode (leerplicht), bijvoorbeeld GM0363"},
       kPeildatum,
       {"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "ThuiszitterPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        app::ThuiszitterFilter filter;
        auto swv = OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse);
        if (!Check(req, res, swv)) return;
        auto gemeente =
            OptionalParam<domain::GemeenteCode>(req, "gemeente", domain::GemeenteCode::Parse);
        if (!Check(req, res, gemeente)) return;
        auto peildatum = PeildatumParam(req);
        if (!Check(req, res, peildatum)) return;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        if (*swv) filter.swv = (*swv)->str();
        if (*gemeente) filter.gemeente = (*gemeente)->str();
        filter.peildatum = *peildatum;
        auto lijst = services.thuiszitters.Lijst(*ctx.principal, ctx.client, filter, *page);
        if (!Check(req, res, lijst)) return;
        const std::string base =
            BaseWithFilters(req, "/api/v1/thuiszitters", {"swv", "gemeente", "peildatum"});
        res.set_header("X-Total-Count", std::to_string(lijst->pagina.total));
        json body = PageToJson(lijst->pagina, "thuiszitters", base);
        body["peildatum"] = domain::FormatIsoDate(lijst->peildatum);
        WriteJson(res, body);
      }});

  router.Add(Route{
      "GET",
      "/api/v1/thuiszitters/landelijk",
      app::Permission::kStatistiekLezen,
      "Landelijke thuiszitterscijfers per samenwerkingsverband en in totaal, met de trend, "
      "leeftijd en geslacht; aantallen 1 tot en met 4 als <5",
      {kPeildatum},
      "ThuiszittersLandelijk",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto peildatum = PeildatumParam(req);
        if (!Check(req, res, peildatum)) return;
        auto landelijk = services.thuiszitters.Landelijk(*ctx.principal, *peildatum);
        if (!Check(req, res, landelijk)) return;
        WriteJson(res, ToJson(*landelijk));
      }});

  auto swv = [&services](const RequestContext& ctx, const std::string& code,
                         std::optional<domain::Date> peildatum, app::MetLijst lijst) {
    return services.thuiszitters.VanSwv(*ctx.principal, ctx.client, code, peildatum, lijst);
  };
  auto gemeente = [&services](const RequestContext& ctx, const std::string& code,
                              std::optional<domain::Date> peildatum, app::MetLijst lijst) {
    return services.thuiszitters.VanGemeente(*ctx.principal, ctx.client, code, peildatum, lijst);
  };
  router.Add(Route{"GET",
                   "/api/v1/samenwerkingsverbanden/{code}/thuiszitters/overzicht",
                   app::Permission::kVerzuimLezen,
                   "Het thuiszittersoverzicht van het eigen samenwerkingsverband: huidige "
                   "thuiszitters, trend per maand, leeftijd en geslacht, tussendoelen en per "
                   "1.000 leerlingen tegen het landelijke cijfer",
                   {kPeildatum},
                   "ThuiszitterOverzicht",
                   RegioHandler(swv, Vorm::kJson)});
  router.Add(Route{"GET",
                   "/api/v1/samenwerkingsverbanden/{code}/thuiszitters/trend",
                   app::Permission::kVerzuimLezen,
                   "De trend per maand van het eigen samenwerkingsverband als CSV",
                   {kPeildatum},
                   "ThuiszitterTrendCsv",
                   RegioHandler(swv, Vorm::kCsv)});
  router.Add(Route{"GET",
                   "/api/v1/gemeenten/{code}/thuiszitters/overzicht",
                   app::Permission::kVerzuimLezen,
                   "Het thuiszittersoverzicht van de eigen gemeente (de meldingen van haar "
                   "leerplicht)",
                   {kPeildatum},
                   "ThuiszitterOverzicht",
                   RegioHandler(gemeente, Vorm::kJson)});
  router.Add(Route{"GET",
                   "/api/v1/gemeenten/{code}/thuiszitters/trend",
                   app::Permission::kVerzuimLezen,
                   "De trend per maand van de eigen gemeente als CSV",
                   {kPeildatum},
                   "ThuiszitterTrendCsv",
                   RegioHandler(gemeente, Vorm::kCsv)});
}

}  // namespace passend::web
