// API routes for student data: scoped lists, files, BSN search and the audit trail.
#include <charconv>

#include "web/leerling_json.h"
#include "web/params.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

domain::Result<domain::LeerlingId> ParseLeerlingId(const std::string& text) {
  PASSEND_ASSIGN_OR_RETURN(int64_t value, ParseId(text, "Deze leerling is niet gevonden."));
  return domain::LeerlingId{value};
}

domain::Result<app::LeerlingFilter> ParseLeerlingFilter(const httplib::Request& req) {
  app::LeerlingFilter filter;
  PASSEND_ASSIGN_OR_RETURN(auto school, OptionalParam<domain::Vestigingscode>(
                                            req, "school", domain::Vestigingscode::Parse));
  PASSEND_ASSIGN_OR_RETURN(auto swv,
                           OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse));
  PASSEND_ASSIGN_OR_RETURN(auto gemeente, OptionalParam<domain::GemeenteCode>(
                                              req, "gemeente", domain::GemeenteCode::Parse));
  if (school) filter.school = school->str();
  if (swv) filter.swv = swv->str();
  if (gemeente) filter.gemeente = gemeente->str();
  filter.naam = QueryValue(req, "naam").value_or("");
  if (filter.naam.size() > 100) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Zoek op hoogstens 100 tekens.", "naam");
  }
  return filter;
}

void AddLeerlingenApi(Router& router, const Services& services) {
  router.Add(Route{
      "GET",
      "/api/v1/leerlingen",
      app::Permission::kLeerlingenLezen,
      "Leerlingen binnen het bereik van het account (school, bestuur, samenwerkingsverband, "
      "gemeente of eigen kind)",
      {{"school", "Vestigingscode, bijvoorbeeld 12AB00"},
       {"swv", "Code van het samenwerkingsverband"},
       {"gemeente", "CBS-gemeentecode van de woongemeente"},
       {"naam", "Deel van voor- of achternaam"},
       {"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "LeerlingPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto filter = ParseLeerlingFilter(req);
        if (!Check(req, res, filter)) return;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result = services.leerlingen.Lijst(*ctx.principal, ctx.client, *filter, *page);
        if (!Check(req, res, result)) return;
        const std::string base =
            BaseWithFilters(req, "/api/v1/leerlingen", {"school", "swv", "gemeente", "naam"});
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res, PageToJson(*result, "leerlingen", base));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/leerlingen/{id}",
      app::Permission::kLeerlingenLezen,
      "Het dossier van één leerling (404 ook als de leerling buiten uw bereik valt)",
      {},
      "Leerling",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseLeerlingId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto inzicht = services.leerlingen.Dossier(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/leerlingen/zoeken",
      app::Permission::kLeerlingenLezen,
      "Zoek een leerling op BSN (in de body, nooit in de URL)",
      {},
      "LeerlingVerwijzing",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        json body = json::parse(req.body, nullptr, false);
        const bool has_bsn = body.is_object() && body.contains("bsn") && body["bsn"].is_string();
        auto bsn = has_bsn ? domain::Bsn::Parse(body["bsn"].get<std::string>())
                           : domain::Result<domain::Bsn>(std::unexpected(domain::Error{
                                 domain::ErrorCode::kInvalid, "Stuur {\"bsn\": \"...\"}.", ""}));
        if (!bsn) {
          WriteProblem(req, res,
                       domain::Error{domain::ErrorCode::kInvalid, bsn.error().message, "bsn"},
                       true);
          return;
        }
        auto id = services.leerlingen.ZoekOpBsn(*ctx.principal, ctx.client, *bsn);
        if (!Check(req, res, id)) return;
        const std::string href = "/api/v1/leerlingen/" + std::to_string(id->value);
        WriteJson(res, json{{"id", id->value}, {"_links", {{"leerling", {{"href", href}}}}}});
      }});

  router.Add(Route{
      "GET",
      "/api/v1/audit",
      app::Permission::kAuditLezen,
      "Wie de gegevens van een leerling heeft ingezien of gewijzigd (voor het "
      "samenwerkingsverband en de ouder)",
      {{"leerling", "Id van de leerling (verplicht)", "integer"}},
      "AuditLijst",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto value = QueryValue(req, "leerling");
        if (!value) {
          WriteProblem(
              req, res,
              domain::Error{domain::ErrorCode::kInvalid, "Geef ?leerling=ID op.", "leerling"},
              true);
          return;
        }
        auto id = ParseLeerlingId(*value);
        if (!Check(req, res, id)) return;
        auto entries = services.leerlingen.Audit(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, entries)) return;
        json items = json::array();
        for (const auto& entry : *entries) items.push_back(ToJson(entry));
        // The newest 1,000 entries; `aantal` counts what this answer holds.
        WriteJson(res, json{{"_embedded", {{"audit", items}}},
                            {"aantal", items.size()},
                            {"maximum", app::kAuditMaximum}});
      }});
}

}  // namespace passend::web
