// The page of the dekkend aanbod (issue 5 item 7; docs/placement.md "Dekkend aanbod"): a
// summary of the gaps, the filters, a bar chart of demand and places per need, a map of the
// locations and the municipalities with a gap, and the table with every need × level ×
// municipality. Gaps are named in text, never by colour alone (WCAG 1.4.1). No JavaScript.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "domain/suppression.h"
#include "web/dekkend_aanbod_json.h"
#include "web/form_fields.h"
#include "web/html.h"
#include "web/ondersteuning_json.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/svg_chart.h"
#include "web/table.h"

namespace passend::web {

namespace {

const std::vector<NavLink> kKruimels{{"/", "Home"}};

std::string Alinea(const std::string& html) {
  return "<p class=\"utrecht-paragraph\">" + html + "</p>\n";
}

std::string Kop(const std::string& id, const std::string& titel) {
  return fmt::format("<h2 class=\"utrecht-heading-2\" id=\"{}\">{}</h2>\n", id, Escape(titel));
}

std::string Feit(const std::string& term, const std::string& html) {
  return "<dt>" + Escape(term) + "</dt><dd>" + html + "</dd>";
}

std::string Km(int64_t meter) { return fmt::format("{:.1f} km", AfstandKm(meter)); }

// A demand count as the reader may see it.
std::string Vraag(const app::DekkendAanbodRapport& r, int64_t n) {
  return r.onderdrukt ? FormatSuppressedCount(n) : FormatCount(n);
}

// Which SWV the page shows: the SWV's own; a national role's choice (`swv`), if any.
std::optional<std::string> GekozenSwv(const httplib::Request& req, const RequestContext& ctx) {
  if (ctx.principal->rol == domain::Rol::kSwv) return ctx.principal->organisatie;
  auto swv = QueryValue(req, "swv");
  if (!swv || Trim(*swv).empty()) return std::nullopt;
  return Trim(*swv);
}

std::string KiesSwvFormulier(const std::string& waarde, const VeldFout& fout) {
  return fmt::format(
      "<form method=\"get\" action=\"/dekkend-aanbod\" class=\"passend-filter\" novalidate>{}{}"
      "</form>\n",
      Tekstveld(
          {"da-swv", "swv", "Samenwerkingsverband",
           "De code van het samenwerkingsverband, bijvoorbeeld PO2001.", FoutVoor(fout, "swv")},
          waarde),
      Knop("Tonen"));
}

// The filter form; `swv` is carried along for national roles.
std::string FilterFormulier(const app::DekkendAanbodRapport& r,
                            const domain::Ondersteuningstaxonomie& taxonomie,
                            const httplib::Request& req, bool landelijk, const VeldFout& fout) {
  std::vector<Keuze> behoeften{{"", "Alle behoeften"}};
  for (const auto& b : taxonomie.behoeften) behoeften.push_back({b.code, b.naam});
  std::vector<Keuze> niveaus{{"", "Alle getoetste niveaus"}};
  for (const auto n : domain::kAlleOndersteuningsniveaus) {
    if (r.parameters.MaxMeter(n)) {
      niveaus.push_back({std::string(domain::NiveauCode(n)), std::string(domain::NiveauNaam(n))});
    }
  }
  std::vector<Keuze> gemeenten{{"", "Alle gemeenten"}};
  for (const auto& g : r.gemeenten) gemeenten.push_back({g.code, g.naam});
  std::string html =
      "<form method=\"get\" action=\"/dekkend-aanbod\" class=\"passend-filter\" novalidate>";
  if (landelijk) {
    html +=
        fmt::format("<input type=\"hidden\" name=\"swv\" value=\"{}\">", Escape(r.swv.code.str()));
  }
  html += Keuzelijst(
      {"da-behoefte", "behoefte", "Ondersteuningsbehoefte", "", FoutVoor(fout, "behoefte")},
      behoeften, QueryValue(req, "behoefte").value_or(""));
  html += Keuzelijst({"da-niveau", "niveau", "Niveau", "", FoutVoor(fout, "niveau")}, niveaus,
                     QueryValue(req, "niveau").value_or(""));
  html += Keuzelijst({"da-gemeente", "gemeente", "Gemeente", "", FoutVoor(fout, "gemeente")},
                     gemeenten, QueryValue(req, "gemeente").value_or(""));
  html += Vinkje(
      {"da-tekorten", "alleenTekorten", "Alleen tekorten", "", FoutVoor(fout, "alleenTekorten")},
      QueryValue(req, "alleenTekorten").value_or("") == "ja");
  html += Knop("Tonen") + "</form>\n";
  return html;
}

// The gaps of a row in words (plain text: the caller escapes).
std::string TekortTekst(const app::DekkendAanbodRapport& r, const engine::DekkingRegel& regel) {
  std::vector<std::string> delen;
  if (regel.tekorten.geen_aanbieder_binnen_afstand) {
    delen.push_back(fmt::format("geen aanbieder binnen {} km", regel.max_meter.value_or(0) / 1000));
  }
  if (regel.tekorten.vraag_boven_plaatsen) {
    delen.push_back(fmt::format(
        "vraag ({}) boven de plaatsen binnen {} km ({})",
        r.onderdrukt ? domain::SuppressedCount(regel.vraag) : FormatCount(regel.vraag),
        regel.max_meter.value_or(0) / 1000, FormatCount(regel.plaatsen_binnen_bereik.value_or(0))));
  }
  if (delen.empty()) return "Gedekt";
  std::string tekst = "Tekort: " + delen[0];
  if (delen.size() > 1) tekst += " en " + delen[1];
  return tekst;
}

std::string Samenvatting(const app::DekkendAanbodRapport& r) {
  const auto& a = r.aanbod;
  return Kop("samenvatting", "Samenvatting") + "<dl class=\"passend-facts\">" +
         Feit("Regels (behoefte × niveau × gemeente)", FormatCount(a.regels.size())) +
         Feit("Tekort: geen aanbieder binnen de afstand", FormatCount(a.tekorten_afstand)) +
         Feit("Tekort: vraag boven de plaatsen binnen bereik", FormatCount(a.tekorten_plaatsen)) +
         Feit("Regels met een tekort én vraag", FormatCount(a.tekorten_met_vraag)) +
         Feit("Leerlingen met een ondersteuningsbehoefte", Vraag(r, r.leerlingen_met_vraag)) +
         "</dl>\n";
}

// A short label for the chart's axis (the table has the full names).
std::string KortLabel(const std::string& code) {
  std::string kort = code.substr(0, code.find('-'));
  if (kort.size() > 9) kort = kort.substr(0, 8) + ".";
  return kort;
}

// Per checked level a bar chart of the demand and the limited places per need.
std::string Grafieken(const app::DekkendAanbodRapport& r,
                      const domain::Ondersteuningstaxonomie& taxonomie) {
  std::string html = Kop("grafiek", "Vraag en plaatsen per behoefte");
  html += Alinea(
      "Per niveau de vraag en de beperkte plaatsen per ondersteuningsbehoefte, opgeteld over de "
      "gemeenten in de tabel. Een behoefte met een aanbieder zonder grens aan het aantal plaatsen "
      "heeft geen staaf voor de plaatsen (onbeperkt).");
  bool iets = false;
  for (const auto niveau : domain::kAlleOndersteuningsniveaus) {
    struct Som {
      int64_t vraag = 0;
      int64_t plaatsen = 0;
      bool onbeperkt = false;
      bool getoond = false;
    };
    std::map<std::string, Som> per;
    for (const auto& regel : r.aanbod.regels) {
      if (regel.niveau != niveau) continue;
      auto& s = per[regel.behoefte];
      s.getoond = true;
      s.vraag += regel.vraag;
      if (regel.plaatsen) {
        s.plaatsen += *regel.plaatsen;
      } else {
        s.onbeperkt = true;
      }
    }
    if (per.empty()) continue;
    iets = true;
    const std::string naam(domain::NiveauNaam(niveau));
    Grafiek g{fmt::format("grafiek-{}", domain::NiveauCode(niveau)),
              fmt::format("Vraag en plaatsen, niveau {}", naam),
              fmt::format("Staafgrafiek per ondersteuningsbehoefte op niveau {}: het aantal "
                          "kinderen met de behoefte en het aantal beperkte plaatsen. Dezelfde "
                          "cijfers staan per gemeente in de tabel hieronder.",
                          naam),
              {},
              {{"Vraag", {}}, {"Plaatsen", {}}}};
    std::string beschrijving;
    for (const auto& b : taxonomie.behoeften) {
      auto it = per.find(b.code);
      if (it == per.end()) continue;
      const Som& s = it->second;
      // National roles: no bar for a total that would be suppressed.
      const bool verborgen = r.onderdrukt && domain::IsSuppressed(s.vraag);
      g.labels.push_back(KortLabel(b.code));
      g.reeksen[0].waarden.push_back(verborgen ? std::nullopt : std::optional(s.vraag));
      g.reeksen[1].waarden.push_back(s.onbeperkt ? std::nullopt : std::optional(s.plaatsen));
      beschrijving += fmt::format("{}: vraag {}, plaatsen {}. ", b.naam, Vraag(r, s.vraag),
                                  s.onbeperkt ? "onbeperkt" : FormatCount(s.plaatsen));
    }
    g.beschrijving += " " + beschrijving;
    html += StaafGrafiek(g);
  }
  if (!iets) html += Alinea("Er zijn geen regels om te tonen.");
  return html;
}

// The map: every location as a point and every municipality at its point, those with a gap
// in the rows shown marked with a triangle and their name; a text alternative lists them.
std::string Kaart(const app::DekkendAanbodRapport& r) {
  std::map<size_t, int64_t> tekorten;  // municipality → rows with a gap
  for (const auto& regel : r.aanbod.regels) {
    if (regel.tekorten.Any()) ++tekorten[regel.gemeente];
  }
  std::vector<domain::Coordinates> alle;
  for (const auto& k : r.locaties) alle.push_back(k.school.positie);
  for (const auto& g : r.gemeenten) {
    if (g.punt) alle.push_back(*g.punt);
  }
  std::string html = Kop("kaart", "Scholen en tekorten op de kaart");
  if (alle.empty()) return html + Alinea("Er zijn geen posities om te tonen.");
  double lat_min = 90, lat_max = -90, lon_min = 180, lon_max = -180;
  for (const auto& p : alle) {
    lat_min = std::min(lat_min, p.lat);
    lat_max = std::max(lat_max, p.lat);
    lon_min = std::min(lon_min, p.lon);
    lon_max = std::max(lon_max, p.lon);
  }
  // Equirectangular around the middle latitude: good enough for one region.
  const double schaal_lon = std::cos((lat_min + lat_max) / 2 * 3.14159265358979 / 180);
  const double breedte_graden = std::max((lon_max - lon_min) * schaal_lon, 0.01);
  const double hoogte_graden = std::max(lat_max - lat_min, 0.01);
  constexpr double kBreedte = 640;
  constexpr double kMarge = 24;
  const double schaal = (kBreedte - 2 * kMarge) / std::max(breedte_graden, hoogte_graden);
  const double hoogte = hoogte_graden * schaal + 2 * kMarge;
  auto x = [&](const domain::Coordinates& p) {
    return kMarge + (p.lon - lon_min) * schaal_lon * schaal;
  };
  auto y = [&](const domain::Coordinates& p) { return kMarge + (lat_max - p.lat) * schaal; };

  std::vector<std::string> met_tekort;
  for (const auto& [g, n] : tekorten) {
    met_tekort.push_back(fmt::format("{} ({} {})", r.gemeenten[g].naam, n,
                                     n == 1 ? "regel met een tekort" : "regels met een tekort"));
  }
  std::string lijst;
  for (size_t i = 0; i < met_tekort.size(); ++i) {
    lijst += std::string(i == 0 ? "" : "; ") + met_tekort[i];
  }
  const std::string beschrijving = fmt::format(
      "Kaart van {} scholen als punten en {} gemeenten. {}", r.locaties.size(), r.gemeenten.size(),
      met_tekort.empty() ? std::string("Geen gemeente heeft een tekort in de getoonde regels.")
                         : "Gemeenten met een tekort: " + lijst + ".");
  html += fmt::format(
      "<figure class=\"passend-grafiek\" id=\"kaart-figuur\"><svg role=\"img\" "
      "aria-labelledby=\"kaart-titel kaart-beschrijving\" viewBox=\"0 0 {:.0f} {:.0f}\" "
      "preserveAspectRatio=\"xMinYMin meet\" class=\"passend-grafiek__svg\" "
      "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"kaart-titel\">Scholen en gemeenten met "
      "een tekort</title><desc id=\"kaart-beschrijving\">{}</desc>"
      "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\" stroke=\"#8c8c8c\"/>",
      kBreedte, hoogte, Escape(beschrijving));
  for (const auto& k : r.locaties) {
    html += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" fill=\"#154273\"/>",
                        x(k.school.positie), y(k.school.positie));
  }
  for (size_t g = 0; g < r.gemeenten.size(); ++g) {
    const auto& gemeente = r.gemeenten[g];
    if (!gemeente.punt) continue;
    const double gx = x(*gemeente.punt);
    const double gy = y(*gemeente.punt);
    if (tekorten.contains(g)) {
      html += fmt::format(
          "<polygon points=\"{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}\" fill=\"#ca005d\" "
          "stroke=\"#1a1a1a\"/><text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"12\" "
          "fill=\"#1a1a1a\">{}</text>",
          gx, gy - 9, gx - 8, gy + 6, gx + 8, gy + 6, gx + 10, gy + 4, Escape(gemeente.naam));
    } else {
      html += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"10\" height=\"10\" fill=\"none\" "
          "stroke=\"#275937\" stroke-width=\"2\"/>",
          gx - 5, gy - 5);
    }
  }
  html +=
      "</svg><figcaption class=\"passend-grafiek__legenda\">"
      "<span class=\"passend-grafiek__sleutel\"><svg width=\"14\" height=\"14\" "
      "aria-hidden=\"true\" focusable=\"false\"><circle cx=\"7\" cy=\"7\" r=\"4\" "
      "fill=\"#154273\"/></svg> School (vestiging)</span> "
      "<span class=\"passend-grafiek__sleutel\"><svg width=\"14\" height=\"14\" "
      "aria-hidden=\"true\" focusable=\"false\"><polygon points=\"7,1 1,13 13,13\" "
      "fill=\"#ca005d\" stroke=\"#1a1a1a\"/></svg> Gemeente met een tekort (met naam)</span> "
      "<span class=\"passend-grafiek__sleutel\"><svg width=\"14\" height=\"14\" "
      "aria-hidden=\"true\" focusable=\"false\"><rect x=\"2\" y=\"2\" width=\"10\" height=\"10\" "
      "fill=\"none\" stroke=\"#275937\" stroke-width=\"2\"/></svg> Gemeente zonder tekort</span>"
      "</figcaption></figure>\n";
  html += Alinea(Escape(beschrijving));
  return html;
}

std::string Tabel(const app::DekkendAanbodRapport& r,
                  const domain::Ondersteuningstaxonomie& taxonomie) {
  std::string rows;
  for (const auto& regel : r.aanbod.regels) {
    const auto* b = taxonomie.Vind(regel.behoefte);
    const auto& gemeente = r.gemeenten[regel.gemeente];
    std::string aanbieder = "Geen";
    if (regel.dichtstbij && regel.dichtstbij_meter) {
      const auto& s = r.locaties[*regel.dichtstbij].school;
      aanbieder = fmt::format("<a class=\"utrecht-link\" href=\"/scholen/{}\">{}</a>, {}",
                              Escape(s.code.str()), Escape(s.naam), Km(*regel.dichtstbij_meter));
    }
    const bool tekort = regel.tekorten.Any();
    const std::string status =
        tekort ? fmt::format(
                     "<span class=\"utrecht-status-badge passend-badge "
                     "passend-badge--verlopen\">{}</span>",
                     Escape(TekortTekst(r, regel)))
               : "<span class=\"utrecht-status-badge passend-badge passend-badge--besloten\">"
                 "Gedekt</span>";
    const std::string vrij =
        r.onderdrukt ? "–" : (regel.vrij ? FormatCount(*regel.vrij) : "onbeperkt");
    std::string rij =
        Cell(Escape(b ? b->naam : regel.behoefte)) +
        Cell(Escape(domain::NiveauNaam(regel.niveau))) + Cell(Escape(gemeente.naam)) +
        NumericCell(Vraag(r, regel.vraag)) +
        NumericCell(regel.plaatsen ? FormatCount(*regel.plaatsen) : "onbeperkt") +
        NumericCell(vrij) + NumericCell(FormatCount(regel.aanbieders)) +
        NumericCell(regel.plaatsen_binnen_bereik ? FormatCount(*regel.plaatsen_binnen_bereik)
                                                 : "onbeperkt") +
        Cell(aanbieder) + Cell(status);
    // The bar at the start of a gap's row repeats the badge; the badge says it in words.
    rows += fmt::format("<tr class=\"utrecht-table__row{}\">{}</tr>\n",
                        tekort ? " passend-rij--verlopen" : "", rij);
  }
  if (r.aanbod.regels.empty()) {
    return Alinea("Er zijn geen regels die aan het filter voldoen.");
  }
  return Table("dekkend-aanbod-tabel",
               "Vraag, plaatsen en tekorten per behoefte, niveau en gemeente",
               {"Behoefte", "Niveau", "Gemeente", Column("Vraag", true),
                Column("Plaatsen in de gemeente", true), Column("Vrij", true),
                Column("Aanbieders in de gemeente", true), Column("Plaatsen binnen bereik", true),
                "Dichtstbijzijnde aanbieder", "Dekking"},
               rows);
}

void DekkendAanbodPage(const Services& services, const httplib::Request& req,
                       httplib::Response& res, const RequestContext& ctx) {
  const PageOptions opties{"Dekkend aanbod", kKruimels, &ctx};
  std::string body = "<h1 class=\"utrecht-heading-1\">Dekkend aanbod</h1>\n";
  const bool landelijk = ctx.principal->rol != domain::Rol::kSwv;
  const auto swv = GekozenSwv(req, ctx);
  if (!swv) {
    body += Alinea(
        "Kies een samenwerkingsverband. U ziet de cijfers als landelijke rol geaggregeerd: "
        "aantallen van 1 tot en met 4 kinderen staan er als &lt;5.");
    WriteHtml(res, opties, body + KiesSwvFormulier("", {}));
    return;
  }
  auto filter = LeesDekkendAanbodFilter(req, "ja");
  domain::Result<app::DekkendAanbodRapport> rapport = std::unexpected(domain::Error{});
  if (filter) {
    rapport = services.dekkend_aanbod->Lees(*ctx.principal, ctx.client, *swv, *filter);
  } else {
    rapport = std::unexpected(filter.error());
  }
  VeldFout fout;
  if (!rapport && IsFormulierFout(rapport.error())) {
    // A bad filter: show the page without it, with the message beside the field.
    fout = FoutVan(rapport.error());
    rapport = services.dekkend_aanbod->Lees(*ctx.principal, ctx.client, *swv, {});
    res.status = 400;
  }
  if (!rapport && landelijk && rapport.error().code == domain::ErrorCode::kNotFound) {
    res.status = 404;
    WriteHtml(res, opties,
              body + KiesSwvFormulier(*swv, {"swv", "Dit samenwerkingsverband is niet gevonden."}));
    return;
  }
  if (!Check(req, res, rapport, ctx)) return;
  const auto& r = *rapport;
  const auto& taxonomie = services.dekkend_aanbod->Taxonomie();
  std::string afstanden;
  for (const auto n : domain::kAlleOndersteuningsniveaus) {
    if (auto m = r.parameters.MaxMeter(n)) {
      afstanden += fmt::format("{}{} {} km", afstanden.empty() ? "" : ", ", domain::NiveauNaam(n),
                               *m / 1000);
    }
  }
  body += Alinea(fmt::format(
      "Samenwerkingsverband {} ({}), peildatum {}. Per ondersteuningsbehoefte, niveau en "
      "gemeente: hoeveel kinderen de behoefte hebben, hoeveel plaatsen de scholen in de "
      "gemeente bieden en hoe ver de dichtstbijzijnde school is die de behoefte op dat niveau of "
      "hoger biedt ({}).",
      Escape(r.swv.naam), Escape(r.swv.code.str()), domain::FormatDutchDate(r.peildatum),
      Escape(r.afstand_soort)));
  body += Alinea(fmt::format(
      "Een <strong>tekort</strong> is er als er geen aanbieder is binnen de afstand van het "
      "niveau ({}), of als de vraag groter is dan de beperkte plaatsen van de aanbieders binnen "
      "die afstand (ook in een andere gemeente). De vraag "
      "telt de kinderen van het samenwerkingsverband naar hun woongemeente, met de behoeften "
      "van hun laatste aanmelding: op niveau specialistisch als die aanmelding bij een sbo-, so- "
      "of vso-school is, anders op niveau extra.",
      Escape(afstanden)));
  if (r.onderdrukt) {
    body += Alinea(
        "U ziet deze cijfers als landelijke rol: aantallen van 1 tot en met 4 kinderen staan er "
        "als &lt;5 en vrije plaatsen worden niet getoond.");
  }
  body += Samenvatting(r);
  body += Kop("filter", "Filter");
  body += FilterFormulier(r, taxonomie, req, landelijk, fout);
  std::string query = landelijk ? "swv=" + r.swv.code.str() : "";
  for (const char* naam : {"behoefte", "niveau", "gemeente"}) {
    if (fout.melding.empty()) {
      if (auto v = QueryValue(req, naam); v && !v->empty()) {
        query += fmt::format("{}{}={}", query.empty() ? "" : "&", naam, *v);
      }
    }
  }
  if (fout.melding.empty() && filter && filter->alleen_tekorten) {
    query += std::string(query.empty() ? "" : "&") + "alleenTekorten=ja";
  }
  const std::string download = "/dekkend-aanbod/export?" + query + (query.empty() ? "" : "&");
  body += Alinea(fmt::format(
      "Download deze regels als <a class=\"utrecht-link\" href=\"{0}formaat=csv\" download>CSV"
      "</a> of als <a class=\"utrecht-link\" href=\"{0}formaat=xlsx\" download>Excel (XLSX)</a>.",
      Escape(download)));
  body += Grafieken(r, taxonomie);
  body += Kaart(r);
  body += Kop("tabel", "Per behoefte, niveau en gemeente");
  body += Tabel(r, taxonomie);
  WriteHtml(res, opties, body);
}

void ExportPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  const auto swv = GekozenSwv(req, ctx);
  if (!swv) {
    Check(req, res,
          domain::Result<void>(
              domain::Fail(domain::ErrorCode::kInvalid, "Kies een samenwerkingsverband.", "swv")),
          ctx);
    return;
  }
  // The page's checkbox says `ja`; the download takes the same query.
  httplib::Request kopie = req;
  if (auto t = QueryValue(req, "alleenTekorten"); t && *t == "ja") {
    kopie.params.erase("alleenTekorten");
    kopie.params.emplace("alleenTekorten", "true");
  }
  StuurDekkendAanbod(services, kopie, res, ctx, *swv);
}

}  // namespace

void AddDekkendAanbodPages(Router& router, const Services& services) {
  if (services.dekkend_aanbod == nullptr) return;
  const std::vector<QueryParam> filters{
      {"swv", "Landelijke rollen: de code van het samenwerkingsverband"},
      {"behoefte", "Eén ondersteuningsbehoefte"},
      {"niveau", "Eén getoetst niveau"},
      {"gemeente", "Eén gemeente (CBS-code)"},
      {"alleenTekorten", "ja: alleen regels met een tekort"}};
  router.Add(Route{"GET", "/dekkend-aanbod", app::Permission::kDekkendAanbodLezen,
                   "Het dekkend aanbod van de regio: samenvatting, grafiek, kaart en tabel met de "
                   "tekorten",
                   filters, "", Pagina(services, DekkendAanbodPage)});
  std::vector<QueryParam> export_filters = filters;
  export_filters.push_back({"formaat", "csv (standaard) of xlsx"});
  router.Add(Route{"GET", "/dekkend-aanbod/export", app::Permission::kDekkendAanbodLezen,
                   "Het dekkend aanbod als CSV of XLSX, met het filter van de pagina",
                   export_filters, "", Pagina(services, ExportPage)});
}

}  // namespace passend::web
