// API routes for sessions, the current account, accounts (beheer) and aggregates.
#include "domain/suppression.h"
#include "web/leerling_json.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

using nlohmann::json;

namespace {

domain::Result<std::string> StringField(const json& body, const std::string& name) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string() || it->get<std::string>().empty()) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Vul '" + name + "' in.", name);
  }
  return it->get<std::string>();
}

}  // namespace

void AddAuthApi(Router& router, const Services& services) {
  router.Add(Route{
      "POST",
      "/api/v1/sessies",
      app::Permission::kPubliek,
      "Inloggen: start een sessie met gebruikersnaam en wachtwoord; geeft een bearer-token",
      {},
      "Sessie",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto body = JsonBody(req);
        if (!Check(req, res, body)) return;
        auto naam = StringField(*body, "gebruikersnaam");
        if (!Check(req, res, naam)) return;
        auto wachtwoord = StringField(*body, "wachtwoord");
        if (!Check(req, res, wachtwoord)) return;
        auto sessie = services.auth.Login(*naam, *wachtwoord, ctx.client);
        if (!Check(req, res, sessie)) return;
        WriteJson(res,
                  json{{"token", sessie->token},
                       {"tokenType", "Bearer"},
                       {"verlooptBijInactiviteit", domain::FormatIsoTimestamp(sessie->verloopt)},
                       {"gebruiker", ToJson(sessie->principal)}},
                  201);
      },
      CsrfCheck::kSessie,
      201});

  router.Add(Route{
      "DELETE",
      "/api/v1/sessies/huidige",
      app::Permission::kIngelogd,
      "Uitloggen: beëindigt de sessie van het bearer-token",
      {},
      "",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        const std::string header = req.get_header_value("Authorization");
        const std::string token =
            header.rfind("Bearer ", 0) == 0 ? header.substr(7) : ctx.sessie_token;
        auto ok = services.auth.Logout(token, ctx.client);
        if (!Check(req, res, ok)) return;
        res.status = 204;
      },
      CsrfCheck::kSessie,
      204});

  router.Add(Route{"GET",
                   "/api/v1/gebruikers/ik",
                   app::Permission::kIngelogd,
                   "Het ingelogde account: gebruikersnaam, rol en organisatie",
                   {},
                   "Gebruiker",
                   [](const httplib::Request&, httplib::Response& res, const RequestContext& ctx) {
                     WriteJson(res, ToJson(*ctx.principal));
                   }});

  router.Add(Route{
      "GET",
      "/api/v1/gebruikers",
      app::Permission::kGebruikersBeheren,
      "Alle accounts met rol en organisatie (gebruikersbeheer)",
      {},
      "GebruikerLijst",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext&) {
        auto accounts = services.auth.ListUsers();
        if (!Check(req, res, accounts)) return;
        json items = json::array();
        for (const auto& account : *accounts) items.push_back(ToJson(account));
        WriteJson(res, json{{"_embedded", {{"gebruikers", items}}}, {"totaal", items.size()}});
      }});

  router.Add(Route{
      "GET",
      "/api/v1/statistieken/leerlingen",
      app::Permission::kStatistiekLezen,
      "Aantal leerlingen per samenwerkingsverband en soort school; aantallen 1 tot en met 4 "
      "als <5",
      {{"swv", "Code van het samenwerkingsverband (optioneel)"}},
      "Statistiek",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext&) {
        auto swv = OptionalParam<domain::SwvCode>(req, "swv", domain::SwvCode::Parse);
        if (!Check(req, res, swv)) return;
        auto tellingen = services.publiek.LeerlingenPerSoort(*swv);
        if (!Check(req, res, tellingen)) return;
        json rows = json::array();
        for (const auto& t : *tellingen) {
          // Every count leaves through the one suppression helper.
          rows.push_back({{"samenwerkingsverband", t.swv.empty() ? json(nullptr) : json(t.swv)},
                          {"soort", domain::SchoolSoortCode(t.soort)},
                          {"aantal", domain::SuppressedCount(t.aantal)}});
        }
        WriteJson(res, json{{"peildatum", "actueel"}, {"tellingen", rows}});
      }});
}

}  // namespace passend::web
