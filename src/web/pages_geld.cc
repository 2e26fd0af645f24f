// The money pages (issue 8; docs/geld.md): `/geld` shows an SWV its income for a school year
// computed from the records (every line with its inputs and formula), its year accounts
// against the signaleringswaarde with a chart, the form to record them, and its allocations to
// schools with their form; national roles choose an SWV. `/scholen/{code}/ondersteuningsgeld`
// is a school's public transparency page (seed 000 #15). `/geld/landelijk` is the national overview
// (aggregates only) with two distribution charts. Amounts are cents throughout; the forms take
// euros in Dutch notation.
#include <fmt/format.h>

#include "web/form_fields.h"
#include "web/geld_json.h"
#include "web/html.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/svg_chart.h"
#include "web/table.h"

namespace passend::web {

namespace {

const std::vector<NavLink> kKruimels = {{"/", "Home"}};

std::string Alinea(const std::string& html) {
  return "<p class=\"utrecht-paragraph\">" + html + "</p>\n";
}

std::string Euro(domain::Cents bedrag) { return Escape(bedrag.Format()); }

// Whole euros for a chart axis (charts show sizes; the tables give the cents).
int64_t HeleEuros(domain::Cents bedrag) { return bedrag.value() / 100; }

// The SWV whose money the page shows: an SWV's own; a national role's choice (`?swv=`).
std::optional<std::string> GekozenSwv(const httplib::Request& req, const RequestContext& ctx) {
  if (ctx.principal->rol == domain::Rol::kSwv) return ctx.principal->organisatie;
  auto swv = QueryValue(req, "swv");
  if (!swv || Trim(*swv).empty()) return std::nullopt;
  return Trim(*swv);
}

std::string BatenHtml(const app::BatenOverzicht& b) {
  std::string rijen;
  for (const auto& r : b.baten.regels) {
    rijen += Row(Cell(Escape(r.omschrijving)) + NumericCell(FormatCount(r.aantal)) +
                 NumericCell(Euro(r.per_eenheid)) + NumericCell(Euro(r.bedrag)) +
                 Cell(Escape(r.formule)));
  }
  rijen += Row(Cell("<strong>Totaal</strong>") + Cell("") + Cell("") +
               NumericCell("<strong>" + Euro(b.baten.totaal) + "</strong>") + Cell(""));
  std::string html =
      fmt::format("<h2 class=\"utrecht-heading-2\" id=\"baten\">Baten schooljaar {}</h2>\n",
                  Escape(b.schooljaar.Label()));
  html += Alinea(fmt::format(
      "Berekend uit de registratie op de teldatum {}: {} leerlingen op de reguliere scholen van "
      "het samenwerkingsverband, en de TLV's van het samenwerkingsverband voor het {} per "
      "categorie. DUO betaalt de (v)so-scholen voor die leerlingen rechtstreeks en verrekent "
      "dat met het budget.",
      Escape(domain::FormatDutchDate(b.teldatum)), FormatCount(b.leerlingen),
      b.sector == domain::Sector::kPo ? "so" : "vso"));
  if (b.demo || b.verevening_demo) {
    html += "<div class=\"utrecht-alert utrecht-alert--warning\" role=\"note\">" +
            Alinea("<strong>Let op:</strong> de normbedragen" +
                   std::string(b.verevening_demo ? " en de verevening" : "") +
                   " in config/bekostiging.json zijn voorbeeldbedragen, niet de gepubliceerde "
                   "bedragen uit de Regeling bekostiging.") +
            "</div>\n";
  }
  html +=
      Table("baten-tabel", "",
            {"Omschrijving", {"Aantal", true}, {"Per eenheid", true}, {"Bedrag", true}, "Formule"},
            rijen, "baten");
  html += Alinea(fmt::format(
      "Over de kalenderjaren: {} (5/12, augustus tot en met december {}) en {} (7/12, januari "
      "tot en met juli {}).",
      Euro(b.verdeling.augustus_december), b.schooljaar.start_year(),
      Euro(b.verdeling.januari_juli), b.schooljaar.start_year() + 1));
  return html;
}

std::string JaarrekeningenHtml(const std::vector<app::JaarrekeningInzicht>& lijst) {
  std::string html =
      "<h2 class=\"utrecht-heading-2\" id=\"jaarrekeningen\">Jaarrekeningen en reserves</h2>\n";
  if (lijst.empty()) return html + Alinea("Er is nog geen jaarrekening vastgelegd.");
  std::string rijen;
  Grafiek grafiek{"reserve-grafiek",
                  "Eigen vermogen en signaleringswaarde per jaar",
                  "Per jaar het eigen vermogen naast de signaleringswaarde van de inspectie, in "
                  "hele euro's. De tabel hierboven geeft dezelfde bedragen in centen nauwkeurig.",
                  {},
                  {{"Eigen vermogen", {}}, {"Signaleringswaarde", {}}}};
  for (auto it = lijst.rbegin(); it != lijst.rend(); ++it) {
    grafiek.labels.push_back(std::to_string(it->record.cijfers.jaar));
    grafiek.reeksen[0].waarden.push_back(HeleEuros(it->record.cijfers.eigen_vermogen));
    grafiek.reeksen[1].waarden.push_back(HeleEuros(it->beoordeling.signaleringswaarde));
  }
  for (const auto& j : lijst) {
    const auto& c = j.record.cijfers;
    const auto& b = j.beoordeling;
    rijen += Row(Cell(fmt::format("{} (versie {})", c.jaar, j.record.versie)) +
                 NumericCell(Euro(c.baten_totaal)) + NumericCell(Euro(c.lasten_totaal)) +
                 NumericCell(Euro(c.eigen_vermogen)) + NumericCell(Euro(b.signaleringswaarde)) +
                 NumericCell(b.boven_signaleringswaarde
                                 ? "<strong>" + Euro(b.bovenmatige_reserve) + "</strong>"
                                 : Euro(b.bovenmatige_reserve)) +
                 NumericCell(Escape(ProcentTekst(b.organisatiekosten_bp))) +
                 NumericCell(Escape(ProcentTekst(b.onbesteed_bp))));
  }
  html += Table("jaarrekeningen-tabel", "",
                {"Jaar",
                 {"Baten", true},
                 {"Lasten", true},
                 {"Eigen vermogen", true},
                 {"Signaleringswaarde", true},
                 {"Daarboven", true},
                 {"Organisatiekosten", true},
                 {"Onbesteed", true}},
                rijen, "jaarrekeningen");
  html += StaafGrafiek(grafiek);
  return html;
}

// The form to record accounts, with the posted values and the message beside its field.
std::string JaarrekeningFormulier(const std::string& csrf, const Formulierwaarden& w,
                                  const VeldFout& fout) {
  auto veld = [&](const char* naam, const char* label, const char* hint) {
    return Tekstveld(Veld{naam, naam, label, hint, FoutVoor(fout, naam)}, Waarde(w, naam), "text",
                     " inputmode=\"decimal\"");
  };
  return fmt::format(
      "<h2 class=\"utrecht-heading-2\" id=\"vastleggen\">Jaarrekening vastleggen</h2>\n"
      "{}<form method=\"post\" action=\"/geld/jaarrekeningen\" class=\"passend-form\" "
      "novalidate>{}{}{}{}{}{}{}</form>\n",
      Alinea("De gecontroleerde cijfers uit de jaarrekening, in euro's (bijvoorbeeld "
             "1.234.567,89). Een correctie legt u opnieuw vast: dat wordt een nieuwe versie."),
      CsrfField(csrf),
      Tekstveld(
          Veld{"jaar", "jaar", "Jaar", "Het boekjaar, bijvoorbeeld 2025.", FoutVoor(fout, "jaar")},
          Waarde(w, "jaar"), "text", " inputmode=\"numeric\""),
      veld("batenTotaal", "Totale baten", "Alle baten van het jaar."),
      veld("lastenTotaal", "Totale lasten", "Alle lasten van het jaar."),
      veld("eigenVermogen", "Eigen vermogen", "Op 31 december."),
      veld("organisatiekosten", "Organisatiekosten",
           "Het deel van de lasten dat naar bestuur, personeel en huisvesting van het "
           "samenwerkingsverband zelf gaat."),
      Knop("Vastleggen"));
}

// Which form on /geld a posted value and message belong to.
enum class GeldFormulier { kJaarrekening, kToewijzing };

// Cells with each purpose's amount of `per_doel` (€ 0,00 when none), in display order.
std::string DoelCellen(const std::map<domain::ToewijzingDoel, domain::Cents>& per_doel) {
  std::string cellen;
  for (domain::ToewijzingDoel doel : domain::kAlleDoelen) {
    const auto it = per_doel.find(doel);
    cellen += NumericCell(Euro(it == per_doel.end() ? domain::Cents() : it->second));
  }
  return cellen;
}

std::vector<Column> DoelKolommen(std::string eerste) {
  std::vector<Column> kolommen{Column{std::move(eerste), false}};
  for (domain::ToewijzingDoel doel : domain::kAlleDoelen) {
    kolommen.push_back({std::string(domain::DoelNaam(doel)), true});
  }
  kolommen.push_back({"Totaal", true});
  return kolommen;
}

// The SWV's allocations per school and purpose and its spending per calendar year (issue 8
// item 3; seed 000 #15).
std::string ToewijzingenHtml(const app::ToewijzingenOverzicht& o) {
  std::string html = fmt::format(
      "<h2 class=\"utrecht-heading-2\" id=\"toewijzingen\">Toewijzingen aan scholen {}</h2>\n",
      Escape(o.schooljaar.Label()));
  if (o.records.empty()) {
    html += Alinea("In dit schooljaar is nog niets aan scholen toegewezen.");
  } else {
    std::string rijen;
    for (const auto& [school, per_doel] : o.totalen.per_school_doel) {
      const auto naam = o.school_namen.find(school);
      rijen +=
          Row(Cell(fmt::format("<a class=\"utrecht-link\" href=\"/scholen/{}/ondersteuningsgeld?"
                               "schooljaar={}\">{}</a> ({})",
                               Escape(school), Escape(o.schooljaar.Label()),
                               Escape(naam == o.school_namen.end() ? school : naam->second),
                               Escape(school))) +
              DoelCellen(per_doel) + NumericCell(Euro(o.totalen.per_school.at(school))));
    }
    rijen += Row(Cell("<strong>Totaal</strong>") + DoelCellen(o.totalen.per_doel) +
                 NumericCell("<strong>" + Euro(o.totalen.totaal) + "</strong>"));
    html += Table("toewijzingen-tabel", "", DoelKolommen("School"), rijen, "toewijzingen");
    html += Alinea(fmt::format(
        "Correcties staan als eigen regel in de administratie en tellen mee in deze totalen. "
        "Over de kalenderjaren: {} (5/12, augustus tot en met december {}) en {} (7/12, januari "
        "tot en met juli {}).",
        Euro(o.verdeling.augustus_december), o.schooljaar.start_year(),
        Euro(o.verdeling.januari_juli), o.schooljaar.start_year() + 1));
  }
  html += fmt::format(
      "<h3 class=\"utrecht-heading-3\" id=\"arrangementen\">Arrangementen per school {}</h3>\n",
      Escape(o.schooljaar.Label()));
  if (o.arrangementen_per_school.empty()) {
    html += Alinea("In dit schooljaar begint geen toegekend arrangement.");
  } else {
    std::string arr;
    for (const auto& [school, bedrag] : o.arrangementen_per_school) {
      const auto naam = o.school_namen.find(school);
      arr +=
          Row(Cell(Escape(naam == o.school_namen.end() ? school : naam->second) + " (" +
                   Escape(school) + ")") +
              NumericCell(FormatSuppressedCount(bedrag.aantal)) + NumericCell(Euro(bedrag.bedrag)));
    }
    arr += Row(Cell("<strong>Totaal</strong>") +
               NumericCell(FormatSuppressedCount(o.arrangementen_totaal.aantal)) +
               NumericCell("<strong>" + Euro(o.arrangementen_totaal.bedrag) + "</strong>"));
    html += Table("arrangementen-tabel", "", {"School", {"Arrangementen", true}, {"Bedrag", true}},
                  arr, "arrangementen");
    html += Alinea(
        "Een arrangement telt met het hele toegekende bedrag in het schooljaar waarin het begint; "
        "een ingetrokken arrangement telt niet mee. Aantallen onder de 5 staan als &lt;5.");
  }
  std::string rijen;
  for (const auto& b : o.bestedingen) {
    rijen +=
        Row(Cell(std::to_string(b.jaar)) + NumericCell(Euro(b.toewijzingen_januari_juli)) +
            NumericCell(Euro(b.toewijzingen_augustus_december)) +
            NumericCell(Euro(b.toewijzingen)) + NumericCell(Euro(b.arrangementen)) +
            NumericCell(b.organisatiekosten ? Euro(*b.organisatiekosten) : "geen jaarrekening"));
  }
  html += "<h3 class=\"utrecht-heading-3\" id=\"bestedingen\">Bestedingen per kalenderjaar</h3>\n";
  html += Table("bestedingen-tabel", "",
                {"Kalenderjaar",
                 {"Toewijzingen januari–juli (7/12)", true},
                 {"Toewijzingen augustus–december (5/12)", true},
                 {"Toewijzingen", true},
                 {"Arrangementen (7/12 + 5/12)", true},
                 {"Organisatiekosten", true}},
                rijen, "bestedingen");
  return html;
}

// The form to record an allocation to one of the SWV's schools, amounts in euros.
std::string ToewijzingFormulier(const std::string& csrf, const std::vector<Keuze>& scholen,
                                domain::SchoolYear schooljaar, const Formulierwaarden& w,
                                const VeldFout& fout) {
  std::vector<Keuze> doelen{{"", "Kies een doel"}};
  for (domain::ToewijzingDoel doel : domain::kAlleDoelen) {
    doelen.push_back({std::string(domain::DoelCode(doel)), std::string(domain::DoelNaam(doel))});
  }
  std::vector<Keuze> jaren;
  for (int j = schooljaar.start_year() - 1; j <= schooljaar.start_year() + 1; ++j) {
    jaren.push_back({domain::SchoolYear(j).Label(), domain::SchoolYear(j).Label()});
  }
  const std::string gekozen_jaar =
      Waarde(w, "schooljaar").empty() ? schooljaar.Label() : Waarde(w, "schooljaar");
  return fmt::format(
      "<h3 class=\"utrecht-heading-3\" id=\"toewijzen\">Toewijzing vastleggen</h3>\n"
      "{}<form method=\"post\" action=\"/geld/toewijzingen\" class=\"passend-form\" "
      "novalidate>{}{}{}{}{}{}{}</form>\n",
      Alinea("Wat een school van het samenwerkingsverband krijgt, in euro's (bijvoorbeeld "
             "12.500,00). Een correctie legt u vast als nieuw bedrag met een minteken en een "
             "reden; niets wordt gewist."),
      CsrfField(csrf),
      Keuzelijst(Veld{"toewijzing-school", "school", "School", "", FoutVoor(fout, "school")},
                 scholen, Waarde(w, "school")),
      Keuzelijst(Veld{"toewijzing-schooljaar", "schooljaar", "Schooljaar", "",
                      FoutVoor(fout, "schooljaar")},
                 jaren, gekozen_jaar),
      Keuzelijst(Veld{"toewijzing-doel", "doel", "Doel", "", FoutVoor(fout, "doel")}, doelen,
                 Waarde(w, "doel")),
      Tekstveld(
          Veld{"toewijzing-bedrag", "bedrag", "Bedrag in euro's",
               "Bijvoorbeeld 12.500,00; een correctie met een minteken.", FoutVoor(fout, "bedrag")},
          Waarde(w, "bedrag"), "text", " inputmode=\"decimal\""),
      Tekstveld(Veld{"toewijzing-omschrijving", "omschrijving", "Omschrijving",
                     "Verplicht bij het doel Anders en bij een correctie.",
                     FoutVoor(fout, "omschrijving")},
                Waarde(w, "omschrijving")),
      Knop("Toewijzen"));
}

void GeldPagina(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx, const Formulierwaarden& waarden, const VeldFout& fout,
                int status, GeldFormulier formulier = GeldFormulier::kJaarrekening) {
  const PageOptions opties{"Geld", kKruimels, &ctx};
  std::string body = "<h1 class=\"utrecht-heading-1\">Geld</h1>\n";
  const auto swv = GekozenSwv(req, ctx);
  if (ctx.principal->rol != domain::Rol::kSwv) {
    body +=
        fmt::format("<form method=\"get\" action=\"/geld\" class=\"passend-filter\">{}{}</form>\n",
                    Tekstveld(Veld{"swv", "swv", "Samenwerkingsverband",
                                   "De code van het samenwerkingsverband, bijvoorbeeld PO2001."},
                              swv.value_or("")),
                    Knop("Tonen"));
    body += Alinea(
        "<a class=\"utrecht-link\" href=\"/geld/landelijk\">Landelijk overzicht van "
        "de reserves</a>");
    if (!swv) {
      WriteHtml(res, opties, body);
      return;
    }
  }
  std::optional<int> start_jaar;
  if (auto tekst = QueryValue(req, "schooljaar"); tekst && !tekst->empty()) {
    auto jaar = domain::SchoolYear::Parse(*tekst);
    if (jaar) start_jaar = jaar->start_year();
  }
  auto baten = services.geld.Baten(*ctx.principal, *swv, start_jaar);
  if (!baten && baten.error().code != domain::ErrorCode::kRegel) {
    Check(req, res, baten, ctx);
    return;
  }
  if (baten) {
    body += Alinea(Escape(baten->swv_naam + " (" + baten->swv + ")"));
    const int huidig = baten->schooljaar.start_year();
    std::vector<Keuze> jaren;
    for (int j = huidig - 3; j <= huidig + 1; ++j) {
      jaren.push_back({domain::SchoolYear(j).Label(), domain::SchoolYear(j).Label()});
    }
    body += fmt::format(
        "<form method=\"get\" action=\"/geld\" class=\"passend-filter\">{}{}{}</form>\n",
        ctx.principal->rol == domain::Rol::kSwv
            ? std::string()
            : fmt::format("<input type=\"hidden\" name=\"swv\" value=\"{}\">", Escape(*swv)),
        Keuzelijst(Veld{"schooljaar", "schooljaar", "Schooljaar"}, jaren,
                   baten->schooljaar.Label()),
        Knop("Tonen"));
    body += BatenHtml(*baten);
  } else {
    body += "<div class=\"utrecht-alert utrecht-alert--error\" role=\"alert\">" +
            Alinea(Escape(baten.error().message)) + "</div>\n";
  }
  auto lijst = services.geld.Jaarrekeningen(*ctx.principal, *swv);
  if (!Check(req, res, lijst, ctx)) return;
  body += JaarrekeningenHtml(*lijst);
  body += ReserveplanSectie(services, ctx, *swv);
  const bool bij_jaarrekening = formulier == GeldFormulier::kJaarrekening;
  if (ctx.principal->rol == domain::Rol::kSwv) {
    body += JaarrekeningFormulier(ctx.csrf, bij_jaarrekening ? waarden : Formulierwaarden{},
                                  bij_jaarrekening ? fout : VeldFout{});
  }
  auto toewijzingen = services.geld.Toewijzingen(*ctx.principal, *swv, start_jaar);
  if (!Check(req, res, toewijzingen, ctx)) return;
  body += ToewijzingenHtml(*toewijzingen);
  if (ctx.principal->rol == domain::Rol::kSwv) {
    app::SchoolFilter filter;
    if (auto code = domain::SwvCode::Parse(*swv)) filter.swv = *code;
    auto scholen = services.publiek.Scholen(filter, app::PageRequest{1, 1000});
    if (!Check(req, res, scholen, ctx)) return;
    std::vector<Keuze> keuzes{{"", "Kies een school"}};
    for (const auto& s : scholen->items) {
      keuzes.push_back({s.school.code.str(), s.school.naam + " (" + s.school.code.str() + ")"});
    }
    body += ToewijzingFormulier(ctx.csrf, keuzes, toewijzingen->schooljaar,
                                bij_jaarrekening ? Formulierwaarden{} : waarden,
                                bij_jaarrekening ? VeldFout{} : fout);
  }
  res.status = status;
  WriteHtml(res, opties, body);
}

void GeldGet(const Services& services, const httplib::Request& req, httplib::Response& res,
             const RequestContext& ctx) {
  GeldPagina(services, req, res, ctx, {}, {}, 200);
}

// Euros in Dutch notation from the form, as cents; the error names the field.
domain::Result<domain::Cents> FormulierBedrag(const Formulierwaarden& w, const char* naam) {
  const std::string tekst = Trim(Waarde(w, naam));
  if (tekst.empty()) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Vul dit bedrag in.", naam);
  }
  auto bedrag = domain::Cents::ParseEuro(tekst);
  if (!bedrag) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "Schrijf het bedrag in euro's, bijvoorbeeld 1.234.567,89.", naam);
  }
  return *bedrag;
}

void JaarrekeningPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                      const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto cijfers = [&]() -> domain::Result<domain::Jaarrekening> {
    domain::Jaarrekening j;
    const std::string jaar = Trim(Waarde(w, "jaar"));
    if (jaar.size() != 4 || jaar.find_first_not_of("0123456789") != std::string::npos) {
      return domain::Fail(domain::ErrorCode::kInvalid, "Vul het jaar in, bijvoorbeeld 2025.",
                          "jaar");
    }
    j.jaar = std::stoi(jaar);
    PASSEND_ASSIGN_OR_RETURN(j.baten_totaal, FormulierBedrag(w, "batenTotaal"));
    PASSEND_ASSIGN_OR_RETURN(j.lasten_totaal, FormulierBedrag(w, "lastenTotaal"));
    PASSEND_ASSIGN_OR_RETURN(j.eigen_vermogen, FormulierBedrag(w, "eigenVermogen"));
    PASSEND_ASSIGN_OR_RETURN(j.organisatiekosten, FormulierBedrag(w, "organisatiekosten"));
    return j;
  }();
  domain::Result<app::JaarrekeningInzicht> vastgelegd =
      cijfers ? services.geld.LegJaarrekeningVast(*ctx.principal, ctx.client,
                                                  ctx.principal->organisatie, *cijfers)
              : domain::Result<app::JaarrekeningInzicht>(std::unexpected(cijfers.error()));
  if (vastgelegd) {
    SeeOther(res, "/geld#jaarrekeningen");
    return;
  }
  if (IsFormulierFout(vastgelegd.error())) {
    GeldPagina(services, req, res, ctx, w, FoutVan(vastgelegd.error()),
               StatusFor(vastgelegd.error().code));
    return;
  }
  Check(req, res, vastgelegd, ctx);
}

void ToewijzingPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                    const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto toewijzing = [&]() -> domain::Result<domain::Toewijzing> {
    domain::Toewijzing t;
    t.school = Trim(Waarde(w, "school"));
    if (t.school.empty()) {
      return domain::Fail(domain::ErrorCode::kInvalid, "Kies de school.", "school");
    }
    auto jaar = domain::SchoolYear::Parse(Trim(Waarde(w, "schooljaar")));
    if (!jaar) {
      return domain::Fail(domain::ErrorCode::kInvalid, "Kies het schooljaar.", "schooljaar");
    }
    t.schooljaar = *jaar;
    auto doel = domain::ParseDoel(Trim(Waarde(w, "doel")));
    if (!doel) return domain::Fail(domain::ErrorCode::kInvalid, "Kies het doel.", "doel");
    t.doel = *doel;
    PASSEND_ASSIGN_OR_RETURN(t.bedrag, FormulierBedrag(w, "bedrag"));
    t.omschrijving = Trim(Waarde(w, "omschrijving"));
    return t;
  }();
  domain::Result<app::ToewijzingRecord> vastgelegd =
      toewijzing ? services.geld.LegToewijzingVast(*ctx.principal, ctx.client,
                                                   ctx.principal->organisatie, *toewijzing)
                 : domain::Result<app::ToewijzingRecord>(std::unexpected(toewijzing.error()));
  if (vastgelegd) {
    SeeOther(res,
             "/geld?schooljaar=" + vastgelegd->toewijzing.schooljaar.Label() + "#toewijzingen");
    return;
  }
  if (IsFormulierFout(vastgelegd.error())) {
    GeldPagina(services, req, res, ctx, w, FoutVan(vastgelegd.error()),
               StatusFor(vastgelegd.error().code), GeldFormulier::kToewijzing);
    return;
  }
  Check(req, res, vastgelegd, ctx);
}

// What one school location receives from its SWV, per purpose, this school year and the one
// before, with a chart and the same figures in a table (issue 8 item 7; seed 000 #15: open to
// staff, MR and parents; organisation money, no personal data).
void OndersteuningsgeldPagina(const Services& services, const httplib::Request& req,
                              httplib::Response& res, const RequestContext& ctx) {
  std::optional<int> start_jaar;
  if (auto tekst = QueryValue(req, "schooljaar"); tekst && !tekst->empty()) {
    auto jaar = domain::SchoolYear::Parse(*tekst);
    if (!jaar) {
      Check(
          req, res,
          domain::Result<void>(domain::Fail(domain::ErrorCode::kInvalid,
                                            "Geef het schooljaar op als 2025-2026.", "schooljaar")),
          ctx);
      return;
    }
    start_jaar = jaar->start_year();
  }
  auto geld = services.geld.OndersteuningsgeldVan(ctx.path.at("code"), start_jaar);
  if (!Check(req, res, geld, ctx)) return;
  const std::string titel = "Ondersteuningsgeld van " + geld->school_naam;
  const std::vector<NavLink> kruimels{{"/", "Samenwerkingsverbanden"},
                                      {"/scholen/" + geld->school, geld->school_naam}};
  std::string body = "<h1 class=\"utrecht-heading-1\">" + Escape(titel) + "</h1>\n";
  body += Alinea(
      geld->swv.empty()
          ? std::string("Deze school hoort niet bij een samenwerkingsverband (cluster 1 of 2).")
          : fmt::format("Wat deze school van het samenwerkingsverband {} ({}) krijgt voor "
                        "ondersteuning van leerlingen, per doel. Het zijn bedragen van "
                        "organisaties; er staan geen gegevens van leerlingen op deze pagina.",
                        Escape(geld->swv_naam), Escape(geld->swv)));
  Grafiek grafiek{"ondersteuningsgeld-grafiek",
                  "Ondersteuningsgeld per doel en schooljaar",
                  "Per doel het bedrag dat de school kreeg, per schooljaar, in hele euro's. De "
                  "tabel geeft dezelfde bedragen in centen nauwkeurig.",
                  {},
                  {}};
  for (domain::ToewijzingDoel doel : domain::kAlleDoelen) {
    grafiek.labels.push_back(std::string(domain::DoelNaam(doel)));
  }
  grafiek.labels.emplace_back("Arrangementen voor leerlingen");
  for (auto it = geld->jaren.rbegin(); it != geld->jaren.rend(); ++it) {
    Reeks reeks{it->schooljaar.Label(), {}};
    for (domain::ToewijzingDoel doel : domain::kAlleDoelen) {
      const auto bedrag = it->per_doel.find(doel);
      reeks.waarden.push_back(bedrag == it->per_doel.end() ? 0 : HeleEuros(bedrag->second));
    }
    reeks.waarden.push_back(HeleEuros(it->arrangementen.bedrag));
    grafiek.reeksen.push_back(std::move(reeks));
  }
  std::string rijen;
  std::string arrangement_rijen;
  for (const auto& j : geld->jaren) {
    rijen += Row(Cell(Escape(j.schooljaar.Label())) + DoelCellen(j.per_doel) +
                 NumericCell("<strong>" + Euro(j.totaal) + "</strong>"));
    arrangement_rijen += Row(Cell(Escape(j.schooljaar.Label())) +
                             NumericCell(FormatSuppressedCount(j.arrangementen.aantal)) +
                             NumericCell(Euro(j.arrangementen.bedrag)));
  }
  body += Table("ondersteuningsgeld-tabel", "Toewijzingen aan de school per schooljaar en doel",
                DoelKolommen("Schooljaar"), rijen);
  // Arrangementen are granted per student, not to the school; they are shown apart so the
  // reader sees both without counting an allocation for arrangementen twice.
  body += Table("arrangementen-tabel",
                "Arrangementen voor leerlingen van deze school (in het schooljaar begonnen)",
                {"Schooljaar", {"Arrangementen", true}, {"Bedrag", true}}, arrangement_rijen);
  body += Alinea(
      "Arrangementen kent het samenwerkingsverband toe aan leerlingen; ze tellen met het hele "
      "bedrag in het schooljaar waarin ze beginnen. Aantallen onder de 5 staan als &lt;5, zodat "
      "geen leerling herkenbaar is.");
  body += StaafGrafiek(grafiek);
  const auto& dit = geld->jaren.front();
  body += Alinea(fmt::format(
      "Schooljaar {} over de kalenderjaren: {} in {} (5/12, augustus tot en met december) en {} "
      "in {} (7/12, januari tot en met juli).",
      Escape(dit.schooljaar.Label()), Euro(dit.verdeling.augustus_december),
      dit.schooljaar.start_year(), Euro(dit.verdeling.januari_juli),
      dit.schooljaar.start_year() + 1));
  WriteHtml(res, PageOptions{titel, kruimels, &ctx}, body);
}

std::string VerdelingTabel(const std::string& id, const std::string& titel,
                           const std::vector<app::Verdelingsklasse>& klassen,
                           const std::vector<std::string>& labels) {
  std::string rijen;
  for (size_t i = 0; i < klassen.size(); ++i) {
    rijen += Row(Cell(Escape(labels[i])) + NumericCell(FormatCount(klassen[i].aantal)));
  }
  Grafiek grafiek{id + "-grafiek",
                  titel,
                  titel +
                      ": het aantal samenwerkingsverbanden per klasse. De tabel ernaast "
                      "geeft dezelfde aantallen.",
                  labels,
                  {{"Samenwerkingsverbanden", {}}}};
  for (const auto& k : klassen) grafiek.reeksen[0].waarden.push_back(k.aantal);
  return fmt::format("<h2 class=\"utrecht-heading-2\" id=\"{}\">{}</h2>\n", id, Escape(titel)) +
         Table(id + "-tabel", "", {"Klasse", {"Samenwerkingsverbanden", true}}, rijen, id) +
         StaafGrafiek(grafiek);
}

void LandelijkPagina(const Services& services, const httplib::Request& req, httplib::Response& res,
                     const RequestContext& ctx) {
  const PageOptions opties{"Geld landelijk", {{"/", "Home"}}, &ctx};
  auto jaar = IntParam(req, "jaar", services.geld.VorigJaar());
  if (!Check(req, res, jaar, ctx)) return;
  auto o = services.geld.Landelijk(*ctx.principal, static_cast<int>(*jaar));
  if (!Check(req, res, o, ctx)) return;
  std::string body = "<h1 class=\"utrecht-heading-1\">Reserves van samenwerkingsverbanden</h1>\n";
  body += fmt::format(
      "<form method=\"get\" action=\"/geld/landelijk\" class=\"passend-filter\">{}{}</form>\n",
      Tekstveld(Veld{"jaar", "jaar", "Jaar", "Het boekjaar van de jaarrekeningen."},
                std::to_string(o->jaar), "text", " inputmode=\"numeric\""),
      Knop("Tonen"));
  const domain::ReserveNorm& norm = services.geld.Norm();
  body += Alinea(fmt::format(
      "De signaleringswaarde van de inspectie is {} van de totale baten, met een minimum van {}. "
      "Alleen totalen; geen gegevens over leerlingen.",
      Escape(ProcentTekst(norm.teller * 10'000 / norm.noemer)), Euro(norm.minimum)));
  std::string feiten = fmt::format(
      "<dl class=\"passend-feiten\"><dt>Jaarrekeningen {}</dt><dd>{}</dd>"
      "<dt>Boven de signaleringswaarde</dt><dd>{}</dd>"
      "<dt>Totaal boven de signaleringswaarde</dt><dd>{}</dd>"
      "<dt>Organisatiekosten van alle baten</dt><dd>{}</dd></dl>\n",
      o->jaar, FormatCount(o->aantal_swv), FormatCount(o->boven_signaleringswaarde),
      Euro(o->totaal_boven), Escape(ProcentTekst(o->organisatiekosten_bp)));
  body += feiten;
  body += VerdelingTabel(
      "organisatiekosten", "Organisatiekosten als deel van de baten",
      o->organisatiekosten_verdeling,
      {"minder dan 5 %", "5 tot 10 %", "10 tot 15 %", "15 tot 20 %", "20 % of meer"});
  body += VerdelingTabel(
      "reserves", "Eigen vermogen tegen de signaleringswaarde", o->reserve_verdeling,
      {"onder de signaleringswaarde", "1 tot 2 keer", "2 tot 3 keer", "3 keer of meer"});
  WriteHtml(res, opties, body);
}

}  // namespace

void AddGeldPages(Router& router, const Services& services) {
  router.Add(Route{"GET",
                   "/geld",
                   app::Permission::kGeldLezen,
                   "De baten van het samenwerkingsverband uit de registratie en de jaarrekeningen "
                   "tegen de signaleringswaarde",
                   {{"swv", "Code van het samenwerkingsverband (landelijke rollen)"},
                    {"schooljaar", "Schooljaar als 2025-2026"}},
                   "",
                   Pagina(services, GeldGet)});
  router.Add(Route{"POST",
                   "/geld/jaarrekeningen",
                   app::Permission::kGeldBeheren,
                   "Een jaarrekening vastleggen met het formulier",
                   {},
                   "",
                   Pagina(services, JaarrekeningPost)});
  router.Add(Route{"POST",
                   "/geld/toewijzingen",
                   app::Permission::kGeldBeheren,
                   "Een toewijzing aan een school vastleggen met het formulier",
                   {},
                   "",
                   Pagina(services, ToewijzingPost)});
  router.Add(Route{"GET",
                   "/scholen/{code}/ondersteuningsgeld",
                   app::Permission::kPubliek,
                   "Wat een schoolvestiging van haar samenwerkingsverband krijgt voor "
                   "ondersteuning, per doel, dit schooljaar en het vorige",
                   {{"schooljaar", "Schooljaar als 2025-2026"}},
                   "",
                   Pagina(services, OndersteuningsgeldPagina)});
  router.Add(Route{"GET",
                   "/geld/landelijk",
                   app::Permission::kStatistiekLezen,
                   "Landelijk overzicht van de reserves tegen de signaleringswaarde",
                   {{"jaar", "Kalenderjaar", "integer"}},
                   "",
                   Pagina(services, LandelijkPagina)});
}

}  // namespace passend::web
