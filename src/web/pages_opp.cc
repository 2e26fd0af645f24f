// Pages for ontwikkelingsperspectiefplannen (issue 7 item 4, domain.md §3.4; docs/opp.md): the
// list in scope with its signals, the school's new plan, one plan with its version history,
// the consent (the school asks, the parents give or refuse) and the evaluations, a new version
// (prefilled with the newest), and a printable one-page view: one child, one plan. The same
// use cases as the API; no JavaScript.
#include <fmt/format.h>

#include <sstream>

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
const std::vector<NavLink> kKruimels{{"/", "Home"}, {"/opp", "OPP"}};
constexpr char kNietGevonden[] = "Dit ontwikkelingsperspectiefplan is niet gevonden.";

std::string W(const Formulierwaarden& w, const std::string& naam) { return Ingevuld(w, naam); }

std::string P(std::string_view html) {
  return "<p class=\"utrecht-paragraph\">" + std::string(html) + "</p>\n";
}

// The message beside its field when the form has that field, otherwise above the form.
std::string Boven(const VeldFout& fout, const std::vector<std::string_view>& velden,
                  const std::string& id) {
  if (fout.melding.empty()) return "";
  for (auto v : velden) {
    if (v == fout.veld) return "";
  }
  return FormulierMelding(id, fout.melding);
}

std::string InstemmingTekst(const std::optional<domain::Instemming>& i) {
  return i ? std::string(domain::InstemmingNaam(*i)) : std::string("Nog niet gevraagd");
}

std::string SignalenHtml(const std::vector<domain::OppSignaal>& signalen) {
  std::string html;
  for (auto s : signalen) {
    if (!html.empty()) html += "; ";
    html += Escape(domain::OppSignaalNaam(s));
  }
  return html.empty() ? "–" : html;
}

// The content fields of a version, as the form posts them.
constexpr std::string_view kInhoudVeldenLijst[]{"uitstroombestemming",
                                                "uitstroomprofiel",
                                                "bevorderendeFactoren",
                                                "belemmerendeFactoren",
                                                "ondersteuning",
                                                "afwijkingen",
                                                "doelen",
                                                "hoorrecht"};
const std::vector<std::string_view> kInhoudVelden(std::begin(kInhoudVeldenLijst),
                                                  std::end(kInhoudVeldenLijst));

bool InhoudLeeg(const Formulierwaarden& w) {
  for (auto veld : kInhoudVelden) {
    if (!W(w, std::string(veld)).empty()) return false;
  }
  return W(w, "gehoord").empty() && W(w, "zienswijze").empty();
}

// One goal per line (empty lines skipped).
domain::Result<domain::OppInhoud> InhoudUitFormulier(const Formulierwaarden& w) {
  domain::OppInhoud i;
  i.uitstroombestemming = W(w, "uitstroombestemming");
  if (!W(w, "uitstroomprofiel").empty()) {
    PASSEND_ASSIGN_OR_RETURN(i.uitstroomprofiel,
                             domain::ParseUitstroomprofiel(W(w, "uitstroomprofiel")));
  }
  i.bevorderende_factoren = W(w, "bevorderendeFactoren");
  i.belemmerende_factoren = W(w, "belemmerendeFactoren");
  i.ondersteuning = W(w, "ondersteuning");
  i.afwijkingen = W(w, "afwijkingen");
  std::istringstream regels(Waarde(w, "doelen"));
  for (std::string regel; std::getline(regels, regel);) {
    regel = Trim(regel);
    if (!regel.empty()) i.doelen.push_back(regel);
  }
  const bool gehoord = W(w, "gehoord") == "ja";
  if (W(w, "gehoord").empty()) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Kies of de leerling is gehoord.",
                        "hoorrecht");
  }
  i.hoorrecht = domain::Hoorrecht{gehoord, gehoord ? W(w, "zienswijze") : "",
                                  gehoord ? "" : W(w, "zienswijze")};
  return i;
}

// The values of a version, to prefill the form for the next one.
Formulierwaarden WaardenVan(const domain::OppInhoud& i) {
  std::string doelen;
  for (const auto& d : i.doelen) doelen += d + "\n";
  return {
      {"uitstroombestemming", i.uitstroombestemming},
      {"uitstroomprofiel",
       i.uitstroomprofiel ? std::string(domain::UitstroomprofielCode(*i.uitstroomprofiel)) : ""},
      {"bevorderendeFactoren", i.bevorderende_factoren},
      {"belemmerendeFactoren", i.belemmerende_factoren},
      {"ondersteuning", i.ondersteuning},
      {"afwijkingen", i.afwijkingen},
      {"doelen", doelen},
      {"gehoord", i.hoorrecht.gehoord ? "ja" : "nee"},
      {"zienswijze", i.hoorrecht.gehoord ? i.hoorrecht.zienswijze : i.hoorrecht.reden}};
}

std::string InhoudVelden(const Formulierwaarden& w, const VeldFout& fout) {
  std::vector<Keuze> profielen{{"", "Geen (niet in het vso)"}};
  for (auto p :
       {domain::Uitstroomprofiel::kVervolgonderwijs, domain::Uitstroomprofiel::kArbeidsmarkt,
        domain::Uitstroomprofiel::kDagbesteding}) {
    profielen.push_back({std::string(domain::UitstroomprofielCode(p)),
                         std::string(domain::UitstroomprofielNaam(p))});
  }
  return Tekstveld({"opp-bestemming", "uitstroombestemming", "Verwachte uitstroombestemming",
                    "Het vervolgonderwijs of de plek na school, bijvoorbeeld vmbo-basis.",
                    FoutVoor(fout, "uitstroombestemming")},
                   Waarde(w, "uitstroombestemming")) +
         Keuzelijst(
             {"opp-profiel", "uitstroomprofiel", "Uitstroomprofiel",
              "Verplicht in het vso, leeg op andere scholen.", FoutVoor(fout, "uitstroomprofiel")},
             profielen, Waarde(w, "uitstroomprofiel")) +
         Tekstvak({"opp-bevorderend", "bevorderendeFactoren", "Bevorderende factoren",
                   "Wat helpt de leerling.", FoutVoor(fout, "bevorderendeFactoren")},
                  Waarde(w, "bevorderendeFactoren")) +
         Tekstvak({"opp-belemmerend", "belemmerendeFactoren", "Belemmerende factoren",
                   "Wat de leerling belemmert.", FoutVoor(fout, "belemmerendeFactoren")},
                  Waarde(w, "belemmerendeFactoren")) +
         Tekstvak({"opp-ondersteuning", "ondersteuning", "Ondersteuning",
                   "De ondersteuning die de leerling krijgt.", FoutVoor(fout, "ondersteuning")},
                  Waarde(w, "ondersteuning")) +
         Tekstvak({"opp-afwijkingen", "afwijkingen", "Afwijkingen van het onderwijsprogramma",
                   "Laat leeg als er geen zijn.", FoutVoor(fout, "afwijkingen")},
                  Waarde(w, "afwijkingen")) +
         Tekstvak({"opp-doelen", "doelen", "Handelingsdeel: doelen",
                   "Eén doel per regel; minstens één.", FoutVoor(fout, "doelen")},
                  Waarde(w, "doelen")) +
         Groep(
             {"opp-gehoord", "gehoord", "Is de leerling gehoord?", "", FoutVoor(fout, "hoorrecht")},
             "radio", {{"ja", "Ja"}, {"nee", "Nee"}}, {Waarde(w, "gehoord")}) +
         Tekstvak(
             {"opp-zienswijze", "zienswijze",
              "Wat vindt de leerling zelf, of waarom kon de leerling niet gehoord worden", "", ""},
             Waarde(w, "zienswijze"));
}

void LijstPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  auto page = PageParams(req, kPaginagrootte);
  if (!Check(req, res, page, ctx)) return;
  app::OppFilter filter;
  auto signaal = OptionalParam<domain::OppSignaal>(req, "signaal", domain::ParseOppSignaal);
  if (!Check(req, res, signaal, ctx)) return;
  filter.signaal = *signaal;
  auto result = services.opp.Lijst(*ctx.principal, ctx.client, filter, *page);
  if (!Check(req, res, result, ctx)) return;
  std::string body = "<h1 class=\"utrecht-heading-1\">Ontwikkelingsperspectiefplannen</h1>\n";
  if (ctx.principal->rol == domain::Rol::kSchool) {
    body +=
        P("<a class=\"utrecht-link\" href=\"/opp/nieuw\">Nieuw ontwikkelingsperspectiefplan</a>");
  }
  // The signals as filters (links, no JavaScript).
  std::string filters = "<a class=\"utrecht-link\" href=\"/opp\">Alle plannen</a>";
  for (auto s : domain::kAlleOppSignalen) {
    filters += fmt::format(
        " · <a class=\"utrecht-link\" href=\"/opp?signaal={}\"{}>{}</a>", domain::OppSignaalCode(s),
        filter.signaal == s ? " aria-current=\"page\"" : "", Escape(domain::OppSignaalNaam(s)));
  }
  body += P(filters);
  std::string rows;
  for (const auto& t : result->items) {
    const auto& o = t.overzicht;
    rows += Row(Cell(fmt::format("<a class=\"utrecht-link\" href=\"/opp/{}\">{}</a>", o.opp.id,
                                 Escape(o.leerling_naam))) +
                Cell(Escape(o.school_naam)) + Cell(domain::FormatDutchDate(o.opp.plaatsingsdatum)) +
                Cell(DatumOfStreep(t.stand.vastgesteld_op)) +
                Cell(t.stand.laatste_versie > 0 ? std::to_string(t.stand.laatste_versie) : "–") +
                Cell(InstemmingTekst(t.stand.instemming)) + Cell(SignalenHtml(t.signalen)));
  }
  if (rows.empty()) {
    body += P("Er zijn geen ontwikkelingsperspectiefplannen binnen uw bereik.");
  } else {
    body += Table(
        "opp-tabel", FormatCount(result->total) + (result->total == 1 ? " plan" : " plannen"),
        {"Leerling", "School", "Geplaatst", "Vastgesteld", "Versie", "Instemming", "Signalen"},
        rows);
  }
  const std::string base =
      filter.signaal ? fmt::format("/opp?signaal={}&", domain::OppSignaalCode(*filter.signaal))
                     : std::string("/opp?");
  body += Pager(base, page->page, result->LastPage());
  WriteHtml(res, PageOptions{"OPP", {{"/", "Home"}}, &ctx}, body);
}

void NieuwFormulier(httplib::Response& res, const RequestContext& ctx, const Formulierwaarden& w,
                    const VeldFout& fout, int status) {
  std::vector<std::string_view> velden{"leerling", "plaatsingsdatum"};
  velden.insert(velden.end(), kInhoudVelden.begin(), kInhoudVelden.end());
  bool bij_veld = fout.melding.empty();
  for (auto v : velden) bij_veld = bij_veld || v == fout.veld;
  std::string html =
      "<h1 class=\"utrecht-heading-1\">Nieuw ontwikkelingsperspectiefplan</h1>\n" +
      P("Het plan wordt binnen zes weken na plaatsing vastgesteld. Vult u de inhoud nu in, dan "
        "is dit meteen versie 1; laat u de inhoud leeg, dan loopt de termijn en ziet u een "
        "herinnering als die verstrijkt.") +
      (bij_veld ? "" : FormulierMelding("fout-opp", fout.melding)) +
      fmt::format("<form method=\"post\" action=\"/opp\" novalidate>{}{}{}{}{}</form>\n",
                  CsrfField(ctx.csrf),
                  Tekstveld({"opp-leerling", "leerling", "Leerlingnummer",
                             "Het nummer uit het leerlingdossier.", FoutVoor(fout, "leerling")},
                            Waarde(w, "leerling"), "text", " inputmode=\"numeric\""),
                  Tekstveld({"opp-plaatsing", "plaatsingsdatum", "Plaatsingsdatum",
                             "Laat leeg voor het begin van de inschrijving op uw school.",
                             FoutVoor(fout, "plaatsingsdatum")},
                            Waarde(w, "plaatsingsdatum"), "date"),
                  InhoudVelden(w, fout), Knop("Plan opslaan"));
  res.status = status;
  WriteHtml(res, PageOptions{"Nieuw ontwikkelingsperspectiefplan", kKruimels, &ctx}, html);
}

void NieuwPage(const Services&, const httplib::Request&, httplib::Response& res,
               const RequestContext& ctx) {
  NieuwFormulier(res, ctx, {}, {}, 200);
}

void NieuwPost(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto result = [&]() -> domain::Result<app::OppInzicht> {
    app::NieuwOpp nieuw;
    auto leerling = ParseId(W(w, "leerling"), "");
    if (!leerling) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "Vul het leerlingnummer in (alleen cijfers).", "leerling");
    }
    nieuw.leerling = domain::LeerlingId{*leerling};
    PASSEND_ASSIGN_OR_RETURN(nieuw.plaatsingsdatum, FormulierDatum(w, "plaatsingsdatum"));
    if (!InhoudLeeg(w)) {
      PASSEND_ASSIGN_OR_RETURN(nieuw.inhoud, InhoudUitFormulier(w));
    }
    return services.opp.Maak(*ctx.principal, ctx.client, nieuw);
  }();
  if (result) {
    SeeOther(res, fmt::format("/opp/{}", result->overzicht.opp.id));
    return;
  }
  if (IsFormulierFout(result.error())) {
    NieuwFormulier(res, ctx, w, FoutVan(result.error()), StatusFor(result.error().code));
    return;
  }
  Check(req, res, result, ctx);
}

// The content of one version as a definition list.
std::string InhoudHtml(const domain::OppInhoud& i) {
  std::string doelen = "<ul class=\"utrecht-unordered-list\">";
  for (const auto& d : i.doelen) doelen += "<li>" + Escape(d) + "</li>";
  doelen += "</ul>";
  return fmt::format(
      "<dl class=\"passend-facts\"><dt>Uitstroombestemming</dt><dd>{}</dd>{}"
      "<dt>Bevorderende factoren</dt><dd>{}</dd><dt>Belemmerende factoren</dt><dd>{}</dd>"
      "<dt>Ondersteuning</dt><dd>{}</dd><dt>Afwijkingen van het programma</dt><dd>{}</dd>"
      "<dt>Handelingsdeel: doelen</dt><dd>{}</dd><dt>Zienswijze leerling</dt><dd>{}</dd></dl>\n",
      Escape(i.uitstroombestemming),
      i.uitstroomprofiel ? "<dt>Uitstroomprofiel</dt><dd>" +
                               Escape(domain::UitstroomprofielNaam(*i.uitstroomprofiel)) + "</dd>"
                         : "",
      Escape(i.bevorderende_factoren), Escape(i.belemmerende_factoren), Escape(i.ondersteuning),
      i.afwijkingen.empty() ? "Geen" : Escape(i.afwijkingen), doelen,
      i.hoorrecht.gehoord ? Escape(i.hoorrecht.zienswijze)
                          : "Niet gehoord: " + Escape(i.hoorrecht.reden));
}

std::string FeitenHtml(const app::OppInzicht& t) {
  const auto& o = t.overzicht;
  const auto& s = t.stand;
  return fmt::format(
      "<dl class=\"passend-facts\"><dt>Leerling</dt><dd>{}</dd><dt>School</dt><dd>{}</dd>"
      "<dt>Geplaatst op</dt><dd>{}</dd><dt>Vaststellen uiterlijk</dt><dd>{}</dd>"
      "<dt>Vastgesteld op</dt><dd>{}</dd><dt>Nieuwste versie</dt><dd>{}</dd>"
      "<dt>Instemming ouders</dt><dd>{}</dd><dt>Geldende versie</dt><dd>{}</dd>"
      "<dt>Evaluatie uiterlijk</dt><dd>{}</dd><dt>Signalen</dt><dd>{}</dd></dl>\n",
      Escape(o.leerling_naam), Escape(o.school_naam),
      domain::FormatDutchDate(o.opp.plaatsingsdatum),
      domain::FormatDutchDate(s.vaststellen_uiterlijk), DatumOfStreep(s.vastgesteld_op),
      s.laatste_versie > 0 ? std::to_string(s.laatste_versie) : "–", InstemmingTekst(s.instemming),
      s.versie_in_werking > 0 ? "Versie " + std::to_string(s.versie_in_werking)
                              : std::string("Nog geen versie met instemming"),
      DatumOfStreep(s.evaluatie_uiterlijk), SignalenHtml(t.signalen));
}

std::string VersiesTabel(const app::OppInzicht& t) {
  std::string rows;
  const auto& versies = t.overzicht.opp.versies;
  for (auto it = versies.rbegin(); it != versies.rend(); ++it) {
    const auto i = domain::InstemmingVan(*it);
    std::string instemming = InstemmingTekst(i);
    if (!it->instemming.empty() && i != domain::Instemming::kGevraagd) {
      instemming += " op " + domain::FormatDutchDate(it->instemming.back().datum);
      if (!it->instemming.back().toelichting.empty()) {
        instemming += ": " + Escape(it->instemming.back().toelichting);
      }
    }
    rows +=
        Row(Cell(std::to_string(it->nummer)) + Cell(domain::FormatDutchDate(it->vastgesteld_op)) +
            Cell(instemming) + Cell(it->nummer == t.stand.versie_in_werking ? "Ja" : "Nee"));
  }
  return "<h2 class=\"utrecht-heading-2\" id=\"versies\">Versies</h2>\n" +
         Table("opp-versies", "", {"Versie", "Vastgesteld op", "Instemming ouders", "Geldt"}, rows,
               "versies");
}

std::string EvaluatiesHtml(const domain::Opp& opp) {
  std::string html = "<h2 class=\"utrecht-heading-2\" id=\"evaluaties\">Evaluaties</h2>\n";
  if (opp.evaluaties.empty()) return html + P("Nog geen evaluatie met de ouders.");
  for (const auto& e : opp.evaluaties) {
    html += P(fmt::format("<strong>{}</strong>, met {}: {}", domain::FormatDutchDate(e.datum),
                          Escape(e.met_wie), Escape(e.conclusie)));
  }
  return html;
}

std::string VraagFormulier(int64_t id, const VeldFout& fout, const std::string& csrf) {
  return "<h2 class=\"utrecht-heading-2\" id=\"instemming\">Instemming van de ouders</h2>\n" +
         (fout.melding.empty() ? "" : FormulierMelding("fout-vraag", fout.melding)) +
         P("Vraag de ouders om instemming met het handelingsdeel van de nieuwste versie. Zij "
           "krijgen daarover een bericht.") +
         fmt::format(
             "<form method=\"post\" action=\"/opp/{}/instemming\" novalidate>{}<input "
             "type=\"hidden\" name=\"formulier\" value=\"vragen\">{}</form>\n",
             id, CsrfField(csrf), Knop("Instemming vragen"));
}

std::string AntwoordFormulier(int64_t id, const Formulierwaarden& w, const VeldFout& fout,
                              const std::string& csrf) {
  return "<h2 class=\"utrecht-heading-2\" id=\"instemming\">Uw instemming</h2>\n" +
         P("De school vraagt of u instemt met het handelingsdeel (de doelen en de ondersteuning) "
           "van de nieuwste versie. Stemt u niet in, dan blijft de vorige versie waarmee u "
           "instemde gelden.") +
         Boven(fout, {"besluit", "toelichting"}, "fout-antwoord") +
         fmt::format(
             "<form method=\"post\" action=\"/opp/{}/instemming\" novalidate>{}<input "
             "type=\"hidden\" name=\"formulier\" value=\"antwoord\">{}{}{}</form>\n",
             id, CsrfField(csrf),
             Groep({"opp-besluit", "besluit", "Stemt u in met het handelingsdeel?", "",
                    FoutVoor(fout, "besluit")},
                   "radio", {{"gegeven", "Ja, ik stem in"}, {"geweigerd", "Nee, ik stem niet in"}},
                   {Waarde(w, "besluit")}),
             Tekstvak({"opp-toelichting", "toelichting", "Toelichting", "Niet verplicht.",
                       FoutVoor(fout, "toelichting")},
                      Waarde(w, "toelichting")),
             Knop("Antwoord versturen"));
}

std::string EvaluatieFormulier(int64_t id, const Formulierwaarden& w, const VeldFout& fout,
                               const std::string& csrf) {
  return "<h2 class=\"utrecht-heading-2\" id=\"evaluatie\">Evaluatie vastleggen</h2>\n" +
         Boven(fout, {"datum", "metWie", "conclusie"}, "fout-evaluatie") +
         fmt::format(
             "<form method=\"post\" action=\"/opp/{}/evaluatie\" novalidate>{}<input "
             "type=\"hidden\" name=\"formulier\" value=\"evaluatie\">{}{}{}{}</form>\n",
             id, CsrfField(csrf),
             Tekstveld({"evaluatie-datum", "datum", "Datum", "Laat leeg voor vandaag.",
                        FoutVoor(fout, "datum")},
                       Waarde(w, "datum"), "date"),
             Tekstveld({"evaluatie-metwie", "metWie", "Met wie",
                        "De ouders en wie er verder bij waren.", FoutVoor(fout, "metWie")},
                       Waarde(w, "metWie")),
             Tekstvak(
                 {"evaluatie-conclusie", "conclusie", "Conclusie", "", FoutVoor(fout, "conclusie")},
                 Waarde(w, "conclusie")),
             Knop("Evaluatie vastleggen"));
}

void RenderDetail(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx, int64_t id, const Formulierwaarden& w,
                  const VeldFout& fout, int status) {
  auto t = services.opp.Get(*ctx.principal, ctx.client, id);
  if (!Check(req, res, t, ctx)) return;
  const std::string formulier = Waarde(w, "formulier");
  const VeldFout geen;
  const auto& opp = t->overzicht.opp;
  const auto rol = ctx.principal->rol;
  std::string body = fmt::format("<h1 class=\"utrecht-heading-1\">OPP: {}</h1>\n",
                                 Escape(t->overzicht.leerling_naam)) +
                     FeitenHtml(*t) +
                     P(fmt::format("<a class=\"utrecht-link\" href=\"/opp/{}/afdruk\">Afdrukken "
                                   "(één kind, één plan)</a>",
                                   id));
  if (t->stand.instemming == domain::Instemming::kGeweigerd) {
    body += "<div class=\"utrecht-alert\" role=\"status\">" + P(Escape(domain::OppGeschilroute())) +
            "</div>\n";
  }
  if (opp.versies.empty()) {
    body += P("Er is nog geen versie vastgesteld.");
  } else {
    body +=
        fmt::format("<h2 class=\"utrecht-heading-2\" id=\"nieuwste\">Versie {} (nieuwste)</h2>\n",
                    opp.versies.back().nummer) +
        InhoudHtml(opp.versies.back().inhoud) + VersiesTabel(*t);
  }
  const bool school = rol == domain::Rol::kSchool;
  if (school) {
    body +=
        P(fmt::format("<a class=\"utrecht-link\" href=\"/opp/{}/versie\">Nieuwe versie "
                      "vaststellen</a>",
                      id));
    if (!opp.versies.empty() && opp.versies.back().instemming.empty()) {
      body += VraagFormulier(id, formulier == "vragen" ? fout : geen, ctx.csrf);
    }
  }
  if (rol == domain::Rol::kOuder && t->stand.instemming == domain::Instemming::kGevraagd) {
    body += AntwoordFormulier(id, formulier == "antwoord" ? w : Formulierwaarden{},
                              formulier == "antwoord" ? fout : geen, ctx.csrf);
  }
  body += EvaluatiesHtml(opp);
  if (school && !opp.versies.empty()) {
    body += EvaluatieFormulier(id, formulier == "evaluatie" ? w : Formulierwaarden{},
                               formulier == "evaluatie" ? fout : geen, ctx.csrf);
  }
  res.status = status;
  WriteHtml(res, PageOptions{"Ontwikkelingsperspectiefplan", kKruimels, &ctx}, body);
}

void DetailPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = ParseId(ctx.path.at("id"), kNietGevonden);
  if (!Check(req, res, id, ctx)) return;
  RenderDetail(services, req, res, ctx, *id, {}, {}, 200);
}

void RenderVersie(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx, int64_t id, const Formulierwaarden* w,
                  const VeldFout& fout, int status) {
  auto t = services.opp.Get(*ctx.principal, ctx.client, id);
  if (!Check(req, res, t, ctx)) return;
  const auto& versies = t->overzicht.opp.versies;
  // Prefilled with the newest version: a new version changes what changed, nothing is typed
  // twice (issue 7).
  const Formulierwaarden waarden =
      w != nullptr ? *w
                   : (versies.empty() ? Formulierwaarden{} : WaardenVan(versies.back().inhoud));
  std::string html =
      fmt::format("<h1 class=\"utrecht-heading-1\">Nieuwe versie: {}</h1>\n",
                  Escape(t->overzicht.leerling_naam)) +
      P("De vorige versies blijven bewaard. Na het vaststellen vraagt u de ouders opnieuw om "
        "instemming met het handelingsdeel.") +
      Boven(fout, kInhoudVelden, "fout-versie") +
      fmt::format("<form method=\"post\" action=\"/opp/{}/versie\" novalidate>{}{}{}</form>\n", id,
                  CsrfField(ctx.csrf), InhoudVelden(waarden, fout), Knop("Versie vaststellen"));
  res.status = status;
  WriteHtml(res,
            PageOptions{"Nieuwe versie",
                        {{"/", "Home"}, {"/opp", "OPP"}, {"/opp/" + std::to_string(id), "Plan"}},
                        &ctx},
            html);
}

void VersiePage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = ParseId(ctx.path.at("id"), kNietGevonden);
  if (!Check(req, res, id, ctx)) return;
  RenderVersie(services, req, res, ctx, *id, nullptr, {}, 200);
}

// One child, one plan (domain.md §3.4, seed 000 #18): the version in force (or the newest when
// none has consent yet) on one printed page.
void AfdrukPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = ParseId(ctx.path.at("id"), kNietGevonden);
  if (!Check(req, res, id, ctx)) return;
  auto t = services.opp.Get(*ctx.principal, ctx.client, *id);
  if (!Check(req, res, t, ctx)) return;
  const auto& opp = t->overzicht.opp;
  const domain::OppVersie* versie = domain::VersieInWerking(opp);
  std::string status;
  if (versie != nullptr) {
    status = fmt::format("Versie {}, vastgesteld op {}, met instemming van de ouders.",
                         versie->nummer, domain::FormatDutchDate(versie->vastgesteld_op));
  } else if (!opp.versies.empty()) {
    versie = &opp.versies.back();
    status = fmt::format(
        "Versie {}, vastgesteld op {}. De ouders hebben (nog) niet ingestemd met het "
        "handelingsdeel.",
        versie->nummer, domain::FormatDutchDate(versie->vastgesteld_op));
  }
  std::string body = fmt::format(
      "<article class=\"passend-afdruk\"><h1 class=\"utrecht-heading-1\">"
      "Ontwikkelingsperspectiefplan: {}</h1>\n<p class=\"utrecht-paragraph\">{} · geplaatst op "
      "{}</p>\n",
      Escape(t->overzicht.leerling_naam), Escape(t->overzicht.school_naam),
      domain::FormatDutchDate(opp.plaatsingsdatum));
  if (versie == nullptr) {
    body += P("Er is nog geen versie vastgesteld.");
  } else {
    body += P(Escape(status)) + InhoudHtml(versie->inhoud);
  }
  if (t->stand.laatste_evaluatie) {
    body += P("Laatste evaluatie met de ouders: " +
              domain::FormatDutchDate(*t->stand.laatste_evaluatie) + ".");
  }
  if (t->stand.evaluatie_uiterlijk) {
    body += P("Volgende evaluatie uiterlijk: " +
              domain::FormatDutchDate(*t->stand.evaluatie_uiterlijk) + ".");
  }
  body +=
      "<p class=\"utrecht-paragraph passend-niet-afdrukken\"><a class=\"utrecht-link\" "
      "href=\"/opp/" +
      std::to_string(*id) + "\">Terug naar het plan</a></p></article>\n";
  WriteHtml(res, PageOptions{"OPP afdrukken", kKruimels, &ctx}, body);
}

}  // namespace

void AddOppPages(Router& router, const Services& services) {
  auto wijziging = [&services](auto call) {
    return [&services, call](const httplib::Request& req, httplib::Response& res,
                             const RequestContext& ctx) {
      NaFormulier(
          req, res, ctx, "/opp/", kNietGevonden,
          [&](int64_t id, const Formulierwaarden& w) { return call(ctx, id, w); },
          [&](int64_t id, const Formulierwaarden& w, const VeldFout& fout, int status) {
            RenderDetail(services, req, res, ctx, id, w, fout, status);
          });
    };
  };
  auto& opp = services.opp;
  router.Add(
      Route{"GET",
            "/opp",
            app::Permission::kOppLezen,
            "Ontwikkelingsperspectiefplannen binnen uw bereik met hun signalen",
            {{"page", "Paginanummer", "integer"}, {"signaal", "Alleen plannen met dit signaal"}},
            "",
            Pagina(services, LijstPage)});
  // Before `/opp/{id}`, which would otherwise take `nieuw` for an id.
  router.Add(Route{"GET",
                   "/opp/nieuw",
                   app::Permission::kOppBeheren,
                   "Formulier voor een nieuw ontwikkelingsperspectiefplan",
                   {},
                   "",
                   Pagina(services, NieuwPage)});
  router.Add(Route{"POST",
                   "/opp",
                   app::Permission::kOppBeheren,
                   "Een ontwikkelingsperspectiefplan maken met het formulier",
                   {},
                   "",
                   Pagina(services, NieuwPost)});
  router.Add(Route{"GET",
                   "/opp/{id}",
                   app::Permission::kOppLezen,
                   "Eén ontwikkelingsperspectiefplan met versies, instemming en evaluaties",
                   {},
                   "",
                   Pagina(services, DetailPage)});
  router.Add(Route{"GET",
                   "/opp/{id}/afdruk",
                   app::Permission::kOppLezen,
                   "Het geldende plan op één afdrukbare pagina",
                   {},
                   "",
                   Pagina(services, AfdrukPage)});
  router.Add(Route{"GET",
                   "/opp/{id}/versie",
                   app::Permission::kOppBeheren,
                   "Formulier voor een nieuwe versie, ingevuld met de nieuwste",
                   {},
                   "",
                   Pagina(services, VersiePage)});
  router.Add(
      Route{"POST",
            "/opp/{id}/versie",
            app::Permission::kOppBeheren,
            "Een nieuwe versie vaststellen met het formulier",
            {},
            "",
            [&services, &opp](const httplib::Request& req, httplib::Response& res,
                              const RequestContext& ctx) {
              NaFormulier(
                  req, res, ctx, "/opp/", kNietGevonden,
                  [&](int64_t id, const Formulierwaarden& w) -> domain::Result<app::OppInzicht> {
                    PASSEND_ASSIGN_OR_RETURN(auto inhoud, InhoudUitFormulier(w));
                    return opp.StelVersieVast(*ctx.principal, ctx.client, id, std::move(inhoud));
                  },
                  [&](int64_t id, const Formulierwaarden& w, const VeldFout& fout, int status) {
                    RenderVersie(services, req, res, ctx, id, &w, fout, status);
                  });
            }});
  router.Add(
      Route{"POST",
            "/opp/{id}/instemming",
            app::Permission::kOppInstemmen,
            "Instemming vragen (school) of geven of weigeren (ouders) met het formulier",
            {},
            "",
            wijziging([&opp](const RequestContext& ctx, int64_t id,
                             const Formulierwaarden& w) -> domain::Result<app::OppInzicht> {
              std::optional<domain::Instemming> besluit;
              if (W(w, "formulier") == "antwoord") {
                if (W(w, "besluit").empty()) {
                  return domain::Fail(domain::ErrorCode::kInvalid, "Kies of u instemt.", "besluit");
                }
                PASSEND_ASSIGN_OR_RETURN(besluit, domain::ParseInstemming(W(w, "besluit")));
              }
              return opp.Instemming(*ctx.principal, ctx.client, id, besluit, W(w, "toelichting"));
            })});
  router.Add(Route{"POST",
                   "/opp/{id}/evaluatie",
                   app::Permission::kOppBeheren,
                   "Een evaluatie met de ouders vastleggen met het formulier",
                   {},
                   "",
                   wijziging([&opp](const RequestContext& ctx, int64_t id,
                                    const Formulierwaarden& w) -> domain::Result<app::OppInzicht> {
                     PASSEND_ASSIGN_OR_RETURN(auto datum, FormulierDatum(w, "datum"));
                     return opp.LegEvaluatieVast(
                         *ctx.principal, ctx.client, id,
                         domain::OppEvaluatie{datum.value_or(opp.Vandaag()), W(w, "metWie"),
                                              W(w, "conclusie"), ""});
                   })});
}

}  // namespace passend::web
