// API routes for absence cases (verzuimmeldingen), thuiszitters and the Inspectie's quarterly
// register (issue 6; docs/verzuim.md).
// clang-format off
// First: PageToJson (registry_json.h) finds ToJson(VerzuimInzicht) only when it is declared
// before the template (two-phase lookup; ADL looks in app::, not web::).
#include "web/verzuim_json.h"
// clang-format on

#include "web/params.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

// A malformed id cannot exist: 404, like a case outside the scope.
domain::Result<int64_t> ParseVerzuimId(const std::string& text) {
  return ParseId(text, "Deze verzuimmelding is niet gevonden.");
}

domain::Result<bool> ParseJaNee(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  return domain::Fail(domain::ErrorCode::kInvalid, "Gebruik true of false.");
}

domain::Result<app::VerzuimFilter> ParseVerzuimFilter(const httplib::Request& req) {
  app::VerzuimFilter filter;
  PASSEND_ASSIGN_OR_RETURN(auto swv,
                           OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse));
  PASSEND_ASSIGN_OR_RETURN(auto gemeente, OptionalParam<domain::GemeenteCode>(
                                              req, "gemeente", domain::GemeenteCode::Parse));
  PASSEND_ASSIGN_OR_RETURN(
      filter.type, OptionalParam<domain::VerzuimType>(req, "type", domain::ParseVerzuimType));
  PASSEND_ASSIGN_OR_RETURN(filter.lopend, OptionalParam<bool>(req, "lopend", ParseJaNee));
  if (swv) filter.swv = swv->str();
  if (gemeente) filter.gemeente = gemeente->str();
  return filter;
}

// The handlers of the three changes share their shape: id, body, one use case, the case.
template <typename Parse, typename Call>
Handler Wijziging(Parse parse, Call call) {
  return [parse, call](const httplib::Request& req, httplib::Response& res,
                       const RequestContext& ctx) {
    auto id = ParseVerzuimId(ctx.path.at("id"));
    if (!Check(req, res, id)) return;
    auto body = JsonBody(req);
    if (!Check(req, res, body)) return;
    auto verzoek = parse(*body);
    if (!Check(req, res, verzoek)) return;
    auto inzicht = call(ctx, *id, *verzoek);
    if (!Check(req, res, inzicht)) return;
    WriteJson(res, ToJson(*inzicht));
  };
}

}  // namespace

void AddVerzuimApi(Router& router, const Services& services) {
  router.Add(Route{
      "POST",
      "/api/v1/verzuimmeldingen",
      app::Permission::kVerzuimBeheren,
      "Registreer een verzuimmelding (absoluut, langdurig relatief of relatief verzuim, een "
      "vrijstelling of ziekte) voor een leerling binnen uw bereik",
      {},
      "Verzuimmelding",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = ParseNieuweVerzuimmelding(*body);
        if (!Check(req, res, nieuw)) return;
        auto inzicht = services.verzuim.Registreer(*ctx.principal, ctx.client, *nieuw);
        if (!Check(req, res, inzicht)) return;
        res.set_header("Location", "/api/v1/verzuimmeldingen/" +
                                       std::to_string(inzicht->overzicht.record.melding.id));
        WriteJson(res, ToJson(*inzicht), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuweVerzuimmelding"});

  router.Add(Route{
      "GET",
      "/api/v1/verzuimmeldingen",
      app::Permission::kVerzuimLezen,
      "Verzuimmeldingen binnen het bereik van het account, met dagen thuis en signalen",
      {{"swv", "Code van het samenwerkingsverband"},
       {"gemeente", "Gemeentecode (leerplicht), bijvoorbeeld GM0363"},
       {"type",
        "absoluut-verzuim, langdurig-relatief-verzuim, relatief-verzuim, "
        "vrijstelling-5a, vrijstelling-5b, vrijstelling-5c of ziek"},
       {"lopend", "true: alleen lopende meldingen; false: alleen beëindigde", "boolean"},
       {"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "VerzuimmeldingPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto filter = ParseVerzuimFilter(req);
        if (!Check(req, res, filter)) return;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result = services.verzuim.Lijst(*ctx.principal, ctx.client, *filter, *page);
        if (!Check(req, res, result)) return;
        const std::string base =
            BaseWithFilters(req, "/api/v1/verzuimmeldingen", {"swv", "gemeente", "type", "lopend"});
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res, PageToJson(*result, "verzuimmeldingen", base));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/verzuimmeldingen/{id}",
      app::Permission::kVerzuimLezen,
      "Eén verzuimmelding met dagen thuis, termijnen en signalen (404 ook buiten uw bereik)",
      {},
      "Verzuimmelding",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseVerzuimId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto inzicht = services.verzuim.Get(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/verzuimmeldingen/{id}/beeindigingen",
      app::Permission::kVerzuimBeheren,
      "Beëindig een lopende verzuimmelding met de eerste dag niet meer thuis en "
      "de reden",
      {},
      "Verzuimmelding",
      Wijziging(ParseVerzuimEinde,
                [&services](const RequestContext& ctx, int64_t id, const app::VerzuimEinde& einde) {
                  return services.verzuim.Beeindig(*ctx.principal, ctx.client, id, einde);
                }),
      CsrfCheck::kSessie,
      200,
      "VerzuimBeeindiging"});

  router.Add(Route{"POST",
                   "/api/v1/verzuimmeldingen/{id}/aanbiedingen",
                   app::Permission::kVerzuimBeheren,
                   "Leg het passend onderwijsaanbod vast dat het kind en de ouders is gedaan",
                   {},
                   "Verzuimmelding",
                   Wijziging(ParsePassendAanbod,
                             [&services](const RequestContext& ctx, int64_t id,
                                         const domain::PassendAanbod& aanbod) {
                               return services.verzuim.Aanbod(*ctx.principal, ctx.client, id,
                                                              aanbod);
                             }),
                   CsrfCheck::kSessie,
                   200,
                   "PassendAanbod"});

  router.Add(Route{
      "POST",
      "/api/v1/verzuimmeldingen/{id}/overdrachten",
      app::Permission::kVerzuimBeheren,
      "Draag een thuiszitter na 4 lesweken thuis over aan de onderwijsconsulent (alleen het "
      "samenwerkingsverband; eerder is 422)",
      {},
      "Verzuimmelding",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseVerzuimId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto inzicht = services.verzuim.DraagOver(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      },
      CsrfCheck::kSessie,
      200});

  router.Add(Route{
      "POST",
      "/api/v1/verzuimmeldingen/{id}/doorbraken",
      app::Permission::kVerzuimBeheren,
      "Breng een vastgelopen melding naar de regionale doorbraakaanpak; wie doorzettingsmacht "
      "heeft komt uit de instellingen van het samenwerkingsverband",
      {},
      "Verzuimmelding",
      Wijziging(ParseDoorbraakVerzoek,
                [&services](const RequestContext& ctx, int64_t id, const DoorbraakVerzoek& v) {
                  return services.verzuim.VraagDoorbraak(*ctx.principal, ctx.client, id, v.reden);
                }),
      CsrfCheck::kSessie,
      200,
      "DoorbraakVerzoek"});

  router.Add(Route{
      "POST",
      "/api/v1/verzuimmeldingen/{id}/doorbraken/{volgnummer}/besluit",
      app::Permission::kVerzuimBeheren,
      "Leg het besluit vast van wie doorzettingsmacht heeft, met wie het nam (alleen "
      "samenwerkingsverband of gemeente)",
      {},
      "Verzuimmelding",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseVerzuimId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto volgnummer = ParseId(ctx.path.at("volgnummer"), "Deze doorbraak is niet gevonden.");
        if (!Check(req, res, volgnummer)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto besluit = ParseDoorbraakBesluit(*body);
        if (!Check(req, res, besluit)) return;
        auto inzicht = services.verzuim.BesluitDoorbraak(
            *ctx.principal, ctx.client, *id, static_cast<int>(*volgnummer),
            besluit->datum ? *besluit->datum : services.verzuim.Vandaag(), besluit->besluit,
            besluit->besloten_door);
        if (!Check(req, res, inzicht)) return;
        WriteJson(res, ToJson(*inzicht));
      },
      CsrfCheck::kSessie,
      200,
      "DoorbraakBesluit"});

  router.Add(Route{
      "POST",
      "/api/v1/vrijstellingsadviezen",
      app::Permission::kVerzuimBeheren,
      "Leg het advies van het samenwerkingsverband over het onderwijsperspectief vast, dat aan "
      "een vrijstelling 5 onder a voorafgaat",
      {},
      "Vrijstellingsadvies",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto verzoek = ParseAdviesVerzoek(*body);
        if (!Check(req, res, verzoek)) return;
        auto advies = services.verzuim.GeefAdvies(*ctx.principal, ctx.client, verzoek->leerling,
                                                  verzoek->advies, verzoek->datum);
        if (!Check(req, res, advies)) return;
        WriteJson(res, ToJson(*advies), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuwVrijstellingsadvies"});

  router.Add(Route{
      "GET",
      "/api/v1/leerlingen/{id}/vrijstellingsadviezen",
      app::Permission::kVerzuimLezen,
      "De adviezen over het onderwijsperspectief van een leerling binnen uw bereik, nieuwste "
      "eerst",
      {},
      "Vrijstellingsadviezen",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseLeerlingId(ctx.path.at("id"));
        if (!Check(req, res, id)) return;
        auto adviezen = services.verzuim.Adviezen(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, adviezen)) return;
        json items = json::array();
        for (const auto& a : *adviezen) items.push_back(ToJson(a));
        WriteJson(res, json{{"adviezen", std::move(items)}});
      }});

  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/thuiszitters",
      app::Permission::kVerzuimLezen,
      "De huidige thuiszitters van een samenwerkingsverband binnen uw bereik, met dagen thuis "
      "en signalen; zieke leerlingen en vrijstellingen staan ernaast, nooit erin",
      {},
      "Thuiszitters",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto overzicht =
            services.verzuim.Thuiszitters(*ctx.principal, ctx.client, ctx.path.at("code"));
        if (!Check(req, res, overzicht)) return;
        WriteJson(res, ToJson(*overzicht));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/thuiszitters/kwartaalregistratie",
      app::Permission::kVerzuimLezen,
      "De cumulatieve, geanonimiseerde kwartaalregistratie van thuiszitters voor de Inspectie, "
      "als CSV (alleen het samenwerkingsverband zelf)",
      {{"kwartaal", "Kwartaal, bijvoorbeeld 2025-Q1 (verplicht)"}},
      "KwartaalregistratieCsv",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto kwartaal = OptionalParam<domain::Kwartaal>(req, "kwartaal", domain::Kwartaal::Parse);
        if (!Check(req, res, kwartaal)) return;
        if (!*kwartaal) {
          WriteProblem(req, res,
                       domain::Error{domain::ErrorCode::kInvalid,
                                     "Geef het kwartaal op, bijvoorbeeld 2025-Q1.", "kwartaal"},
                       true);
          return;
        }
        auto csv =
            services.verzuim.Kwartaalregistratie(*ctx.principal, ctx.path.at("code"), **kwartaal);
        if (!Check(req, res, csv)) return;
        res.set_header("Content-Disposition", "attachment; filename=\"kwartaalregistratie-" +
                                                  ctx.path.at("code") + "-" + (*kwartaal)->Label() +
                                                  ".csv\"");
        res.set_content(*csv, "text/csv; charset=utf-8");
      }});
}

}  // namespace passend::web
