// Pages for the arrangementen (issue 7 item 1; docs/arrangementen.md): `/arrangementen` shows
// the SWV its catalogue (with a form for a new package and a button to deactivate one), the
// form to assign a package to a student, and the assignments; the school, the board and the
// parent see the assignments of the students in their scope (a parent: the own child). The
// same use cases as the API; amounts are typed in euros and kept in cents; no JavaScript.
#include <fmt/format.h>

#include "web/form_fields.h"
#include "web/params.h"
#include "web/problem.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"

namespace passend::web {

namespace {

constexpr int kPaginagrootte = 50;
const std::vector<NavLink> kKruimels{{"/", "Home"}};

// Which form on the page an error belongs to.
enum class Formulier { kGeen, kNieuw, kToekennen };

struct Invoer {
  Formulier formulier = Formulier::kGeen;
  Formulierwaarden waarden;
  VeldFout fout;
};

std::string W(const Formulierwaarden& w, const std::string& naam) { return Ingevuld(w, naam); }

// An amount typed in euros (`4.500,00`); kInvalid naming `veld` when it is no amount.
domain::Result<std::optional<domain::Cents>> Euro(const Formulierwaarden& w, const char* veld) {
  const std::string tekst = W(w, veld);
  if (tekst.empty()) return std::optional<domain::Cents>();
  auto bedrag = domain::Cents::ParseEuro(tekst);
  if (!bedrag) return domain::Fail(domain::ErrorCode::kInvalid, bedrag.error().message, veld);
  return std::optional<domain::Cents>(*bedrag);
}

// The message beside its field when the form has that field, otherwise above the form.
std::string Boven(const Invoer& invoer, Formulier formulier,
                  std::initializer_list<std::string_view> velden, const std::string& id) {
  if (invoer.formulier != formulier || invoer.fout.melding.empty()) return "";
  for (auto v : velden) {
    if (v == invoer.fout.veld) return "";
  }
  return FormulierMelding(id, invoer.fout.melding);
}

std::string Fout(const Invoer& invoer, Formulier formulier, std::string_view veld) {
  return invoer.formulier == formulier ? FoutVoor(invoer.fout, veld) : "";
}

std::string Waarde(const Invoer& invoer, Formulier formulier, const std::string& naam) {
  return invoer.formulier == formulier ? web::Waarde(invoer.waarden, naam) : "";
}

std::string TariefNaam(domain::Tarief tarief) {
  return tarief == domain::Tarief::kBudget ? "budget" : "per leerling per jaar";
}

std::string CatalogusHtml(const app::Page<domain::Arrangement>& catalogus,
                          const RequestContext& ctx) {
  std::string rows;
  for (const auto& a : catalogus.items) {
    std::string actie = "Gedeactiveerd";
    if (a.actief) {
      actie = fmt::format(
          "<form method=\"post\" action=\"/arrangementen/{}/deactiveren\">{}<button "
          "class=\"utrecht-button utrecht-button--secondary-action\" type=\"submit\" "
          "aria-label=\"{} deactiveren\">Deactiveren</button></form>",
          a.id, CsrfField(ctx.csrf), Escape(a.naam));
    }
    rows += Row(
        Cell(Escape(a.naam) +
             (a.omschrijving.empty() ? "" : "<br><small>" + Escape(a.omschrijving) + "</small>")) +
        Cell(Escape(domain::ArrangementSoortNaam(a.soort))) +
        NumericCell(Escape(a.bedrag.Format())) + Cell(TariefNaam(a.tarief)) + Cell(actie));
  }
  if (rows.empty()) {
    return "<p class=\"utrecht-paragraph\">De catalogus is nog leeg.</p>\n";
  }
  return Table(
      "arrangementen-tabel",
      FormatCount(catalogus.total) + (catalogus.total == 1 ? " arrangement in de catalogus"
                                                           : " arrangementen in de catalogus"),
      {"Naam", "Soort", "Bedrag", "Tarief", "Actief"}, rows);
}

std::string NieuwFormulier(const RequestContext& ctx, const Invoer& invoer) {
  constexpr Formulier f = Formulier::kNieuw;
  std::vector<Keuze> soorten;
  for (auto s : domain::kAlleArrangementSoorten) {
    soorten.push_back({std::string(domain::ArrangementSoortCode(s)),
                       std::string(domain::ArrangementSoortNaam(s))});
  }
  const std::string tarief = Waarde(invoer, f, "tarief");
  return "<h2 class=\"utrecht-heading-2\" id=\"nieuw\">Nieuw arrangement</h2>\n" +
         Boven(invoer, f, {"naam", "soort", "omschrijving", "tarief", "bedrag"}, "fout-nieuw") +
         fmt::format(
             "<form method=\"post\" action=\"/arrangementen\" novalidate>{}{}{}{}{}{}{}</form>\n",
             CsrfField(ctx.csrf),
             Tekstveld({"arr-naam", "naam", "Naam", "", Fout(invoer, f, "naam")},
                       Waarde(invoer, f, "naam")),
             Keuzelijst({"arr-soort", "soort", "Soort", "", Fout(invoer, f, "soort")}, soorten,
                        Waarde(invoer, f, "soort")),
             Tekstvak({"arr-omschrijving", "omschrijving", "Omschrijving", "",
                       Fout(invoer, f, "omschrijving")},
                      Waarde(invoer, f, "omschrijving")),
             Groep({"arr-tarief", "tarief", "Tarief", "", Fout(invoer, f, "tarief")}, "radio",
                   {{"per-leerling-per-jaar", "Prijs per leerling per jaar"},
                    {"budget", "Budget voor het arrangement"}},
                   {tarief.empty() ? "per-leerling-per-jaar" : tarief}),
             Tekstveld({"arr-bedrag", "bedrag", "Bedrag in euro",
                        "Bijvoorbeeld 4.500,00. Wordt in hele centen bewaard.",
                        Fout(invoer, f, "bedrag")},
                       Waarde(invoer, f, "bedrag"), "text", " inputmode=\"decimal\""),
             Knop("Arrangement toevoegen"));
}

std::string ToekennenFormulier(const app::Page<domain::Arrangement>& catalogus,
                               const RequestContext& ctx, const Invoer& invoer) {
  constexpr Formulier f = Formulier::kToekennen;
  std::vector<Keuze> actief;
  for (const auto& a : catalogus.items) {
    if (a.actief) {
      actief.push_back({std::to_string(a.id), fmt::format("{} ({})", a.naam, a.bedrag.Format())});
    }
  }
  if (actief.empty()) {
    // Without a select to show it beside, a refusal (a package just deactivated) goes above.
    return "<h2 class=\"utrecht-heading-2\" id=\"toekennen\">Arrangement toekennen</h2>\n" +
           Boven(invoer, f, {}, "fout-toekennen") +
           "<p class=\"utrecht-paragraph\">Voeg eerst een actief arrangement toe.</p>\n";
  }
  return "<h2 class=\"utrecht-heading-2\" id=\"toekennen\">Arrangement toekennen</h2>\n" +
         Boven(invoer, f, {"arrangement", "leerling", "school", "van", "tot", "bedrag"},
               "fout-toekennen") +
         fmt::format(
             "<form method=\"post\" action=\"/arrangementen/toekenningen\" "
             "novalidate>{}{}{}{}{}{}{}{}</form>\n",
             CsrfField(ctx.csrf),
             Keuzelijst({"tk-arrangement", "arrangement", "Arrangement", "",
                         Fout(invoer, f, "arrangement")},
                        actief, Waarde(invoer, f, "arrangement")),
             Tekstveld({"tk-leerling", "leerling", "Leerlingnummer",
                        "Het nummer uit het leerlingdossier.", Fout(invoer, f, "leerling")},
                       Waarde(invoer, f, "leerling"), "text", " inputmode=\"numeric\""),
             Tekstveld({"tk-school", "school", "School waar de ondersteuning is",
                        "De vestigingscode, bijvoorbeeld 10AA00.", Fout(invoer, f, "school")},
                       Waarde(invoer, f, "school")),
             Tekstveld({"tk-van", "van", "Van", "", Fout(invoer, f, "van")},
                       Waarde(invoer, f, "van"), "date"),
             Tekstveld({"tk-tot", "tot", "Tot en met", "", Fout(invoer, f, "tot")},
                       Waarde(invoer, f, "tot"), "date"),
             Tekstveld({"tk-bedrag", "bedrag", "Bedrag in euro",
                        "Leeg laten voor het bedrag uit de catalogus.", Fout(invoer, f, "bedrag")},
                       Waarde(invoer, f, "bedrag"), "text", " inputmode=\"decimal\""),
             Knop("Toekennen"));
}

std::string ToekenningenHtml(const app::Page<app::ToekenningOverzicht>& lijst,
                             const std::string& pager_base, int64_t pagina) {
  std::string rows;
  for (const auto& o : lijst.items) {
    const auto& t = o.toekenning;
    std::string einde = "Loopt";
    if (t.einde) {
      einde = domain::IsIngetrokken(t)
                  ? "Ingetrokken: " + Escape(t.einde->reden)
                  : fmt::format("Beëindigd op {}: {}", domain::FormatDutchDate(t.einde->op),
                                Escape(t.einde->reden));
    }
    rows += Row(Cell(Escape(o.leerling_naam)) + Cell(Escape(o.arrangement_naam)) +
                Cell(Escape(o.school_naam)) +
                Cell(fmt::format("{} tot en met {}", domain::FormatDutchDate(t.van),
                                 domain::FormatDutchDate(t.tot))) +
                NumericCell(Escape(t.bedrag.Format())) + Cell(einde));
  }
  std::string html = "<h2 class=\"utrecht-heading-2\" id=\"toekenningen\">Toekenningen</h2>\n";
  if (rows.empty()) {
    return html +
           "<p class=\"utrecht-paragraph\">Er zijn geen toekenningen binnen uw bereik.</p>\n";
  }
  return html +
         Table("toekenningen-tabel",
               FormatCount(lijst.total) + (lijst.total == 1 ? " toekenning" : " toekenningen"),
               {"Leerling", "Arrangement", "School", "Periode", "Bedrag", "Stand"}, rows) +
         Pager(pager_base, pagina, lijst.LastPage());
}

void Render(const Services& services, const httplib::Request& req, httplib::Response& res,
            const RequestContext& ctx, const Invoer& invoer, int status) {
  auto page = PageParams(req, kPaginagrootte);
  if (!Check(req, res, page, ctx)) return;
  app::ToekenningFilter filter;
  std::string pager_base = "/arrangementen?";
  if (auto leerling = QueryValue(req, "leerling"); leerling && !leerling->empty()) {
    auto id = ParseId(*leerling, "Deze leerling is niet gevonden.");
    if (!Check(req, res, id, ctx)) return;
    filter.leerling = domain::LeerlingId{*id};
    pager_base = "/arrangementen?leerling=" + std::to_string(*id) + "&";
  }
  const bool swv = ctx.principal->rol == domain::Rol::kSwv;
  std::string body = "<h1 class=\"utrecht-heading-1\">Arrangementen</h1>\n";
  if (swv) {
    // The SWV's own catalogue, all of it: a catalogue is tens of packages, not thousands.
    auto catalogus = services.arrangementen.Catalogus(*ctx.principal, {},
                                                      app::PageRequest{1, app::kMaxPageSize});
    if (!Check(req, res, catalogus, ctx)) return;
    body +=
        "<p class=\"utrecht-paragraph\">De ondersteuningspakketten die uw samenwerkingsverband "
        "financiert, met hun prijs per leerling per jaar of hun budget. Een arrangement wordt "
        "nooit verwijderd: deactiveer het, dan blijven de toekenningen zichtbaar.</p>\n" +
        CatalogusHtml(*catalogus, ctx) + NieuwFormulier(ctx, invoer) +
        ToekennenFormulier(*catalogus, ctx, invoer);
  } else {
    body +=
        "<p class=\"utrecht-paragraph\">De arrangementen die het samenwerkingsverband heeft "
        "toegekend aan de leerlingen binnen uw bereik: welke ondersteuning, waar, hoe lang en "
        "voor welk bedrag.</p>\n";
  }
  auto lijst = services.arrangementen.Toekenningen(*ctx.principal, ctx.client, filter, *page);
  if (!Check(req, res, lijst, ctx)) return;
  body += ToekenningenHtml(*lijst, pager_base, page->page);
  res.status = status;
  WriteHtml(res, PageOptions{"Arrangementen", kKruimels, &ctx}, body);
}

void LijstPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  Render(services, req, res, ctx, {}, 200);
}

// After a form: back to the page (post/redirect/get), the page again with the message beside
// the field when the user can fix it, or the error page.
template <typename T>
void Na(const Services& services, const httplib::Request& req, httplib::Response& res,
        const RequestContext& ctx, Formulier formulier, const domain::Result<T>& result,
        const std::string& anker) {
  if (result) {
    SeeOther(res, "/arrangementen#" + anker);
    return;
  }
  if (IsFormulierFout(result.error()) &&
      (result.error().code != domain::ErrorCode::kNotFound || !result.error().field.empty())) {
    Render(services, req, res, ctx, Invoer{formulier, LeesFormulier(req), FoutVan(result.error())},
           StatusFor(result.error().code));
    return;
  }
  Check(req, res, result, ctx);
}

void NieuwPost(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto result = [&]() -> domain::Result<domain::Arrangement> {
    domain::Arrangement a;
    PASSEND_ASSIGN_OR_RETURN(a.soort, domain::ParseArrangementSoort(W(w, "soort")));
    a.naam = W(w, "naam");
    a.omschrijving = W(w, "omschrijving");
    PASSEND_ASSIGN_OR_RETURN(a.tarief, domain::ParseTarief(W(w, "tarief")));
    PASSEND_ASSIGN_OR_RETURN(auto bedrag, Euro(w, "bedrag"));
    if (!bedrag) {
      return domain::Fail(domain::ErrorCode::kInvalid, "Vul het bedrag in euro in.", "bedrag");
    }
    a.bedrag = *bedrag;
    return services.arrangementen.NieuwArrangement(*ctx.principal, ctx.client, a);
  }();
  Na(services, req, res, ctx, Formulier::kNieuw, result, "arrangementen-tabel");
}

void DeactiveerPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                    const RequestContext& ctx) {
  auto id = ParseId(ctx.path.at("id"), "Dit arrangement is niet gevonden.");
  if (!Check(req, res, id, ctx)) return;
  app::ArrangementWijziging w;
  w.actief = false;
  auto result = services.arrangementen.WijzigArrangement(*ctx.principal, ctx.client, *id, w);
  Na(services, req, res, ctx, Formulier::kGeen, result, "arrangementen-tabel");
}

void ToekennenPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                   const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto result = [&]() -> domain::Result<app::ToekenningOverzicht> {
    app::NieuweToekenning nieuw;
    auto arrangement = ParseId(W(w, "arrangement"), "");
    if (!arrangement) {
      return domain::Fail(domain::ErrorCode::kInvalid, "Kies een arrangement.", "arrangement");
    }
    nieuw.arrangement = *arrangement;
    auto leerling = ParseId(W(w, "leerling"), "");
    if (!leerling) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "Vul het leerlingnummer in (alleen cijfers).", "leerling");
    }
    nieuw.leerling = domain::LeerlingId{*leerling};
    nieuw.school = W(w, "school");
    PASSEND_ASSIGN_OR_RETURN(auto van, FormulierDatum(w, "van"));
    PASSEND_ASSIGN_OR_RETURN(auto tot, FormulierDatum(w, "tot"));
    if (!van) return domain::Fail(domain::ErrorCode::kInvalid, "Vul de begindatum in.", "van");
    if (!tot) return domain::Fail(domain::ErrorCode::kInvalid, "Vul de einddatum in.", "tot");
    nieuw.van = *van;
    nieuw.tot = *tot;
    PASSEND_ASSIGN_OR_RETURN(nieuw.bedrag, Euro(w, "bedrag"));
    return services.arrangementen.KenToe(*ctx.principal, ctx.client, nieuw);
  }();
  Na(services, req, res, ctx, Formulier::kToekennen, result, "toekenningen");
}

}  // namespace

void AddArrangementenPages(Router& router, const Services& services) {
  router.Add(Route{"GET",
                   "/arrangementen",
                   app::Permission::kArrangementLezen,
                   "Arrangementen: de catalogus en de toekenningen binnen uw bereik",
                   {{"page", "Paginanummer", "integer"}, {"leerling", "Id van de leerling"}},
                   "",
                   Pagina(services, LijstPage)});
  router.Add(Route{"POST",
                   "/arrangementen",
                   app::Permission::kArrangementBeheren,
                   "Een arrangement aan de catalogus toevoegen met het formulier",
                   {},
                   "",
                   Pagina(services, NieuwPost)});
  router.Add(Route{"POST",
                   "/arrangementen/toekenningen",
                   app::Permission::kArrangementBeheren,
                   "Een arrangement toekennen aan een leerling met het formulier",
                   {},
                   "",
                   Pagina(services, ToekennenPost)});
  router.Add(Route{"POST",
                   "/arrangementen/{id}/deactiveren",
                   app::Permission::kArrangementBeheren,
                   "Een arrangement deactiveren (het blijft bewaard)",
                   {},
                   "",
                   Pagina(services, DeactiveerPost)});
}

}  // namespace passend::web
