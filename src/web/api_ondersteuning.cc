// API routes of the support needs, the school support profiles, the school finder and the
// suggestions for one child (issue 5 items 1, 2 and 4; docs/placement.md).
// clang-format off
// First: PageToJson (registry_json.h) finds ToJson(ScholenTreffer) only when it is declared
// before the template (two-phase lookup).
#include "web/ondersteuning_json.h"
// clang-format on

#include "web/params.h"
#include "web/problem.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

domain::Result<domain::Vestigingscode> SchoolVanPad(const RequestContext& ctx) {
  auto code = domain::Vestigingscode::Parse(ctx.path.at("code"));
  if (!code) {
    return domain::Fail(domain::ErrorCode::kNotFound,
                        "Er is geen schoolvestiging met deze code. Een code bestaat uit BRIN en "
                        "vestigingsnummer, bijvoorbeeld 12AB00.");
  }
  return *code;
}

}  // namespace

domain::Result<app::ScholenZoekvraag> LeesZoekvraag(const httplib::Request& req,
                                                    const Services& services) {
  app::ScholenZoekvraag vraag;
  if (auto tekst = QueryValue(req, "ondersteuning")) {
    PASSEND_ASSIGN_OR_RETURN(vraag.vragen,
                             domain::ParseVragen(*tekst, services.ondersteuning.Taxonomie()));
  }
  if (auto nabij = QueryValue(req, "nabij"); nabij && !nabij->empty()) vraag.nabij = *nabij;
  if (QueryValue(req, "max")) {
    PASSEND_ASSIGN_OR_RETURN(int64_t max, IntParam(req, "max", 0));
    if (max < 1 || max > 300) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "Geef de grootste afstand in hele kilometers, van 1 tot en met 300.",
                          "max");
    }
    if (!vraag.nabij) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "Een grootste afstand (max) werkt alleen met een postcode (nabij).",
                          "max");
    }
    vraag.max_km = static_cast<int>(max);
  }
  PASSEND_ASSIGN_OR_RETURN(
      auto soort, OptionalParam<domain::SchoolSoort>(req, "type", domain::ParseSchoolSoort));
  vraag.soort = soort;
  PASSEND_ASSIGN_OR_RETURN(auto swv,
                           OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse));
  vraag.swv = swv;
  PASSEND_ASSIGN_OR_RETURN(vraag.page, PageParams(req, 25));
  return vraag;
}

void ZoekScholenApi(const Services& services, const httplib::Request& req, httplib::Response& res) {
  auto vraag = LeesZoekvraag(req, services);
  if (!Check(req, res, vraag)) return;
  auto result = services.ondersteuning.Zoek(*vraag);
  if (!Check(req, res, result)) return;
  res.set_header("X-Total-Count", std::to_string(result->treffers.total));
  json body = PageToJson(
      result->treffers, "scholen",
      BaseWithFilters(req, "/api/v1/scholen", {"ondersteuning", "nabij", "max", "type", "swv"}));
  if (result->nabij) {
    body["nabij"] = {{"postcodegebied", result->nabij->gebied},
                     {"scholenInGebied", result->nabij->aantal},
                     {"afstand", result->afstand_soort}};
  }
  WriteJson(res, body);
}

void AddOndersteuningApi(Router& router, const Services& services) {
  router.Add(Route{
      "GET",
      "/api/v1/ondersteuningsbehoeften",
      app::Permission::kPubliek,
      "De taxonomie van ondersteuningsbehoeften met haar niveaus (basis, extra, specialistisch), "
      "met versie en ingangsdatum",
      {},
      "Ondersteuningstaxonomie",
      [&services](const httplib::Request&, httplib::Response& res, const RequestContext&) {
        WriteJson(res, ToJson(services.ondersteuning.Taxonomie()));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/scholen/{code}/ondersteuningsprofiel",
      app::Permission::kPubliek,
      "Het schoolondersteuningsprofiel van een vestiging: per ondersteuningsbehoefte het niveau, "
      "de plaatsen, omschrijving en onderbouwing; met alle versies",
      {{"versie", "Een eerdere versie (1, 2, ...); zonder: de huidige", "integer"}},
      "OndersteuningsprofielInzicht",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto school = SchoolVanPad(ctx);
        if (!Check(req, res, school)) return;
        std::optional<int> versie;
        if (QueryValue(req, "versie")) {
          auto v = IntParam(req, "versie", 0);
          if (!Check(req, res, v)) return;
          if (*v < 1) {
            WriteProblem(req, res,
                         domain::Error{domain::ErrorCode::kInvalid,
                                       "Een versie is een geheel getal vanaf 1.", "versie"},
                         true);
            return;
          }
          versie = static_cast<int>(*v);
        }
        auto inzicht = services.ondersteuning.Profiel(*school, versie);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});

  router.Add(Route{
      "PUT",
      "/api/v1/scholen/{code}/ondersteuningsprofiel",
      app::Permission::kProfielBeheren,
      "Leg als school een nieuwe versie van het ondersteuningsprofiel van uw eigen vestiging vast "
      "(eerdere versies blijven bewaard)",
      {},
      "OndersteuningsprofielInzicht",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto school = SchoolVanPad(ctx);
        if (!Check(req, res, school)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = ParseNieuwProfiel(*body);
        if (!Check(req, res, nieuw)) return;
        auto inzicht =
            services.ondersteuning.LegVast(*ctx.principal, ctx.client, *school, std::move(*nieuw));
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      },
      CsrfCheck::kSessie,
      200,
      "NieuwOndersteuningsprofiel"});

  router.Add(Route{
      "GET",
      "/api/v1/leerlingen/{id}/passende-scholen",
      app::Permission::kPassendeScholenLezen,
      "Scholen die elke ondersteuningsbehoefte van de leerling op het nodige niveau bieden en "
      "plaats hebben, op afstand en passendheid; met de reden per school, en waarom dichterbij "
      "gelegen scholen afvielen",
      {{"ondersteuning",
        "Behoeften met niveau, bijvoorbeeld gedrag:extra,zien:specialistisch; zonder: die van de "
        "laatste aanmelding op niveau extra"}},
      "PassendeScholen",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseLeerlingId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        std::optional<std::vector<domain::Vraag>> vragen;
        if (auto tekst = QueryValue(req, "ondersteuning"); tekst && !tekst->empty()) {
          auto parsed = domain::ParseVragen(*tekst, services.ondersteuning.Taxonomie());
          if (!Check(req, res, parsed)) return;
          vragen = std::move(*parsed);
        }
        auto scholen =
            services.ondersteuning.VoorLeerling(*ctx.principal, ctx.client, *id, std::move(vragen));
        if (!Check(req, res, scholen)) return;
        WriteJson(res, ToJson(*scholen, services.ondersteuning.Taxonomie()));
      }});
}

}  // namespace passend::web
