// The pages of reserve plans and the multi-year budget (issue 8 items 5 and 6; docs/geld.md):
// `/geld/reserveplannen` shows an SWV per year's accounts above the signaleringswaarde its
// plan, the OPR's consent, internal supervision's approval and whether budget is withheld,
// with the forms to record them and to object; the ministry records the decision on an
// objection. `/geld/meerjarenbegroting` shows the budget per year with a chart and the OPR's
// consent, and its forms. Both are linked from `/geld`, where ReserveplanSectie sums them up
// beside the year accounts. Amounts are cents throughout; the forms take euros.
#include <fmt/format.h>

#include <map>
#include <regex>

#include "web/form_fields.h"
#include "web/html.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/svg_chart.h"
#include "web/table.h"

namespace passend::web {

namespace {

const std::vector<NavLink> kKruimels = {{"/", "Home"}, {"/geld", "Geld"}};
constexpr int kPlanRegels = 4;       // lines on the plan form
constexpr int kBegrotingRegels = 8;  // lines on the budget form

std::string Alinea(const std::string& html) {
  return "<p class=\"utrecht-paragraph\">" + html + "</p>\n";
}

std::string Euro(domain::Cents bedrag) { return Escape(bedrag.Format()); }

std::string Datum(const std::optional<domain::Date>& d) {
  return d ? Escape(domain::FormatDutchDate(*d)) : std::string("—");
}

// The SWV a page shows, as on /geld: an SWV's own; a national role's choice (`swv`).
std::optional<std::string> Swv(const httplib::Request& req, const RequestContext& ctx,
                               const Formulierwaarden& w = {}) {
  if (ctx.principal->rol == domain::Rol::kSwv) return ctx.principal->organisatie;
  std::string swv = Ingevuld(w, "swv");
  if (swv.empty()) {
    if (auto q = QueryValue(req, "swv")) swv = Trim(*q);
  }
  if (swv.empty()) return std::nullopt;
  return swv;
}

std::string Kiezer(const std::string& pad, const std::optional<std::string>& swv) {
  return fmt::format("<form method=\"get\" action=\"{}\" class=\"passend-filter\">{}{}</form>\n",
                     pad,
                     Tekstveld(Veld{"swv", "swv", "Samenwerkingsverband",
                                    "De code van het samenwerkingsverband, bijvoorbeeld PO2001."},
                               swv.value_or("")),
                     Knop("Tonen"));
}

std::string Melding(const std::string& soort, const std::string& html) {
  return fmt::format("<div class=\"utrecht-alert utrecht-alert--{}\" role=\"note\">{}</div>\n",
                     soort, Alinea(html));
}

// The withholding status as a sentence, with its dates.
std::string InhoudingTekst(const domain::InhoudingsStatus& s) {
  std::string tekst = Escape(domain::InhoudingNaam(s.stand));
  if (s.ingehouden_vanaf) tekst += " (ingehouden vanaf " + Datum(s.ingehouden_vanaf);
  if (s.beeindigd_op) {
    tekst +=
        s.ingehouden_vanaf ? ", tot " + Datum(s.beeindigd_op) : " (op " + Datum(s.beeindigd_op);
  }
  if (s.ingehouden_vanaf || s.beeindigd_op) tekst += ")";
  return tekst;
}

// The posted form a message belongs to: its kind and, for a record's form, the record.
struct Fout {
  std::string formulier;  // `plan`, `instemming`, `goedkeuring`, `bezwaar`, `uitspraak`,
                          // `begroting`, `begroting-instemming`; empty: none
  int64_t id = 0;
  Formulierwaarden waarden;
  VeldFout fout;
};

const Formulierwaarden& WaardenVoor(const Fout& f, const std::string& formulier, int64_t id = 0) {
  static const Formulierwaarden kLeeg;
  return f.formulier == formulier && f.id == id ? f.waarden : kLeeg;
}
VeldFout FoutVoorFormulier(const Fout& f, const std::string& formulier, int64_t id = 0) {
  return f.formulier == formulier && f.id == id ? f.fout : VeldFout{};
}

std::string VerborgenSwv(const RequestContext& ctx, const std::string& swv) {
  if (ctx.principal->rol == domain::Rol::kSwv) return "";
  return fmt::format("<input type=\"hidden\" name=\"swv\" value=\"{}\">", Escape(swv));
}

// The message for a whole group of lines (`regels`): shown above them, tied to the fieldset.
std::string RegelsFieldset(const std::string& id, const std::string& legend, const VeldFout& fout,
                           const std::string& binnen) {
  const std::string melding = FoutVoor(fout, "regels");
  return fmt::format(
      "<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset "
      "passend-fieldset{}\" id=\"{}\"{}>\n<legend class=\"utrecht-form-fieldset__legend "
      "utrecht-form-fieldset__legend--html-legend\">{}</legend>\n{}{}</fieldset>\n",
      melding.empty() ? "" : " utrecht-form-fieldset--invalid", id,
      melding.empty() ? "" : fmt::format(" aria-describedby=\"{}-fout\"", id), Escape(legend),
      melding.empty() ? "" : FormulierMelding(id + "-fout", melding), binnen);
}

// --- Reserve plans ---------------------------------------------------------------------

std::string BesluitForm(const RequestContext& ctx, const app::PlanVersieInzicht& v, const Fout& f) {
  const bool opr = v.toestand.stand == domain::PlanStand::kConcept;
  const std::string soort = opr ? "instemming" : "goedkeuring";
  const int64_t id = v.record.id;
  const auto& w = WaardenVoor(f, soort, id);
  const VeldFout fout = FoutVoorFormulier(f, soort, id);
  const std::string pre = fmt::format("{}-{}", soort, id);
  std::vector<Keuze> keuzes;
  if (opr) {
    keuzes = {{"gegeven", "Instemming gegeven"}, {"geweigerd", "Instemming geweigerd"}};
  } else {
    keuzes = {{"goedgekeurd", "Goedgekeurd"}, {"afgekeurd", "Afgekeurd"}};
  }
  return fmt::format(
      "<h4 class=\"utrecht-heading-4\" id=\"{0}-kop\">{1}</h4>\n{2}"
      "<form method=\"post\" action=\"/geld/reserveplannen/{3}/{4}\" class=\"passend-form\" "
      "novalidate>{5}{6}{7}{8}{9}{10}</form>\n",
      pre,
      opr ? "Instemming van de ondersteuningsplanraad vastleggen"
          : "Goedkeuring van het intern toezicht vastleggen",
      Alinea(opr ? "Het samenwerkingsverband legt het besluit van de OPR vast, met de datum van "
                   "de vergadering. Een weigering stuurt het plan terug; geef de redenen op."
                 : "Het intern toezicht keurt het plan goed nadat de OPR heeft ingestemd. Bij "
                   "afkeuren gaat het plan terug naar concept."),
      id, soort, CsrfField(ctx.csrf),
      Groep(Veld{pre + "-besluit", "besluit", "Besluit", "", FoutVoor(fout, "besluit")}, "radio",
            keuzes, {Ingevuld(w, "besluit")}),
      Tekstveld(Veld{pre + "-datum", "datum", "Datum van het besluit", "Bijvoorbeeld 2026-03-15.",
                     FoutVoor(fout, "datum")},
                Waarde(w, "datum"), "date"),
      Tekstvak(Veld{pre + "-toelichting", "toelichting", "Toelichting",
                    "Verplicht bij een weigering of afkeuring.", FoutVoor(fout, "toelichting")},
               Waarde(w, "toelichting")),
      fout.melding.empty() || fout.veld == "besluit" || fout.veld == "datum" ||
              fout.veld == "toelichting"
          ? std::string()
          : FormulierMelding(pre + "-fout", fout.melding),
      Knop("Besluit vastleggen"));
}

std::string PlanHtml(const RequestContext& ctx, const app::ReserveplanJaar& j, const Fout& f) {
  const auto& v = j.versies.back();
  const auto& r = v.record;
  std::string html = fmt::format(
      "<h3 class=\"utrecht-heading-3\" id=\"plan-{0}\">Bestedingsplan jaarrekening {0}</h3>\n",
      j.jaar);
  html += Alinea(fmt::format(
      "Versie {} van {}: <strong>{}</strong>{}. Het plan besteedt {}; de reserve boven de "
      "signaleringswaarde was {}.",
      r.versie, Datum(domain::Date{std::chrono::floor<std::chrono::days>(r.vastgelegd_op)}),
      Escape(domain::PlanStandNaam(v.toestand.stand)),
      v.toestand.teruggestuurd ? " (teruggestuurd na een weigering)" : "", Euro(v.totaal),
      Euro(r.bovenmatige_reserve)));
  std::string rijen;
  for (const auto& regel : r.plan.regels) {
    rijen += Row(Cell(std::to_string(regel.jaar)) + NumericCell(Euro(regel.bedrag)) +
                 Cell(Escape(regel.doel)));
  }
  rijen += Row(Cell("<strong>Totaal</strong>") +
               NumericCell("<strong>" + Euro(v.totaal) + "</strong>") + Cell(""));
  html += Table(fmt::format("plan-{}-regels", j.jaar),
                fmt::format("Bestedingen van het plan voor jaarrekening {}", j.jaar),
                {"Jaar", {"Bedrag", true}, "Waaraan"}, rijen);
  if (!r.plan.toelichting.empty()) html += Alinea(Escape(r.plan.toelichting));
  if (!r.besluiten.empty()) {
    std::string besluiten;
    for (const auto& b : r.besluiten) {
      besluiten +=
          Row(Cell(b.besluit.orgaan == domain::PlanOrgaan::kOpr ? "OPR" : "Intern toezicht") +
              Cell(Escape(domain::BesluitTekst(b.besluit))) +
              Cell(Escape(domain::FormatDutchDate(b.besluit.datum))) +
              Cell(Escape(b.besluit.toelichting)));
    }
    html += Table(fmt::format("plan-{}-besluiten", j.jaar),
                  fmt::format("Besluiten over versie {}", r.versie),
                  {"Wie", "Besluit", "Datum", "Toelichting"}, besluiten);
  }
  if (j.versies.size() > 1) {
    html += Alinea(fmt::format("Deze versie vervangt {} eerdere versie(s).", j.versies.size() - 1));
  }
  if (ctx.principal->rol == domain::Rol::kSwv &&
      v.toestand.stand != domain::PlanStand::kGoedgekeurd) {
    html += BesluitForm(ctx, v, f);
  }
  return html;
}

std::string PlanForm(const RequestContext& ctx, const app::ReserveOverzicht& o, const Fout& f) {
  const auto& w = WaardenVoor(f, "plan");
  const VeldFout fout = FoutVoorFormulier(f, "plan");
  std::vector<Keuze> jaren{{"", "Kies de jaarrekening"}};
  for (const auto& j : o.jaren) {
    if (j.bovenmatige_reserve > domain::Cents(0)) {
      jaren.push_back(
          {std::to_string(j.jaar), fmt::format("{} ({} boven de signaleringswaarde)", j.jaar,
                                               j.bovenmatige_reserve.Format())});
    }
  }
  std::string regels;
  for (int i = 0; i < kPlanRegels; ++i) {
    const std::string naam = fmt::format("regels[{}]", i);
    const std::string id = fmt::format("plan-regel-{}", i);
    regels += fmt::format(
        "<div class=\"passend-regel\">{}{}{}</div>\n",
        Tekstveld(Veld{id + "-jaar", naam + ".jaar", fmt::format("Jaar (regel {})", i + 1), "",
                       FoutVoor(fout, naam + ".jaar")},
                  Waarde(w, naam + ".jaar"), "text", " inputmode=\"numeric\""),
        Tekstveld(Veld{id + "-bedrag", naam + ".bedrag",
                       fmt::format("Bedrag in euro's (regel {})", i + 1), "",
                       FoutVoor(fout, naam + ".bedrag")},
                  Waarde(w, naam + ".bedrag"), "text", " inputmode=\"decimal\""),
        Tekstveld(Veld{id + "-doel", naam + ".doel", fmt::format("Waaraan (regel {})", i + 1), "",
                       FoutVoor(fout, naam + ".doel")},
                  Waarde(w, naam + ".doel")));
  }
  return fmt::format(
      "<h2 class=\"utrecht-heading-2\" id=\"nieuw-plan\">Bestedingsplan vastleggen</h2>\n{}"
      "<form method=\"post\" action=\"/geld/reserveplannen\" class=\"passend-form\" "
      "novalidate>{}{}{}{}{}</form>\n",
      Alinea("Per jaar na de jaarrekening een bedrag (bijvoorbeeld 250.000,00) en waaraan het "
             "wordt besteed; samen ten minste de reserve boven de signaleringswaarde. Lege "
             "regels tellen niet mee. Een nieuw plan voor hetzelfde jaar is een nieuwe versie "
             "en vervangt het vorige; het moet opnieuw langs de OPR en het intern toezicht."),
      CsrfField(ctx.csrf),
      Keuzelijst(Veld{"plan-jaarrekening", "jaarrekeningJaar", "Jaarrekening", "",
                      FoutVoor(fout, "jaarrekeningJaar")},
                 jaren, Ingevuld(w, "jaarrekeningJaar")),
      RegelsFieldset("plan-regels", "Bestedingen per jaar", fout, regels),
      Tekstvak(
          Veld{"plan-toelichting", "toelichting", "Toelichting", "", FoutVoor(fout, "toelichting")},
          Waarde(w, "toelichting")),
      Knop("Plan vastleggen"));
}

std::string BezwarenHtml(const RequestContext& ctx, const std::string& swv,
                         const app::ReserveOverzicht& o, const Fout& f) {
  std::string html =
      "<h2 class=\"utrecht-heading-2\" id=\"bezwaren\">Bezwaren tegen cijfers of inhouding</h2>\n";
  html += Alinea(
      "Een samenwerkingsverband kan met inhoudelijke argumenten bezwaar maken tegen de cijfers "
      "waarop het wordt beoordeeld of tegen de inhouding van budget. Het ministerie beslist; een "
      "gegrond bezwaar heft de inhouding op.");
  std::vector<const app::ReservebezwaarRecord*> alle;
  for (const auto& j : o.jaren) {
    for (const auto& b : j.bezwaren) alle.push_back(&b);
  }
  if (alle.empty()) {
    html += Alinea("Er is geen bezwaar ingediend.");
  } else {
    std::string rijen;
    for (const auto* b : alle) {
      rijen +=
          Row(Cell(std::to_string(b->bezwaar.jaarrekening_jaar)) +
              Cell(b->bezwaar.onderwerp == domain::BezwaarOnderwerp::kCijfers ? "De cijfers"
                                                                              : "De inhouding") +
              Cell(Escape(domain::FormatDutchDate(b->bezwaar.ingediend_op))) +
              Cell(Escape(b->bezwaar.argumenten)) +
              Cell(b->uitspraak ? fmt::format("<strong>{}</strong> op {}: {}",
                                              b->uitspraak->gegrond ? "Gegrond" : "Ongegrond",
                                              Escape(domain::FormatDutchDate(b->uitspraak->datum)),
                                              Escape(b->uitspraak->motivering))
                                : std::string("Nog niet beslist")));
    }
    html += Table("bezwaren-tabel", "",
                  {"Jaarrekening", "Tegen", "Ingediend", "Argumenten", "Beslissing"}, rijen,
                  "bezwaren");
  }
  if (app::RolMag(ctx.principal->rol, app::Permission::kReserveBezwaarBeslissen)) {
    for (const auto* b : alle) {
      if (b->uitspraak) continue;
      const auto& w = WaardenVoor(f, "uitspraak", b->id);
      const VeldFout fout = FoutVoorFormulier(f, "uitspraak", b->id);
      const std::string pre = fmt::format("uitspraak-{}", b->id);
      html += fmt::format(
          "<h3 class=\"utrecht-heading-3\" id=\"{0}-kop\">Beslissen op het bezwaar van {1} "
          "(jaarrekening {2})</h3>\n<form method=\"post\" "
          "action=\"/geld/bezwaren-reserve/{3}/uitspraak\" class=\"passend-form\" "
          "novalidate>{4}{5}{6}{7}{8}{9}</form>\n",
          pre, Escape(domain::FormatDutchDate(b->bezwaar.ingediend_op)),
          b->bezwaar.jaarrekening_jaar, b->id, CsrfField(ctx.csrf), VerborgenSwv(ctx, swv),
          Groep(Veld{pre + "-uitkomst", "uitkomst", "Uitkomst", "", FoutVoor(fout, "uitkomst")},
                "radio", {{"gegrond", "Gegrond"}, {"ongegrond", "Ongegrond"}},
                {Ingevuld(w, "uitkomst")}),
          Tekstvak(Veld{pre + "-motivering", "motivering", "Motivering", "",
                        FoutVoor(fout, "motivering")},
                   Waarde(w, "motivering")),
          Tekstveld(
              Veld{pre + "-datum", "datum", "Datum van de beslissing", "", FoutVoor(fout, "datum")},
              Waarde(w, "datum"), "date"),
          Knop("Beslissing vastleggen"));
    }
  }
  if (ctx.principal->rol == domain::Rol::kSwv) {
    const auto& w = WaardenVoor(f, "bezwaar");
    const VeldFout fout = FoutVoorFormulier(f, "bezwaar");
    std::vector<Keuze> jaren{{"", "Kies de jaarrekening"}};
    for (const auto& j : o.jaren) jaren.push_back({std::to_string(j.jaar), std::to_string(j.jaar)});
    html += fmt::format(
        "<h3 class=\"utrecht-heading-3\" id=\"bezwaar-kop\">Bezwaar indienen</h3>\n"
        "<form method=\"post\" action=\"/geld/bezwaren-reserve\" class=\"passend-form\" "
        "novalidate>{}{}{}{}{}{}</form>\n",
        CsrfField(ctx.csrf),
        Keuzelijst(Veld{"bezwaar-jaar", "jaarrekeningJaar", "Jaarrekening", "",
                        FoutVoor(fout, "jaarrekeningJaar")},
                   jaren, Ingevuld(w, "jaarrekeningJaar")),
        Groep(Veld{"bezwaar-onderwerp", "onderwerp", "Bezwaar tegen", "",
                   FoutVoor(fout, "onderwerp")},
              "radio", {{"cijfers", "De cijfers"}, {"inhouding", "De inhouding van budget"}},
              {Ingevuld(w, "onderwerp")}),
        Tekstvak(Veld{"bezwaar-argumenten", "argumenten", "Argumenten",
                      "Wat klopt er niet, en waarom? Noem de cijfers die volgens u juist zijn.",
                      FoutVoor(fout, "argumenten")},
                 Waarde(w, "argumenten")),
        Tekstveld(Veld{"bezwaar-datum", "ingediendOp", "Datum van indienen", "",
                       FoutVoor(fout, "ingediendOp")},
                  Waarde(w, "ingediendOp"), "date"),
        Knop("Bezwaar indienen"));
  }
  return html;
}

void ReserveplanPagina(const Services& services, const httplib::Request& req,
                       httplib::Response& res, const RequestContext& ctx, const Fout& f,
                       int status) {
  const PageOptions opties{"Reserves en bestedingsplannen", kKruimels, &ctx};
  std::string body = "<h1 class=\"utrecht-heading-1\">Reserves en bestedingsplannen</h1>\n";
  const auto swv = Swv(req, ctx, f.waarden);
  if (ctx.principal->rol != domain::Rol::kSwv) {
    body += Kiezer("/geld/reserveplannen", swv);
    if (!swv) {
      WriteHtml(res, opties, body);
      return;
    }
  }
  auto o = services.reserveplannen->Overzicht(*ctx.principal, *swv);
  if (!Check(req, res, o, ctx)) return;
  const auto& t = services.reserveplannen->Termijn();
  body += Alinea(Escape(o->swv_naam + " (" + o->swv + ")"));
  body += Alinea(fmt::format(
      "Een samenwerkingsverband met een reserve boven de signaleringswaarde maakt een plan om "
      "die te besteden, met instemming van de ondersteuningsplanraad (OPR) en goedkeuring van het "
      "intern toezicht. Is er op de uiterste datum geen goedgekeurd plan, dan wordt budget "
      "ingehouden tot er een is. Voor de jaarrekening 2019 was de uiterste datum {}; Passend "
      "houdt voor elk jaar vanaf {} dezelfde termijn aan ({} jaar na het jaar van de "
      "jaarrekening). Die termijn staat in config/bekostiging.json en is aangenomen, niet "
      "wettelijk vastgelegd.",
      Escape(domain::FormatDutchDate(domain::ReserveplanDeadline(2019, t))), t.vanaf_jaar,
      t.deadline_jaren_na));
  body += "<h2 class=\"utrecht-heading-2\" id=\"stand\">Stand per jaarrekening</h2>\n";
  if (o->jaren.empty()) {
    body += Alinea("Geen jaarrekening boven de signaleringswaarde: er is geen plan nodig.");
  } else {
    std::string rijen;
    for (const auto& j : o->jaren) {
      const bool ingehouden = j.inhouding.stand == domain::Inhouding::kIngehouden;
      rijen += Row(
          Cell(j.versies.empty()
                   ? std::to_string(j.jaar)
                   : fmt::format("<a class=\"utrecht-link\" href=\"#plan-{0}\">{0}</a>", j.jaar)) +
          NumericCell(Euro(j.bovenmatige_reserve)) +
          Cell(j.versies.empty() ? std::string("Geen plan")
                                 : Escape(domain::PlanStandNaam(j.versies.back().toestand.stand))) +
          Cell(Datum(j.inhouding.deadline)) +
          Cell(ingehouden ? "<strong>" + InhoudingTekst(j.inhouding) + "</strong>"
                          : InhoudingTekst(j.inhouding)));
      if (ingehouden) {
        body +=
            Melding("error", fmt::format("<strong>Budget ingehouden</strong> sinds {}: er is geen "
                                         "goedgekeurd bestedingsplan voor de jaarrekening {}.",
                                         Datum(j.inhouding.ingehouden_vanaf), j.jaar));
      }
    }
    body += Table(
        "reserveplannen-tabel", "",
        {"Jaarrekening", {"Boven de signaleringswaarde", true}, "Plan", "Uiterste datum", "Budget"},
        rijen, "stand");
  }
  for (const auto& j : o->jaren) {
    if (!j.versies.empty()) body += PlanHtml(ctx, j, f);
  }
  if (ctx.principal->rol == domain::Rol::kSwv) body += PlanForm(ctx, *o, f);
  body += BezwarenHtml(ctx, *swv, *o, f);
  body +=
      Alinea(fmt::format("<a class=\"utrecht-link\" href=\"/geld/meerjarenbegroting{}\">"
                         "Meerjarenbegroting</a>",
                         ctx.principal->rol == domain::Rol::kSwv ? "" : "?swv=" + Escape(*swv)));
  res.status = status;
  WriteHtml(res, opties, body);
}

void ReserveplanGet(const Services& services, const httplib::Request& req, httplib::Response& res,
                    const RequestContext& ctx) {
  ReserveplanPagina(services, req, res, ctx, {}, 200);
}

// Euros typed in Dutch notation as cents; the error names `veld`.
domain::Result<domain::Cents> Bedrag(const std::string& tekst, const std::string& veld) {
  auto bedrag = domain::Cents::ParseEuro(tekst);
  if (!bedrag) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "Schrijf het bedrag in euro's, bijvoorbeeld 250.000,00.", veld);
  }
  return *bedrag;
}

domain::Result<int> Jaartal(const std::string& tekst, const std::string& veld, const char* wat) {
  if (tekst.size() != 4 || tekst.find_first_not_of("0123456789") != std::string::npos) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        fmt::format("Vul {} in, bijvoorbeeld 2026.", wat), veld);
  }
  return std::stoi(tekst);
}

// `regels[k].x` of the compacted lines back to the form's row `regels[rij[k]].x`.
VeldFout NaarFormulierRij(VeldFout fout, const std::vector<int>& rij) {
  static const std::regex kRegel(R"(regels\[(\d+)\]\.(\w+))");
  std::smatch m;
  if (std::regex_match(fout.veld, m, kRegel)) {
    const size_t k = std::stoul(m[1].str());
    if (k < rij.size()) fout.veld = fmt::format("regels[{}].{}", rij[k], m[2].str());
  }
  return fout;
}

// Runs `call()` for a posted form and answers: 303 to `terug` on success, the page again with
// the message beside the field, or the error page.
template <typename Call>
void NaPost(const Services& services, const httplib::Request& req, httplib::Response& res,
            const RequestContext& ctx, Fout f, const std::string& terug, Call call,
            void (*pagina)(const Services&, const httplib::Request&, httplib::Response&,
                           const RequestContext&, const Fout&, int),
            const std::vector<int>& rijen = {}) {
  auto result = call();
  if (result) {
    SeeOther(res, terug);
    return;
  }
  if (IsFormulierFout(result.error()) && result.error().code != domain::ErrorCode::kNotFound) {
    f.fout = NaarFormulierRij(FoutVan(result.error()), rijen);
    pagina(services, req, res, ctx, f, StatusFor(result.error().code));
    return;
  }
  Check(req, res, result, ctx);
}

std::string Terug(const RequestContext& ctx, const std::string& pad, const std::string& swv,
                  const std::string& anker) {
  return pad + (ctx.principal->rol == domain::Rol::kSwv ? "" : "?swv=" + swv) + anker;
}

void PlanPost(const Services& services, const httplib::Request& req, httplib::Response& res,
              const RequestContext& ctx) {
  Fout f{"plan", 0, LeesFormulier(req), {}};
  const std::string swv = ctx.principal->organisatie;
  std::vector<int> rijen;
  NaPost(
      services, req, res, ctx, f, "/geld/reserveplannen#stand",
      [&]() -> domain::Result<app::PlanVersieInzicht> {
        domain::Bestedingsplan plan;
        const std::string jaar = Ingevuld(f.waarden, "jaarrekeningJaar");
        if (jaar.empty()) {
          return domain::Fail(domain::ErrorCode::kInvalid, "Kies de jaarrekening.",
                              "jaarrekeningJaar");
        }
        PASSEND_ASSIGN_OR_RETURN(plan.jaarrekening_jaar,
                                 Jaartal(jaar, "jaarrekeningJaar", "het jaar"));
        plan.toelichting = Ingevuld(f.waarden, "toelichting");
        for (int i = 0; i < kPlanRegels; ++i) {
          const std::string naam = fmt::format("regels[{}]", i);
          const std::string j = Ingevuld(f.waarden, naam + ".jaar");
          const std::string b = Ingevuld(f.waarden, naam + ".bedrag");
          const std::string d = Ingevuld(f.waarden, naam + ".doel");
          if (j.empty() && b.empty() && d.empty()) continue;
          domain::PlanRegel regel;
          PASSEND_ASSIGN_OR_RETURN(regel.jaar, Jaartal(j, naam + ".jaar", "het jaar"));
          PASSEND_ASSIGN_OR_RETURN(regel.bedrag, Bedrag(b, naam + ".bedrag"));
          regel.doel = d;
          plan.regels.push_back(std::move(regel));
          rijen.push_back(i);
        }
        return services.reserveplannen->LegPlanVast(*ctx.principal, ctx.client, swv, plan);
      },
      ReserveplanPagina, rijen);
}

void BesluitPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx, domain::PlanOrgaan orgaan) {
  auto id = ParseId(ctx.path.at("id"), "Dit bestedingsplan is niet gevonden.");
  if (!Check(req, res, id, ctx)) return;
  const bool opr = orgaan == domain::PlanOrgaan::kOpr;
  Fout f{opr ? "instemming" : "goedkeuring", *id, LeesFormulier(req), {}};
  const std::string swv = ctx.principal->organisatie;
  NaPost(
      services, req, res, ctx, f, "/geld/reserveplannen#stand",
      [&]() -> domain::Result<app::PlanVersieInzicht> {
        domain::PlanBesluit b;
        b.orgaan = orgaan;
        const std::string besluit = Ingevuld(f.waarden, "besluit");
        const std::string ja = opr ? "gegeven" : "goedgekeurd";
        const std::string nee = opr ? "geweigerd" : "afgekeurd";
        if (besluit != ja && besluit != nee) {
          return domain::Fail(domain::ErrorCode::kInvalid, "Kies het besluit.", "besluit");
        }
        b.akkoord = besluit == ja;
        PASSEND_ASSIGN_OR_RETURN(auto datum, FormulierDatum(f.waarden, "datum"));
        if (!datum) {
          return domain::Fail(domain::ErrorCode::kInvalid, "Vul de datum van het besluit in.",
                              "datum");
        }
        b.datum = *datum;
        b.toelichting = Ingevuld(f.waarden, "toelichting");
        return services.reserveplannen->LegBesluitVast(*ctx.principal, ctx.client, swv, *id, b);
      },
      ReserveplanPagina);
}

void BezwaarPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx) {
  Fout f{"bezwaar", 0, LeesFormulier(req), {}};
  const std::string swv = ctx.principal->organisatie;
  NaPost(
      services, req, res, ctx, f, "/geld/reserveplannen#bezwaren",
      [&]() -> domain::Result<app::ReservebezwaarRecord> {
        domain::Reservebezwaar b;
        const std::string jaar = Ingevuld(f.waarden, "jaarrekeningJaar");
        if (jaar.empty()) {
          return domain::Fail(domain::ErrorCode::kInvalid, "Kies de jaarrekening.",
                              "jaarrekeningJaar");
        }
        PASSEND_ASSIGN_OR_RETURN(b.jaarrekening_jaar,
                                 Jaartal(jaar, "jaarrekeningJaar", "het jaar"));
        auto onderwerp = domain::ParseBezwaarOnderwerp(Ingevuld(f.waarden, "onderwerp"));
        if (!onderwerp) return std::unexpected(onderwerp.error());
        b.onderwerp = *onderwerp;
        b.argumenten = Ingevuld(f.waarden, "argumenten");
        PASSEND_ASSIGN_OR_RETURN(auto datum, FormulierDatum(f.waarden, "ingediendOp"));
        if (!datum) {
          return domain::Fail(domain::ErrorCode::kInvalid, "Vul de datum van indienen in.",
                              "ingediendOp");
        }
        b.ingediend_op = *datum;
        return services.reserveplannen->DienBezwaarIn(*ctx.principal, ctx.client, swv, b);
      },
      ReserveplanPagina);
}

void UitspraakPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                   const RequestContext& ctx) {
  auto id = ParseId(ctx.path.at("id"), "Dit bezwaar is niet gevonden.");
  if (!Check(req, res, id, ctx)) return;
  Fout f{"uitspraak", *id, LeesFormulier(req), {}};
  const std::string swv = Swv(req, ctx, f.waarden).value_or("");
  NaPost(
      services, req, res, ctx, f, Terug(ctx, "/geld/reserveplannen", swv, "#bezwaren"),
      [&]() -> domain::Result<app::ReservebezwaarRecord> {
        domain::BezwaarUitspraak u;
        const std::string uitkomst = Ingevuld(f.waarden, "uitkomst");
        if (uitkomst != "gegrond" && uitkomst != "ongegrond") {
          return domain::Fail(domain::ErrorCode::kInvalid, "Kies gegrond of ongegrond.",
                              "uitkomst");
        }
        u.gegrond = uitkomst == "gegrond";
        u.motivering = Ingevuld(f.waarden, "motivering");
        PASSEND_ASSIGN_OR_RETURN(auto datum, FormulierDatum(f.waarden, "datum"));
        if (!datum) {
          return domain::Fail(domain::ErrorCode::kInvalid, "Vul de datum van de beslissing in.",
                              "datum");
        }
        u.datum = *datum;
        return services.reserveplannen->BeslisBezwaar(*ctx.principal, ctx.client, swv, *id, u);
      },
      ReserveplanPagina);
}

// --- The multi-year budget ---------------------------------------------------------------

std::string BegrotingHtml(const RequestContext& ctx, const app::BegrotingInzicht& b,
                          const Fout& f) {
  const auto& r = b.record;
  std::string html = fmt::format(
      "<h2 class=\"utrecht-heading-2\" id=\"begroting\">Meerjarenbegroting {}–{} (versie "
      "{})</h2>\n",
      b.totalen.empty() ? r.begroting.eerste_jaar : b.totalen.front().jaar,
      b.totalen.empty() ? r.begroting.eerste_jaar : b.totalen.back().jaar, r.versie);
  std::string instemming = "nog niet gevraagd";
  if (!r.instemming.empty()) {
    const auto& laatste = r.instemming.back().stap;
    instemming = fmt::format("{} op {}", domain::OprInstemmingCode(laatste.stand),
                             domain::FormatDutchDate(laatste.datum));
  }
  html += Alinea(fmt::format("Instemming van de ondersteuningsplanraad: <strong>{}</strong>.",
                             Escape(instemming)));
  std::string rijen;
  Grafiek grafiek{"begroting-grafiek",
                  "Baten en lasten per jaar",
                  "Per jaar de begrote baten naast de begrote lasten, in hele euro's. De tabel "
                  "ernaast geeft dezelfde bedragen in centen nauwkeurig.",
                  {},
                  {{"Baten", {}}, {"Lasten", {}}}};
  for (const auto& t : b.totalen) {
    rijen += Row(Cell(std::to_string(t.jaar)) + NumericCell(Euro(t.baten)) +
                 NumericCell(Euro(t.lasten)) + NumericCell(Euro(t.saldo)));
    grafiek.labels.push_back(std::to_string(t.jaar));
    grafiek.reeksen[0].waarden.push_back(t.baten.value() / 100);
    grafiek.reeksen[1].waarden.push_back(t.lasten.value() / 100);
  }
  html += Table("begroting-totalen", "Begrote baten, lasten en saldo per jaar",
                {"Jaar", {"Baten", true}, {"Lasten", true}, {"Saldo", true}}, rijen);
  html += StaafGrafiek(grafiek);
  std::string regels;
  for (const auto& regel : r.begroting.regels) {
    regels += Row(Cell(std::to_string(regel.jaar)) +
                  Cell(regel.soort == domain::BegrotingSoort::kBaten ? "Baten" : "Lasten") +
                  Cell(Escape(regel.doel)) + NumericCell(Euro(regel.bedrag)));
  }
  html += Table("begroting-regels", "Begrotingsregels per jaar en doel",
                {"Jaar", "Soort", "Doel of bron", {"Bedrag", true}}, regels);
  if (!r.begroting.toelichting.empty()) html += Alinea(Escape(r.begroting.toelichting));
  const bool beslist =
      !r.instemming.empty() && r.instemming.back().stap.stand != domain::OprInstemming::kGevraagd;
  if (ctx.principal->rol == domain::Rol::kSwv && !beslist) {
    const auto& w = WaardenVoor(f, "begroting-instemming", r.id);
    const VeldFout fout = FoutVoorFormulier(f, "begroting-instemming", r.id);
    std::vector<Keuze> keuzes;
    if (r.instemming.empty()) {
      keuzes = {{"gevraagd", "Instemming gevraagd"}};
    } else {
      keuzes = {{"gegeven", "Instemming gegeven"}, {"geweigerd", "Instemming geweigerd"}};
    }
    html += fmt::format(
        "<h3 class=\"utrecht-heading-3\" id=\"begroting-instemming-kop\">Instemming van de OPR "
        "vastleggen</h3>\n<form method=\"post\" action=\"/geld/meerjarenbegroting/{}/instemming\" "
        "class=\"passend-form\" novalidate>{}{}{}{}{}</form>\n",
        r.id, CsrfField(ctx.csrf),
        Groep(Veld{"begroting-stand", "stand", "Stap", "", FoutVoor(fout, "stand")}, "radio",
              keuzes, {Ingevuld(w, "stand")}),
        Tekstveld(Veld{"begroting-datum", "datum", "Datum", "", FoutVoor(fout, "datum")},
                  Waarde(w, "datum"), "date"),
        fout.melding.empty() || fout.veld == "stand" || fout.veld == "datum"
            ? std::string()
            : FormulierMelding("begroting-instemming-fout", fout.melding),
        Knop("Vastleggen"));
  }
  return html;
}

std::string BegrotingForm(const RequestContext& ctx, const Fout& f, int eerste) {
  const auto& w = WaardenVoor(f, "begroting");
  const VeldFout fout = FoutVoorFormulier(f, "begroting");
  std::string regels;
  for (int i = 0; i < kBegrotingRegels; ++i) {
    const std::string naam = fmt::format("regels[{}]", i);
    const std::string id = fmt::format("begroting-regel-{}", i);
    regels += fmt::format(
        "<div class=\"passend-regel\">{}{}{}{}</div>\n",
        Tekstveld(Veld{id + "-jaar", naam + ".jaar", fmt::format("Jaar (regel {})", i + 1), "",
                       FoutVoor(fout, naam + ".jaar")},
                  Waarde(w, naam + ".jaar"), "text", " inputmode=\"numeric\""),
        Keuzelijst(Veld{id + "-soort", naam + ".soort", fmt::format("Soort (regel {})", i + 1), "",
                        FoutVoor(fout, naam + ".soort")},
                   {{"baten", "Baten"}, {"lasten", "Lasten"}}, Ingevuld(w, naam + ".soort")),
        Tekstveld(Veld{id + "-doel", naam + ".doel", fmt::format("Doel of bron (regel {})", i + 1),
                       "", FoutVoor(fout, naam + ".doel")},
                  Waarde(w, naam + ".doel")),
        Tekstveld(Veld{id + "-bedrag", naam + ".bedrag",
                       fmt::format("Bedrag in euro's (regel {})", i + 1), "",
                       FoutVoor(fout, naam + ".bedrag")},
                  Waarde(w, naam + ".bedrag"), "text", " inputmode=\"decimal\""));
  }
  const std::string eerste_jaar =
      Ingevuld(w, "eersteJaar").empty() ? std::to_string(eerste) : Ingevuld(w, "eersteJaar");
  return fmt::format(
      "<h2 class=\"utrecht-heading-2\" id=\"nieuwe-begroting\">Nieuwe versie vastleggen</h2>\n{}"
      "<form method=\"post\" action=\"/geld/meerjarenbegroting\" class=\"passend-form\" "
      "novalidate>{}{}{}{}{}</form>\n",
      Alinea("Baten en lasten per jaar en doel, in euro's. Vul voor elk van de eerste drie jaren "
             "ten minste één regel in; lege regels tellen niet mee. Een nieuwe versie vraagt "
             "opnieuw de instemming van de OPR."),
      CsrfField(ctx.csrf),
      Tekstveld(Veld{"begroting-eerste-jaar", "eersteJaar", "Eerste jaar", "",
                     FoutVoor(fout, "eersteJaar")},
                eerste_jaar, "text", " inputmode=\"numeric\""),
      RegelsFieldset("begroting-regels-veld", "Begrotingsregels", fout, regels),
      Tekstvak(Veld{"begroting-toelichting", "toelichting", "Toelichting", "",
                    FoutVoor(fout, "toelichting")},
               Waarde(w, "toelichting")),
      Knop("Begroting vastleggen"));
}

void BegrotingPagina(const Services& services, const httplib::Request& req, httplib::Response& res,
                     const RequestContext& ctx, const Fout& f, int status) {
  const PageOptions opties{"Meerjarenbegroting", kKruimels, &ctx};
  std::string body = "<h1 class=\"utrecht-heading-1\">Meerjarenbegroting</h1>\n";
  const auto swv = Swv(req, ctx, f.waarden);
  if (ctx.principal->rol != domain::Rol::kSwv) {
    body += Kiezer("/geld/meerjarenbegroting", swv);
    if (!swv) {
      WriteHtml(res, opties, body);
      return;
    }
  }
  auto lijst = services.reserveplannen->Begrotingen(*ctx.principal, *swv);
  if (!Check(req, res, lijst, ctx)) return;
  if (lijst->empty()) {
    body += Alinea("Er is nog geen meerjarenbegroting vastgelegd.");
  } else {
    body += BegrotingHtml(ctx, lijst->front(), f);
    if (lijst->size() > 1) {
      std::string rijen;
      for (size_t i = 1; i < lijst->size(); ++i) {
        const auto& r = (*lijst)[i].record;
        rijen += Row(
            Cell(std::to_string(r.versie)) + Cell(std::to_string(r.begroting.eerste_jaar)) +
            Cell((*lijst)[i].instemming ? Escape(domain::OprInstemmingCode(*(*lijst)[i].instemming))
                                        : std::string("niet gevraagd")));
      }
      body += "<h2 class=\"utrecht-heading-2\" id=\"eerdere\">Eerdere versies</h2>\n" +
              Table("begroting-versies", "", {"Versie", "Eerste jaar", "Instemming OPR"}, rijen,
                    "eerdere");
    }
  }
  if (ctx.principal->rol == domain::Rol::kSwv) {
    body += BegrotingForm(ctx, f, static_cast<int>(services.reserveplannen->Vandaag().year()) + 1);
  }
  body += Alinea(fmt::format(
      "<a class=\"utrecht-link\" href=\"/geld/reserveplannen{}\">Reserves en bestedingsplannen</a>",
      ctx.principal->rol == domain::Rol::kSwv ? "" : "?swv=" + Escape(*swv)));
  res.status = status;
  WriteHtml(res, opties, body);
}

void BegrotingGet(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx) {
  BegrotingPagina(services, req, res, ctx, {}, 200);
}

void BegrotingPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                   const RequestContext& ctx) {
  Fout f{"begroting", 0, LeesFormulier(req), {}};
  const std::string swv = ctx.principal->organisatie;
  std::vector<int> rijen;
  NaPost(
      services, req, res, ctx, f, "/geld/meerjarenbegroting#begroting",
      [&]() -> domain::Result<app::BegrotingInzicht> {
        domain::Meerjarenbegroting m;
        PASSEND_ASSIGN_OR_RETURN(m.eerste_jaar, Jaartal(Ingevuld(f.waarden, "eersteJaar"),
                                                        "eersteJaar", "het eerste jaar"));
        m.toelichting = Ingevuld(f.waarden, "toelichting");
        for (int i = 0; i < kBegrotingRegels; ++i) {
          const std::string naam = fmt::format("regels[{}]", i);
          const std::string j = Ingevuld(f.waarden, naam + ".jaar");
          const std::string b = Ingevuld(f.waarden, naam + ".bedrag");
          const std::string d = Ingevuld(f.waarden, naam + ".doel");
          if (j.empty() && b.empty() && d.empty()) continue;
          domain::BegrotingRegel regel;
          PASSEND_ASSIGN_OR_RETURN(regel.jaar, Jaartal(j, naam + ".jaar", "het jaar"));
          auto soort = domain::ParseBegrotingSoort(Ingevuld(f.waarden, naam + ".soort"));
          if (!soort) {
            return domain::Fail(domain::ErrorCode::kInvalid, "Kies baten of lasten.",
                                naam + ".soort");
          }
          regel.soort = *soort;
          regel.doel = d;
          PASSEND_ASSIGN_OR_RETURN(regel.bedrag, Bedrag(b, naam + ".bedrag"));
          m.regels.push_back(std::move(regel));
          rijen.push_back(i);
        }
        return services.reserveplannen->LegBegrotingVast(*ctx.principal, ctx.client, swv, m);
      },
      BegrotingPagina, rijen);
}

void BegrotingInstemmingPost(const Services& services, const httplib::Request& req,
                             httplib::Response& res, const RequestContext& ctx) {
  auto id = ParseId(ctx.path.at("id"), "Deze meerjarenbegroting is niet gevonden.");
  if (!Check(req, res, id, ctx)) return;
  Fout f{"begroting-instemming", *id, LeesFormulier(req), {}};
  const std::string swv = ctx.principal->organisatie;
  NaPost(
      services, req, res, ctx, f, "/geld/meerjarenbegroting#begroting",
      [&]() -> domain::Result<app::BegrotingInzicht> {
        domain::InstemmingStap s;
        auto stand = domain::ParseOprInstemming(Ingevuld(f.waarden, "stand"));
        if (!stand) return domain::Fail(domain::ErrorCode::kInvalid, "Kies de stap.", "stand");
        s.stand = *stand;
        PASSEND_ASSIGN_OR_RETURN(auto datum, FormulierDatum(f.waarden, "datum"));
        if (!datum) return domain::Fail(domain::ErrorCode::kInvalid, "Vul de datum in.", "datum");
        s.datum = *datum;
        return services.reserveplannen->LegInstemmingVast(*ctx.principal, ctx.client, swv, *id, s);
      },
      BegrotingPagina);
}

}  // namespace

std::string ReserveplanSectie(const Services& services, const RequestContext& ctx,
                              const std::string& swv) {
  if (!services.reserveplannen) return "";
  auto o = services.reserveplannen->Overzicht(*ctx.principal, swv);
  if (!o) return "";
  const std::string query = ctx.principal->rol == domain::Rol::kSwv ? "" : "?swv=" + Escape(swv);
  std::string html =
      "<h3 class=\"utrecht-heading-3\" id=\"reserveplannen\">Bestedingsplannen en "
      "meerjarenbegroting</h3>\n";
  std::string regels;
  for (const auto& j : o->jaren) {
    if (j.inhouding.stand == domain::Inhouding::kNietNodig) continue;
    regels += fmt::format("<li class=\"utrecht-unordered-list__item\">Jaarrekening {}: {}</li>",
                          j.jaar, InhoudingTekst(j.inhouding));
  }
  if (!regels.empty()) html += "<ul class=\"utrecht-unordered-list\">" + regels + "</ul>\n";
  auto begrotingen = services.reserveplannen->Begrotingen(*ctx.principal, swv);
  std::string begroting = "nog geen meerjarenbegroting";
  if (begrotingen && !begrotingen->empty()) {
    const auto& b = begrotingen->front();
    begroting = fmt::format("meerjarenbegroting versie {}, instemming OPR: {}", b.record.versie,
                            b.instemming ? domain::OprInstemmingCode(*b.instemming)
                                         : std::string_view("niet gevraagd"));
  }
  html += Alinea(fmt::format(
      "<a class=\"utrecht-link\" href=\"/geld/reserveplannen{0}\">Reserves en "
      "bestedingsplannen</a> · <a class=\"utrecht-link\" href=\"/geld/meerjarenbegroting{0}\">"
      "Meerjarenbegroting</a> ({1})",
      query, Escape(begroting)));
  return html;
}

void AddReserveplanPages(Router& router, const Services& services) {
  if (!services.reserveplannen) return;
  router.Add(Route{"GET",
                   "/geld/reserveplannen",
                   app::Permission::kGeldLezen,
                   "De bestedingsplannen voor reserves boven de signaleringswaarde, de inhouding "
                   "van budget en de bezwaren",
                   {{"swv", "Code van het samenwerkingsverband (landelijke rollen)"}},
                   "",
                   Pagina(services, ReserveplanGet)});
  router.Add(Route{"POST",
                   "/geld/reserveplannen",
                   app::Permission::kGeldBeheren,
                   "Een bestedingsplan vastleggen met het formulier",
                   {},
                   "",
                   Pagina(services, PlanPost)});
  router.Add(Route{
      "POST",
      "/geld/reserveplannen/{id}/instemming",
      app::Permission::kGeldBeheren,
      "De instemming van de OPR met een plan vastleggen",
      {},
      "",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        BesluitPost(services, req, res, ctx, domain::PlanOrgaan::kOpr);
      }});
  router.Add(Route{
      "POST",
      "/geld/reserveplannen/{id}/goedkeuring",
      app::Permission::kGeldBeheren,
      "De goedkeuring van het intern toezicht vastleggen",
      {},
      "",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        BesluitPost(services, req, res, ctx, domain::PlanOrgaan::kInternToezicht);
      }});
  router.Add(Route{"POST",
                   "/geld/bezwaren-reserve",
                   app::Permission::kGeldBeheren,
                   "Een bezwaar tegen de cijfers of de inhouding indienen",
                   {},
                   "",
                   Pagina(services, BezwaarPost)});
  router.Add(Route{"POST",
                   "/geld/bezwaren-reserve/{id}/uitspraak",
                   app::Permission::kReserveBezwaarBeslissen,
                   "De beslissing op een bezwaar vastleggen",
                   {},
                   "",
                   Pagina(services, UitspraakPost)});
  router.Add(
      Route{"GET",
            "/geld/meerjarenbegroting",
            app::Permission::kGeldLezen,
            "De meerjarenbegroting van het samenwerkingsverband met de instemming van de OPR",
            {{"swv", "Code van het samenwerkingsverband (landelijke rollen)"}},
            "",
            Pagina(services, BegrotingGet)});
  router.Add(Route{"POST",
                   "/geld/meerjarenbegroting",
                   app::Permission::kGeldBeheren,
                   "Een nieuwe versie van de meerjarenbegroting vastleggen",
                   {},
                   "",
                   Pagina(services, BegrotingPost)});
  router.Add(Route{"POST",
                   "/geld/meerjarenbegroting/{id}/instemming",
                   app::Permission::kGeldBeheren,
                   "Een stap van de instemming van de OPR met de begroting vastleggen",
                   {},
                   "",
                   Pagina(services, BegrotingInstemmingPost)});
}

}  // namespace passend::web
