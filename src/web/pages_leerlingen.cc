// Pages with personal data: the student list, a student's file, who looked at it; and the
// pages of beheer (accounts) and of aggregates (statistics).
#include <fmt/format.h>

#include "app/policy.h"
#include "domain/suppression.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"

namespace passend::web {

namespace {

std::string Naam(const std::string& voornaam, const std::string& tussenvoegsel,
                 const std::string& achternaam) {
  std::string naam = voornaam;
  if (!tussenvoegsel.empty()) naam += " " + tussenvoegsel;
  return naam + " " + achternaam;
}

// The Dutch name of a role code as stored in the audit trail (`systeem` for processes).
std::string RolLabel(const std::string& code) {
  auto rol = domain::ParseRol(code);
  return rol ? std::string(domain::RolNaam(*rol)) : code;
}

void LijstPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  app::LeerlingFilter filter;
  filter.naam = QueryValue(req, "naam").value_or("");
  auto page = PageParams(req, 50);
  if (!Check(req, res, page, ctx)) return;
  auto result = services.leerlingen.Lijst(*ctx.principal, ctx.client, filter, *page);
  if (!Check(req, res, result, ctx)) return;
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">Leerlingen</h1>\n"
      "<form class=\"passend-filter\" method=\"get\" action=\"/leerlingen\" role=\"search\">"
      "<div class=\"utrecht-form-field\"><label class=\"utrecht-form-label\" for=\"naam\">Zoek "
      "op naam</label> <input class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"naam\" "
      "name=\"naam\" type=\"search\" value=\"{}\"></div> <button class=\"utrecht-button "
      "utrecht-button--secondary-action\" type=\"submit\">Zoeken</button></form>\n",
      Escape(filter.naam));
  std::string rows;
  for (const auto& l : result->items) {
    rows += "<tr class=\"utrecht-table__row\">" +
            Cell(fmt::format("<a class=\"utrecht-link\" href=\"/leerlingen/{}\">{}</a>", l.id.value,
                             Escape(Naam(l.voornaam, l.tussenvoegsel, l.achternaam)))) +
            Cell(Escape(domain::FormatDutchDate(l.geboortedatum))) +
            Cell(Escape(l.school_naam.empty() ? "niet ingeschreven" : l.school_naam)) +
            Cell(Escape(l.woongemeente_naam)) + "</tr>\n";
  }
  if (rows.empty()) {
    body += "<p class=\"utrecht-paragraph\">Geen leerlingen gevonden.</p>\n";
  } else {
    body += Table("leerlingen-tabel", FormatCount(result->total) + " leerlingen",
                  {"Naam", "Geboortedatum", "School", "Woongemeente"}, rows);
  }
  const std::string base =
      "/leerlingen?" +
      (filter.naam.empty() ? "" : "naam=" + httplib::detail::encode_query_param(filter.naam) + "&");
  body += Pager(base, page->page, result->LastPage());
  WriteHtml(res, PageOptions{"Leerlingen", {}, &ctx}, body);
}

void DossierPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx) {
  auto id = ParseLeerlingId(ctx.path.at("id"));
  if (!Check(req, res, id, ctx)) return;
  auto inzicht = services.leerlingen.Dossier(*ctx.principal, ctx.client, *id);
  if (!Check(req, res, inzicht, ctx)) return;
  const auto& d = inzicht->dossier;
  const auto& l = d.record.leerling;
  const std::string naam = Naam(l.voornaam, l.tussenvoegsel, l.achternaam);
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">{}</h1>\n<dl class=\"passend-facts\">"
      "<dt>Geboortedatum</dt><dd>{}</dd><dt>Geslacht</dt><dd>{}</dd><dt>BSN</dt><dd>{}</dd>"
      "<dt>Postcode</dt><dd>{}</dd><dt>Woongemeente</dt><dd>{}</dd><dt>School</dt><dd>{}</dd>"
      "<dt>Samenwerkingsverband</dt><dd>{}</dd></dl>\n",
      Escape(naam), Escape(domain::FormatDutchDate(l.geboortedatum)),
      l.geslacht == domain::Geslacht::kMan     ? "jongen"
      : l.geslacht == domain::Geslacht::kVrouw ? "meisje"
                                               : "onbekend",
      Escape(inzicht->bsn_gemaskeerd), Escape(l.postcode.str()), Escape(d.gemeente_naam),
      Escape(d.school_naam.empty() ? "niet ingeschreven" : d.school_naam),
      Escape(d.plaats.swv.empty() ? "–" : d.plaats.swv));
  std::string verzorgers;
  for (const auto& v : l.verzorgers) {
    verzorgers += "<tr class=\"utrecht-table__row\">" + Cell(Escape(v.naam)) +
                  Cell(Escape(v.relatie)) + Cell(Escape(v.telefoon)) + Cell(Escape(v.email)) +
                  "</tr>";
  }
  body += "<h2 class=\"utrecht-heading-2\" id=\"verzorgers\">Ouders en verzorgers</h2>\n";
  if (verzorgers.empty()) {
    body += "<p class=\"utrecht-paragraph\">Geen ouders of verzorgers bekend.</p>\n";
  } else {
    body += Table("", "", {"Naam", "Relatie", "Telefoon", "E-mail"}, verzorgers, "verzorgers");
  }
  std::string inschrijvingen;
  for (const auto& regel : d.inschrijvingen) {
    const auto& i = regel.inschrijving;
    inschrijvingen += "<tr class=\"utrecht-table__row\">" + Cell(Escape(regel.school_naam)) +
                      Cell(Escape(domain::FormatDutchDate(i.van))) +
                      Cell(i.tot ? Escape(domain::FormatDutchDate(*i.tot)) : "heden") + "</tr>";
  }
  body += "<h2 class=\"utrecht-heading-2\" id=\"inschrijvingen\">Inschrijvingen</h2>\n";
  if (inschrijvingen.empty()) {
    body += "<p class=\"utrecht-paragraph\">Geen inschrijvingen bekend.</p>\n";
  } else {
    body += Table("", "", {"School", "Van", "Tot en met"}, inschrijvingen, "inschrijvingen");
  }
  if (app::MagAuditZien(*ctx.principal, d.plaats)) {
    body += fmt::format(
        "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" "
        "href=\"/leerlingen/{}/inzage\">Wie heeft dit dossier ingezien?</a></p>\n",
        l.id.value);
  }
  WriteHtml(res, PageOptions{naam, {{"/leerlingen", "Leerlingen"}}, &ctx}, body);
}

void InzagePage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = ParseLeerlingId(ctx.path.at("id"));
  if (!Check(req, res, id, ctx)) return;
  auto entries = services.leerlingen.Audit(*ctx.principal, ctx.client, *id);
  if (!Check(req, res, entries, ctx)) return;
  std::string rows;
  for (const auto& e : *entries) {
    rows += "<tr class=\"utrecht-table__row\">" + Cell(Escape(domain::FormatIsoTimestamp(e.at))) +
            Cell(Escape(e.actor.gebruiker)) +
            Cell(Escape(RolLabel(e.actor.rol) +
                        (e.actor.organisatie.empty() ? "" : " " + e.actor.organisatie))) +
            Cell(Escape(e.actie)) + Cell(Escape(e.wat)) + Cell(Escape(e.actor.client)) + "</tr>\n";
  }
  std::string body =
      "<h1 class=\"utrecht-heading-1\">Wie heeft dit dossier ingezien?</h1>\n"
      "<p class=\"utrecht-paragraph\">Elke keer dat iemand gegevens van deze leerling bekijkt "
      "of wijzigt, legt Passend vast wie dat was, in welke rol, wanneer en vanaf welk adres. "
      "Deze lijst kan niet worden gewijzigd.</p>\n" +
      Table("inzage-tabel", "Inzage en wijzigingen, nieuwste eerst",
            {"Tijdstip", "Gebruiker", "Rol", "Actie", "Wat", "Adres"}, rows);
  WriteHtml(res,
            PageOptions{"Inzage",
                        {{"/leerlingen", "Leerlingen"},
                         {"/leerlingen/" + std::to_string(id->value), "Dossier"}},
                        &ctx},
            body);
}

void GebruikersPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                    const RequestContext& ctx) {
  auto accounts = services.auth.ListUsers();
  if (!Check(req, res, accounts, ctx)) return;
  std::string rows;
  for (const auto& a : *accounts) {
    rows += "<tr class=\"utrecht-table__row\">" + Cell(Escape(a.gebruikersnaam)) +
            Cell(Escape(domain::RolNaam(a.rol))) +
            Cell(Escape(a.organisatie.empty() ? "–" : a.organisatie)) +
            Cell(Escape(domain::FormatIsoTimestamp(a.aangemaakt))) + "</tr>\n";
  }
  std::string body =
      "<h1 class=\"utrecht-heading-1\">Gebruikers</h1>\n<p class=\"utrecht-paragraph\">Nieuwe "
      "accounts maakt u met <code class=\"utrecht-code\">passend user add</code>.</p>\n" +
      Table("gebruikers-tabel", "Accounts", {"Gebruikersnaam", "Rol", "Organisatie", "Aangemaakt"},
            rows);
  WriteHtml(res, PageOptions{"Gebruikers", {}, &ctx}, body);
}

void StatistiekPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                    const RequestContext& ctx) {
  auto tellingen = services.publiek.LeerlingenPerSoort(std::nullopt);
  if (!Check(req, res, tellingen, ctx)) return;
  std::string rows;
  for (const auto& t : *tellingen) {
    // Counts leave through the suppression helper; large ones get Dutch digit grouping.
    rows += Row(Cell(Escape(t.swv.empty() ? "landelijk (cluster 1 en 2)" : t.swv)) +
                Cell(Escape(domain::SchoolSoortCode(t.soort))) +
                NumericCell(FormatSuppressedCount(t.aantal)));
  }
  std::string body =
      "<h1 class=\"utrecht-heading-1\">Statistieken</h1>\n<p class=\"utrecht-paragraph\">"
      "Aantal ingeschreven leerlingen per samenwerkingsverband en soort school. Aantallen van 1 "
      "tot en met 4 tonen we als &lt;5, zodat geen kind herkenbaar is.</p>\n" +
      Table("statistiek-tabel", "Leerlingen per samenwerkingsverband en soort school",
            {"Samenwerkingsverband", "Soort", {"Leerlingen", true}}, rows);
  WriteHtml(res, PageOptions{"Statistieken", {}, &ctx}, body);
}

}  // namespace

void AddLeerlingenPages(Router& router, const Services& services) {
  router.Add(Route{"GET",
                   "/leerlingen",
                   app::Permission::kLeerlingenLezen,
                   "Leerlingenlijst",
                   {{"naam", "Deel van de naam"}, {"page", "Paginanummer", "integer"}},
                   "",
                   Pagina(services, LijstPage)});
  router.Add(Route{"GET",
                   "/leerlingen/{id}",
                   app::Permission::kLeerlingenLezen,
                   "Dossier van een leerling",
                   {},
                   "",
                   Pagina(services, DossierPage)});
  router.Add(Route{"GET",
                   "/leerlingen/{id}/inzage",
                   app::Permission::kAuditLezen,
                   "Wie heeft dit dossier ingezien",
                   {},
                   "",
                   Pagina(services, InzagePage)});
  router.Add(Route{"GET",
                   "/beheer/gebruikers",
                   app::Permission::kGebruikersBeheren,
                   "Gebruikersbeheer",
                   {},
                   "",
                   Pagina(services, GebruikersPage)});
  router.Add(Route{"GET",
                   "/statistieken",
                   app::Permission::kStatistiekLezen,
                   "Statistieken",
                   {},
                   "",
                   Pagina(services, StatistiekPage)});
}

}  // namespace passend::web
