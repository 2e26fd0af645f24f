// API routes of the dekkend aanbod (issue 5 item 7; docs/placement.md "Dekkend aanbod"): the
// JSON and its download as CSV or XLSX.
#include <fmt/format.h>

#include "web/dekkend_aanbod_json.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

namespace {

const std::vector<QueryParam> kFilters{
    {"behoefte", "Eén ondersteuningsbehoefte (code uit /api/v1/ondersteuningsbehoeften)"},
    {"niveau", "Eén getoetst niveau: extra of specialistisch"},
    {"gemeente", "Eén gemeente van de regio (CBS-code, GM0344)"},
    {"alleenTekorten", "true: alleen regels met een tekort"}};

domain::Result<bool> ParseXlsx(std::string_view tekst) {
  if (tekst == "csv") return false;
  if (tekst == "xlsx") return true;
  return domain::Fail(domain::ErrorCode::kInvalid, "Kies het formaat: csv of xlsx.", "formaat");
}

}  // namespace

void StuurDekkendAanbod(const Services& services, const httplib::Request& req,
                        httplib::Response& res, const RequestContext& ctx,
                        const std::string& code) {
  auto xlsx = OptionalParam<bool>(req, "formaat", ParseXlsx);
  if (!Check(req, res, xlsx)) return;
  auto filter = LeesDekkendAanbodFilter(req);
  if (!Check(req, res, filter)) return;
  auto rapport = services.dekkend_aanbod->Lees(*ctx.principal, ctx.client, code, *filter);
  if (!Check(req, res, rapport)) return;
  const ExportTabel tabel = DekkendAanbodTabel(*rapport);
  const std::string naam = fmt::format("dekkend-aanbod-{}-{}", rapport->swv.code.str(),
                                       domain::FormatIsoDate(rapport->peildatum));
  if (!xlsx->value_or(false)) {
    res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}.csv\"", naam));
    res.set_content(AlsCsv(tabel), "text/csv; charset=utf-8");
    return;
  }
  auto bytes = AlsXlsx(tabel);
  if (!Check(req, res, bytes)) return;
  res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}.xlsx\"", naam));
  res.set_content(*bytes, kXlsxType);
}

void AddDekkendAanbodApi(Router& router, const Services& services) {
  if (services.dekkend_aanbod == nullptr) return;
  router.Add(Route{
      "GET", "/api/v1/samenwerkingsverbanden/{code}/dekkend-aanbod",
      app::Permission::kDekkendAanbodLezen,
      "Het dekkend aanbod van de regio: per ondersteuningsbehoefte × niveau × gemeente de vraag, "
      "de plaatsen, de afstand tot de dichtstbijzijnde aanbieder en de tekorten",
      kFilters, "DekkendAanbod",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto filter = LeesDekkendAanbodFilter(req);
        if (!Check(req, res, filter)) return;
        auto rapport =
            services.dekkend_aanbod->Lees(*ctx.principal, ctx.client, ctx.path.at("code"), *filter);
        if (!Check(req, res, rapport)) return;
        WriteJson(res, ToJson(*rapport, services.dekkend_aanbod->Taxonomie()));
      }});
  std::vector<QueryParam> export_params = kFilters;
  export_params.push_back({"formaat", "csv (standaard) of xlsx"});
  router.Add(Route{
      "GET", "/api/v1/samenwerkingsverbanden/{code}/dekkend-aanbod/export",
      app::Permission::kDekkendAanbodLezen,
      "Het dekkend aanbod als CSV of XLSX: één regel per behoefte × niveau × gemeente",
      export_params, "DekkendAanbodCsv",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        StuurDekkendAanbod(services, req, res, ctx, ctx.path.at("code"));
      }});
}

}  // namespace passend::web
