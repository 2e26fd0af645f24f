// API routes of the placement round (issue 5 item 5; docs/placement.md): an SWV starts a round
// for the children awaiting a place, reads its rounds, edits lines, and confirms or discards.
#include "app/plaatsingsronde_service.h"
#include "web/params.h"
#include "web/plaatsingsronde_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

constexpr char kRondeNietGevonden[] = "Deze plaatsingsronde is niet gevonden.";

// A round closed by `bevestigen` (confirm) or not (discard).
Handler Afsluiting(const Services& services, bool bevestigen) {
  return [&services, bevestigen](const httplib::Request& req, httplib::Response& res,
                                 const RequestContext& ctx) {
    auto id = ParseId(ctx.path.at("id"), kRondeNietGevonden);
    if (!Check(req, res, id)) return;
    auto body = JsonBody(req);
    if (!Check(req, res, body)) return;
    auto toelichting = ParseAfsluiting(*body);
    if (!Check(req, res, toelichting)) return;
    auto ronde = services.plaatsingsrondes->Sluit(*ctx.principal, ctx.client, ctx.path.at("code"),
                                                  *id, bevestigen, *toelichting);
    if (!Check(req, res, ronde)) return;
    WriteJson(res, ToJson(*ronde));
  };
}

}  // namespace

void AddPlaatsingsrondeApi(Router& router, const Services& services) {
  if (services.plaatsingsrondes == nullptr) return;
  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/plaatsingsrondes",
      app::Permission::kPlaatsingsrondeBeheren,
      "Start een plaatsingsronde voor de kinderen die op een plaats wachten: minimale kosten "
      "(afstand en tekort) of voorkeur (uitgestelde acceptatie met loting); het resultaat is "
      "een voorstel, er wordt niemand geplaatst",
      {},
      "Plaatsingsronde",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = ParseNieuweRonde(*body);
        if (!Check(req, res, nieuw)) return;
        const std::string swv = ctx.path.at("code");
        auto ronde = services.plaatsingsrondes->Start(*ctx.principal, ctx.client, swv, *nieuw);
        if (!Check(req, res, ronde)) return;
        res.set_header("Location", RondeHref(swv, ronde->ronde.id));
        WriteJson(res, ToJson(*ronde), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuwePlaatsingsronde"});
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/plaatsingsrondes",
      app::Permission::kPlaatsingsrondeLezen,
      "De plaatsingsrondes van het samenwerkingsverband, nieuwste eerst, met hun stand en "
      "aantallen (zonder namen)",
      {},
      "PlaatsingsrondeLijst",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto lijst = services.plaatsingsrondes->Lijst(*ctx.principal, ctx.path.at("code"));
        if (!Check(req, res, lijst)) return;
        WriteJson(res, ToJson(*lijst));
      }});
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/plaatsingsrondes/{id}",
      app::Permission::kPlaatsingsrondeLezen,
      "Eén plaatsingsronde met per kind het voorstel (school, afstand) of waarom niet; het "
      "lezen wordt vastgelegd in het auditlog",
      {},
      "Plaatsingsronde",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseId(ctx.path.at("id"), kRondeNietGevonden);
        if (!Check(req, res, id)) return;
        auto ronde =
            services.plaatsingsrondes->Ronde(*ctx.principal, ctx.client, ctx.path.at("code"), *id);
        if (!Check(req, res, ronde)) return;
        WriteJson(res, ToJson(*ronde));
      }});
  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/plaatsingsrondes/{id}/wijzigingen",
      app::Permission::kPlaatsingsrondeBeheren,
      "Wijzig het voorstel voor één kind: een andere school in de regio (met waarschuwingen "
      "over plaatsen en afstand) of niet geplaatst om te escaleren, met een reden",
      {},
      "PlaatsingsrondeRegel",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseId(ctx.path.at("id"), kRondeNietGevonden);
        if (!Check(req, res, id)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto wijziging = ParseRondeWijziging(*body);
        if (!Check(req, res, wijziging)) return;
        auto regel = services.plaatsingsrondes->Wijzig(*ctx.principal, ctx.client,
                                                       ctx.path.at("code"), *id, *wijziging);
        if (!Check(req, res, regel)) return;
        WriteJson(res, ToJson(*regel), 201);
      },
      CsrfCheck::kSessie,
      201,
      "PlaatsingsvoorstelWijziging"});
  router.Add(Route{"POST",
                   "/api/v1/samenwerkingsverbanden/{code}/plaatsingsrondes/{id}/bevestiging",
                   app::Permission::kPlaatsingsrondeBeheren,
                   "Bevestig de voorstellen van de ronde: de ouders krijgen bericht; de school "
                   "van de aanmelding beslist zelf, er wordt niemand ingeschreven",
                   {},
                   "Plaatsingsronde",
                   Afsluiting(services, true),
                   CsrfCheck::kSessie,
                   200,
                   "PlaatsingsrondeAfsluiting"});
  router.Add(
      Route{"POST",
            "/api/v1/samenwerkingsverbanden/{code}/plaatsingsrondes/{id}/verwerping",
            app::Permission::kPlaatsingsrondeBeheren,
            "Verwerp de ronde: er verandert niets, de kinderen wachten op een volgende ronde",
            {},
            "Plaatsingsronde",
            Afsluiting(services, false),
            CsrfCheck::kSessie,
            200,
            "PlaatsingsrondeAfsluiting"});
}

}  // namespace passend::web
