// Pages for TLV requests (issue 7, domain.md §3.3): the list in scope, the school's request
// form (support need, what was tried, the parents' view, the student's view), one request
// with its advices, the advice form (school, SWV), the committee's decision form (SWV) and the
// parent's request for an evaluation moment on a whole-career TLV. The same use cases as the
// API; no JavaScript.
#include <fmt/format.h>

#include "app/policy.h"
#include "web/aanmelding_html.h"
#include "web/form_fields.h"
#include "web/formulier_flow.h"
#include "web/params.h"
#include "web/problem.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"

namespace passend::web {

namespace {

constexpr int kPaginagrootte = 50;
const std::vector<NavLink> kKruimels{{"/", "Home"}, {"/tlv", "TLV"}};

std::string W(const Formulierwaarden& w, const std::string& naam) { return Ingevuld(w, naam); }

std::string StatusNaam(app::TlvStatus status) {
  switch (status) {
    case app::TlvStatus::kOpen:
      return "Wacht op adviezen";
    case app::TlvStatus::kCompleet:
      return "Bij de commissie";
    case app::TlvStatus::kBesloten:
      return "Besloten";
  }
  return "";
}

// The message beside its field when the form has that field, otherwise above the form.
std::string Boven(const VeldFout& fout, std::initializer_list<std::string_view> velden,
                  const std::string& id) {
  if (fout.melding.empty()) return "";
  for (auto v : velden) {
    if (v == fout.veld) return "";
  }
  return FormulierMelding(id, fout.melding);
}

void LijstPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  auto page = PageParams(req, kPaginagrootte);
  if (!Check(req, res, page, ctx)) return;
  auto result = services.tlv.Lijst(*ctx.principal, ctx.client, {}, *page);
  if (!Check(req, res, result, ctx)) return;
  std::string body = "<h1 class=\"utrecht-heading-1\">Toelaatbaarheidsverklaringen</h1>\n";
  if (ctx.principal->rol == domain::Rol::kSchool) {
    body +=
        "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"/tlv/nieuw\">Nieuwe "
        "TLV-aanvraag</a></p>\n";
  }
  std::string rows;
  for (const auto& t : result->items) {
    const auto& a = t.overzicht.aanvraag;
    rows +=
        Row(Cell(fmt::format("<a class=\"utrecht-link\" href=\"/tlv/{}\">{}</a>", a.id,
                             Escape(t.overzicht.leerling_naam))) +
            Cell(Escape(domain::TlvSoortCode(a.soort))) + Cell(Escape(t.overzicht.school_naam)) +
            Cell(domain::FormatDutchDate(a.aangevraagd_op)) + Cell(StatusNaam(t.status)) +
            Cell(DatumOfStreep(t.beslis_uiterlijk)));
  }
  if (rows.empty()) {
    body += "<p class=\"utrecht-paragraph\">Er zijn geen TLV-aanvragen binnen uw bereik.</p>\n";
  } else {
    body += Table(
        "tlv-tabel", FormatCount(result->total) + (result->total == 1 ? " aanvraag" : " aanvragen"),
        {"Leerling", "Soort", "School", "Aangevraagd", "Stand", "Besluit uiterlijk"}, rows);
  }
  body += Pager("/tlv?", page->page, result->LastPage());
  WriteHtml(res, PageOptions{"TLV", {{"/", "Home"}}, &ctx}, body);
}

std::string SoortKeuzes(const std::string& gekozen, const VeldFout& fout) {
  std::vector<Keuze> soorten;
  for (auto s : {domain::TlvSoort::kSbo, domain::TlvSoort::kSo, domain::TlvSoort::kVso}) {
    soorten.push_back({std::string(domain::TlvSoortCode(s)), std::string(domain::TlvSoortNaam(s))});
  }
  return Keuzelijst({"tlv-soort", "soort", "Soort onderwijs", "", FoutVoor(fout, "soort")}, soorten,
                    gekozen);
}

void NieuwFormulier(httplib::Response& res, const RequestContext& ctx, const Formulierwaarden& w,
                    const VeldFout& fout, int status) {
  const std::string gehoord = Waarde(w, "gehoord");
  std::string html =
      "<h1 class=\"utrecht-heading-1\">Nieuwe TLV-aanvraag</h1>\n" +
      Boven(fout,
            {"leerling", "soort", "ondersteuningsbehoefte", "alGedaan", "zienswijzeOuders",
             "hoorrecht"},
            "fout-tlv") +
      fmt::format(
          "<form method=\"post\" action=\"/tlv\" novalidate>{}{}{}{}{}{}{}{}</form>\n",
          CsrfField(ctx.csrf),
          Tekstveld({"tlv-leerling", "leerling", "Leerlingnummer",
                     "Het nummer uit het leerlingdossier.", FoutVoor(fout, "leerling")},
                    Waarde(w, "leerling"), "text", " inputmode=\"numeric\""),
          SoortKeuzes(Waarde(w, "soort"), fout),
          Tekstvak({"tlv-behoefte", "ondersteuningsbehoefte", "Ondersteuningsbehoefte", "",
                    FoutVoor(fout, "ondersteuningsbehoefte")},
                   Waarde(w, "ondersteuningsbehoefte")),
          Tekstvak({"tlv-gedaan", "alGedaan", "Wat heeft de school al gedaan", "",
                    FoutVoor(fout, "alGedaan")},
                   Waarde(w, "alGedaan")),
          Tekstvak({"tlv-ouders", "zienswijzeOuders", "Zienswijze van de ouders", "",
                    FoutVoor(fout, "zienswijzeOuders")},
                   Waarde(w, "zienswijzeOuders")),
          Groep({"tlv-gehoord", "gehoord", "Is de leerling gehoord?", "",
                 FoutVoor(fout, "hoorrecht")},
                "radio", {{"ja", "Ja"}, {"nee", "Nee"}}, {gehoord}),
          Tekstvak(
              {"tlv-zienswijze", "zienswijze",
               "Wat vindt de leerling zelf, of waarom kon de leerling niet gehoord worden", "", ""},
              Waarde(w, "zienswijze")),
          Knop("Aanvraag indienen"));
  res.status = status;
  WriteHtml(res, PageOptions{"Nieuwe TLV-aanvraag", kKruimels, &ctx}, html);
}

void NieuwPage(const Services&, const httplib::Request&, httplib::Response& res,
               const RequestContext& ctx) {
  NieuwFormulier(res, ctx, {}, {}, 200);
}

void AanvraagPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto result = [&]() -> domain::Result<app::TlvInzicht> {
    app::NieuweTlvAanvraag nieuw;
    auto leerling = ParseId(W(w, "leerling"), "Vul het leerlingnummer in (alleen cijfers).");
    if (!leerling) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "Vul het leerlingnummer in (alleen cijfers).", "leerling");
    }
    nieuw.leerling = domain::LeerlingId{*leerling};
    PASSEND_ASSIGN_OR_RETURN(nieuw.soort, domain::ParseTlvSoort(W(w, "soort")));
    nieuw.ondersteuningsbehoefte = W(w, "ondersteuningsbehoefte");
    nieuw.al_gedaan = W(w, "alGedaan");
    nieuw.zienswijze_ouders = W(w, "zienswijzeOuders");
    const bool gehoord = W(w, "gehoord") == "ja";
    nieuw.hoorrecht = domain::Hoorrecht{gehoord, gehoord ? W(w, "zienswijze") : "",
                                        gehoord ? "" : W(w, "zienswijze")};
    return services.tlv.VraagAan(*ctx.principal, ctx.client, nieuw);
  }();
  if (result) {
    SeeOther(res, fmt::format("/tlv/{}", result->overzicht.aanvraag.id));
    return;
  }
  if (IsFormulierFout(result.error())) {
    NieuwFormulier(res, ctx, w, FoutVan(result.error()), StatusFor(result.error().code));
    return;
  }
  Check(req, res, result, ctx);
}

std::string FeitenHtml(const app::TlvInzicht& t) {
  const auto& a = t.overzicht.aanvraag;
  std::string html = fmt::format(
      "<dl class=\"passend-facts\"><dt>Leerling</dt><dd>{}</dd><dt>Soort</dt><dd>{}</dd>"
      "<dt>School</dt><dd>{}</dd><dt>Aangevraagd op</dt><dd>{}</dd><dt>Stand</dt><dd>{}</dd>"
      "<dt>Compleet op</dt><dd>{}</dd><dt>Besluit uiterlijk</dt><dd>{}</dd>"
      "<dt>Ondersteuningsbehoefte</dt><dd>{}</dd><dt>Al gedaan</dt><dd>{}</dd>"
      "<dt>Zienswijze ouders</dt><dd>{}</dd><dt>Zienswijze leerling</dt><dd>{}</dd>",
      Escape(t.overzicht.leerling_naam), Escape(domain::TlvSoortNaam(a.soort)),
      Escape(t.overzicht.school_naam), domain::FormatDutchDate(a.aangevraagd_op),
      StatusNaam(t.status), DatumOfStreep(t.compleet_op), DatumOfStreep(t.beslis_uiterlijk),
      Escape(a.ondersteuningsbehoefte), Escape(a.al_gedaan), Escape(a.zienswijze_ouders),
      a.hoorrecht.gehoord ? Escape(a.hoorrecht.zienswijze)
                          : "Niet gehoord: " + Escape(a.hoorrecht.reden));
  if (const auto& b = a.besluit) {
    std::string besluit =
        b->toegekend
            ? fmt::format("Toegekend op {}{}; vanaf {} {}", domain::FormatDutchDate(b->datum),
                          b->categorie ? ", categorie " +
                                             std::string(domain::TlvCategorieCode(*b->categorie))
                                       : "",
                          DatumOfStreep(b->ingangsdatum),
                          b->hele_loopbaan ? "voor de hele schoolloopbaan"
                                           : "tot en met " + DatumOfStreep(b->einddatum))
            : fmt::format("Afgewezen op {}: {}", domain::FormatDutchDate(b->datum),
                          Escape(b->motivering));
    html += "<dt>Besluit</dt><dd>" + besluit + "</dd>";
    html +=
        "<dt>Bezwaar mogelijk tot en met</dt><dd>" + DatumOfStreep(t.bezwaar_uiterlijk) + "</dd>";
  }
  html += "</dl>\n<h2 class=\"utrecht-heading-2\" id=\"adviezen\">Deskundigenadviezen</h2>\n";
  if (a.adviezen.empty()) {
    html +=
        "<p class=\"utrecht-paragraph\">Nog geen adviezen. Er zijn er twee nodig, waarvan "
        "één van een orthopedagoog of psycholoog.</p>\n";
  }
  for (const auto& advies : a.adviezen) {
    html += fmt::format("<p class=\"utrecht-paragraph\"><strong>{}</strong> ({}, {}): {}</p>\n",
                        Escape(advies.discipline), Escape(advies.naam),
                        domain::FormatDutchDate(advies.datum), Escape(advies.advies));
  }
  return html;
}

std::string AdviesFormulier(int64_t id, const Formulierwaarden& w, const VeldFout& fout,
                            const std::string& csrf) {
  return "<h2 class=\"utrecht-heading-2\" id=\"advies\">Advies toevoegen</h2>\n" +
         Boven(fout, {"discipline", "naam", "advies", "datum"}, "fout-advies") +
         fmt::format(
             "<form method=\"post\" action=\"/tlv/{}/advies\" novalidate>{}<input "
             "type=\"hidden\" name=\"formulier\" value=\"advies\">{}{}{}{}{}</form>\n",
             id, CsrfField(csrf),
             Tekstveld({"advies-discipline", "discipline", "Discipline",
                        "Bijvoorbeeld orthopedagoog, psycholoog of kinderarts.",
                        FoutVoor(fout, "discipline")},
                       Waarde(w, "discipline")),
             Tekstveld(
                 {"advies-naam", "naam", "Naam van de deskundige", "", FoutVoor(fout, "naam")},
                 Waarde(w, "naam")),
             Tekstvak({"advies-advies", "advies", "Advies", "", FoutVoor(fout, "advies")},
                      Waarde(w, "advies")),
             Tekstveld({"advies-datum", "datum", "Datum", "Laat leeg voor vandaag.",
                        FoutVoor(fout, "datum")},
                       Waarde(w, "datum"), "date"),
             Knop("Advies toevoegen"));
}

std::string BesluitFormulier(int64_t id, const Formulierwaarden& w, const VeldFout& fout,
                             const std::string& csrf) {
  return "<h2 class=\"utrecht-heading-2\" id=\"besluit\">Besluit van de commissie</h2>\n" +
         Boven(fout, {"uitkomst", "categorie", "ingangsdatum", "einddatum", "motivering"},
               "fout-besluit") +
         fmt::format(
             "<form method=\"post\" action=\"/tlv/{}/besluit\" novalidate>{}<input "
             "type=\"hidden\" name=\"formulier\" value=\"besluit\">{}{}{}{}{}{}{}</form>\n",
             id, CsrfField(csrf),
             Groep({"besluit-uitkomst", "uitkomst", "Uitkomst", "", FoutVoor(fout, "uitkomst")},
                   "radio", {{"toegekend", "Toegekend"}, {"afgewezen", "Afgewezen"}},
                   {Waarde(w, "uitkomst")}),
             Keuzelijst({"besluit-categorie", "categorie", "Categorie (alleen so en vso)", "",
                         FoutVoor(fout, "categorie")},
                        {{"", "Geen (sbo of afwijzing)"},
                         {"laag", "Laag (1)"},
                         {"midden", "Midden (2)"},
                         {"hoog", "Hoog (3)"}},
                        Waarde(w, "categorie")),
             Tekstveld({"besluit-ingang", "ingangsdatum", "Ingangsdatum", "",
                        FoutVoor(fout, "ingangsdatum")},
                       Waarde(w, "ingangsdatum"), "date"),
             Tekstveld({"besluit-eind", "einddatum", "Einddatum",
                        "Minstens een schooljaar na de ingangsdatum.", FoutVoor(fout, "einddatum")},
                       Waarde(w, "einddatum"), "date"),
             Vinkje({"besluit-loopbaan", "heleLoopbaan",
                     "Voor de hele schoolloopbaan (geen "
                     "einddatum)",
                     "", ""},
                    Waarde(w, "heleLoopbaan") == "ja"),
             Tekstvak({"besluit-motivering", "motivering", "Motivering",
                       "Verplicht bij een afwijzing.", FoutVoor(fout, "motivering")},
                      Waarde(w, "motivering")),
             Knop("Besluit vastleggen"));
}

void RenderDetail(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx, int64_t id, const Formulierwaarden& w,
                  const VeldFout& fout, int status) {
  auto t = services.tlv.Get(*ctx.principal, ctx.client, id);
  if (!Check(req, res, t, ctx)) return;
  const std::string formulier = Waarde(w, "formulier");
  const VeldFout geen;
  std::string body = fmt::format("<h1 class=\"utrecht-heading-1\">TLV-aanvraag: {}</h1>\n",
                                 Escape(t->overzicht.leerling_naam)) +
                     FeitenHtml(*t);
  const auto rol = ctx.principal->rol;
  const auto& a = t->overzicht.aanvraag;
  if (!a.besluit && (rol == domain::Rol::kSchool || rol == domain::Rol::kSwv)) {
    body += AdviesFormulier(id, formulier == "advies" ? w : Formulierwaarden{},
                            formulier == "advies" ? fout : geen, ctx.csrf);
  }
  if (!a.besluit && rol == domain::Rol::kSwv && t->status == app::TlvStatus::kCompleet) {
    body += BesluitFormulier(id, formulier == "besluit" ? w : Formulierwaarden{},
                             formulier == "besluit" ? fout : geen, ctx.csrf);
  }
  res.status = status;
  WriteHtml(res, PageOptions{"TLV-aanvraag", kKruimels, &ctx}, body);
}

void DetailPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = ParseId(ctx.path.at("id"), "Deze TLV-aanvraag is niet gevonden.");
  if (!Check(req, res, id, ctx)) return;
  RenderDetail(services, req, res, ctx, *id, {}, {}, 200);
}

}  // namespace

void AddTlvPages(Router& router, const Services& services) {
  auto wijziging = [&services](auto call) {
    return [&services, call](const httplib::Request& req, httplib::Response& res,
                             const RequestContext& ctx) {
      NaFormulier(
          req, res, ctx, "/tlv/", "Deze TLV-aanvraag is niet gevonden.",
          [&](int64_t id, const Formulierwaarden& w) { return call(ctx, id, w); },
          [&](int64_t id, const Formulierwaarden& w, const VeldFout& fout, int status) {
            RenderDetail(services, req, res, ctx, id, w, fout, status);
          });
    };
  };
  auto& tlv = services.tlv;
  router.Add(Route{"GET",
                   "/tlv",
                   app::Permission::kTlvLezen,
                   "TLV-aanvragen binnen uw bereik met hun stand",
                   {{"page", "Paginanummer", "integer"}},
                   "",
                   Pagina(services, LijstPage)});
  // Before `/tlv/{id}`, which would otherwise take `nieuw` for an id.
  router.Add(Route{"GET",
                   "/tlv/nieuw",
                   app::Permission::kTlvBeheren,
                   "Formulier voor een TLV-aanvraag",
                   {},
                   "",
                   Pagina(services, NieuwPage)});
  router.Add(Route{"POST",
                   "/tlv",
                   app::Permission::kTlvBeheren,
                   "Een TLV aanvragen met het formulier",
                   {},
                   "",
                   Pagina(services, AanvraagPost)});
  router.Add(Route{"GET",
                   "/tlv/{id}",
                   app::Permission::kTlvLezen,
                   "Eén TLV-aanvraag met adviezen en besluit",
                   {},
                   "",
                   Pagina(services, DetailPage)});
  router.Add(Route{"POST",
                   "/tlv/{id}/advies",
                   app::Permission::kTlvBeheren,
                   "Een deskundigenadvies toevoegen met het formulier",
                   {},
                   "",
                   wijziging([&tlv](const RequestContext& ctx, int64_t id,
                                    const Formulierwaarden& w) -> domain::Result<app::TlvInzicht> {
                     PASSEND_ASSIGN_OR_RETURN(auto datum, FormulierDatum(w, "datum"));
                     return tlv.VoegAdviesToe(*ctx.principal, ctx.client, id,
                                              {W(w, "discipline"), W(w, "naam"),
                                               datum.value_or(tlv.Vandaag()), W(w, "advies")});
                   })});
  router.Add(Route{
      "POST",
      "/tlv/{id}/besluit",
      app::Permission::kTlvBeheren,
      "Het besluit van de commissie vastleggen met het formulier",
      {},
      "",
      wijziging([&tlv](const RequestContext& ctx, int64_t id,
                       const Formulierwaarden& w) -> domain::Result<app::TlvInzicht> {
        domain::TlvBesluit besluit;
        const std::string uitkomst = W(w, "uitkomst");
        if (uitkomst != "toegekend" && uitkomst != "afgewezen") {
          return domain::Fail(domain::ErrorCode::kInvalid, "Kies toegekend of afgewezen.",
                              "uitkomst");
        }
        besluit.toegekend = uitkomst == "toegekend";
        besluit.datum = tlv.Vandaag();
        if (!W(w, "categorie").empty()) {
          PASSEND_ASSIGN_OR_RETURN(besluit.categorie, domain::ParseTlvCategorie(W(w, "categorie")));
        }
        PASSEND_ASSIGN_OR_RETURN(besluit.ingangsdatum, FormulierDatum(w, "ingangsdatum"));
        PASSEND_ASSIGN_OR_RETURN(besluit.einddatum, FormulierDatum(w, "einddatum"));
        besluit.hele_loopbaan = W(w, "heleLoopbaan") == "ja";
        besluit.motivering = W(w, "motivering");
        return tlv.Beslis(*ctx.principal, ctx.client, id, besluit);
      })});
}

}  // namespace passend::web
