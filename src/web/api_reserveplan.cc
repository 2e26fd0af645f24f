// API routes of reserve plans, objections and the multi-year budget (issue 8 items 5 and 6;
// docs/geld.md): the SWV records its plan, the OPR's consent and internal supervision's
// approval, its objections and its budget; the ministry decides on objections; national roles
// read the aggregates. Registered only when services.reserveplannen is set.
#include "web/params.h"
#include "web/reserveplan_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

std::string Basis(const std::string& swv) { return "/api/v1/samenwerkingsverbanden/" + swv; }

// A plan decision route: `orgaan` decides on version {id}.
Handler BesluitRoute(app::ReserveplanService& plannen, domain::PlanOrgaan orgaan) {
  return [&plannen, orgaan](const httplib::Request& req, httplib::Response& res,
                            const RequestContext& ctx) {
    auto id = ParseId(ctx.path.at("id"), "Dit bestedingsplan is niet gevonden.");
    if (!Check(req, res, id)) return;
    auto body = JsonBody(req);
    if (!Check(req, res, body)) return;
    auto besluit = ParsePlanBesluit(*body, orgaan);
    if (!Check(req, res, besluit)) return;
    const std::string swv = ctx.path.at("code");
    auto plan = plannen.LegBesluitVast(*ctx.principal, ctx.client, swv, *id, *besluit);
    if (!Check(req, res, plan)) return;
    res.set_header("Location", Basis(swv) + "/reserveplannen/" + std::to_string(*id));
    WriteJson(res, ToJson(*plan), 201);
  };
}

}  // namespace

void AddReserveplanApi(Router& router, const Services& services) {
  if (!services.reserveplannen) return;
  app::ReserveplanService& plannen = *services.reserveplannen;
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/reserveplannen",
      app::Permission::kGeldLezen,
      "De bestedingsplannen van het samenwerkingsverband per jaarrekening boven de "
      "signaleringswaarde, met instemming, goedkeuring, bezwaren en of er budget is ingehouden",
      {},
      "ReserveOverzicht",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto overzicht = plannen.Overzicht(*ctx.principal, ctx.path.at("code"));
        if (!Check(req, res, overzicht)) return;
        WriteJson(res, ToJson(*overzicht));
      }});
  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/reserveplannen",
      app::Permission::kGeldBeheren,
      "Leg (een nieuwe versie van) het bestedingsplan vast voor de reserve boven de "
      "signaleringswaarde in een jaarrekening: bedragen per jaar (eurocent) en doelen, samen "
      "ten minste die reserve",
      {},
      "Reserveplan",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto plan = ParseBestedingsplan(*body);
        if (!Check(req, res, plan)) return;
        const std::string swv = ctx.path.at("code");
        auto versie = plannen.LegPlanVast(*ctx.principal, ctx.client, swv, *plan);
        if (!Check(req, res, versie)) return;
        res.set_header("Location",
                       Basis(swv) + "/reserveplannen/" + std::to_string(versie->record.id));
        WriteJson(res, ToJson(*versie), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuwReserveplan"});
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/reserveplannen/{id}",
      app::Permission::kGeldLezen,
      "Eén versie van een bestedingsplan met regels, besluiten en stand",
      {},
      "Reserveplan",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseId(ctx.path.at("id"), "Dit bestedingsplan is niet gevonden.");
        if (!Check(req, res, id)) return;
        auto plan = plannen.Plan(*ctx.principal, ctx.path.at("code"), *id);
        if (!Check(req, res, plan)) return;
        WriteJson(res, ToJson(*plan));
      }});
  router.Add(Route{"POST",
                   "/api/v1/samenwerkingsverbanden/{code}/reserveplannen/{id}/instemming",
                   app::Permission::kGeldBeheren,
                   "Leg de instemming van de ondersteuningsplanraad met het plan vast (gegeven "
                   "of geweigerd, met datum); een weigering stuurt het plan terug",
                   {},
                   "Reserveplan",
                   BesluitRoute(plannen, domain::PlanOrgaan::kOpr),
                   CsrfCheck::kSessie,
                   201,
                   "PlanInstemming"});
  router.Add(Route{"POST",
                   "/api/v1/samenwerkingsverbanden/{code}/reserveplannen/{id}/goedkeuring",
                   app::Permission::kGeldBeheren,
                   "Leg de goedkeuring van het intern toezicht vast (goedgekeurd of afgekeurd, "
                   "met datum), nadat de OPR heeft ingestemd",
                   {},
                   "Reserveplan",
                   BesluitRoute(plannen, domain::PlanOrgaan::kInternToezicht),
                   CsrfCheck::kSessie,
                   201,
                   "PlanGoedkeuring"});
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/bezwaren-reserve",
      app::Permission::kGeldLezen,
      "De bezwaren van het samenwerkingsverband tegen de cijfers of de inhouding, met de "
      "beslissing",
      {},
      "ReservebezwaarLijst",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto lijst = plannen.Bezwaren(*ctx.principal, ctx.path.at("code"));
        if (!Check(req, res, lijst)) return;
        json items = json::array();
        for (const auto& b : *lijst) items.push_back(ToJson(b));
        WriteJson(res, json{{"bezwaren", items}});
      }});
  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/bezwaren-reserve",
      app::Permission::kGeldBeheren,
      "Dien bezwaar in tegen de cijfers van een jaarrekening of de inhouding van budget, met "
      "inhoudelijke argumenten",
      {},
      "Reservebezwaar",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto bezwaar = ParseReservebezwaar(*body);
        if (!Check(req, res, bezwaar)) return;
        const std::string swv = ctx.path.at("code");
        auto record = plannen.DienBezwaarIn(*ctx.principal, ctx.client, swv, *bezwaar);
        if (!Check(req, res, record)) return;
        res.set_header("Location", Basis(swv) + "/bezwaren-reserve");
        WriteJson(res, ToJson(*record), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuwReservebezwaar"});
  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/bezwaren-reserve/{id}/uitspraak",
      app::Permission::kReserveBezwaarBeslissen,
      "Leg de beslissing op een bezwaar vast (gegrond of ongegrond, met motivering en datum); "
      "een gegrond bezwaar heft een inhouding op",
      {},
      "Reservebezwaar",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseId(ctx.path.at("id"), "Dit bezwaar is niet gevonden.");
        if (!Check(req, res, id)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto uitspraak = ParseBezwaarUitspraak(*body);
        if (!Check(req, res, uitspraak)) return;
        const std::string swv = ctx.path.at("code");
        auto record = plannen.BeslisBezwaar(*ctx.principal, ctx.client, swv, *id, *uitspraak);
        if (!Check(req, res, record)) return;
        res.set_header("Location", Basis(swv) + "/bezwaren-reserve");
        WriteJson(res, ToJson(*record), 201);
      },
      CsrfCheck::kSessie,
      201,
      "BezwaarUitspraak"});
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/meerjarenbegrotingen",
      app::Permission::kGeldLezen,
      "De versies van de meerjarenbegroting (nieuwste eerst) met baten en lasten per jaar en de "
      "instemming van de OPR",
      {},
      "MeerjarenbegrotingLijst",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto lijst = plannen.Begrotingen(*ctx.principal, ctx.path.at("code"));
        if (!Check(req, res, lijst)) return;
        json items = json::array();
        for (const auto& b : *lijst) items.push_back(ToJson(b));
        WriteJson(res, json{{"meerjarenbegrotingen", items}});
      }});
  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/meerjarenbegrotingen",
      app::Permission::kGeldBeheren,
      "Leg een nieuwe versie van de meerjarenbegroting vast: baten en lasten per jaar en doel "
      "(eurocent), voor ten minste de komende jaren",
      {},
      "Meerjarenbegroting",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto begroting = ParseMeerjarenbegroting(*body);
        if (!Check(req, res, begroting)) return;
        const std::string swv = ctx.path.at("code");
        auto inzicht = plannen.LegBegrotingVast(*ctx.principal, ctx.client, swv, *begroting);
        if (!Check(req, res, inzicht)) return;
        res.set_header("Location", Basis(swv) + "/meerjarenbegrotingen");
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuweMeerjarenbegroting"});
  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/meerjarenbegrotingen/{id}/instemming",
      app::Permission::kGeldBeheren,
      "Leg een stap van de instemming van de OPR met een begrotingsversie vast (gevraagd, "
      "gegeven of geweigerd, met datum)",
      {},
      "Meerjarenbegroting",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseId(ctx.path.at("id"), "Deze meerjarenbegroting is niet gevonden.");
        if (!Check(req, res, id)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto stap = ParseInstemmingStap(*body);
        if (!Check(req, res, stap)) return;
        const std::string swv = ctx.path.at("code");
        auto inzicht = plannen.LegInstemmingVast(*ctx.principal, ctx.client, swv, *id, *stap);
        if (!Check(req, res, inzicht)) return;
        res.set_header("Location", Basis(swv) + "/meerjarenbegrotingen");
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "BegrotingInstemming"});
  router.Add(Route{
      "GET",
      "/api/v1/geld/reserveplannen/landelijk",
      app::Permission::kStatistiekLezen,
      "Landelijk (alleen totalen): hoeveel samenwerkingsverbanden boven de signaleringswaarde "
      "een goedgekeurd plan hebben, bij hoeveel budget is ingehouden en de bezwaren",
      {{"jaar", "Jaar van de jaarrekeningen (standaard twee jaar geleden)", "integer"}},
      "LandelijkReserveplannen",
      [&plannen](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto jaar = IntParam(req, "jaar", static_cast<int>(plannen.Vandaag().year()) - 2);
        if (!Check(req, res, jaar)) return;
        auto landelijk = plannen.Landelijk(*ctx.principal, static_cast<int>(*jaar));
        if (!Check(req, res, landelijk)) return;
        WriteJson(res, ToJson(*landelijk));
      }});
}

}  // namespace passend::web
