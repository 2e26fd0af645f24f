// API routes of the basisondersteuning (issue 5 item 3; docs/basisondersteuning.md): the
// national norm, an SWV's norm and its new versions, a location's account and the SWV's
// overview with its CSV.
#include "app/basisondersteuning_config.h"
#include "web/basisondersteuning_json.h"
#include "web/params.h"
#include "web/problem.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

namespace {

// `versie` of the query: none when absent; kInvalid naming it when not a whole number ≥ 1.
domain::Result<std::optional<int>> VersieParam(const httplib::Request& req) {
  if (!QueryValue(req, "versie")) return std::nullopt;
  auto v = IntParam(req, "versie", 0);
  if (!v || *v < 1 || *v > 1'000'000) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Een versie is een geheel getal vanaf 1.",
                        "versie");
  }
  return static_cast<int>(*v);
}

domain::Result<domain::Vestigingscode> SchoolVanPad(const RequestContext& ctx) {
  auto code = domain::Vestigingscode::Parse(ctx.path.at("code"));
  if (!code) {
    return domain::Fail(domain::ErrorCode::kNotFound,
                        "Er is geen schoolvestiging met deze code. Een code bestaat uit BRIN en "
                        "vestigingsnummer, bijvoorbeeld 12AB00.");
  }
  return *code;
}

const QueryParam kVersie{"versie", "Een eerdere versie (1, 2, ...); zonder: die nu geldt",
                         "integer"};

}  // namespace

void AddBasisondersteuningApi(Router& router, const Services& services) {
  if (!services.basisondersteuning) return;
  app::BasisondersteuningService& bo = *services.basisondersteuning;

  router.Add(Route{
      "GET",
      "/api/v1/basisondersteuning",
      app::Permission::kPubliek,
      "De landelijke standaard voor de basisondersteuning: beschrijvende elementen per aspect, "
      "met versie en ingangsdatum",
      {},
      "Basisondersteuningsnorm",
      [&bo](const httplib::Request&, httplib::Response& res, const RequestContext&) {
        WriteJson(res, ToJson(bo.Landelijk()));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/basisondersteuning",
      app::Permission::kPubliek,
      "De norm voor de basisondersteuning die in het samenwerkingsverband geldt (de eigen versie "
      "uit het ondersteuningsplan, anders de landelijke standaard), met alle eigen versies",
      {kVersie},
      "BasisondersteuningNormInzicht",
      [&bo](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto versie = VersieParam(req);
        if (!Check(req, res, versie)) return;
        auto inzicht = bo.Norm(ctx.path.at("code"), *versie);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/samenwerkingsverbanden/{code}/basisondersteuning",
      app::Permission::kBasisondersteuningBeheren,
      "Stel als samenwerkingsverband een nieuwe versie van de eigen norm voor de "
      "basisondersteuning vast (eerdere versies blijven bewaard)",
      {},
      "BasisondersteuningNormInzicht",
      [&bo](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = app::NormUitJson(*body, app::NormBron::kSwv, bo.Landelijk().aspecten);
        if (!Check(req, res, nieuw)) return;
        auto inzicht =
            bo.StelNormVast(*ctx.principal, ctx.client, ctx.path.at("code"), std::move(*nieuw));
        if (!Check(req, res, inzicht)) return;
        res.set_header("Location",
                       "/api/v1/samenwerkingsverbanden/" + inzicht->swv +
                           "/basisondersteuning?versie=" + std::to_string(inzicht->norm.versie));
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuweBasisondersteuningsnorm"});

  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/basisondersteuning/overzicht",
      app::Permission::kBasisondersteuningBeheren,
      "Per school van het samenwerkingsverband en per element van de norm: voldoet, deels, nog "
      "niet of niet beschreven, met tellingen per element en per school",
      {},
      "BasisondersteuningOverzicht",
      [&bo](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto overzicht = bo.Overzicht(*ctx.principal, ctx.path.at("code"));
        if (!Check(req, res, overzicht)) return;
        WriteJson(res, ToJson(*overzicht));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/basisondersteuning/overzicht/export",
      app::Permission::kBasisondersteuningBeheren,
      "Het overzicht van de basisondersteuning als CSV: één regel per school en element",
      {},
      "BasisondersteuningOverzichtCsv",
      [&bo](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto overzicht = bo.Overzicht(*ctx.principal, ctx.path.at("code"));
        if (!Check(req, res, overzicht)) return;
        res.set_header("Content-Disposition",
                       "attachment; filename=\"basisondersteuning-" + overzicht->swv + ".csv\"");
        res.set_content(OverzichtCsv(*overzicht), "text/csv; charset=utf-8");
      }});

  router.Add(Route{
      "GET",
      "/api/v1/scholen/{code}/basisondersteuning",
      app::Permission::kPubliek,
      "Hoe een schoolvestiging aan elk element van de basisondersteuning voldoet, met haar eigen "
      "oordeel, de norm die voor haar geldt en alle versies",
      {kVersie},
      "BasisondersteuningInvulling",
      [&bo](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto school = SchoolVanPad(ctx);
        if (!Check(req, res, school)) return;
        auto versie = VersieParam(req);
        if (!Check(req, res, versie)) return;
        auto inzicht = bo.Invulling(*school, *versie);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});

  router.Add(
      Route{"PUT",
            "/api/v1/scholen/{code}/basisondersteuning",
            app::Permission::kBasisondersteuningBeschrijven,
            "Beschrijf als school per element van de norm hoe uw eigen vestiging de "
            "basisondersteuning biedt (een nieuwe versie; eerdere blijven bewaard)",
            {},
            "BasisondersteuningInvulling",
            [&bo](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
              auto school = SchoolVanPad(ctx);
              if (!Check(req, res, school)) return;
              auto body = JsonBody(req);
              if (!Check(req, res, body)) return;
              auto nieuw = ParseNieuweInvulling(*body);
              if (!Check(req, res, nieuw)) return;
              auto inzicht = bo.LegVast(*ctx.principal, ctx.client, *school, std::move(*nieuw));
              if (!Check(req, res, inzicht)) return;
              WriteJson(res, ToJson(*inzicht));
            },
            CsrfCheck::kSessie,
            200,
            "NieuweBasisondersteuningInvulling"});
}

}  // namespace passend::web
