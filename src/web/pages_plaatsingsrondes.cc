// The placement-round pages for an SWV's staff (issue 5 item 5; docs/placement.md):
// `/plaatsingsrondes` lists the rounds and starts one; `/plaatsingsrondes/{id}` shows the
// proposals with distance and needs, the unplaced with their reasons, a form per child to
// change the school or escalate, and the forms to confirm or discard.
#include <fmt/format.h>

#include "app/plaatsingsronde_service.h"
#include "web/form_fields.h"
#include "web/formulier_flow.h"
#include "web/html.h"
#include "web/ondersteuning_json.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"

namespace passend::web {

namespace {

constexpr char kPad[] = "/plaatsingsrondes/";
constexpr char kNietGevonden[] = "Deze plaatsingsronde is niet gevonden.";
const std::vector<NavLink> kKruimels = {{"/", "Home"}, {"/plaatsingsrondes", "Plaatsingsrondes"}};

std::string SoortNaam(domain::RondeSoort soort) {
  return soort == domain::RondeSoort::kVoorkeur ? "Voorkeur (loting)" : "Minimale kosten";
}

std::string Behoeften(const Services& services, const std::vector<std::string>& codes) {
  std::string uit;
  for (const auto& code : codes) {
    const auto* b = services.ondersteuning.Taxonomie().Vind(code);
    if (!uit.empty()) uit += ", ";
    uit += Escape(b ? b->naam : code);
  }
  return uit.empty() ? "–" : uit;
}

std::string SchoolNaam(const app::RondeOverzicht& o, const std::string& code) {
  const auto it = o.school_namen.find(code);
  return Escape(it == o.school_namen.end() ? code : it->second) +
         fmt::format(" <span class=\"passend-code\">({})</span>", Escape(code));
}

std::string KindNaam(const app::RondeOverzicht& o, const domain::RondeRegel& r) {
  const auto it = o.leerling_namen.find(r.leerling.value);
  return Escape(it == o.leerling_namen.end() ? std::to_string(r.leerling.value) : it->second);
}

// The message of a form whose error names none of its fields, above the form.
std::string Melding(const VeldFout& fout, std::initializer_list<std::string_view> velden,
                    const std::string& id) {
  if (fout.melding.empty()) return "";
  for (auto v : velden) {
    if (v == fout.veld) return "";
  }
  return FormulierMelding(id, fout.melding);
}

// ---- /plaatsingsrondes ----

void RenderLijst(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx, const Formulierwaarden& w, const VeldFout& fout,
                 int status) {
  const std::string swv = ctx.principal->organisatie;
  auto lijst = services.plaatsingsrondes->Lijst(*ctx.principal, swv);
  if (!Check(req, res, lijst, ctx)) return;
  std::string body =
      "<h1 class=\"utrecht-heading-1\">Plaatsingsrondes</h1>\n"
      "<p class=\"utrecht-paragraph\">Een plaatsingsronde zoekt voor alle kinderen die in uw "
      "regio op een passende plek wachten tegelijk een school: zo dicht mogelijk bij huis, met "
      "de ondersteuning die ze nodig hebben en binnen de vrije plaatsen van de "
      "schoolondersteuningsprofielen. Het resultaat is een voorstel: u bekijkt het, wijzigt waar "
      "nodig en bevestigt. Er wordt niemand ingeschreven; de school van de aanmelding "
      "beslist.</p>\n";
  std::string rows;
  for (const auto& s : *lijst) {
    const auto& r = s.ronde;
    rows +=
        Row(Cell(fmt::format("<a class=\"utrecht-link\" href=\"/plaatsingsrondes/{}\">Ronde "
                             "{}</a>",
                             r.id, r.id)) +
            Cell(SoortNaam(r.soort)) + Cell(Escape(domain::RondeStandNaam(r.stand))) +
            Cell(Escape(domain::FormatDutchTimestamp(r.aangemaakt_op))) +
            NumericCell(FormatCount(static_cast<int64_t>(r.regels.size()))) +
            NumericCell(FormatCount(s.voorgesteld)) + NumericCell(FormatCount(s.niet_geplaatst)));
  }
  if (rows.empty()) {
    body += "<p class=\"utrecht-paragraph\">Er zijn nog geen plaatsingsrondes.</p>\n";
  } else {
    body += Table("rondes-tabel", "Plaatsingsrondes, nieuwste eerst",
                  {"Ronde",
                   "Soort",
                   "Stand",
                   "Gemaakt",
                   {"Kinderen", true},
                   {"Voorgesteld", true},
                   {"Niet geplaatst", true}},
                  rows);
  }
  const std::string soort = Waarde(w, "soort").empty() ? "minimale-kosten" : Waarde(w, "soort");
  body +=
      "<h2 class=\"utrecht-heading-2\" id=\"nieuw\">Nieuwe ronde</h2>\n" +
      Melding(fout, {"soort", "seed", "maxAfstandKm", "tekortBoete"}, "fout-nieuw") +
      fmt::format(
          "<form method=\"post\" action=\"/plaatsingsrondes\" novalidate>{}{}{}{}{}{}</form>\n",
          CsrfField(ctx.csrf),
          Keuzelijst({"ronde-soort", "soort", "Soort ronde",
                      "Minimale kosten: de kleinste totale afstand, met escaleren als het "
                      "niet past. Voorkeur: elk kind kiest de dichtstbijzijnde passende "
                      "school, bij gelijke aanspraak beslist één loting.",
                      FoutVoor(fout, "soort")},
                     {{"minimale-kosten", "Minimale kosten"}, {"voorkeur", "Voorkeur (loting)"}},
                     soort),
          Tekstveld({"ronde-afstand", "maxAfstandKm", "Maximale afstand in km",
                     fmt::format("Laat leeg voor {} km.",
                                 services.ondersteuning.Parameters().max_meter / 1000),
                     FoutVoor(fout, "maxAfstandKm")},
                    Waarde(w, "maxAfstandKm"), "text", " inputmode=\"numeric\""),
          Tekstveld({"ronde-boete", "tekortBoete", "Tekortboete in meter per niveau (optioneel)",
                     "Leeg: een school die een behoefte niet op het nodige niveau biedt, komt "
                     "niet in aanmerking.",
                     FoutVoor(fout, "tekortBoete")},
                    Waarde(w, "tekortBoete"), "text", " inputmode=\"numeric\""),
          Tekstveld({"ronde-seed", "seed", "Seed van de loting (alleen bij voorkeur)",
                     "Leeg: Passend trekt er een en bewaart die, zodat de ronde na te "
                     "rekenen is.",
                     FoutVoor(fout, "seed")},
                    Waarde(w, "seed"), "text", " inputmode=\"numeric\""),
          Knop("Ronde starten"));
  res.status = status;
  WriteHtml(res, PageOptions{"Plaatsingsrondes", {{"/", "Home"}}, &ctx}, body);
}

void LijstPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  RenderLijst(services, req, res, ctx, {}, {}, 200);
}

// A whole number typed in `naam`, or none when left empty; kInvalid naming it otherwise.
domain::Result<std::optional<int64_t>> Getal(const Formulierwaarden& w, const std::string& naam) {
  const std::string tekst = Ingevuld(w, naam);
  if (tekst.empty()) return std::optional<int64_t>();
  try {
    size_t einde = 0;
    const int64_t waarde = std::stoll(tekst, &einde);
    if (einde == tekst.size()) return std::optional<int64_t>(waarde);
  } catch (const std::exception&) {
  }
  return domain::Fail(domain::ErrorCode::kInvalid, "Vul een geheel getal in.", naam);
}

void StartPost(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto start = [&]() -> domain::Result<app::RondeOverzicht> {
    app::NieuweRonde nieuw;
    PASSEND_ASSIGN_OR_RETURN(nieuw.soort, domain::ParseRondeSoort(Ingevuld(w, "soort")));
    PASSEND_ASSIGN_OR_RETURN(nieuw.max_afstand_km, Getal(w, "maxAfstandKm"));
    PASSEND_ASSIGN_OR_RETURN(nieuw.tekort_boete, Getal(w, "tekortBoete"));
    PASSEND_ASSIGN_OR_RETURN(const auto seed, Getal(w, "seed"));
    if (seed) {
      if (*seed < 0) {
        return domain::Fail(domain::ErrorCode::kInvalid, "De seed is 0 of groter.", "seed");
      }
      nieuw.seed = static_cast<uint64_t>(*seed);
    }
    return services.plaatsingsrondes->Start(*ctx.principal, ctx.client, ctx.principal->organisatie,
                                            nieuw);
  };
  auto ronde = start();
  if (ronde) {
    SeeOther(res, kPad + std::to_string(ronde->ronde.id));
    return;
  }
  if (IsFormulierFout(ronde.error())) {
    RenderLijst(services, req, res, ctx, w, FoutVan(ronde.error()), StatusFor(ronde.error().code));
    return;
  }
  Check(req, res, ronde, ctx);
}

// ---- /plaatsingsrondes/{id} ----

std::string Feiten(const app::RondeOverzicht& o) {
  const auto& r = o.ronde;
  const auto& p = r.parameters;
  int64_t voorgesteld = 0;
  for (const auto& regel : r.regels) voorgesteld += regel.school ? 1 : 0;
  std::string html = fmt::format(
      "<dl class=\"passend-feiten\"><dt>Stand</dt><dd>{}</dd><dt>Soort</dt><dd>{}</dd>"
      "<dt>Gemaakt</dt><dd>{} door {}</dd><dt>Kinderen</dt><dd>{}: {} met een voorstel, {} niet "
      "geplaatst</dd><dt>Maximale afstand</dt><dd>{} km</dd><dt>Tekortboete</dt><dd>{}</dd>"
      "<dt>Kosten van niet plaatsen</dt><dd>{}</dd>",
      Escape(domain::RondeStandNaam(r.stand)), SoortNaam(r.soort),
      Escape(domain::FormatDutchTimestamp(r.aangemaakt_op)), Escape(r.aangemaakt_door),
      FormatCount(static_cast<int64_t>(r.regels.size())), FormatCount(voorgesteld),
      FormatCount(static_cast<int64_t>(r.regels.size()) - voorgesteld), p.max_afstand_meter / 1000,
      p.tekort_boete ? FormatCount(*p.tekort_boete) + " meter per niveau"
                     : std::string("geen (een school die tekortschiet, telt niet mee)"),
      FormatCount(p.niet_geplaatst_kosten));
  if (p.seed) html += fmt::format("<dt>Seed van de loting</dt><dd>{}</dd>", *p.seed);
  if (r.afgesloten_op) {
    html += fmt::format("<dt>{}</dt><dd>{} door {}{}</dd>", Escape(domain::RondeStandNaam(r.stand)),
                        Escape(domain::FormatDutchTimestamp(*r.afgesloten_op)),
                        Escape(r.afgesloten_door),
                        r.afsluit_toelichting.empty() ? "" : ": " + Escape(r.afsluit_toelichting));
  }
  return html + "</dl>\n";
}

std::string Waarschuwingen(const domain::RondeRegel& r) {
  std::string html;
  for (const auto& w : r.waarschuwingen) {
    html += "<p class=\"utrecht-paragraph passend-waarschuwing\">" + Escape(w) + "</p>";
  }
  if (r.gewijzigd) {
    html += "<p class=\"utrecht-paragraph\">Gewijzigd door " + Escape(r.vastgelegd_door) + ": " +
            Escape(r.wijziging_reden) + "</p>";
  }
  return html;
}

std::string Tabellen(const Services& services, const app::RondeOverzicht& o) {
  std::string geplaatst, niet;
  for (const auto& r : o.ronde.regels) {
    if (r.school) {
      geplaatst += Row(Cell(KindNaam(o, r)) + Cell(SchoolNaam(o, r.aanmeldschool)) +
                       Cell(Behoeften(services, r.behoeften)) + Cell(SchoolNaam(o, *r.school)) +
                       NumericCell(r.meter ? KmTekst(*r.meter) : "–") +
                       Cell(r.waarschuwingen.empty() && !r.gewijzigd
                                ? std::string("Alle behoeften op niveau")
                                : Waarschuwingen(r)));
    } else {
      niet += Row(Cell(KindNaam(o, r)) + Cell(SchoolNaam(o, r.aanmeldschool)) +
                  Cell(Behoeften(services, r.behoeften)) + Cell(Escape(r.reden)) +
                  Cell(Escape(r.toelichting) + Waarschuwingen(r)));
    }
  }
  std::string html = "<h2 class=\"utrecht-heading-2\" id=\"voorstellen-kop\">Voorstellen</h2>\n";
  html += geplaatst.empty()
              ? "<p class=\"utrecht-paragraph\">Geen kind heeft in deze ronde een voorstel.</p>\n"
              : Table("voorstellen", "",
                      {"Kind",
                       "Aangemeld bij",
                       "Behoeften",
                       "Voorgestelde school",
                       {"Afstand", true},
                       "Toelichting"},
                      geplaatst, "voorstellen-kop");
  html += "<h2 class=\"utrecht-heading-2\" id=\"niet-geplaatst-kop\">Niet geplaatst</h2>\n";
  html += niet.empty() ? "<p class=\"utrecht-paragraph\">Elk kind heeft een voorstel.</p>\n"
                       : Table("niet-geplaatst", "",
                               {"Kind", "Aangemeld bij", "Behoeften", "Reden", "Waarom"}, niet,
                               "niet-geplaatst-kop");
  return html;
}

std::string WijzigFormulieren(const app::RondeOverzicht& o, const std::string& csrf,
                              const Formulierwaarden& w, const VeldFout& fout) {
  const std::string gepost = Waarde(w, "aanmelding");
  std::string html =
      "<h2 class=\"utrecht-heading-2\" id=\"wijzigen\">Voorstellen wijzigen</h2>\n"
      "<p class=\"utrecht-paragraph\">Geef een andere school in de regio (vestigingscode), of "
      "laat de school leeg om het kind niet te plaatsen en te escaleren. Een reden is "
      "verplicht. Past de school niet (geen plaats, te ver), dan ziet u dat als waarschuwing bij "
      "het voorstel.</p>\n";
  for (const auto& r : o.ronde.regels) {
    const std::string a = std::to_string(r.aanmelding);
    const bool deze = gepost == a;
    const VeldFout f = deze ? fout : VeldFout{};
    html += fmt::format(
        "<form method=\"post\" action=\"/plaatsingsrondes/{}/wijzigingen\" novalidate "
        "aria-labelledby=\"wijzig-{}-kop\">{}<input type=\"hidden\" name=\"aanmelding\" "
        "value=\"{}\"><h3 class=\"utrecht-heading-3\" "
        "id=\"wijzig-{}-kop\">{}</h3>{}{}{}{}</form>\n",
        o.ronde.id, a, CsrfField(csrf), a, a, KindNaam(o, r),
        Melding(f, {"school", "reden"}, "fout-wijzig-" + a),
        Tekstveld({"wijzig-" + a + "-school", "school", "School (vestigingscode)",
                   "Leeg: niet plaatsen, escaleren.", FoutVoor(f, "school")},
                  deze ? Waarde(w, "school") : r.school.value_or("")),
        Tekstvak({"wijzig-" + a + "-reden", "reden", "Reden", "", FoutVoor(f, "reden")},
                 deze ? Waarde(w, "reden") : ""),
        Knop("Voorstel wijzigen"));
  }
  return html;
}

std::string AfsluitFormulieren(int64_t id, const std::string& csrf, const Formulierwaarden& w,
                               const VeldFout& fout) {
  const bool verwerp = Waarde(w, "formulier") == "verwerping";
  const VeldFout bev = verwerp ? VeldFout{} : fout;
  const VeldFout ver = verwerp ? fout : VeldFout{};
  return "<h2 class=\"utrecht-heading-2\" id=\"bevestigen\">Bevestigen</h2>\n"
         "<p class=\"utrecht-paragraph\">Met bevestigen legt u de voorstellen vast. De ouders "
         "krijgen een bericht met de voorgestelde school of dat u verder zoekt. Er wordt niemand "
         "ingeschreven: de school van de aanmelding beslist.</p>\n" +
         Melding(bev, {"toelichting"}, "fout-bevestig") +
         fmt::format(
             "<form method=\"post\" action=\"/plaatsingsrondes/{}/bevestiging\" "
             "novalidate>{}<input type=\"hidden\" name=\"formulier\" "
             "value=\"bevestiging\">{}{}</form>\n",
             id, CsrfField(csrf),
             Tekstvak({"bevestig-toelichting", "toelichting", "Toelichting (optioneel)", "",
                       FoutVoor(bev, "toelichting")},
                      verwerp ? "" : Waarde(w, "toelichting")),
             Knop("Ronde bevestigen")) +
         "<h2 class=\"utrecht-heading-2\" id=\"verwerpen\">Verwerpen</h2>\n" +
         Melding(ver, {"toelichting"}, "fout-verwerp") +
         fmt::format(
             "<form method=\"post\" action=\"/plaatsingsrondes/{}/verwerping\" "
             "novalidate>{}<input type=\"hidden\" name=\"formulier\" "
             "value=\"verwerping\">{}{}</form>\n",
             id, CsrfField(csrf),
             Tekstvak({"verwerp-toelichting", "toelichting", "Waarom verwerpt u de ronde?",
                       "Optioneel.", FoutVoor(ver, "toelichting")},
                      verwerp ? Waarde(w, "toelichting") : ""),
             Knop("Ronde verwerpen"));
}

void RenderDetail(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx, int64_t id, const Formulierwaarden& w,
                  const VeldFout& fout, int status) {
  auto ronde =
      services.plaatsingsrondes->Ronde(*ctx.principal, ctx.client, ctx.principal->organisatie, id);
  if (!Check(req, res, ronde, ctx)) return;
  std::string body = fmt::format("<h1 class=\"utrecht-heading-1\">Plaatsingsronde {}</h1>\n", id) +
                     Feiten(*ronde) + Tabellen(services, *ronde);
  if (ronde->ronde.stand != domain::RondeStand::kVoorstel && !fout.melding.empty()) {
    body = FormulierMelding("fout-ronde", fout.melding) + body;  // e.g. a change after closing
  }
  if (ronde->ronde.stand == domain::RondeStand::kVoorstel) {
    body +=
        WijzigFormulieren(*ronde, ctx.csrf, w, fout) + AfsluitFormulieren(id, ctx.csrf, w, fout);
  }
  res.status = status;
  WriteHtml(res, PageOptions{fmt::format("Plaatsingsronde {}", id), kKruimels, &ctx}, body);
}

void DetailPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = ParseId(ctx.path.at("id"), kNietGevonden);
  if (!Check(req, res, id, ctx)) return;
  RenderDetail(services, req, res, ctx, *id, {}, {}, 200);
}

}  // namespace

void AddPlaatsingsrondePages(Router& router, const Services& services) {
  if (services.plaatsingsrondes == nullptr) return;
  auto wijziging = [&services](auto call) {
    return [&services, call](const httplib::Request& req, httplib::Response& res,
                             const RequestContext& ctx) {
      NaFormulier(
          req, res, ctx, kPad, kNietGevonden,
          [&](int64_t id, const Formulierwaarden& w) { return call(ctx, id, w); },
          [&](int64_t id, const Formulierwaarden& w, const VeldFout& fout, int status) {
            RenderDetail(services, req, res, ctx, id, w, fout, status);
          });
    };
  };
  auto& rondes = *services.plaatsingsrondes;
  router.Add(Route{"GET",
                   "/plaatsingsrondes",
                   app::Permission::kPlaatsingsrondeLezen,
                   "De plaatsingsrondes van het samenwerkingsverband en het formulier voor een "
                   "nieuwe ronde",
                   {},
                   "",
                   Pagina(services, LijstPage)});
  router.Add(Route{"POST",
                   "/plaatsingsrondes",
                   app::Permission::kPlaatsingsrondeBeheren,
                   "Een plaatsingsronde starten met het formulier",
                   {},
                   "",
                   Pagina(services, StartPost)});
  router.Add(Route{"GET",
                   "/plaatsingsrondes/{id}",
                   app::Permission::kPlaatsingsrondeLezen,
                   "Eén plaatsingsronde: voorstellen, niet geplaatsten en de formulieren",
                   {},
                   "",
                   Pagina(services, DetailPage)});
  router.Add(Route{
      "POST",
      "/plaatsingsrondes/{id}/wijzigingen",
      app::Permission::kPlaatsingsrondeBeheren,
      "Het voorstel voor één kind wijzigen met het formulier",
      {},
      "",
      wijziging([&rondes](const RequestContext& ctx, int64_t id,
                          const Formulierwaarden& w) -> domain::Result<domain::RondeRegel> {
        app::RondeWijziging wijz;
        const std::string a = Ingevuld(w, "aanmelding");
        try {
          wijz.aanmelding = std::stoll(a);
        } catch (const std::exception&) {
          return domain::Fail(domain::ErrorCode::kInvalid, "Onbekend kind in deze ronde.",
                              "aanmelding");
        }
        if (!Ingevuld(w, "school").empty()) wijz.school = Ingevuld(w, "school");
        wijz.reden = Ingevuld(w, "reden");
        return rondes.Wijzig(*ctx.principal, ctx.client, ctx.principal->organisatie, id, wijz);
      })});
  router.Add(
      Route{"POST",
            "/plaatsingsrondes/{id}/bevestiging",
            app::Permission::kPlaatsingsrondeBeheren,
            "De plaatsingsronde bevestigen met het formulier",
            {},
            "",
            wijziging([&rondes](const RequestContext& ctx, int64_t id, const Formulierwaarden& w) {
              return rondes.Sluit(*ctx.principal, ctx.client, ctx.principal->organisatie, id, true,
                                  Ingevuld(w, "toelichting"));
            })});
  router.Add(
      Route{"POST",
            "/plaatsingsrondes/{id}/verwerping",
            app::Permission::kPlaatsingsrondeBeheren,
            "De plaatsingsronde verwerpen met het formulier",
            {},
            "",
            wijziging([&rondes](const RequestContext& ctx, int64_t id, const Formulierwaarden& w) {
              return rondes.Sluit(*ctx.principal, ctx.client, ctx.principal->organisatie, id, false,
                                  Ingevuld(w, "toelichting"));
            })});
}

}  // namespace passend::web
