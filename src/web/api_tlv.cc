// API routes for TLV requests and the TLV register (issue 7 items 2, 3 and 5; docs/tlv.md).
// clang-format off
// First: PageToJson (registry_json.h) finds ToJson(TlvInzicht) only when it is declared
// before the template (two-phase lookup; ADL looks in app::, not web::).
#include "web/tlv_json.h"
// clang-format on

#include "web/api_wijziging.h"
#include "web/params.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

// A malformed id cannot exist: 404, like a request outside the scope.
constexpr const char* kTlvNietGevonden = "Deze TLV-aanvraag is niet gevonden.";

domain::Result<int64_t> ParseTlvId(const std::string& text) {
  return ParseId(text, kTlvNietGevonden);
}

domain::Result<bool> ParseJaNee(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  return domain::Fail(domain::ErrorCode::kInvalid, "Gebruik true of false.");
}

domain::Result<app::TlvStatus> ParseTlvStatus(std::string_view text) {
  if (text == "open") return app::TlvStatus::kOpen;
  if (text == "compleet") return app::TlvStatus::kCompleet;
  if (text == "besloten") return app::TlvStatus::kBesloten;
  return domain::Fail(domain::ErrorCode::kInvalid, "Kies de status: open, compleet of besloten.");
}

}  // namespace

void AddTlvApi(Router& router, const Services& services) {
  router.Add(Route{
      "POST",
      "/api/v1/tlv-aanvragen",
      app::Permission::kTlvBeheren,
      "Vraag als school een toelaatbaarheidsverklaring (sbo, so of vso) aan voor een leerling "
      "die bij u staat ingeschreven; de commissie van het samenwerkingsverband van de school "
      "beslist",
      {},
      "TlvAanvraag",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = ParseNieuweTlvAanvraag(*body);
        if (!Check(req, res, nieuw)) return;
        auto inzicht = services.tlv.VraagAan(*ctx.principal, ctx.client, *nieuw);
        if (!Check(req, res, inzicht)) return;
        res.set_header("Location",
                       "/api/v1/tlv-aanvragen/" + std::to_string(inzicht->overzicht.aanvraag.id));
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuweTlvAanvraag"});

  router.Add(Route{
      "GET",
      "/api/v1/tlv-aanvragen",
      app::Permission::kTlvLezen,
      "TLV-aanvragen binnen het bereik van het account, met status, compleetheid en "
      "beslistermijn",
      {{"swv", "Code van het samenwerkingsverband"},
       {"status", "open (nog geen twee adviezen), compleet (bij de commissie) of besloten"},
       {"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "TlvAanvraagPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        app::TlvFilter filter;
        auto swv = OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse);
        if (!Check(req, res, swv)) return;
        if (*swv) filter.swv = (*swv)->str();
        auto status = OptionalParam<app::TlvStatus>(req, "status", ParseTlvStatus);
        if (!Check(req, res, status)) return;
        filter.status = *status;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result = services.tlv.Lijst(*ctx.principal, ctx.client, filter, *page);
        if (!Check(req, res, result)) return;
        const std::string base = BaseWithFilters(req, "/api/v1/tlv-aanvragen", {"swv", "status"});
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res, PageToJson(*result, "tlvAanvragen", base));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/tlv-aanvragen/{id}",
      app::Permission::kTlvLezen,
      "Eén TLV-aanvraag met adviezen, status, beslistermijn, besluit en bezwaar (404 ook "
      "buiten uw bereik)",
      {},
      "TlvAanvraag",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseTlvId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto inzicht = services.tlv.Get(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/tlv-aanvragen/{id}/adviezen",
      app::Permission::kTlvBeheren,
      "Voeg een deskundigenadvies toe; met twee adviezen, waarvan één van een orthopedagoog "
      "of psycholoog, is de aanvraag compleet",
      {},
      "TlvAanvraag",
      Wijziging(
          kTlvNietGevonden,
          [&services](const json& body) { return ParseTlvAdvies(body, services.tlv.Vandaag()); },
          [&services](const RequestContext& ctx, int64_t id, domain::Deskundigenadvies advies) {
            return services.tlv.VoegAdviesToe(*ctx.principal, ctx.client, id, std::move(advies));
          }),
      CsrfCheck::kSessie,
      200,
      "NieuwTlvAdvies"});

  router.Add(Route{
      "POST",
      "/api/v1/tlv-aanvragen/{id}/besluiten",
      app::Permission::kTlvBeheren,
      "Leg het besluit van de commissie vast (alleen het samenwerkingsverband van de aanvraag; "
      "een onvolledige aanvraag is 422); de ouders krijgen bericht",
      {},
      "TlvAanvraag",
      Wijziging(
          kTlvNietGevonden,
          [&services](const json& body) { return ParseTlvBesluit(body, services.tlv.Vandaag()); },
          [&services](const RequestContext& ctx, int64_t id, domain::TlvBesluit besluit) {
            return services.tlv.Beslis(*ctx.principal, ctx.client, id, std::move(besluit));
          }),
      CsrfCheck::kSessie,
      200,
      "NieuwTlvBesluit"});

  router.Add(Route{
      "POST",
      "/api/v1/tlv-aanvragen/{id}/bezwaren",
      app::Permission::kTlvBeheren,
      "Leg het bezwaar van de ouders tegen het besluit vast (binnen 6 weken; later is 422)",
      {},
      "TlvAanvraag",
      Wijziging(kTlvNietGevonden, ParseTlvBezwaar,
                [&services](const RequestContext& ctx, int64_t id, TlvBezwaarVerzoek verzoek) {
                  return services.tlv.DienBezwaarIn(
                      *ctx.principal, ctx.client, id,
                      verzoek.datum ? *verzoek.datum : services.tlv.Vandaag(),
                      std::move(verzoek.gronden));
                }),
      CsrfCheck::kSessie,
      200,
      "NieuwTlvBezwaar"});

  router.Add(Route{
      "POST",
      "/api/v1/tlv-aanvragen/{id}/bezwaren/afronding",
      app::Permission::kTlvBeheren,
      "Leg het advies van de Landelijke Bezwaarcommissie en de beslissing op bezwaar vast; de "
      "ouders krijgen bericht",
      {},
      "TlvAanvraag",
      Wijziging(
          kTlvNietGevonden,
          [&services](const json& body) {
            return ParseTlvBezwaarAfronding(body, services.tlv.Vandaag());
          },
          [&services](const RequestContext& ctx, int64_t id, app::TlvBezwaarAfronding afronding) {
            return services.tlv.RondBezwaarAf(*ctx.principal, ctx.client, id, std::move(afronding));
          }),
      CsrfCheck::kSessie,
      200,
      "TlvBezwaarAfronding"});

  router.Add(Route{
      "POST",
      "/api/v1/tlv-aanvragen/{id}/evaluaties",
      app::Permission::kTlvEvaluatieVragen,
      "Vraag als ouder een evaluatiemoment bij een TLV voor de hele schoolloopbaan (bij een "
      "andere TLV is 422)",
      {},
      "TlvAanvraag",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseTlvId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto inzicht = services.tlv.VraagEvaluatie(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      },
      CsrfCheck::kSessie,
      200});

  router.Add(Route{
      "GET",
      "/api/v1/tlvs",
      app::Permission::kTlvLezen,
      "Het TLV-register: toegekende TLV's binnen uw bereik per soort en categorie, die binnen 3 "
      "maanden aflopen, de telling op de teldatum (1 oktober) en het grensverkeer",
      {{"swv", "Code van het samenwerkingsverband (voor een samenwerkingsverband: het eigen)"},
       {"actief", "true: alleen actief op de peildatum; false: alleen niet actief", "boolean"},
       {"peildatum", "Datum JJJJ-MM-DD (standaard vandaag)"}},
      "TlvRegister",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto swv = OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse);
        if (!Check(req, res, swv)) return;
        auto actief = OptionalParam<bool>(req, "actief", ParseJaNee);
        if (!Check(req, res, actief)) return;
        auto peildatum = OptionalParam<domain::Date>(req, "peildatum", domain::ParseIsoDate);
        if (!Check(req, res, peildatum)) return;
        auto reg = services.tlv.Register(
            *ctx.principal, ctx.client,
            *swv ? std::optional<std::string>((*swv)->str()) : std::nullopt, *peildatum, *actief);
        if (!Check(req, res, reg)) return;
        WriteJson(res, ToJson(*reg));
      }});
}

}  // namespace passend::web
