#include <nlohmann/json.hpp>

#include "web/params.h"
#include "web/problem.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

void AddRegistryApi(Router& router, const Services& services) {
  const std::vector<QueryParam> paging{
      {"page", "Paginanummer, vanaf 1", "integer"},
      {"pageSize", "Aantal per pagina, 1 tot en met 1000 (standaard 100)", "integer"}};

  router.Add(Route{
      "GET", "/api/v1/samenwerkingsverbanden", app::Permission::kPubliek,
      "Alle samenwerkingsverbanden passend onderwijs", paging, "SamenwerkingsverbandPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext&) {
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result = services.publiek.Samenwerkingsverbanden(*page);
        if (!Check(req, res, result)) return;
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res,
                  PageToJson(*result, "samenwerkingsverbanden", "/api/v1/samenwerkingsverbanden"));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}",
      app::Permission::kPubliek,
      "Eén samenwerkingsverband met zijn gemeenten en aantallen",
      {},
      "Samenwerkingsverband",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto code = domain::SwvCode::Parse(ctx.path.at("code"));
        if (!code) {
          // A malformed code cannot exist: 404, as for any unknown resource.
          WriteProblem(req, res,
                       domain::Error{domain::ErrorCode::kNotFound,
                                     "Er is geen samenwerkingsverband met deze code. Een code "
                                     "ziet eruit als PO2001 of VO2001.",
                                     ""},
                       true);
          return;
        }
        auto result = services.publiek.Samenwerkingsverband(*code);
        if (!Check(req, res, result)) return;
        WriteJson(res, ToJson(*result));
      }});

  std::vector<QueryParam> school_params{
      {"swv", "Code van het samenwerkingsverband, bijvoorbeeld PO2001"},
      {"type", "Soort school: bao, sbo, so, vso, vo of pro"},
      {"gemeente", "CBS-gemeentecode, bijvoorbeeld GM0363"},
      {"ondersteuning",
       "Schoolzoeker: behoeften met minimumniveau, bijvoorbeeld gedrag:extra,zien (zonder niveau: "
       "extra); codes in /api/v1/ondersteuningsbehoeften"},
      {"nabij", "Schoolzoeker: postcode (1234 AB of 1234); sorteert op afstand hemelsbreed"},
      {"max", "Schoolzoeker: grootste afstand in km vanaf nabij", "integer"}};
  school_params.insert(school_params.end(), paging.begin(), paging.end());
  router.Add(Route{
      "GET", "/api/v1/scholen", app::Permission::kPubliek,
      "Schoolvestigingen, te filteren op samenwerkingsverband, soort en gemeente", school_params,
      "SchoolPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext&) {
        // Issue 5 item 2: with support needs or a postcode this is the school finder.
        if (QueryValue(req, "ondersteuning") || QueryValue(req, "nabij") ||
            QueryValue(req, "max")) {
          ZoekScholenApi(services, req, res);
          return;
        }
        app::SchoolFilter filter;
        auto swv = OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse);
        if (!Check(req, res, swv)) return;
        auto soort = OptionalParam<domain::SchoolSoort>(req, "type", domain::ParseSchoolSoort);
        if (!Check(req, res, soort)) return;
        auto gemeente =
            OptionalParam<domain::GemeenteCode>(req, "gemeente", domain::GemeenteCode::Parse);
        if (!Check(req, res, gemeente)) return;
        filter.swv = *swv;
        filter.soort = *soort;
        filter.gemeente = *gemeente;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result = services.publiek.Scholen(filter, *page);
        if (!Check(req, res, result)) return;
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res,
                  PageToJson(*result, "scholen",
                             BaseWithFilters(req, "/api/v1/scholen", {"swv", "type", "gemeente"})));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/scholen/{code}",
      app::Permission::kPubliek,
      "Eén schoolvestiging (BRIN en vestigingsnummer, bijvoorbeeld 12AB00)",
      {},
      "School",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto code = domain::Vestigingscode::Parse(ctx.path.at("code"));
        if (!code) {
          WriteProblem(req, res,
                       domain::Error{domain::ErrorCode::kNotFound,
                                     "Er is geen schoolvestiging met deze code. Een code bestaat "
                                     "uit BRIN en vestigingsnummer, bijvoorbeeld 12AB00.",
                                     ""},
                       true);
          return;
        }
        auto result = services.publiek.School(*code);
        if (!Check(req, res, result)) return;
        WriteJson(res, ToJson(*result));
      }});
}

}  // namespace passend::web
