// Pages for TLV requests (issue 7, domain.md §3.3; docs/tlv.md "Pages"): the list in scope,
// the school's request form (prefilled from the student's file), one request with its advices,
// the advice form (school, SWV), the committee's decision form and the objection forms (SWV),
// the parent's view in plain Dutch with the request for an evaluation moment on a whole-career
// TLV, and the SWV's register with its CSV. The same use cases as the API; no JavaScript.
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
#include "web/tlv_html.h"

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
  const auto rol = ctx.principal->rol;
  if (rol == domain::Rol::kOuder) {
    body +=
        "<p class=\"utrecht-paragraph\">Hier ziet u de aanvragen voor een "
        "toelaatbaarheidsverklaring (TLV) voor uw kind, en wat erover is besloten.</p>\n";
  }
  if (rol == domain::Rol::kSchool) {
    body +=
        "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"/tlv/nieuw\">Nieuwe "
        "TLV-aanvraag</a></p>\n";
  }
  if (rol == domain::Rol::kSwv || rol == domain::Rol::kSchool || rol == domain::Rol::kBestuur) {
    body +=
        "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"/tlv/register\">"
        "TLV-register</a>: actieve TLV's per soort en categorie, aflopende TLV's en "
        "grensverkeer.</p>\n";
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

// Step 1 of a new request: which student (a GET form, so the lookup changes nothing).
void KiesLeerling(httplib::Response& res, const RequestContext& ctx, const std::string& leerling,
                  const VeldFout& fout, int status) {
  const std::string html =
      "<h1 class=\"utrecht-heading-1\">Nieuwe TLV-aanvraag</h1>\n"
      "<p class=\"utrecht-paragraph\">Kies eerst de leerling. Wat het dossier al weet (de "
      "ondersteuningsbehoeften uit de aanmelding en een eerdere TLV-aanvraag) staat daarna "
      "alvast in het formulier.</p>\n" +
      fmt::format("<form method=\"get\" action=\"/tlv/nieuw\" novalidate>{}{}</form>\n",
                  Tekstveld({"tlv-leerling", "leerling", "Leerlingnummer",
                             "Het nummer uit het leerlingdossier.", FoutVoor(fout, "leerling")},
                            leerling, "text", " inputmode=\"numeric\""),
                  Knop("Verder"));
  res.status = status;
  WriteHtml(res, PageOptions{"Nieuwe TLV-aanvraag", kKruimels, &ctx}, html);
}

// Where the prefilled texts come from, so the school knows what to check.
std::string HerkomstHtml(const app::TlvVoorstel& v) {
  std::vector<std::string> bronnen;
  if (v.vorige_aanvraag && v.vorige_aanvraag_op) {
    bronnen.push_back(fmt::format(
        "de ondersteuningsbehoefte en wat al is gedaan uit de <a class=\"utrecht-link\" "
        "href=\"/tlv/{}\">TLV-aanvraag van {}</a>",
        *v.vorige_aanvraag, domain::FormatDutchDate(*v.vorige_aanvraag_op)));
  }
  if (!v.behoeften.empty() && v.aanmelding_op) {
    bronnen.push_back(fmt::format("de ondersteuningsbehoeften uit de aanmelding van {}",
                                  domain::FormatDutchDate(*v.aanmelding_op)));
  }
  if (bronnen.empty()) {
    return fmt::format(
        "<p class=\"utrecht-paragraph\">Het dossier van {} bevat nog geen aanmelding met "
        "ondersteuningsbehoeften of eerdere TLV-aanvraag om over te nemen.</p>\n",
        Escape(v.leerling_naam));
  }
  std::string lijst = bronnen.front();
  if (bronnen.size() > 1) lijst += " en " + bronnen.back();
  return fmt::format(
      "<p class=\"utrecht-paragraph\" id=\"tlv-herkomst\">Overgenomen uit het dossier van {}: {}. "
      "Controleer de tekst en pas hem aan waar nodig. De zienswijzen van de ouders en van de "
      "leerling vraagt u voor deze aanvraag opnieuw.</p>\n",
      Escape(v.leerling_naam), lijst);
}

void NieuwFormulier(httplib::Response& res, const RequestContext& ctx, const Formulierwaarden& w,
                    const VeldFout& fout, int status, const std::string& herkomst = "") {
  const std::string gehoord = Waarde(w, "gehoord");
  std::string html =
      "<h1 class=\"utrecht-heading-1\">Nieuwe TLV-aanvraag</h1>\n" + herkomst +
      Boven(fout,
            {"leerling", "soort", "ondersteuningsbehoefte", "alGedaan", "zienswijzeOuders",
             "hoorrecht"},
            "fout-tlv") +
      fmt::format(
          "<form method=\"post\" action=\"/tlv\" novalidate>{}{}{}{}{}{}{}{}{}</form>\n",
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

// Without a student: step 1. With one: the form, prefilled from the file (issue 7 item 2,
// nothing typed twice; app::TlvService::Voorstel).
void NieuwPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  const auto gekozen = QueryValue(req, "leerling");
  if (!gekozen) {
    KiesLeerling(res, ctx, "", {}, 200);
    return;
  }
  const std::string leerling = Trim(*gekozen);
  const std::string melding = "Vul het leerlingnummer in (alleen cijfers).";
  auto id = ParseId(leerling, melding);
  if (!id) {
    KiesLeerling(res, ctx, leerling, {"leerling", melding}, 400);
    return;
  }
  auto voorstel = services.tlv.Voorstel(*ctx.principal, ctx.client, domain::LeerlingId{*id});
  if (!voorstel) {
    if (IsFormulierFout(voorstel.error())) {
      KiesLeerling(res, ctx, leerling, FoutVan(voorstel.error()), StatusFor(voorstel.error().code));
      return;
    }
    Check(req, res, voorstel, ctx);
    return;
  }
  Formulierwaarden w{{"leerling", leerling},
                     {"ondersteuningsbehoefte", voorstel->ondersteuningsbehoefte},
                     {"alGedaan", voorstel->al_gedaan}};
  if (voorstel->soort) w["soort"] = std::string(domain::TlvSoortCode(*voorstel->soort));
  NieuwFormulier(res, ctx, w, {}, 200, HerkomstHtml(*voorstel));
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
  if (a.evaluatie_gevraagd_op) {
    html += "<dt>Evaluatiemoment gevraagd op</dt><dd>" +
            domain::FormatDutchDate(*a.evaluatie_gevraagd_op) + "</dd>";
  }
  return html +
         "</dl>\n<h2 class=\"utrecht-heading-2\" id=\"adviezen\">Deskundigenadviezen</h2>\n" +
         TlvAdviezenHtml(a);
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

std::string BezwaarFormulier(const app::TlvInzicht& t, const Formulierwaarden& w,
                             const VeldFout& fout, const std::string& csrf) {
  const int64_t id = t.overzicht.aanvraag.id;
  return "<h2 class=\"utrecht-heading-2\" id=\"bezwaar-vastleggen\">Bezwaar vastleggen</h2>\n" +
         fmt::format(
             "<p class=\"utrecht-paragraph\">De ouders maken bezwaar bij het "
             "samenwerkingsverband, uiterlijk op {}. Leg het bezwaar hier vast; daarna "
             "vraagt u advies aan de Landelijke Bezwaaradviescommissie.</p>\n",
             DatumOfStreep(t.bezwaar_uiterlijk)) +
         Boven(fout, {"gronden", "datum"}, "fout-bezwaar") +
         fmt::format(
             "<form method=\"post\" action=\"/tlv/{}/bezwaar\" novalidate>{}<input "
             "type=\"hidden\" name=\"formulier\" value=\"bezwaar\">{}{}{}</form>\n",
             id, CsrfField(csrf),
             Tekstvak({"bezwaar-gronden", "gronden", "Gronden van het bezwaar",
                       "Waarom de ouders het niet eens zijn met het besluit.",
                       FoutVoor(fout, "gronden")},
                      Waarde(w, "gronden")),
             Tekstveld({"bezwaar-datum", "datum", "Ontvangen op",
                        "De dag waarop het bezwaar binnenkwam; laat leeg voor vandaag.",
                        FoutVoor(fout, "datum")},
                       Waarde(w, "datum"), "date"),
             Knop("Bezwaar vastleggen"));
}

std::string AfrondingFormulier(int64_t id, const Formulierwaarden& w, const VeldFout& fout,
                               const std::string& csrf) {
  return "<h2 class=\"utrecht-heading-2\" id=\"afronding\">Afloop van het bezwaar</h2>\n" +
         Boven(fout, {"lbtAdviesOp", "lbtAdvies", "gegrond", "beslissing", "beslistOp"},
               "fout-afronding") +
         fmt::format(
             "<form method=\"post\" action=\"/tlv/{}/bezwaar-afronding\" novalidate>{}<input "
             "type=\"hidden\" name=\"formulier\" value=\"afronding\">{}{}{}{}{}{}</form>\n",
             id, CsrfField(csrf),
             Tekstveld({"afronding-lbt-op", "lbtAdviesOp", "Datum van het advies van de LBT", "",
                        FoutVoor(fout, "lbtAdviesOp")},
                       Waarde(w, "lbtAdviesOp"), "date"),
             Tekstvak({"afronding-lbt", "lbtAdvies",
                       "Advies van de Landelijke Bezwaaradviescommissie (LBT)", "",
                       FoutVoor(fout, "lbtAdvies")},
                      Waarde(w, "lbtAdvies")),
             Groep({"afronding-gegrond", "gegrond", "Is het bezwaar gegrond?", "",
                    FoutVoor(fout, "gegrond")},
                   "radio", {{"ja", "Ja, gegrond"}, {"nee", "Nee, ongegrond"}},
                   {Waarde(w, "gegrond")}),
             Tekstvak({"afronding-beslissing", "beslissing", "Beslissing op bezwaar",
                       "Wat het samenwerkingsverband beslist; bij een gegrond bezwaar volgt een "
                       "nieuwe aanvraag.",
                       FoutVoor(fout, "beslissing")},
                      Waarde(w, "beslissing")),
             Tekstveld({"afronding-beslist-op", "beslistOp", "Beslist op",
                        "Laat leeg voor vandaag.", FoutVoor(fout, "beslistOp")},
                       Waarde(w, "beslistOp"), "date"),
             Knop("Afloop vastleggen"));
}

// The evaluation moment on a whole-career TLV (seed 000 #18): the parents ask it, or the SWV
// records it for them; the others see whether it was asked.
std::string EvaluatieSectie(const app::TlvInzicht& t, domain::Rol rol, const VeldFout& fout,
                            const std::string& csrf) {
  const auto& a = t.overzicht.aanvraag;
  if (!a.besluit || !a.besluit->toegekend || !a.besluit->hele_loopbaan) {
    return fout.melding.empty() ? "" : FormulierMelding("fout-evaluatie", fout.melding);
  }
  const bool ouder = rol == domain::Rol::kOuder;
  std::string html = "<h2 class=\"utrecht-heading-2\" id=\"evaluatie\">Evaluatiemoment</h2>\n";
  if (a.evaluatie_gevraagd_op) {
    return html + fmt::format(
                      "<p class=\"utrecht-paragraph\">{} op {} om een evaluatiemoment "
                      "gevraagd.{}</p>\n",
                      ouder ? "U heeft" : "De ouders hebben",
                      domain::FormatDutchDate(*a.evaluatie_gevraagd_op),
                      ouder ? " Het samenwerkingsverband neemt contact met u op om samen te "
                              "bekijken of de TLV nog past."
                            : "");
  }
  if (!ouder && rol != domain::Rol::kSwv) {
    return html +
           "<p class=\"utrecht-paragraph\">De ouders hebben (nog) geen evaluatiemoment "
           "gevraagd.</p>\n";
  }
  html += ouder ? "<p class=\"utrecht-paragraph\">Deze TLV geldt voor de hele schoolloopbaan. U "
                  "kunt het samenwerkingsverband vragen om samen te bekijken of de TLV nog past: "
                  "een evaluatiemoment.</p>\n"
                : "<p class=\"utrecht-paragraph\">Deze TLV geldt voor de hele schoolloopbaan. "
                  "Vragen de ouders om een evaluatiemoment, leg dat dan hier voor hen vast.</p>\n";
  return html + Boven(fout, {}, "fout-evaluatie") +
         fmt::format(
             "<form method=\"post\" action=\"/tlv/{}/evaluatie\">{}<input "
             "type=\"hidden\" name=\"formulier\" value=\"evaluatie\">{}</form>\n",
             a.id, CsrfField(csrf),
             Knop(ouder ? "Evaluatiemoment vragen" : "Evaluatiemoment vastleggen"));
}

// The name of the request's SWV for the parent (public registry); the code when unknown.
std::string SwvNaam(const Services& services, const domain::SwvCode& code) {
  auto swv = services.publiek.Samenwerkingsverband(code);
  return swv ? fmt::format("{} ({})", swv->swv.naam, code.str()) : code.str();
}

void RenderDetail(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx, int64_t id, const Formulierwaarden& w,
                  const VeldFout& fout, int status) {
  auto t = services.tlv.Get(*ctx.principal, ctx.client, id);
  if (!Check(req, res, t, ctx)) return;
  const std::string formulier = Waarde(w, "formulier");
  const VeldFout geen;
  // Each form gets back only its own values and message.
  auto waarden = [&](const char* naam) { return formulier == naam ? w : Formulierwaarden{}; };
  auto fout_van = [&](const char* naam) -> const VeldFout& {
    return formulier == naam ? fout : geen;
  };
  const auto rol = ctx.principal->rol;
  const auto& a = t->overzicht.aanvraag;
  std::string body = fmt::format("<h1 class=\"utrecht-heading-1\">TLV-aanvraag: {}</h1>\n",
                                 Escape(t->overzicht.leerling_naam));
  if (rol == domain::Rol::kOuder) {
    // docs/tlv.md "What the parents see": the whole file, in plain Dutch.
    body += TlvOuderHtml(*t, SwvNaam(services, a.swv), services.tlv.Vandaag()) +
            EvaluatieSectie(*t, rol, fout_van("evaluatie"), ctx.csrf);
    res.status = status;
    WriteHtml(res, PageOptions{"TLV-aanvraag", kKruimels, &ctx}, body);
    return;
  }
  body += FeitenHtml(*t) + TlvBezwaarHtml(a);
  const bool swv = rol == domain::Rol::kSwv;
  if (!a.besluit && (rol == domain::Rol::kSchool || swv)) {
    body += AdviesFormulier(id, waarden("advies"), fout_van("advies"), ctx.csrf);
  }
  if (!a.besluit && swv && t->status == app::TlvStatus::kCompleet) {
    body += BesluitFormulier(id, waarden("besluit"), fout_van("besluit"), ctx.csrf);
  }
  if (a.besluit && swv && !a.bezwaar) {
    body += BezwaarFormulier(*t, waarden("bezwaar"), fout_van("bezwaar"), ctx.csrf);
  }
  if (swv && a.bezwaar && !a.bezwaar->beslist_op) {
    body += AfrondingFormulier(id, waarden("afronding"), fout_van("afronding"), ctx.csrf);
  }
  body += EvaluatieSectie(*t, rol, fout_van("evaluatie"), ctx.csrf);
  res.status = status;
  WriteHtml(res, PageOptions{"TLV-aanvraag", kKruimels, &ctx}, body);
}

void DetailPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = ParseId(ctx.path.at("id"), "Deze TLV-aanvraag is niet gevonden.");
  if (!Check(req, res, id, ctx)) return;
  RenderDetail(services, req, res, ctx, *id, {}, {}, 200);
}

// The register's filter from the query: peildatum (today when absent) and actief (`ja` when
// absent, `nee`, or `alle`). Errors name the field.
struct RegisterFilter {
  std::string peildatum;  // as typed
  std::string actief = "ja";
  std::optional<domain::Date> datum;
  std::optional<bool> alleen_actief = true;
};

domain::Result<RegisterFilter> LeesRegisterFilter(const httplib::Request& req) {
  RegisterFilter f;
  f.peildatum = Trim(QueryValue(req, "peildatum").value_or(""));
  f.actief = Trim(QueryValue(req, "actief").value_or("ja"));
  PASSEND_ASSIGN_OR_RETURN(f.datum, FormulierDatum({{"peildatum", f.peildatum}}, "peildatum"));
  if (f.actief == "ja") {
    f.alleen_actief = true;
  } else if (f.actief == "nee") {
    f.alleen_actief = false;
  } else if (f.actief == "alle") {
    f.alleen_actief = std::nullopt;
  } else {
    return domain::Fail(domain::ErrorCode::kInvalid, "Kies actief, niet actief of alle.", "actief");
  }
  return f;
}

std::string RegisterFilterHtml(const RegisterFilter& f, const VeldFout& fout) {
  return fmt::format(
      "<form method=\"get\" action=\"/tlv/register\" class=\"passend-filter\" novalidate>{}{}{}"
      "</form>\n",
      Tekstveld(
          {"register-peildatum", "peildatum", "Peildatum",
           "De dag waarop geteld wordt; laat leeg voor vandaag.", FoutVoor(fout, "peildatum")},
          f.peildatum, "date"),
      Keuzelijst({"register-actief", "actief", "Welke TLV's", "", FoutVoor(fout, "actief")},
                 {{"ja", "Actief op de peildatum"},
                  {"nee", "Niet actief op de peildatum"},
                  {"alle", "Alle toegekende TLV's"}},
                 f.actief),
      Knop("Tonen"));
}

// The SWV's register (issue 7 item 3) in the account's scope: app::TlvService::Register.
void RegisterPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx) {
  const PageOptions opties{"TLV-register", kKruimels, &ctx};
  std::string body = "<h1 class=\"utrecht-heading-1\">TLV-register</h1>\n";
  auto filter = LeesRegisterFilter(req);
  if (!filter) {
    RegisterFilter getypt;
    getypt.peildatum = QueryValue(req, "peildatum").value_or("");
    getypt.actief = QueryValue(req, "actief").value_or("ja");
    res.status = 400;
    WriteHtml(res, opties, body + RegisterFilterHtml(getypt, FoutVan(filter.error())));
    return;
  }
  auto reg = services.tlv.Register(*ctx.principal, ctx.client, std::nullopt, filter->datum,
                                   filter->alleen_actief);
  if (!Check(req, res, reg, ctx)) return;
  if (reg->swv) {
    body += fmt::format("<p class=\"utrecht-paragraph\">Samenwerkingsverband {}.</p>\n",
                        Escape(*reg->swv));
  }
  const std::string csv = fmt::format("/tlv/register.csv?peildatum={}&actief={}",
                                      domain::FormatIsoDate(reg->peildatum), filter->actief);
  body += RegisterFilterHtml(*filter, {}) +
          TlvRegisterHtml(*reg, services.tlv.Termijnen().signaal_dagen, csv);
  WriteHtml(res, opties, body);
}

// The register's list as CSV, with the page's filter.
void RegisterCsv(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx) {
  auto filter = LeesRegisterFilter(req);
  if (!Check(req, res, filter, ctx)) return;
  auto reg = services.tlv.Register(*ctx.principal, ctx.client, std::nullopt, filter->datum,
                                   filter->alleen_actief);
  if (!Check(req, res, reg, ctx)) return;
  res.set_header("Content-Disposition",
                 fmt::format("attachment; filename=\"tlv-register-{}-{}.csv\"",
                             reg->swv.value_or("bereik"), domain::FormatIsoDate(reg->peildatum)));
  res.set_content(TlvRegisterCsv(*reg), "text/csv; charset=utf-8");
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
                   "Formulier voor een TLV-aanvraag, voorgevuld uit het dossier van de leerling",
                   {{"leerling", "Leerlingnummer", "integer"}},
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
                   "/tlv/register",
                   app::Permission::kTlvLezen,
                   "Het TLV-register: actieve TLV's per soort en categorie, aflopende TLV's, de "
                   "telling op de teldatum en grensverkeer",
                   {{"peildatum", "Datum JJJJ-MM-DD (standaard vandaag)"},
                    {"actief", "ja (standaard), nee of alle"}},
                   "",
                   Pagina(services, RegisterPage)});
  router.Add(Route{"GET",
                   "/tlv/register.csv",
                   app::Permission::kTlvLezen,
                   "De lijst van het TLV-register als CSV",
                   {{"peildatum", "Datum JJJJ-MM-DD (standaard vandaag)"},
                    {"actief", "ja (standaard), nee of alle"}},
                   "",
                   Pagina(services, RegisterCsv)});
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
  router.Add(Route{"POST",
                   "/tlv/{id}/bezwaar",
                   app::Permission::kTlvBeheren,
                   "Het bezwaar van de ouders vastleggen met het formulier",
                   {},
                   "",
                   wijziging([&tlv](const RequestContext& ctx, int64_t id,
                                    const Formulierwaarden& w) -> domain::Result<app::TlvInzicht> {
                     // Required, as in the API's body: an empty form is a typing error
                     // (400) before any rule of the use case.
                     if (W(w, "gronden").empty()) {
                       return domain::Fail(domain::ErrorCode::kInvalid,
                                           "Beschrijf de gronden van het bezwaar.", "gronden");
                     }
                     PASSEND_ASSIGN_OR_RETURN(auto datum, FormulierDatum(w, "datum"));
                     return tlv.DienBezwaarIn(*ctx.principal, ctx.client, id,
                                              datum.value_or(tlv.Vandaag()), W(w, "gronden"));
                   })});
  router.Add(
      Route{"POST",
            "/tlv/{id}/bezwaar-afronding",
            app::Permission::kTlvBeheren,
            "Het advies van de Landelijke Bezwaaradviescommissie en de beslissing op bezwaar "
            "vastleggen met het formulier",
            {},
            "",
            wijziging([&tlv](const RequestContext& ctx, int64_t id,
                             const Formulierwaarden& w) -> domain::Result<app::TlvInzicht> {
              app::TlvBezwaarAfronding afronding;
              PASSEND_ASSIGN_OR_RETURN(auto lbt_op, FormulierDatum(w, "lbtAdviesOp"));
              if (!lbt_op) {
                return domain::Fail(domain::ErrorCode::kInvalid,
                                    "Geef de datum van het advies van de bezwaarcommissie op.",
                                    "lbtAdviesOp");
              }
              afronding.lbt_advies_op = *lbt_op;
              afronding.lbt_advies = W(w, "lbtAdvies");
              const std::string gegrond = W(w, "gegrond");
              if (gegrond != "ja" && gegrond != "nee") {
                return domain::Fail(domain::ErrorCode::kInvalid, "Kies of het bezwaar gegrond is.",
                                    "gegrond");
              }
              afronding.gegrond = gegrond == "ja";
              afronding.beslissing = W(w, "beslissing");
              PASSEND_ASSIGN_OR_RETURN(auto beslist_op, FormulierDatum(w, "beslistOp"));
              afronding.beslist_op = beslist_op.value_or(tlv.Vandaag());
              return tlv.RondBezwaarAf(*ctx.principal, ctx.client, id, std::move(afronding));
            })});
  router.Add(Route{"POST",
                   "/tlv/{id}/evaluatie",
                   app::Permission::kTlvEvaluatieVragen,
                   "Als ouder een evaluatiemoment vragen bij een TLV voor de hele schoolloopbaan",
                   {},
                   "",
                   wijziging([&tlv](const RequestContext& ctx, int64_t id,
                                    const Formulierwaarden&) -> domain::Result<app::TlvInzicht> {
                     return tlv.VraagEvaluatie(*ctx.principal, ctx.client, id);
                   })});
}

}  // namespace passend::web
