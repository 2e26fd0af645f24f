#include <fmt/format.h>

#include "web/geschil_html.h"
#include "web/html.h"
#include "web/params.h"
#include "web/problem.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"

namespace passend::web {

namespace {

std::string_view SoortNaam(domain::SchoolSoort soort) {
  switch (soort) {
    case domain::SchoolSoort::kBao:
      return "basisonderwijs";
    case domain::SchoolSoort::kSbo:
      return "speciaal basisonderwijs";
    case domain::SchoolSoort::kSo:
      return "speciaal onderwijs";
    case domain::SchoolSoort::kVso:
      return "voortgezet speciaal onderwijs";
    case domain::SchoolSoort::kVo:
      return "voortgezet onderwijs";
    case domain::SchoolSoort::kPro:
      return "praktijkonderwijs";
  }
  return "";
}

std::string SwvTable(const std::vector<app::SwvOverzicht>& swvs, domain::Sector sector,
                     const std::string& id, const std::string& caption) {
  std::string rows;
  for (const auto& item : swvs) {
    if (item.swv.sector() != sector) continue;
    rows +=
        Row(Cell(Escape(item.swv.code.str())) +
            Cell(fmt::format("<a class=\"utrecht-link\" href=\"/samenwerkingsverbanden/{}\">{}</a>",
                             Escape(item.swv.code.str()), Escape(item.swv.naam))) +
            NumericCell(FormatCount(item.aantal_scholen)) +
            NumericCell(FormatCount(item.aantal_leerlingen)));
  }
  if (rows.empty()) return "";
  return Table(id, caption, {"Code", "Naam", {"Scholen", true}, {"Leerlingen", true}}, rows);
}

void HomePage(const Services& services, const httplib::Request& req, httplib::Response& res,
              const RequestContext& ctx) {
  auto swvs = services.publiek.Samenwerkingsverbanden(app::PageRequest{1, app::kMaxPageSize});
  if (!swvs) {
    WriteProblem(req, res, swvs.error(), false, &ctx);
    return;
  }
  std::string body =
      "<h1 class=\"utrecht-heading-1\">Samenwerkingsverbanden passend onderwijs</h1>\n"
      "<p class=\"utrecht-paragraph\">Elk kind heeft recht op een passende plek op school, zo "
      "dicht mogelijk bij huis. Scholen werken daarvoor samen in regionale "
      "samenwerkingsverbanden. Kies een samenwerkingsverband om de scholen in de regio te "
      "zien.</p>\n";
  if (swvs->items.empty()) {
    body +=
        "<p class=\"utrecht-paragraph\">Er zijn nog geen samenwerkingsverbanden geregistreerd. "
        "Laad de demogegevens met <code class=\"utrecht-code\">passend demo</code>.</p>\n";
  }
  body += SwvTable(swvs->items, domain::Sector::kPo, "po", "Primair onderwijs (PO)");
  body += SwvTable(swvs->items, domain::Sector::kVo, "vo", "Voortgezet onderwijs (VO)");
  WriteHtml(res, PageOptions{"Samenwerkingsverbanden", {}, &ctx}, body);
}

std::string SoortFilterForm(const std::string& action, const std::string& current) {
  std::string options = "<option value=\"\">Alle soorten</option>";
  for (auto soort :
       {domain::SchoolSoort::kBao, domain::SchoolSoort::kSbo, domain::SchoolSoort::kSo,
        domain::SchoolSoort::kVso, domain::SchoolSoort::kVo, domain::SchoolSoort::kPro}) {
    const std::string code(domain::SchoolSoortCode(soort));
    options += fmt::format("<option value=\"{}\"{}>{}</option>", code,
                           code == current ? " selected" : "", Escape(SoortNaam(soort)));
  }
  return fmt::format(
      "<form class=\"passend-filter\" method=\"get\" action=\"{}\">"
      "<div class=\"utrecht-form-field utrecht-form-field--select\">"
      "<label class=\"utrecht-form-label\" for=\"type\">Soort school</label> "
      "<select class=\"utrecht-select utrecht-select--html-select\" id=\"type\" name=\"type\">{}"
      "</select></div> <button class=\"utrecht-button utrecht-button--secondary-action\" "
      "type=\"submit\">Filteren</button></form>\n",
      Escape(action), options);
}

void SwvPage(const Services& services, const httplib::Request& req, httplib::Response& res,
             const RequestContext& ctx) {
  auto code = domain::SwvCode::Parse(ctx.path.at("code"));
  if (!code) {
    WriteProblem(req, res,
                 domain::Error{domain::ErrorCode::kNotFound,
                               "Er is geen samenwerkingsverband met deze code.", ""},
                 false, &ctx);
    return;
  }
  auto swv = services.publiek.Samenwerkingsverband(*code);
  if (!swv) {
    WriteProblem(req, res, swv.error(), false, &ctx);
    return;
  }
  app::SchoolFilter filter;
  filter.swv = *code;
  const std::string soort_text = QueryValue(req, "type").value_or("");
  if (!soort_text.empty()) {
    auto soort = domain::ParseSchoolSoort(soort_text);
    if (!soort) {
      WriteProblem(
          req, res,
          domain::Error{domain::ErrorCode::kInvalid, "Kies een bestaande soort school.", "type"},
          false, &ctx);
      return;
    }
    filter.soort = *soort;
  }
  auto scholen = services.publiek.Scholen(filter, app::PageRequest{1, app::kMaxPageSize});
  if (!scholen) {
    WriteProblem(req, res, scholen.error(), false, &ctx);
    return;
  }
  std::string rows;
  for (const auto& item : scholen->items) {
    const auto& school = item.school;
    rows +=
        Row(Cell(fmt::format("<a class=\"utrecht-link\" href=\"/scholen/{}\">{}</a>",
                             Escape(school.code.str()), Escape(school.naam))) +
            Cell(Escape(SoortNaam(school.soort)) +
                 (school.cluster ? fmt::format(" (cluster {})", *school.cluster) : "")) +
            Cell(Escape(school.adres.plaats)) + NumericCell(FormatCount(item.aantal_leerlingen)));
  }
  const auto& s = swv->swv;
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">{}</h1>\n"
      "<dl class=\"passend-facts\"><dt>Code</dt><dd>{}</dd><dt>Sector</dt><dd>{}</dd>"
      "<dt>Scholen</dt><dd>{}</dd><dt>Leerlingen</dt><dd>{}</dd></dl>\n"
      "<h2 class=\"utrecht-heading-2\">Scholen in de regio</h2>\n{}",
      Escape(s.naam), Escape(s.code.str()),
      s.sector() == domain::Sector::kPo ? "primair onderwijs" : "voortgezet onderwijs",
      FormatCount(swv->aantal_scholen), FormatCount(swv->aantal_leerlingen),
      SoortFilterForm("/samenwerkingsverbanden/" + s.code.str(), soort_text));
  if (rows.empty()) {
    body += "<p class=\"utrecht-paragraph\">Geen scholen gevonden.</p>\n";
  } else {
    body += Table("scholen", FormatCount(scholen->total) + " schoolvestigingen",
                  {"School", "Soort", "Plaats", {"Leerlingen", true}}, rows);
  }
  // Parents look here for whom to turn to: the ladder and the steunpunt are public.
  auto instellingen = services.instellingen.Get(*code);
  if (!instellingen) {
    WriteProblem(req, res, instellingen.error(), false, &ctx);
    return;
  }
  body += LadderUitlegHtml(*instellingen);
  WriteHtml(res, PageOptions{s.naam, {{"/", "Samenwerkingsverbanden"}}, &ctx}, body);
}

void SchoolPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto code = domain::Vestigingscode::Parse(ctx.path.at("code"));
  auto school =
      code ? services.publiek.School(*code)
           : domain::Result<app::SchoolOverzicht>(std::unexpected(domain::Error{
                 domain::ErrorCode::kNotFound, "Er is geen schoolvestiging met deze code.", ""}));
  if (!school) {
    WriteProblem(req, res, school.error(), false, &ctx);
    return;
  }
  const auto& s = school->school;
  std::vector<NavLink> crumbs{{"/", "Samenwerkingsverbanden"}};
  if (s.swv) crumbs.push_back({"/samenwerkingsverbanden/" + s.swv->str(), s.swv->str()});
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">{}</h1>\n<dl class=\"passend-facts\">"
      "<dt>Code (BRIN en vestiging)</dt><dd>{}</dd><dt>Soort</dt><dd>{}{}</dd>"
      "<dt>Adres</dt><dd>{} {}, {} {}</dd><dt>Gemeente</dt><dd>{}</dd>"
      "<dt>Bestuur</dt><dd>{}</dd><dt>Samenwerkingsverband</dt><dd>{}</dd>"
      "<dt>Leerlingen</dt><dd>{}</dd></dl>\n",
      Escape(s.naam), Escape(s.code.str()), Escape(SoortNaam(s.soort)),
      s.cluster ? fmt::format(", cluster {}", *s.cluster) : "", Escape(s.adres.straat),
      Escape(s.adres.huisnummer), Escape(s.adres.postcode.str()), Escape(s.adres.plaats),
      Escape(school->gemeente_naam), Escape(school->bestuur_naam),
      s.swv ? Escape(s.swv->str()) : "landelijk (cluster 1 of 2)",
      FormatCount(school->aantal_leerlingen));
  // Issue 5 item 2: the support profile is public, on the school's own page.
  std::optional<int> versie;
  if (auto v = QueryValue(req, "versie"); v && !v->empty()) {
    auto n = IntParam(req, "versie", 0);
    if (!Check(req, res, n, ctx)) return;
    versie = static_cast<int>(*n);
  }
  body += OndersteuningsprofielSectie(services, s.code, versie);
  body += BasisondersteuningSectie(services, s.code);
  // Issue 8 item 7: what the school receives for support is public (seed 000 #15).
  body += fmt::format(
      "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" "
      "href=\"/scholen/{}/ondersteuningsgeld\">Ondersteuningsgeld van deze school</a></p>\n",
      Escape(s.code.str()));
  WriteHtml(res, PageOptions{s.naam, crumbs, &ctx}, body);
}

}  // namespace

void AddRegistryPages(Router& router, const Services& services) {
  router.Add(Route{"GET",
                   "/",
                   app::Permission::kPubliek,
                   "Startpagina",
                   {},
                   "",
                   [&services](const httplib::Request& req, httplib::Response& res,
                               const RequestContext& ctx) { HomePage(services, req, res, ctx); }});
  router.Add(Route{"GET",
                   "/samenwerkingsverbanden/{code}",
                   app::Permission::kPubliek,
                   "Pagina van een samenwerkingsverband",
                   {{"type", "Soort school"}},
                   "",
                   [&services](const httplib::Request& req, httplib::Response& res,
                               const RequestContext& ctx) { SwvPage(services, req, res, ctx); }});
  router.Add(
      Route{"GET",
            "/scholen/{code}",
            app::Permission::kPubliek,
            "Pagina van een schoolvestiging met haar ondersteuningsprofiel",
            {{"versie", "Een eerdere versie van het ondersteuningsprofiel", "integer"}},
            "",
            [&services](const httplib::Request& req, httplib::Response& res,
                        const RequestContext& ctx) { SchoolPage(services, req, res, ctx); }});
}

}  // namespace passend::web
