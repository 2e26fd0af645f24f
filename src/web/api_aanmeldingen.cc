// API routes for registrations (aanmeldingen) and the zorgplicht term.
#include <charconv>

#include "web/aanmelding_json.h"
#include "web/params.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

// A malformed id cannot exist: 404, like a registration outside the scope.
domain::Result<int64_t> ParseAanmeldingId(const std::string& text) {
  return ParseId(text, "Deze aanmelding is niet gevonden.");
}

domain::Result<app::AanmeldingFilter> ParseAanmeldingFilter(const httplib::Request& req) {
  app::AanmeldingFilter filter;
  PASSEND_ASSIGN_OR_RETURN(auto school, OptionalParam<domain::Vestigingscode>(
                                            req, "school", domain::Vestigingscode::Parse));
  PASSEND_ASSIGN_OR_RETURN(auto swv,
                           OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse));
  PASSEND_ASSIGN_OR_RETURN(filter.status, OptionalParam<domain::AanmeldingStatusSoort>(
                                              req, "status", domain::ParseAanmeldingStatus));
  PASSEND_ASSIGN_OR_RETURN(filter.due_before,
                           OptionalParam<domain::Date>(req, "dueBefore", domain::ParseIsoDate));
  if (school) filter.school = school->str();
  if (swv) filter.swv = swv->str();
  return filter;
}

}  // namespace

void AddAanmeldingenApi(Router& router, const Services& services) {
  router.Add(Route{
      "POST",
      "/api/v1/aanmeldingen",
      app::Permission::kAanmeldingenBeheren,
      "Registreer een aanmelding (schriftelijk of mondeling) voor een bestaande of nieuwe "
      "leerling; een schriftelijke aanmelding start de beslistermijn",
      {},
      "Aanmelding",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = ParseNieuweAanmelding(*body);
        if (!Check(req, res, nieuw)) return;
        auto inzicht = services.aanmeldingen.Registreer(*ctx.principal, ctx.client, *nieuw);
        if (!Check(req, res, inzicht)) return;
        res.set_header("Location",
                       "/api/v1/aanmeldingen/" + std::to_string(inzicht->overzicht.aanmelding.id));
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuweAanmelding"});

  router.Add(Route{
      "GET",
      "/api/v1/aanmeldingen",
      app::Permission::kAanmeldingenLezen,
      "Aanmeldingen binnen het bereik van het account, met status en dagen tot de uiterste "
      "beslisdatum",
      {{"school", "Vestigingscode, bijvoorbeeld 12AB00"},
       {"swv", "Code van het samenwerkingsverband"},
       {"status", "open, bijna-verlopen, verlopen, besloten of mondeling"},
       {"dueBefore", "Alleen open aanmeldingen met een uiterste beslisdatum vóór deze datum"},
       {"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "AanmeldingPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto filter = ParseAanmeldingFilter(req);
        if (!Check(req, res, filter)) return;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result = services.aanmeldingen.Lijst(*ctx.principal, ctx.client, *filter, *page);
        if (!Check(req, res, result)) return;
        const std::string base =
            BaseWithFilters(req, "/api/v1/aanmeldingen", {"school", "swv", "status", "dueBefore"});
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res, PageToJson(*result, "aanmeldingen", base));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/aanmeldingen/{id}",
      app::Permission::kAanmeldingenLezen,
      "Eén aanmelding met status, verlenging en besluit (404 ook buiten uw bereik)",
      {},
      "Aanmelding",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseAanmeldingId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto inzicht = services.aanmeldingen.Get(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/aanmeldingen/{id}/verlengingen",
      app::Permission::kAanmeldingenBeheren,
      "Verleng de beslistermijn eenmalig met ten hoogste 4 weken, met een reden voor de ouders",
      {},
      "Aanmelding",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseAanmeldingId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto verzoek = ParseVerlenging(*body);
        if (!Check(req, res, verzoek)) return;
        auto inzicht = services.aanmeldingen.Verleng(*ctx.principal, ctx.client, *id,
                                                     verzoek->weken, verzoek->reden);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      },
      CsrfCheck::kSessie,
      200,
      "Verlenging"});

  router.Add(Route{
      "POST",
      "/api/v1/aanmeldingen/{id}/besluiten",
      app::Permission::kAanmeldingenBeheren,
      "Leg het besluit op een aanmelding vast, met hoe de leerling is gehoord",
      {},
      "Aanmelding",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseAanmeldingId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto besluit = ParseBesluit(*body, services.aanmeldingen.Vandaag());
        if (!Check(req, res, besluit)) return;
        auto inzicht =
            services.aanmeldingen.Besluit(*ctx.principal, ctx.client, *id, std::move(*besluit));
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      },
      CsrfCheck::kSessie,
      200,
      "NieuwBesluit"});

  router.Add(Route{
      "GET",
      "/api/v1/aanmeldingen/{id}/tijdlijn",
      app::Permission::kAanmeldingenLezen,
      "Elke stap van een aanmelding uit het gebeurtenissenlog: wat, wie en wanneer",
      {},
      "AanmeldingTijdlijn",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseAanmeldingId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto events = services.aanmeldingen.Tijdlijn(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, events)) return;
        WriteJson(res, TijdlijnToJson(*id, *events));
      }});
}

}  // namespace passend::web
