// API routes for disputes (geschillen) and the SWVs' settings (ladder, meldingsplicht,
// centraal aanmeldpunt, steunpunt).
#include "web/geschil_json.h"
#include "web/params.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

namespace {

domain::Result<int64_t> ParseGeschilId(const std::string& text) {
  return ParseId(text, "Dit geschil is niet gevonden.");
}

// A malformed SWV code cannot exist: 404, as for any unknown resource.
domain::Result<domain::SwvCode> ParseSwvPad(const std::string& text) {
  auto code = domain::SwvCode::Parse(text);
  if (!code) {
    return domain::Fail(domain::ErrorCode::kNotFound,
                        "Er is geen samenwerkingsverband met deze code. Een code ziet eruit als "
                        "PO2001 of VO2001.");
  }
  return *code;
}

domain::Result<app::GeschilFilter> ParseGeschilFilter(const httplib::Request& req) {
  app::GeschilFilter filter;
  PASSEND_ASSIGN_OR_RETURN(filter.aanmelding,
                           OptionalParam<int64_t>(req, "aanmelding", [](std::string_view text) {
                             return ParseId(std::string(text), "Deze aanmelding is niet gevonden.");
                           }));
  PASSEND_ASSIGN_OR_RETURN(
      filter.lopend,
      OptionalParam<bool>(req, "lopend", [](std::string_view text) -> domain::Result<bool> {
        if (text == "true") return true;
        if (text == "false") return false;
        return domain::Fail(domain::ErrorCode::kInvalid, "lopend is true of false.", "lopend");
      }));
  return filter;
}

}  // namespace

void AddGeschillenApi(Router& router, const Services& services) {
  router.Add(Route{
      "POST",
      "/api/v1/geschillen",
      app::Permission::kGeschillenBeheren,
      "Open een geschil over toelating, verwijdering of het OPP, op de escalatieladder van het "
      "samenwerkingsverband",
      {},
      "Geschil",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = ParseNieuwGeschil(*body);
        if (!Check(req, res, nieuw)) return;
        auto inzicht = services.geschillen.Open(*ctx.principal, ctx.client, *nieuw);
        if (!Check(req, res, inzicht)) return;
        res.set_header("Location",
                       "/api/v1/geschillen/" + std::to_string(inzicht->overzicht.geschil.id));
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuwGeschil"});

  router.Add(Route{
      "GET",
      "/api/v1/geschillen",
      app::Permission::kGeschillenLezen,
      "Geschillen binnen het bereik van het account, nieuwste eerst",
      {{"aanmelding", "Alleen geschillen over deze aanmelding (id)", "integer"},
       {"lopend", "true: alleen lopende geschillen; false: alleen afgeronde", "boolean"},
       {"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "GeschilPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto filter = ParseGeschilFilter(req);
        if (!Check(req, res, filter)) return;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result = services.geschillen.Lijst(*ctx.principal, ctx.client, *filter, *page);
        if (!Check(req, res, result)) return;
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res,
                  PageToJson(*result, "geschillen",
                             BaseWithFilters(req, "/api/v1/geschillen", {"aanmelding", "lopend"})));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/geschillen/{id}",
      app::Permission::kGeschillenLezen,
      "Eén geschil met zijn stappen, termijnen, de volgende stap en het steunpunt (404 ook "
      "buiten uw bereik)",
      {},
      "Geschil",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseGeschilId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto inzicht = services.geschillen.Get(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/geschillen/{id}/stappen",
      app::Permission::kGeschillenBeheren,
      "Start de volgende stap op de escalatieladder (alleen omhoog; de stap bij de "
      "Geschillencommissie binnen 6 weken na het besluit)",
      {},
      "Geschil",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseGeschilId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto stap = ParseNieuweStap(*body, services.geschillen.Vandaag());
        if (!Check(req, res, stap)) return;
        auto inzicht = services.geschillen.StartStap(*ctx.principal, ctx.client, *id, *stap);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuweStap"});

  router.Add(Route{
      "POST",
      "/api/v1/geschillen/{id}/stappen/{volgnummer}/afronding",
      app::Permission::kGeschillenBeheren,
      "Rond de huidige stap af met de uitkomst",
      {},
      "Geschil",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseGeschilId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto volgnummer = ParseId(ctx.path.at("volgnummer"), "Deze stap is niet gevonden.");
        if (!Check(req, res, volgnummer)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto afronding = ParseAfronding(*body, services.geschillen.Vandaag());
        if (!Check(req, res, afronding)) return;
        auto inzicht = services.geschillen.RondAf(*ctx.principal, ctx.client, *id,
                                                  static_cast<int>(*volgnummer), *afronding);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      },
      CsrfCheck::kSessie,
      200,
      "StapAfronding"});

  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/instellingen",
      app::Permission::kPubliek,
      "De instellingen van een samenwerkingsverband: meldingsplicht, centraal aanmeldpunt, "
      "escalatieladder en ouder- en jeugdsteunpunt",
      {},
      "SwvInstellingen",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto code = ParseSwvPad(ctx.path.at("code"));
        if (!Check(req, res, code)) return;
        auto instellingen = services.instellingen.Get(*code);
        if (!Check(req, res, instellingen)) return;
        WriteJson(res, ToJson(*instellingen));
      }});

  router.Add(Route{
      "PUT",
      "/api/v1/samenwerkingsverbanden/{code}/instellingen",
      app::Permission::kInstellingenBeheren,
      "Vervang de instellingen van het eigen samenwerkingsverband",
      {},
      "SwvInstellingen",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto code = ParseSwvPad(ctx.path.at("code"));
        if (!Check(req, res, code)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto instellingen = ParseSwvInstellingen(*body);
        if (!Check(req, res, instellingen)) return;
        auto result =
            services.instellingen.Wijzig(*ctx.principal, ctx.client, *code, *instellingen);
        if (!Check(req, res, result)) return;
        WriteJson(res, ToJson(*result));
      },
      CsrfCheck::kSessie,
      200,
      "SwvInstellingen"});
}

}  // namespace passend::web
