// API routes for the arrangementen catalogue and the assignments (issue 7 items 1 and 5;
// docs/arrangementen.md). Assignments are a collection of their own
// (`/api/v1/arrangement-toekenningen`): they are filtered across arrangementen (by student,
// school, peildatum), and a collection per arrangement would hide a child's other packages.
// clang-format off
// First: PageToJson (registry_json.h) finds ToJson(Arrangement) only when it is declared
// before the template (two-phase lookup; ADL looks in domain:: and app::, not web::).
#include "web/arrangement_json.h"
// clang-format on

#include "domain/school_year.h"
#include "web/params.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

domain::Result<bool> ParseJaNee(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  return domain::Fail(domain::ErrorCode::kInvalid, "Gebruik true of false.");
}

domain::Result<int64_t> ParsePositief(std::string_view text) {
  auto id = ParseId(std::string(text), "");
  if (!id) return domain::Fail(domain::ErrorCode::kInvalid, "Geef een id (een positief getal).");
  return id;
}

domain::Result<std::string> ParseSchoolCode(std::string_view text) {
  PASSEND_ASSIGN_OR_RETURN(auto code, domain::Vestigingscode::Parse(text));
  return code.str();
}

}  // namespace

void AddArrangementenApi(Router& router, const Services& services) {
  router.Add(Route{
      "GET",
      "/api/v1/arrangementen",
      app::Permission::kArrangementLezen,
      "De catalogus van arrangementen (ondersteuningspakketten) met prijs of budget in "
      "eurocent; voor een samenwerkingsverband standaard het eigen",
      {{"swv", "Code van het samenwerkingsverband"},
       {"actief", "true: alleen actieve; false: alleen gedeactiveerde", "boolean"},
       {"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "ArrangementPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        app::ArrangementFilter filter;
        auto swv = OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse);
        if (!Check(req, res, swv)) return;
        if (*swv) filter.swv = (*swv)->str();
        auto actief = OptionalParam<bool>(req, "actief", ParseJaNee);
        if (!Check(req, res, actief)) return;
        filter.actief = *actief;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result = services.arrangementen.Catalogus(*ctx.principal, filter, *page);
        if (!Check(req, res, result)) return;
        const std::string base = BaseWithFilters(req, "/api/v1/arrangementen", {"swv", "actief"});
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res, PageToJson(*result, "arrangementen", base));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/arrangementen",
      app::Permission::kArrangementBeheren,
      "Voeg als samenwerkingsverband een arrangement toe aan de eigen catalogus (bedrag in "
      "eurocent, per leerling per jaar of als budget)",
      {},
      "Arrangement",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = ParseNieuwArrangement(*body);
        if (!Check(req, res, nieuw)) return;
        auto a = services.arrangementen.NieuwArrangement(*ctx.principal, ctx.client, *nieuw);
        if (!Check(req, res, a)) return;
        res.set_header("Location", "/api/v1/arrangementen/" + std::to_string(a->id));
        WriteJson(res, ToJson(*a), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuwArrangement"});

  router.Add(Route{
      "GET",
      "/api/v1/arrangementen/{id}",
      app::Permission::kArrangementLezen,
      "Eén arrangement uit de catalogus",
      {},
      "Arrangement",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseId(ctx.path.at("id"), "Dit arrangement is niet gevonden.");
        if (!Check(req, res, id)) return;
        auto a = services.arrangementen.Get(*ctx.principal, *id);
        if (!Check(req, res, a)) return;
        WriteJson(res, ToJson(*a));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/arrangementen/{id}/wijzigingen",
      app::Permission::kArrangementBeheren,
      "Wijzig een arrangement van de eigen catalogus (prijs, naam, omschrijving) of deactiveer "
      "het (actief: false); elke wijziging is een gebeurtenis, er wordt niets verwijderd",
      {},
      "Arrangement",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseId(ctx.path.at("id"), "Dit arrangement is niet gevonden.");
        if (!Check(req, res, id)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto wijziging = ParseArrangementWijziging(*body);
        if (!Check(req, res, wijziging)) return;
        auto a =
            services.arrangementen.WijzigArrangement(*ctx.principal, ctx.client, *id, *wijziging);
        if (!Check(req, res, a)) return;
        WriteJson(res, ToJson(*a));
      },
      CsrfCheck::kSessie,
      200,
      "ArrangementWijziging"});

  router.Add(Route{
      "POST",
      "/api/v1/arrangement-toekenningen",
      app::Permission::kArrangementBeheren,
      "Ken als samenwerkingsverband een actief arrangement toe aan een leerling, voor een "
      "periode, op een school; het bedrag (eurocent) is standaard de catalogusprijs",
      {},
      "Toekenning",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto nieuw = ParseNieuweToekenning(*body);
        if (!Check(req, res, nieuw)) return;
        auto t = services.arrangementen.KenToe(*ctx.principal, ctx.client, *nieuw);
        if (!Check(req, res, t)) return;
        res.set_header("Location",
                       "/api/v1/arrangement-toekenningen/" + std::to_string(t->toekenning.id));
        WriteJson(res, ToJson(*t), 201);
      },
      CsrfCheck::kSessie,
      201,
      "NieuweToekenning"});

  router.Add(Route{
      "GET",
      "/api/v1/arrangement-toekenningen",
      app::Permission::kArrangementLezen,
      "Toekenningen van arrangementen binnen uw bereik (het samenwerkingsverband, de school "
      "waar de ondersteuning is, haar bestuur, de ouder van het kind)",
      {{"leerling", "Id van de leerling", "integer"},
       {"school", "Vestigingscode van de school waar de ondersteuning is"},
       {"swv", "Code van het samenwerkingsverband"},
       {"arrangement", "Id van het arrangement", "integer"},
       {"peildatum", "Alleen toekenningen die op deze datum lopen (JJJJ-MM-DD)"},
       {"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "ToekenningPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        app::ToekenningFilter filter;
        auto leerling = OptionalParam<int64_t>(req, "leerling", ParsePositief);
        if (!Check(req, res, leerling)) return;
        if (*leerling) filter.leerling = domain::LeerlingId{**leerling};
        auto school = OptionalParam<std::string>(req, "school", ParseSchoolCode);
        if (!Check(req, res, school)) return;
        filter.school = *school;
        auto swv = OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse);
        if (!Check(req, res, swv)) return;
        if (*swv) filter.swv = (*swv)->str();
        auto arrangement = OptionalParam<int64_t>(req, "arrangement", ParsePositief);
        if (!Check(req, res, arrangement)) return;
        filter.arrangement = *arrangement;
        auto peildatum = OptionalParam<domain::Date>(req, "peildatum", domain::ParseIsoDate);
        if (!Check(req, res, peildatum)) return;
        filter.peildatum = *peildatum;
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto result =
            services.arrangementen.Toekenningen(*ctx.principal, ctx.client, filter, *page);
        if (!Check(req, res, result)) return;
        const std::string base =
            BaseWithFilters(req, "/api/v1/arrangement-toekenningen",
                            {"leerling", "school", "swv", "arrangement", "peildatum"});
        res.set_header("X-Total-Count", std::to_string(result->total));
        WriteJson(res, PageToJson(*result, "toekenningen", base));
      }});

  router.Add(Route{
      "GET",
      "/api/v1/arrangement-toekenningen/{id}",
      app::Permission::kArrangementLezen,
      "Eén toekenning met haar einde (404 ook buiten uw bereik)",
      {},
      "Toekenning",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseId(ctx.path.at("id"), "Deze toekenning is niet gevonden.");
        if (!Check(req, res, id)) return;
        auto t = services.arrangementen.GetToekenning(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, t)) return;
        WriteJson(res, ToJson(*t));
      }});

  router.Add(Route{
      "POST",
      "/api/v1/arrangement-toekenningen/{id}/beeindigingen",
      app::Permission::kArrangementBeheren,
      "Beëindig een toekenning eerder (op: de laatste dag, binnen de periode) of trek haar in "
      "(op: de begindatum); de toekenning zelf blijft ongewijzigd",
      {},
      "Toekenning",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = ParseId(ctx.path.at("id"), "Deze toekenning is niet gevonden.");
        if (!Check(req, res, id)) return;
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto einde = ParseToekenningEinde(*body, services.arrangementen.Vandaag());
        if (!Check(req, res, einde)) return;
        auto t = services.arrangementen.Beeindig(*ctx.principal, ctx.client, *id, *einde);
        if (!Check(req, res, t)) return;
        WriteJson(res, ToJson(*t));
      },
      CsrfCheck::kSessie,
      200,
      "ToekenningBeeindiging"});

  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/arrangement-bedragen",
      app::Permission::kArrangementLezen,
      "Voor het financiële deel: de toegekende bedragen (eurocent) per school van de "
      "toekenningen die in de periode beginnen, zonder pro rata; alleen het eigen "
      "samenwerkingsverband",
      {{"van", "Eerste dag van de periode (JJJJ-MM-DD)"},
       {"tot", "Laatste dag van de periode (JJJJ-MM-DD)"}},
      "ArrangementBedragen",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto van = OptionalParam<domain::Date>(req, "van", domain::ParseIsoDate);
        if (!Check(req, res, van)) return;
        auto tot = OptionalParam<domain::Date>(req, "tot", domain::ParseIsoDate);
        if (!Check(req, res, tot)) return;
        // Without a period: the school year of today (1 August to 31 July).
        const auto jaar = domain::SchoolYear::Containing(services.arrangementen.Vandaag());
        const domain::Periode periode{*van ? **van : jaar.First(), *tot ? **tot : jaar.Last()};
        auto bedragen =
            services.arrangementen.BedragenPerSchool(*ctx.principal, ctx.path.at("code"), periode);
        if (!Check(req, res, bedragen)) return;
        WriteJson(res, ToJson(*bedragen));
      }});
}

}  // namespace passend::web
