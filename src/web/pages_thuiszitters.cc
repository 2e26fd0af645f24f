// The thuiszitters pages (issue 6 item 5; docs/verzuim.md "Views"): `/thuiszitters` shows an
// SWV or a municipality its own overview (current thuiszitters, counts, trend, age and sex,
// tussendoelen, per 1,000 against the country), a school or board the thuiszitters in its
// scope, and a national role the national aggregate; `/thuiszitters/landelijk` is the national
// aggregate for everyone who reads statistics. Counts on the national page pass through
// domain::SuppressedCount. Every chart has a text alternative and the same data in a table.
#include <fmt/format.h>

#include "app/policy.h"
#include "domain/suppression.h"
#include "web/aanmelding_html.h"
#include "web/form_fields.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/svg_chart.h"
#include "web/table.h"

namespace passend::web {

namespace {

constexpr const char* kMaandNamen[] = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                       "jul", "aug", "sep", "okt", "nov", "dec"};

std::string MaandLabel(std::chrono::year_month maand) {
  return fmt::format("{} {}", kMaandNamen[static_cast<unsigned>(maand.month()) - 1],
                     static_cast<int>(maand.year()) % 100 < 10
                         ? fmt::format("'0{}", static_cast<int>(maand.year()) % 100)
                         : fmt::format("'{}", static_cast<int>(maand.year()) % 100));
}

std::string Sectie(const std::string& id, const std::string& titel) {
  return fmt::format("<h2 class=\"utrecht-heading-2\" id=\"{}\">{}</h2>\n", id, Escape(titel));
}

std::string Alinea(const std::string& html) {
  return "<p class=\"utrecht-paragraph\">" + html + "</p>\n";
}

// A count as a page shows it: exact for the region's own accounts, suppressed nationally.
using Toon = std::string (*)(int64_t);
std::string Exact(int64_t n) { return FormatCount(n); }
std::string Onderdrukt(int64_t n) { return FormatSuppressedCount(n); }

// The peildatum form: a GET form, so the page works without JavaScript and can be bookmarked.
std::string PeildatumFormulier(const std::string& actie, domain::Date peildatum) {
  return fmt::format("<form method=\"get\" action=\"{}\" class=\"passend-filter\">{}{}</form>\n",
                     actie,
                     Tekstveld(Veld{"peildatum", "peildatum", "Peildatum",
                                    "De dag waarop geteld wordt; standaard vandaag."},
                               domain::FormatIsoDate(peildatum), "date"),
                     Knop("Tonen"));
}

std::string SignaalBadges(const std::vector<domain::VerzuimSignaal>& signalen) {
  std::string html;
  for (auto s : signalen) {
    switch (s) {
      case domain::VerzuimSignaal::kConsulent:
        html +=
            "<span class=\"utrecht-status-badge passend-badge passend-badge--open\">"
            "Onderwijsconsulent</span> ";
        break;
      case domain::VerzuimSignaal::kBijnaDrieMaanden:
        html +=
            "<span class=\"utrecht-status-badge passend-badge "
            "passend-badge--bijna-verlopen\">Bijna 3 maanden</span> ";
        break;
      case domain::VerzuimSignaal::kDrieMaanden:
        html +=
            "<span class=\"utrecht-status-badge passend-badge passend-badge--verlopen\">"
            "Langer dan 3 maanden</span> ";
        break;
    }
  }
  return html.empty() ? "–" : html;
}

std::string TellingTabel(const domain::Thuiszittertelling& t, Toon toon) {
  const std::pair<const char*, int> rijen[] = {
      {"Thuiszitters", t.thuiszitters},
      {"waarvan absoluut verzuim", t.absoluut_verzuim},
      {"waarvan langdurig relatief verzuim", t.langdurig_relatief_verzuim},
      {"Langer dan 4 weken thuis (onderwijsconsulent)", t.langer_dan_vier_weken},
      {"Langer dan 3 maanden thuis", t.langer_dan_drie_maanden},
      {"Thuiszitters zonder passend aanbod", t.zonder_aanbod},
      {"Ziek (telt niet als thuiszitter)", t.ziek},
      {"Vrijstellingen (tellen niet als thuiszitter)", t.vrijstellingen},
      {"Relatief verzuim (telt niet als thuiszitter)", t.relatief_verzuim}};
  std::string rows;
  for (const auto& [naam, n] : rijen) rows += Row(Cell(naam) + NumericCell(toon(n)));
  return Table("tellingen", "Aantallen op de peildatum", {"Groep", Column("Aantal", true)}, rows);
}

std::string ThuiszitterTabel(const std::vector<app::ThuiszitterItem>& items, bool toon_swv) {
  if (items.empty()) {
    return Alinea("Er zijn op de peildatum geen thuiszitters binnen uw bereik.");
  }
  std::string rows;
  for (const auto& item : items) {
    const auto& t = item.thuiszitter;
    const std::string naam = item.leerling_naam.empty()
                                 ? fmt::format("Leerling {}", t.leerling.value)
                                 : item.leerling_naam;
    // The case page (pages_verzuim.cc) shows the case with its forms and escalations.
    rows += Row(Cell(fmt::format("<a class=\"utrecht-link\" href=\"/verzuim/{}\">{}</a>", t.melding,
                                 Escape(naam))) +
                Cell(Escape(std::string(domain::VerzuimTypeNaam(t.type)))) +
                (toon_swv ? Cell(Escape(t.swv.str())) : std::string()) +
                Cell(Escape(domain::FormatDutchDate(t.startdatum))) +
                NumericCell(FormatCount(t.dagen_thuis)) + Cell(SignaalBadges(t.signalen)));
  }
  std::vector<Column> kolommen = {"Leerling", "Soort verzuim"};
  if (toon_swv) kolommen.push_back("Samenwerkingsverband");
  kolommen.push_back("Thuis sinds");
  kolommen.push_back(Column("Dagen thuis", true));
  kolommen.push_back("Signalen");
  return Table("thuiszitters-tabel",
               FormatCount(static_cast<int64_t>(items.size())) +
                   (items.size() == 1 ? " thuiszitter" : " thuiszitters") + ", langst thuis eerst",
               kolommen, rows);
}

// The trend, the age groups and sex: the parts the regional and national pages share.
std::string Gedeeld(const domain::ThuiszitterOverzicht& o, Toon toon, bool onderdrukt,
                    const std::string& csv) {
  std::string body = Sectie("trend", "Trend per maand");
  Grafiek trend{"trend-grafiek",
                "Thuiszitters per maand",
                "Lijngrafiek van het aantal thuiszitters aan het eind van elke maand, het aantal "
                "nieuwe thuiszitters en het aantal langer dan 3 maanden thuis, over de laatste " +
                    std::to_string(o.trend.size()) +
                    " maanden. Dezelfde cijfers staan in de tabel hieronder.",
                {},
                {{"Thuiszitters", {}}, {"Nieuw", {}}, {"Langer dan 3 maanden", {}}}};
  std::string rows;
  for (const auto& m : o.trend) {
    trend.labels.push_back(MaandLabel(m.maand));
    // Nationally a hidden count is no point in the chart: the table shows `<5`.
    auto punt = [&](int n) -> std::optional<int64_t> {
      if (onderdrukt && domain::IsSuppressed(n)) return std::nullopt;
      return n;
    };
    trend.reeksen[0].waarden.push_back(punt(m.thuiszitters));
    trend.reeksen[1].waarden.push_back(punt(m.nieuw));
    trend.reeksen[2].waarden.push_back(punt(m.langer_dan_drie_maanden));
    rows +=
        Row(Cell(Escape(MaandLabel(m.maand))) + Cell(Escape(domain::FormatDutchDate(m.peildag))) +
            NumericCell(toon(m.thuiszitters)) + NumericCell(toon(m.nieuw)) +
            NumericCell(toon(m.langer_dan_drie_maanden)));
  }
  body += LijnGrafiek(trend);
  body += Table("trend-tabel", "Thuiszitters per maand",
                {"Maand", "Geteld op", Column("Thuiszitters", true), Column("Nieuw", true),
                 Column("Langer dan 3 maanden", true)},
                rows);
  if (!csv.empty()) {
    body += Alinea(fmt::format(
        "<a class=\"utrecht-link\" href=\"{}\" download>Download de trend als CSV</a>", csv));
  }

  body += Sectie("leeftijd-geslacht", "Leeftijd en geslacht");
  body += Alinea(
      "Huidige thuiszitters naar leeftijd op de peildatum en naar geslacht; elk kind telt één "
      "keer.");
  Grafiek leeftijd{"leeftijd-grafiek",
                   "Thuiszitters naar leeftijd",
                   "Staafgrafiek van het aantal huidige thuiszitters per leeftijdsgroep. Dezelfde "
                   "cijfers staan in de tabel ernaast.",
                   {},
                   {{"Thuiszitters", {}}}};
  rows.clear();
  for (std::size_t i = 0; i < std::size(domain::kAlleLeeftijdsgroepen); ++i) {
    const int n = o.per_leeftijd[i];
    leeftijd.labels.push_back(
        std::string(domain::LeeftijdsgroepCode(domain::kAlleLeeftijdsgroepen[i])));
    leeftijd.reeksen[0].waarden.push_back(
        onderdrukt && domain::IsSuppressed(n) ? std::nullopt : std::optional<int64_t>(n));
    rows += Row(
        Cell(Escape(std::string(domain::LeeftijdsgroepNaam(domain::kAlleLeeftijdsgroepen[i])))) +
        NumericCell(toon(n)));
  }
  body += StaafGrafiek(leeftijd);
  body += Table("leeftijd-tabel", "Thuiszitters naar leeftijd",
                {"Leeftijd", Column("Thuiszitters", true)}, rows);
  rows.clear();
  for (std::size_t i = 0; i < std::size(domain::kAlleGeslachten); ++i) {
    rows += Row(Cell(Escape(std::string(domain::GeslachtNaam(domain::kAlleGeslachten[i])))) +
                NumericCell(toon(o.per_geslacht[i])));
  }
  body += Table("geslacht-tabel", "Thuiszitters naar geslacht",
                {"Geslacht", Column("Thuiszitters", true)}, rows);
  return body;
}

std::string TussendoelenHtml(const domain::ThuiszitterOverzicht& o) {
  std::string body = Sectie("tussendoelen", "Tussendoelen");
  if (!o.tussendoelen) {
    return body + Alinea(
                      "Er zijn geen tussendoelen ingesteld. Het samenwerkingsverband legt ze vast "
                      "bij zijn instellingen (een beginwaarde, een doeljaar en het aantal "
                      "gelijke stappen).");
  }
  const auto& t = *o.tussendoelen;
  body += Alinea(fmt::format(
      "Gemeten: <strong>{}</strong> {} langer dan 3 maanden thuis op de peildatum; het doel "
      "voor schooljaar {} is {}. Koers: <strong>{}</strong>.",
      FormatCount(t.gemeten), t.gemeten == 1 ? "kind" : "kinderen", Escape(t.jaar.Label()),
      FormatCount(t.stand.doel), Escape(std::string(domain::KoersNaam(t.stand.koers)))));
  Grafiek grafiek{"tussendoelen-grafiek",
                  "Tussendoelen en gemeten aantal",
                  "Staafgrafiek van het doel per schooljaar (kinderen langer dan 3 maanden thuis) "
                  "en het gemeten aantal in het huidige schooljaar. Dezelfde cijfers staan in de "
                  "tabel hieronder.",
                  {},
                  {{"Doel", {}}, {"Gemeten", {}}}};
  std::string rows;
  auto rij = [&](const domain::SchoolYear& jaar, int64_t doel) {
    const bool nu = jaar == t.jaar;
    grafiek.labels.push_back(jaar.Label());
    grafiek.reeksen[0].waarden.push_back(doel);
    grafiek.reeksen[1].waarden.push_back(nu ? std::optional<int64_t>(t.gemeten) : std::nullopt);
    rows += Row(Cell(Escape(jaar.Label())) + NumericCell(FormatCount(doel)) +
                NumericCell(nu ? FormatCount(t.gemeten) : "–"));
  };
  rij(domain::Basisjaar(t.plan), t.plan.basiswaarde);
  bool gezien = t.jaar == domain::Basisjaar(t.plan);
  for (const auto& [jaar, doel] : t.doelen) {
    rij(jaar, doel);
    gezien = gezien || jaar == t.jaar;
  }
  if (!gezien) rij(t.jaar, t.stand.doel);
  body += StaafGrafiek(grafiek);
  body += Table("tussendoelen-tabel", "Doel per schooljaar (beginwaarde in het eerste jaar)",
                {"Schooljaar", Column("Doel", true), Column("Gemeten", true)}, rows);
  return body;
}

std::string PerDuizendHtml(const domain::ThuiszitterOverzicht& o, const std::string& regio) {
  std::string body = Sectie("per-duizend", "Thuiszitters per 1.000 leerlingen");
  std::string rows;
  auto rij = [&](const std::string& naam, const std::optional<domain::PerDuizend>& p) {
    rows += Row(Cell(Escape(naam)) + NumericCell(p ? FormatCount(p->aantal()) : "–") +
                NumericCell(p ? FormatCount(p->leerlingen()) : "–") +
                NumericCell(p ? Escape(p->Tekst()) : "–"));
  };
  rij(regio, o.per_duizend);
  rij("Nederland", o.landelijk);
  body += Table("per-duizend-tabel", "Thuiszitters per 1.000 leerlingen, regio en land",
                {"Gebied", Column("Thuiszitters", true), Column("Leerlingen", true),
                 Column("Per 1.000", true)},
                rows);
  if (o.per_duizend && o.landelijk) {
    const char* vergelijking = *o.per_duizend > *o.landelijk   ? "hoger dan"
                               : *o.per_duizend < *o.landelijk ? "lager dan"
                                                               : "gelijk aan";
    body += Alinea(
        fmt::format("Het aantal per 1.000 leerlingen is {} het landelijke cijfer.", vergelijking));
  }
  return body;
}

void RegioPage(const app::RegioOverzicht& r, const RequestContext& ctx, httplib::Response& res) {
  const auto& o = r.overzicht;
  const bool swv = r.soort == "samenwerkingsverband";
  std::string body =
      fmt::format("<h1 class=\"utrecht-heading-1\">Thuiszitters {}</h1>\n", Escape(r.regio.naam));
  body += Alinea(fmt::format(
      "{} op {}. Thuiszitters zijn kinderen met absoluut of langdurig relatief verzuim; zieke "
      "kinderen en vrijstellingen staan ernaast en tellen niet mee.",
      swv ? "Meldingen in het register van dit samenwerkingsverband"
          : "Meldingen die de leerplicht van deze gemeente behandelt",
      Escape(domain::FormatDutchDate(o.peildatum))));
  body += PeildatumFormulier("/thuiszitters", o.peildatum);
  body += Sectie("aantallen", "Aantallen");
  body += TellingTabel(o.telling, Exact);
  body += Sectie("huidig", "Huidige thuiszitters");
  std::vector<app::ThuiszitterItem> items;
  for (std::size_t i = 0; i < o.thuiszitters.size(); ++i) {
    items.push_back(app::ThuiszitterItem{o.thuiszitters[i], r.namen[i]});
  }
  body += ThuiszitterTabel(items, !swv);
  const std::string csv = fmt::format("/api/v1/{}/{}/thuiszitters/trend?peildatum={}",
                                      swv ? "samenwerkingsverbanden" : "gemeenten", r.regio.code,
                                      domain::FormatIsoDate(o.peildatum));
  body += Gedeeld(o, Exact, false, csv);
  if (swv) body += TussendoelenHtml(o);
  body += PerDuizendHtml(o, r.regio.naam);
  body += Alinea(
      "<a class=\"utrecht-link\" href=\"/thuiszitters/landelijk\">Landelijke cijfers per "
      "samenwerkingsverband</a>");
  WriteHtml(res, PageOptions{"Thuiszitters", {}, &ctx}, body);
}

void LandelijkHtml(const app::LandelijkOverzicht& l, const RequestContext& ctx,
                   httplib::Response& res) {
  const auto& o = l.overzicht;
  std::string body = "<h1 class=\"utrecht-heading-1\">Thuiszitters in Nederland</h1>\n";
  body += Alinea(fmt::format(
      "Landelijke cijfers op {}, zonder gegevens van kinderen. Aantallen van 1 tot en met 4 "
      "staan er als &lt;5, zodat geen kind herkenbaar is.",
      Escape(domain::FormatDutchDate(o.peildatum))));
  body += PeildatumFormulier("/thuiszitters/landelijk", o.peildatum);
  body += Sectie("aantallen", "Aantallen");
  body += TellingTabel(o.telling, Onderdrukt);
  if (o.per_duizend && !domain::IsSuppressed(o.per_duizend->aantal())) {
    body += Alinea(fmt::format("Landelijk: {} thuiszitters per 1.000 leerlingen ({} leerlingen).",
                               Escape(o.per_duizend->Tekst()), FormatCount(l.land.leerlingen)));
  }
  body += Sectie("per-swv", "Per samenwerkingsverband");
  std::string rows;
  for (const auto& s : l.per_swv) {
    std::string figuur = "–";
    if (!domain::IsSuppressed(s.telling.thuiszitters) && s.regio.leerlingen > 0) {
      auto p = domain::PerDuizend::Create(s.telling.thuiszitters, s.regio.leerlingen);
      if (p) figuur = Escape(p->Tekst());
    }
    rows += Row(Cell(Escape(s.regio.code)) + Cell(Escape(s.regio.naam)) +
                NumericCell(FormatCount(s.regio.leerlingen)) +
                NumericCell(Onderdrukt(s.telling.thuiszitters)) +
                NumericCell(Onderdrukt(s.telling.langer_dan_vier_weken)) +
                NumericCell(Onderdrukt(s.telling.langer_dan_drie_maanden)) +
                NumericCell(Onderdrukt(s.telling.ziek)) +
                NumericCell(Onderdrukt(s.telling.vrijstellingen)) + NumericCell(figuur));
  }
  body += Table(
      "per-swv-tabel", "Thuiszitters per samenwerkingsverband",
      {"Code", "Samenwerkingsverband", Column("Leerlingen", true), Column("Thuiszitters", true),
       Column("Langer dan 4 weken", true), Column("Langer dan 3 maanden", true),
       Column("Ziek", true), Column("Vrijstellingen", true), Column("Per 1.000", true)},
      rows);
  body += Alinea(
      "Een cijfer per 1.000 leerlingen staat er alleen als het aantal zelf getoond wordt (anders "
      "zou het het verborgen aantal verraden).");
  body += Gedeeld(o, Onderdrukt, true, "");
  WriteHtml(res, PageOptions{"Thuiszitters in Nederland", {}, &ctx}, body);
}

void LandelijkPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                   const RequestContext& ctx) {
  auto peildatum = OptionalParam<domain::Date>(req, "peildatum", domain::ParseIsoDate);
  if (!Check(req, res, peildatum, ctx)) return;
  auto landelijk = services.thuiszitters.Landelijk(*ctx.principal, *peildatum);
  if (!Check(req, res, landelijk, ctx)) return;
  LandelijkHtml(*landelijk, ctx, res);
}

void ThuiszittersPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                      const RequestContext& ctx) {
  const app::Principal& p = *ctx.principal;
  auto peildatum = OptionalParam<domain::Date>(req, "peildatum", domain::ParseIsoDate);
  if (!Check(req, res, peildatum, ctx)) return;
  if (p.rol == domain::Rol::kSwv || p.rol == domain::Rol::kGemeente) {
    auto overzicht =
        p.rol == domain::Rol::kSwv
            ? services.thuiszitters.VanSwv(p, ctx.client, p.organisatie, *peildatum)
            : services.thuiszitters.VanGemeente(p, ctx.client, p.organisatie, *peildatum);
    if (!Check(req, res, overzicht, ctx)) return;
    RegioPage(*overzicht, ctx, res);
    return;
  }
  if (!app::RolMag(p.rol, app::Permission::kVerzuimLezen)) {
    // National roles: aggregates only.
    LandelijkPage(services, req, res, ctx);
    return;
  }
  // A school or board: the thuiszitters of its own students, no regional figures.
  auto lijst = services.thuiszitters.Lijst(p, ctx.client, {std::nullopt, std::nullopt, *peildatum},
                                           app::PageRequest{1, app::kMaxPageSize});
  if (!Check(req, res, lijst, ctx)) return;
  std::string body = "<h1 class=\"utrecht-heading-1\">Thuiszitters</h1>\n";
  body += Alinea(fmt::format("Thuiszitters binnen uw bereik op {}.",
                             Escape(domain::FormatDutchDate(lijst->peildatum))));
  body += PeildatumFormulier("/thuiszitters", lijst->peildatum);
  body += ThuiszitterTabel(lijst->pagina.items, true);
  body += Alinea(
      "<a class=\"utrecht-link\" href=\"/thuiszitters/landelijk\">Landelijke cijfers per "
      "samenwerkingsverband</a>");
  WriteHtml(res, PageOptions{"Thuiszitters", {}, &ctx}, body);
}

}  // namespace

void AddThuiszittersPages(Router& router, const Services& services) {
  router.Add(Route{"GET",
                   "/thuiszitters",
                   app::Permission::kStatistiekLezen,
                   "Thuiszitters: het overzicht van de eigen regio, de eigen leerlingen of "
                   "landelijk",
                   {{"peildatum", "De dag waarop geteld wordt (JJJJ-MM-DD)"}},
                   "",
                   Pagina(services, ThuiszittersPage)});
  router.Add(Route{"GET",
                   "/thuiszitters/landelijk",
                   app::Permission::kStatistiekLezen,
                   "Landelijke thuiszitterscijfers met kleine aantallen als <5",
                   {{"peildatum", "De dag waarop geteld wordt (JJJJ-MM-DD)"}},
                   "",
                   Pagina(services, LandelijkPage)});
}

}  // namespace passend::web
