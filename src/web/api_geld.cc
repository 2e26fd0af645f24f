// API routes of the money part (issue 8; docs/geld.md): an SWV's income from the records, its
// year accounts against the signaleringswaarde, and the national overview.
#include "web/geld_json.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

// A year in a path: a malformed one cannot exist (404, like a year without accounts).
domain::Result<int> ParseJaar(const std::string& text) {
  PASSEND_ASSIGN_OR_RETURN(const int64_t jaar,
                           ParseId(text, "Er is geen jaarrekening van dat jaar vastgelegd."));
  return static_cast<int>(jaar);
}

domain::Result<int> ParseSchooljaar(std::string_view text) {
  auto schooljaar = domain::SchoolYear::Parse(text);
  if (!schooljaar) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Geef het schooljaar op als 2025-2026.",
                        "schooljaar");
  }
  return schooljaar->start_year();
}

}  // namespace

void AddGeldApi(Router& router, const Services& services) {
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/baten",
      app::Permission::kGeldLezen,
      "De baten van het samenwerkingsverband in een schooljaar, berekend uit de registratie: "
      "leerlingen op de teldatum × normbedragen, verevening, min de TLV-bekostiging per "
      "categorie; elke regel met invoer en formule",
      {{"schooljaar", "Schooljaar als 2025-2026 (standaard het huidige)"}},
      "Baten",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto schooljaar = OptionalParam<int>(req, "schooljaar", ParseSchooljaar);
        if (!Check(req, res, schooljaar)) return;
        auto baten = services.geld.Baten(*ctx.principal, ctx.path.at("code"), *schooljaar);
        if (!Check(req, res, baten)) return;
        WriteJson(res, ToJson(*baten));
      }});
  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/jaarrekeningen",
      app::Permission::kGeldBeheren,
      "Leg de gecontroleerde cijfers van de eigen jaarrekening vast (bedragen in eurocent); een "
      "correctie is een nieuwe versie",
      {},
      "Jaarrekening",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto cijfers = ParseJaarrekening(*body);
        if (!Check(req, res, cijfers)) return;
        const std::string swv = ctx.path.at("code");
        auto inzicht = services.geld.LegJaarrekeningVast(*ctx.principal, ctx.client, swv, *cijfers);
        if (!Check(req, res, inzicht)) return;
        res.set_header("Location", "/api/v1/samenwerkingsverbanden/" + swv + "/jaarrekeningen/" +
                                       std::to_string(cijfers->jaar));
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuweJaarrekening"});
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/jaarrekeningen",
      app::Permission::kGeldLezen,
      "De jaarrekeningen van het samenwerkingsverband (per jaar de laatste versie), elk met de "
      "signaleringswaarde en de reserve daarboven",
      {},
      "JaarrekeningLijst",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto lijst = services.geld.Jaarrekeningen(*ctx.principal, ctx.path.at("code"));
        if (!Check(req, res, lijst)) return;
        json items = json::array();
        for (const auto& inzicht : *lijst) items.push_back(ToJson(inzicht));
        WriteJson(res, json{{"jaarrekeningen", items}});
      }});
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/jaarrekeningen/{jaar}",
      app::Permission::kGeldLezen,
      "De jaarrekening van één jaar met de signaleringswaarde (3,5 % van de baten, minimaal "
      "€ 250.000), de bovenmatige reserve en de aandelen organisatiekosten en onbesteed",
      {},
      "Jaarrekening",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto jaar = ParseJaar(ctx.path.at("jaar"));
        if (!Check(req, res, jaar)) return;
        auto inzicht = services.geld.Jaarrekening(*ctx.principal, ctx.path.at("code"), *jaar);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});
  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/toewijzingen",
      app::Permission::kGeldBeheren,
      "Leg een toewijzing van ondersteuningsgeld aan een eigen schoolvestiging vast (school, "
      "schooljaar, doel, bedrag in eurocent, omschrijving); een correctie is een nieuwe "
      "toewijzing met een negatief bedrag",
      {},
      "Toewijzing",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto toewijzing = ParseToewijzing(*body);
        if (!Check(req, res, toewijzing)) return;
        const std::string swv = ctx.path.at("code");
        auto record = services.geld.LegToewijzingVast(*ctx.principal, ctx.client, swv, *toewijzing);
        if (!Check(req, res, record)) return;
        res.set_header("Location",
                       "/api/v1/samenwerkingsverbanden/" + swv +
                           "/toewijzingen?schooljaar=" + record->toewijzing.schooljaar.Label());
        WriteJson(res, ToJson(*record), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuweToewijzing"});
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/toewijzingen",
      app::Permission::kGeldLezen,
      "De toewijzingen van het samenwerkingsverband aan zijn scholen in een schooljaar, met "
      "totalen per school en doel en de bestedingen per kalenderjaar (5/12 en 7/12, met de "
      "organisatiekosten uit de jaarrekening)",
      {{"schooljaar", "Schooljaar als 2025-2026 (standaard het huidige)"}},
      "ToewijzingenOverzicht",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto schooljaar = OptionalParam<int>(req, "schooljaar", ParseSchooljaar);
        if (!Check(req, res, schooljaar)) return;
        auto overzicht =
            services.geld.Toewijzingen(*ctx.principal, ctx.path.at("code"), *schooljaar);
        if (!Check(req, res, overzicht)) return;
        WriteJson(res, ToJson(*overzicht));
      }});
  router.Add(Route{
      "GET",
      "/api/v1/scholen/{code}/ondersteuningsgeld",
      app::Permission::kPubliek,
      "Wat de schoolvestiging van haar samenwerkingsverband krijgt voor ondersteuning, per doel, "
      "dit schooljaar en het vorige (openbaar: geld van organisaties, geen persoonsgegevens)",
      {{"schooljaar", "Schooljaar als 2025-2026 (standaard het huidige)"}},
      "Ondersteuningsgeld",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto schooljaar = OptionalParam<int>(req, "schooljaar", ParseSchooljaar);
        if (!Check(req, res, schooljaar)) return;
        auto geld = services.geld.OndersteuningsgeldVan(ctx.path.at("code"), *schooljaar);
        if (!Check(req, res, geld)) return;
        WriteJson(res, ToJson(*geld));
      }});
  router.Add(Route{
      "GET",
      "/api/v1/geld/landelijk",
      app::Permission::kStatistiekLezen,
      "Landelijk overzicht van de jaarrekeningen van een jaar (alleen totalen): aantal "
      "samenwerkingsverbanden boven de signaleringswaarde, het totaal daarboven en de verdeling "
      "van de organisatiekosten en de reserves",
      {{"jaar", "Kalenderjaar (standaard vorig jaar)", "integer"}},
      "LandelijkGeldOverzicht",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto jaar = IntParam(req, "jaar", services.geld.VorigJaar());
        if (!Check(req, res, jaar)) return;
        auto overzicht = services.geld.Landelijk(*ctx.principal, static_cast<int>(*jaar));
        if (!Check(req, res, overzicht)) return;
        WriteJson(res, ToJson(*overzicht));
      }});
}

}  // namespace passend::web
