#include "web/geschil_html.h"

#include <fmt/format.h>

#include "app/policy.h"
#include "web/aanmelding_html.h"
#include "web/html.h"
#include "web/table.h"

namespace passend::web {

namespace {

// A rung's term; 0 means the rung has none (a court).
std::string LadderTermijn(int dagen) {
  return dagen <= 0 ? std::string("geen vaste termijn") : Termijn(dagen);
}

std::string NaamVan(const std::vector<domain::LadderStap>& ladder, const std::string& code) {
  for (const auto& rung : ladder) {
    if (rung.code == code) return rung.naam;
  }
  return code;
}

// The ladder of an SWV as an ordered list; `huidig` (a rung code) is marked as the current
// step.
std::string LadderLijst(const std::vector<domain::LadderStap>& ladder, const std::string& huidig) {
  std::string html = "<ol class=\"utrecht-ordered-list passend-ladder\">";
  for (const auto& rung : ladder) {
    const bool hier = rung.code == huidig;
    html += fmt::format("<li class=\"utrecht-ordered-list__item\"{}>{}{} ({}){}</li>",
                        hier ? " aria-current=\"step\"" : "", hier ? "<strong>" : "",
                        Escape(rung.naam), LadderTermijn(rung.termijn_dagen),
                        hier ? "</strong> – hier is het geschil nu" : "");
  }
  return html + "</ol>\n";
}

// The ladder explained in plain words, with the time each step may take.
std::string LadderStappen(const domain::SwvInstellingen& instellingen) {
  return "<p class=\"utrecht-paragraph\">Praat eerst met de school. Komt u er samen niet uit, "
         "dan zijn dit de volgende stappen, met de tijd die elke stap ongeveer mag duren:</p>\n" +
         LadderLijst(instellingen.ladder, "") +
         "<p class=\"utrecht-paragraph\">Een verschil van mening over onderwijs is nooit een "
         "reden voor een melding bij Veilig Thuis.</p>\n";
}

}  // namespace

std::string LadderUitlegHtml(const domain::SwvInstellingen& instellingen) {
  return "<h2 class=\"utrecht-heading-2\">Niet eens met de school?</h2>\n" +
         LadderStappen(instellingen) + SteunpuntHtml(instellingen.steunpunt);
}

std::string StappenHtml(const app::GeschilInzicht& g) {
  const auto& ladder = g.overzicht.geschil.ladder;
  std::string rows;
  for (const auto& stap : g.geschil.Stappen()) {
    rows += Row(Cell(Escape(NaamVan(ladder, stap.code))) + Cell(Escape(stap.eigenaar)) +
                Cell(domain::FormatDutchDate(stap.start)) +
                Cell(stap.termijn_dagen > 0
                         ? domain::FormatDutchDate(domain::AddDays(stap.start, stap.termijn_dagen))
                         : "–") +
                Cell(DatumOfStreep(stap.einde)) +
                Cell(Escape(stap.uitkomst.empty() ? "loopt nog" : stap.uitkomst)));
  }
  std::string html = "<h2 class=\"utrecht-heading-2\">Stappen</h2>\n";
  if (rows.empty()) {
    return html + "<p class=\"utrecht-paragraph\">Er is nog geen stap gestart.</p>\n";
  }
  html += Table("stappen-tabel", "Stappen van dit geschil",
                {"Stap", "Wie behandelt", "Start", "Uiterlijk", "Einde", "Uitkomst"}, rows);
  if (g.termijn_verstreken) {
    html +=
        "<p class=\"utrecht-paragraph\"><span class=\"utrecht-status-badge passend-badge "
        "passend-badge--verlopen\">Termijn verstreken</span> De huidige stap loopt langer dan "
        "afgesproken. Vraag de behandelaar wanneer u een antwoord krijgt, of ga naar de volgende "
        "stap.</p>\n";
  }
  return html;
}

std::string LadderHtml(const app::GeschilInzicht& g) {
  const domain::Stap* huidig = g.geschil.HuidigeStap();
  std::string html = "<h2 class=\"utrecht-heading-2\">Escalatieladder</h2>\n" +
                     LadderLijst(g.overzicht.geschil.ladder, huidig ? huidig->code : "");
  if (g.volgende_stap) {
    html += fmt::format(
        "<p class=\"utrecht-paragraph\">De volgende stap is: <strong>{}</strong>. U mag ook een "
        "stap overslaan, bijvoorbeeld direct naar de Geschillencommissie Passend Onderwijs.</p>\n",
        Escape(g.volgende_stap->naam));
  }
  return html;
}

std::string GpoHtml(const app::GeschilInzicht& g) {
  const auto& r = g.overzicht.geschil;
  const domain::Stap* huidig = g.geschil.HuidigeStap();
  const bool bij_gpo = huidig != nullptr && huidig->code == domain::kGpoStap;
  if (!r.besluitdatum && !bij_gpo) return "";
  std::string items;
  if (r.besluitdatum) {
    items += fmt::format(
        "<li class=\"utrecht-unordered-list__item\">Indienen kan tot en met {} ({} na het "
        "besluit).</li>",
        domain::FormatDutchDate(domain::AddDays(*r.besluitdatum, g.geschil.Gpo().indienen_dagen)),
        Termijn(g.geschil.Gpo().indienen_dagen));
  }
  if (bij_gpo) {
    items += fmt::format(
        "<li class=\"utrecht-unordered-list__item\">Het schoolbestuur reageert uiterlijk {}.</li>"
        "<li class=\"utrecht-unordered-list__item\">De commissie geeft haar oordeel uiterlijk "
        "{}.</li>",
        DatumOfStreep(g.geschil.VerweerUiterlijk()), DatumOfStreep(g.geschil.UiterlijkeDatum()));
  }
  return "<h2 class=\"utrecht-heading-2\">Geschillencommissie Passend Onderwijs</h2>\n"
         "<ul class=\"utrecht-unordered-list\">" +
         items + "</ul>\n";
}

std::string SteunpuntHtml(const domain::Steunpunt& s) {
  std::string html = "<h2 class=\"utrecht-heading-2\">Hulp voor ouders</h2>\n";
  if (s.naam.empty() && s.telefoon.empty() && s.email.empty() && s.website.empty()) {
    return html +
           "<p class=\"utrecht-paragraph\">Het samenwerkingsverband heeft nog geen ouder- en "
           "jeugdsteunpunt opgegeven. U kunt altijd terecht bij een onderwijsconsulent "
           "(www.onderwijsconsulenten.nl).</p>\n";
  }
  html +=
      "<p class=\"utrecht-paragraph\">Het ouder- en jeugdsteunpunt denkt gratis met u mee en "
      "helpt u de volgende stap te zetten.</p>\n<dl class=\"passend-facts\">";
  if (!s.naam.empty()) html += "<dt>Naam</dt><dd>" + Escape(s.naam) + "</dd>";
  if (!s.telefoon.empty()) html += "<dt>Telefoon</dt><dd>" + Escape(s.telefoon) + "</dd>";
  if (!s.email.empty()) {
    html += fmt::format(
        "<dt>E-mail</dt><dd><a class=\"utrecht-link\" href=\"mailto:{0}\">{0}</a>"
        "</dd>",
        Escape(s.email));
  }
  if (!s.website.empty()) {
    html += fmt::format("<dt>Website</dt><dd><a class=\"utrecht-link\" href=\"{0}\">{0}</a></dd>",
                        Escape(s.website));
  }
  return html + "</dl>\n";
}

std::string GeschilFormulierHtml(int64_t aanmelding, const std::string& omschrijving,
                                 const VeldFout& fout, const std::string& csrf) {
  return fmt::format(
      "{}<form method=\"post\" action=\"/geschillen\" novalidate>{}<input type=\"hidden\" "
      "name=\"aanmelding\" value=\"{}\">{}<button class=\"utrecht-button "
      "utrecht-button--secondary-action\" type=\"submit\">Geschil starten</button></form>\n",
      fout.melding.empty() || fout.veld == "omschrijving"
          ? ""
          : FormulierMelding("geschil-starten-fout", fout.melding),
      CsrfField(csrf), aanmelding,
      Tekstvak({"omschrijving", "omschrijving", "Waar bent u het niet mee eens? (optioneel)", "",
                FoutVoor(fout, "omschrijving")},
               omschrijving));
}

std::string GeschilSectie(const Services& services, const RequestContext& ctx,
                          const app::AanmeldingInzicht& inzicht) {
  const app::Principal& p = *ctx.principal;
  if (!app::RolMag(p.rol, app::Permission::kGeschillenLezen)) return "";
  const auto& a = inzicht.overzicht.aanmelding;
  domain::SwvInstellingen instellingen;
  if (auto swv = domain::SwvCode::Parse(a.swv)) {
    if (auto gevonden = services.instellingen.Get(*swv)) instellingen = *gevonden;
  }
  app::GeschilFilter filter;
  filter.aanmelding = a.id;
  auto geschillen = services.geschillen.Lijst(p, ctx.client, filter, {1, 20});
  std::string html =
      "<h2 class=\"utrecht-heading-2\" id=\"niet-eens\">Niet eens met het besluit?</h2>\n" +
      LadderStappen(instellingen);
  const bool heeft_geschil = geschillen && !geschillen->items.empty();
  if (heeft_geschil) {
    html +=
        "<h3 class=\"utrecht-heading-3\">Geschillen over deze aanmelding</h3>\n"
        "<ul class=\"utrecht-unordered-list\">";
    for (const auto& g : geschillen->items) {
      const domain::Stap* stap = g.geschil.HuidigeStap();
      html += fmt::format(
          "<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" "
          "href=\"/geschillen/{}\">Geschil van {}</a>: {}{}</li>",
          g.overzicht.geschil.id, domain::FormatDutchDate(g.overzicht.geschil.geopend_op),
          stap ? Escape(NaamVan(g.overzicht.geschil.ladder, stap->code)) : "nog geen stap",
          g.volgende_stap ? "; volgende stap: " + Escape(g.volgende_stap->naam) : "");
    }
    html += "</ul>\n";
  }
  // One dispute per registration: it climbs the ladder on its own page. It can start once
  // there is something to dispute: a decision, or a term that lapsed without one.
  const bool te_betwisten = a.besluit.has_value() || inzicht.status.recht_op_voorlopige_plaatsing;
  if (!heeft_geschil && app::RolMag(p.rol, app::Permission::kGeschillenBeheren)) {
    html += te_betwisten
                ? GeschilFormulierHtml(a.id, "", {}, ctx.csrf)
                : "<p class=\"utrecht-paragraph\">Een geschil kan beginnen zodra de school "
                  "heeft besloten, of als de school niet op tijd beslist.</p>\n";
  }
  return html + SteunpuntHtml(instellingen.steunpunt);
}

}  // namespace passend::web
