// API routes for ontwikkelingsperspectiefplannen (issue 7 items 4 and 5; docs/opp.md).
// clang-format off
// First: PageToJson (registry_json.h) finds ToJson(OppInLijst) by argument-dependent lookup in
// web::, declared here before the template.
#include "web/opp_json.h"
// clang-format on

#include "web/api_wijziging.h"
#include "web/params.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

// A malformed id cannot exist: 404, like a plan outside the scope.
constexpr const char* kOppNietGevonden = "Dit ontwikkelingsperspectiefplan is niet gevonden.";

domain::Result<int64_t> ParseOppId(const std::string& text) {
  return ParseId(text, kOppNietGevonden);
}

domain::Result<domain::LeerlingId> ParseLeerlingParam(std::string_view text) {
  auto id = ParseId(std::string(text), "");
  if (!id) return domain::Fail(domain::ErrorCode::kInvalid, "Geef het id van de leerling op.");
  return domain::LeerlingId{*id};
}

}  // namespace

void AddOppApi(Router& router, const Services& services) {
  router.Add(Route{
      "POST",
      "/api/v1/opps",
      app::Permission::kOppBeheren,
      "Maak als school het ontwikkelingsperspectiefplan van een leerling die bij u staat "
      "ingeschreven, met de eerste versie als u de inhoud meestuurt (vast te stellen binnen 6 "
      "weken na plaatsing)",
      {},
      "Opp",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = ParseNieuwOpp(*body);
        if (!Check(req, res, nieuw)) return;
        auto inzicht = services.opp.Maak(*ctx.principal, ctx.client, *nieuw);
        if (!Check(req, res, inzicht)) return;
        res.set_header("Location", "/api/v1/opps/" + std::to_string(inzicht->overzicht.opp.id));
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuwOpp"});

  router.Add(Route{
      "GET",
      "/api/v1/opps",
      app::Permission::kOppLezen,
      "Ontwikkelingsperspectiefplannen binnen het bereik van het account, met stand en signalen "
      "(niet binnen de termijn vastgesteld, evaluatie nodig, instemming open of geweigerd)",
      {{"swv", "Code van het samenwerkingsverband"},
       {"school", "Vestigingscode van de school"},
       {"leerling", "Id van de leerling", "integer"},
       {"signaal",
        "vaststellen-verlopen, evaluatie-nodig, instemming-open of instemming-geweigerd"},
       {"instemming", "gevraagd, gegeven of geweigerd (van de nieuwste versie)"},
       {"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "OppPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        app::OppFilter filter;
        auto swv = OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse);
        if (!Check(req, res, swv)) return;
        if (*swv) filter.swv = (*swv)->str();
        auto school =
            OptionalParam<domain::Vestigingscode>(req, "school", domain::Vestigingscode::Parse);
        if (!Check(req, res, school)) return;
        if (*school) filter.school = (*school)->str();
        auto leerling = OptionalParam<domain::LeerlingId>(req, "leerling", ParseLeerlingParam);
        if (!Check(req, res, leerling)) return;
        filter.leerling = *leerling;
        auto signaal = OptionalParam<domain::OppSignaal>(req, "signaal", domain::ParseOppSignaal);
        if (!Check(req, res, signaal)) return;
        filter.signaal = *signaal;
        auto instemming =
            OptionalParam<domain::Instemming>(req, "instemming", domain::ParseInstemming);
        if (!Check(req, res, instemming)) return;
        filter.instemming = *instemming;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result = services.opp.Lijst(*ctx.principal, ctx.client, filter, *page);
        if (!Check(req, res, result)) return;
        app::Page<OppInLijst> lijst;
        lijst.total = result->total;
        lijst.request = result->request;
        for (const auto& item : result->items) lijst.items.push_back(OppInLijst{&item});
        const std::string base = BaseWithFilters(
            req, "/api/v1/opps", {"swv", "school", "leerling", "signaal", "instemming"});
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res, PageToJson(lijst, "opps", base));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/opps/{id}",
      app::Permission::kOppLezen,
      "Eén ontwikkelingsperspectiefplan met alle versies, de instemming per versie, de versie die "
      "geldt en de evaluaties (404 ook buiten uw bereik)",
      {},
      "Opp",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseOppId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto inzicht = services.opp.Get(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/opps/{id}/versies",
      app::Permission::kOppBeheren,
      "Stel als school een nieuwe versie van het plan vast; eerdere versies blijven bewaard en "
      "ongewijzigd",
      {},
      "Opp",
      Wijziging(kOppNietGevonden, ParseOppInhoud,
                [&services](const RequestContext& ctx, int64_t id, domain::OppInhoud inhoud) {
                  return services.opp.StelVersieVast(*ctx.principal, ctx.client, id,
                                                     std::move(inhoud));
                }),
      CsrfCheck::kSessie,
      200,
      "OppInhoud"});

  router.Add(Route{
      "POST",
      "/api/v1/opps/{id}/instemmingen",
      app::Permission::kOppInstemmen,
      "De school vraagt de instemming van de ouders met het handelingsdeel van de nieuwste "
      "versie (zonder besluit; de ouders krijgen bericht); de ouders geven of weigeren die "
      "(besluit gegeven of geweigerd). Bij weigering blijft de vorige versie met instemming "
      "gelden en noemt het antwoord de geschillenroute",
      {},
      "Opp",
      Wijziging(kOppNietGevonden, ParseOppInstemming,
                [&services](const RequestContext& ctx, int64_t id, OppInstemmingVerzoek verzoek) {
                  return services.opp.Instemming(*ctx.principal, ctx.client, id, verzoek.besluit,
                                                 std::move(verzoek.toelichting));
                }),
      CsrfCheck::kSessie,
      200,
      "NieuweOppInstemming"});

  router.Add(Route{
      "POST",
      "/api/v1/opps/{id}/evaluaties",
      app::Permission::kOppBeheren,
      "Leg als school de (ten minste jaarlijkse) evaluatie met de ouders vast: datum, met wie "
      "en de conclusie",
      {},
      "Opp",
      Wijziging(
          kOppNietGevonden,
          [&services](const json& body) { return ParseOppEvaluatie(body, services.opp.Vandaag()); },
          [&services](const RequestContext& ctx, int64_t id, domain::OppEvaluatie evaluatie) {
            return services.opp.LegEvaluatieVast(*ctx.principal, ctx.client, id,
                                                 std::move(evaluatie));
          }),
      CsrfCheck::kSessie,
      200,
      "NieuweOppEvaluatie"});
}

}  // namespace passend::web
