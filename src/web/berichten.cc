// Messages to parents (berichten): the API and the page in the parent portal.
#include <fmt/format.h>

#include "web/bericht_json.h"
#include "web/params.h"
#include "web/registry_json.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"

namespace passend::web {

using nlohmann::json;

namespace {

domain::Result<int64_t> BerichtId(const RequestContext& ctx) {
  return ParseId(ctx.path.at("id"), "Dit bericht is niet gevonden.");
}

void PaginaBerichten(const Services& services, const httplib::Request& req, httplib::Response& res,
                     const RequestContext& ctx) {
  auto page = PageParams(req, 50);
  if (!Check(req, res, page, ctx)) return;
  auto overzicht = services.berichten.Lijst(*ctx.principal, ctx.client, *page);
  if (!Check(req, res, overzicht, ctx)) return;
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">Berichten</h1>\n<p class=\"utrecht-paragraph\">Hier leest "
      "u wat er verandert in de aanmelding of het geschil van uw kind. {}</p>\n",
      overzicht->ongelezen == 0 ? std::string("U heeft alles gelezen.")
      : overzicht->ongelezen == 1
          ? std::string("U heeft 1 ongelezen bericht.")
          : fmt::format("U heeft {} ongelezen berichten.", overzicht->ongelezen));
  if (overzicht->berichten.items.empty()) {
    body += "<p class=\"utrecht-paragraph\">Er zijn nog geen berichten.</p>\n";
  }
  for (const auto& b : overzicht->berichten.items) {
    const bool nieuw = !b.gelezen_op;
    body += fmt::format(
        "<article class=\"passend-bericht{}\" aria-labelledby=\"bericht-{}\"><h2 "
        "class=\"utrecht-heading-3\" id=\"bericht-{}\">{}{}</h2><p class=\"utrecht-paragraph "
        "passend-bericht__datum\">{}</p><p class=\"utrecht-paragraph\">{}</p>{}{}</article>\n",
        nieuw ? " passend-bericht--nieuw" : "", b.id, b.id,
        nieuw ? "<span class=\"utrecht-status-badge passend-badge\">Nieuw</span> " : "",
        Escape(b.onderwerp), Escape(domain::FormatDutchTimestamp(b.aangemaakt)), Escape(b.tekst),
        b.link.empty() ? ""
                       : fmt::format("<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" "
                                     "href=\"{}\">Bekijk de details</a></p>",
                                     Escape(b.link)),
        nieuw ? fmt::format("<form method=\"post\" action=\"/berichten/{}/gelezen\">{}<button "
                            "class=\"utrecht-button utrecht-button--secondary-action\" "
                            "type=\"submit\">Markeer als gelezen<span class=\"passend-sr-only\">: "
                            "{}</span></button></form>",
                            b.id, CsrfField(ctx.csrf), Escape(b.onderwerp))
              : "");
  }
  body += Pager("/berichten?", page->page, overzicht->berichten.LastPage());
  WriteHtml(res, PageOptions{"Berichten", {{"/", "Home"}}, &ctx}, body);
}

void GelezenPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx) {
  auto id = BerichtId(ctx);
  if (!Check(req, res, id, ctx)) return;
  auto gelezen = services.berichten.Gelezen(*ctx.principal, ctx.client, *id);
  if (!Check(req, res, gelezen, ctx)) return;
  SeeOther(res, "/berichten");
}

}  // namespace

json ToJson(const app::Bericht& b) {
  return json{{"id", b.id},
              {"leerling", b.leerling.value},
              {"aangemaakt", domain::FormatIsoTimestamp(b.aangemaakt)},
              {"onderwerp", b.onderwerp},
              {"tekst", b.tekst},
              {"link", b.link.empty() ? json(nullptr) : json(b.link)},
              {"gelezen", b.gelezen_op.has_value()}};
}

void AddBerichten(Router& router, const Services& services) {
  router.Add(Route{
      "GET",
      "/api/v1/berichten",
      app::Permission::kBerichtenLezen,
      "Berichten aan de ouders over hun kinderen, nieuwste eerst",
      {{"page", "Paginanummer, vanaf 1", "integer"},
       {"pageSize", "Aantal per pagina, 1 tot en met 1000", "integer"}},
      "BerichtPagina",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto page = PageParams(req);
        if (!Check(req, res, page)) return;
        auto overzicht = services.berichten.Lijst(*ctx.principal, ctx.client, *page);
        if (!Check(req, res, overzicht)) return;
        json body = PageToJson(overzicht->berichten, "berichten", "/api/v1/berichten");
        body["ongelezen"] = overzicht->ongelezen;
        WriteJson(res, body);
      }});
  router.Add(Route{
      "POST",
      "/api/v1/berichten/{id}/gelezen",
      app::Permission::kBerichtenLezen,
      "Markeer een bericht als gelezen",
      {},
      "",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto id = BerichtId(ctx);
        if (!Check(req, res, id)) return;
        auto gelezen = services.berichten.Gelezen(*ctx.principal, ctx.client, *id);
        if (!Check(req, res, gelezen)) return;
        res.status = 204;
      },
      CsrfCheck::kSessie,
      204});
  router.Add(Route{"GET",
                   "/berichten",
                   app::Permission::kBerichtenLezen,
                   "Berichten aan de ouders",
                   {{"page", "Paginanummer"}},
                   "",
                   Pagina(services, PaginaBerichten)});
  router.Add(Route{"POST",
                   "/berichten/{id}/gelezen",
                   app::Permission::kBerichtenLezen,
                   "Markeer een bericht als gelezen",
                   {},
                   "",
                   Pagina(services, GelezenPost)});
}

}  // namespace passend::web
