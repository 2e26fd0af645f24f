// Pages of the support profiles (issue 5 items 2 and 4; docs/placement.md): the public school
// finder `/scholen` (no login: filter by need and level, nearest first from a postcode), the
// profile section of the school page, the school's own profile form, and the suggestions of
// fitting schools for one child. The same use cases as the API; no JavaScript.
#include <fmt/format.h>

#include <algorithm>

#include "web/form_fields.h"
#include "web/html.h"
#include "web/ondersteuning_json.h"
#include "web/params.h"
#include "web/problem.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"

namespace passend::web {

namespace {

constexpr int kPaginagrootte = 25;
constexpr char kProfielPad[] = "/mijn-school/ondersteuningsprofiel";

std::string BehoefteNaam(const domain::Ondersteuningstaxonomie& t, const std::string& code) {
  const auto* b = t.Vind(code);
  return b ? b->naam : code;
}

std::string SoortTekst(const domain::School& s) {
  std::string tekst(domain::SchoolSoortCode(s.soort));
  if (s.cluster) tekst += fmt::format(" (cluster {})", *s.cluster);
  return tekst;
}

std::string SchoolLink(const domain::School& s) {
  return fmt::format("<a class=\"utrecht-link\" href=\"/scholen/{}\">{}</a>", Escape(s.code.str()),
                     Escape(s.naam));
}

// What a location offers above basis, in one cell: `Gedrag: extra (4 plaatsen)`.
std::string AanbodTekst(const domain::Ondersteuningstaxonomie& t,
                        const std::optional<domain::Ondersteuningsprofiel>& profiel) {
  std::string tekst;
  if (profiel) {
    for (const auto& r : profiel->regels) {
      if (r.niveau == domain::Ondersteuningsniveau::kBasis) continue;
      if (!tekst.empty()) tekst += "; ";
      tekst +=
          Escape(BehoefteNaam(t, r.behoefte)) + ": " + std::string(domain::NiveauCode(r.niveau));
      if (r.plaatsen) {
        tekst += fmt::format(" ({} {})", *r.plaatsen, *r.plaatsen == 1 ? "plaats" : "plaatsen");
      }
    }
  }
  return tekst.empty() ? std::string("Basisondersteuning") : tekst;
}

std::vector<Keuze> NiveauKeuzes(bool met_basis) {
  std::vector<Keuze> keuzes;
  for (auto n : domain::kAlleOndersteuningsniveaus) {
    if (!met_basis && n == domain::Ondersteuningsniveau::kBasis) continue;
    keuzes.push_back({std::string(domain::NiveauCode(n)), std::string(domain::NiveauNaam(n))});
  }
  return keuzes;
}

// --- The public finder -------------------------------------------------------------------

void ZoekerPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  const auto& taxonomie = services.ondersteuning.Taxonomie();
  const std::vector<std::string> behoeften = Waarden(req, "behoefte");
  const std::string niveau = QueryValue(req, "niveau").value_or("extra");
  const std::string nabij = Trim(QueryValue(req, "nabij").value_or(""));
  const std::string max = QueryValue(req, "max").value_or("25");
  const bool gezocht = !behoeften.empty() || !nabij.empty();

  VeldFout fout;
  std::optional<app::ScholenZoekresultaat> resultaat;
  int status = 200;
  app::ScholenZoekvraag vraag;
  auto lees = [&]() -> domain::Result<void> {
    auto lvl = domain::ParseNiveau(niveau, "niveau");
    if (!lvl) return std::unexpected(lvl.error());
    for (const auto& code : behoeften) {
      if (!taxonomie.Vind(code)) {
        return domain::Fail(domain::ErrorCode::kInvalid, "Kies een behoefte uit de lijst.",
                            "behoefte");
      }
      vraag.vragen.push_back(domain::Vraag{code, *lvl});
    }
    if (!nabij.empty()) {
      vraag.nabij = nabij;
      if (max != "alle") {
        auto km = IntParam(req, "max", 25);
        if (!km || *km < 1 || *km > 300) {
          return domain::Fail(domain::ErrorCode::kInvalid, "Kies een afstand uit de lijst.", "max");
        }
        vraag.max_km = static_cast<int>(*km);
      }
    }
    PASSEND_ASSIGN_OR_RETURN(vraag.page, PageParams(req, kPaginagrootte));
    return {};
  };
  if (gezocht) {
    auto gelezen = lees();
    if (gelezen) {
      auto r = services.ondersteuning.Zoek(vraag);
      if (r) {
        resultaat = std::move(*r);
      } else {
        gelezen = std::unexpected(r.error());
      }
    }
    if (!gelezen) {
      if (!IsFormulierFout(gelezen.error())) {
        WriteProblem(req, res, gelezen.error(), false, &ctx);
        return;
      }
      fout = FoutVan(gelezen.error());
      status = StatusFor(gelezen.error().code);
    }
  }

  std::vector<Keuze> behoefte_keuzes;
  for (const auto& b : taxonomie.behoeften) behoefte_keuzes.push_back({b.code, b.naam});
  const std::vector<Keuze> afstanden{
      {"5", "5 km"}, {"10", "10 km"}, {"25", "25 km"}, {"50", "50 km"}, {"alle", "Alle afstanden"}};
  std::string body =
      "<h1 class=\"utrecht-heading-1\">Scholen zoeken op ondersteuning</h1>\n"
      "<p class=\"utrecht-paragraph\">Elke school biedt basisondersteuning. Zoek hier welke "
      "scholen meer bieden voor wat uw kind nodig heeft, zo dicht mogelijk bij huis. De "
      "gegevens komen uit de schoolondersteuningsprofielen die de scholen zelf vastleggen.</p>\n";
  body += fmt::format(
      "<form method=\"get\" action=\"/scholen\" novalidate "
      "class=\"passend-form\">{}{}{}{}{}</form>\n",
      Groep({"zoek-behoefte", "behoefte", "Waarbij heeft uw kind ondersteuning nodig?",
             "Kies een of meer ondersteuningsbehoeften.", FoutVoor(fout, "behoefte")},
            "checkbox", behoefte_keuzes, behoeften),
      Keuzelijst({"zoek-niveau", "niveau", "Minimaal niveau",
                  "Extra: meer dan de basis in een gewone school. Specialistisch: zoals in het "
                  "speciaal (basis)onderwijs.",
                  FoutVoor(fout, "niveau")},
                 NiveauKeuzes(false), niveau),
      Tekstveld({"zoek-nabij", "nabij", "Postcode", "Bijvoorbeeld 3811 AB of alleen 3811.",
                 FoutVoor(fout, "nabij")},
                nabij, "text", " autocomplete=\"postal-code\""),
      Keuzelijst({"zoek-max", "max", "Hoe ver mag de school zijn?", "Afstand hemelsbreed.",
                  FoutVoor(fout, "max")},
                 afstanden, max),
      Knop("Zoeken"));

  if (resultaat) {
    const auto& r = *resultaat;
    std::string rows;
    for (const auto& t : r.treffers.items) {
      rows += Row(Cell(SchoolLink(t.school)) + Cell(Escape(SoortTekst(t.school))) +
                  Cell(Escape(t.school.adres.plaats)) +
                  NumericCell(t.meter ? KmTekst(*t.meter) : std::string("–")) +
                  Cell(AanbodTekst(taxonomie, t.profiel)));
    }
    std::string kop = fmt::format("{} {}", FormatCount(r.treffers.total),
                                  r.treffers.total == 1 ? "school gevonden" : "scholen gevonden");
    if (r.nabij)
      kop += " (afstand " + r.afstand_soort + " vanaf postcodegebied " + r.nabij->gebied + ")";
    body += "<h2 class=\"utrecht-heading-2\" id=\"resultaten\">Resultaten</h2>\n";
    if (rows.empty()) {
      body +=
          "<p class=\"utrecht-paragraph\">Geen school binnen deze afstand biedt alle gekozen "
          "ondersteuning op dit niveau. Kies een grotere afstand, of neem contact op met het "
          "samenwerkingsverband: dat moet voor elk kind een passende plek vinden.</p>\n";
    } else {
      body += Table(
          "scholen-tabel", kop,
          {"School", "Soort", "Plaats", {"Afstand", true}, "Ondersteuning boven de basis"}, rows);
    }
    // The pager keeps the question.
    std::string base = "/scholen?";
    for (const auto& b : behoeften)
      base += "behoefte=" + httplib::detail::encode_query_param(b) + "&";
    base += "niveau=" + httplib::detail::encode_query_param(niveau) + "&";
    if (!nabij.empty()) {
      base += "nabij=" + httplib::detail::encode_query_param(nabij) +
              "&max=" + httplib::detail::encode_query_param(max) + "&";
    }
    body += Pager(base, r.treffers.request.page, r.treffers.LastPage());
  }
  res.status = status;
  WriteHtml(res, PageOptions{"Scholenzoeker", {{"/", "Home"}}, &ctx}, body);
}

// --- The school's own profile form ---------------------------------------------------------

std::string VeldNaam(const std::string& soort, const std::string& code) {
  return soort + "-" + code;
}

void ProfielForm(const Services& services, httplib::Response& res, const RequestContext& ctx,
                 const Formulierwaarden& w, const VeldFout& fout, int status) {
  const auto& taxonomie = services.ondersteuning.Taxonomie();
  auto code = domain::Vestigingscode::Parse(ctx.principal->organisatie);
  if (!code) {
    res.status = 403;
    WriteHtml(res, PageOptions{"Ondersteuningsprofiel", {{"/", "Home"}}, &ctx},
              "<h1 class=\"utrecht-heading-1\">Ondersteuningsprofiel</h1><p "
              "class=\"utrecht-paragraph\">Dit account hoort bij geen schoolvestiging.</p>");
    return;
  }
  auto inzicht = services.ondersteuning.Profiel(*code, std::nullopt);
  if (!inzicht) {
    res.status = StatusFor(inzicht.error().code);
    WriteHtml(res, PageOptions{"Ondersteuningsprofiel", {{"/", "Home"}}, &ctx},
              "<p class=\"utrecht-paragraph\">" + Escape(inzicht.error().message) + "</p>");
    return;
  }
  const auto& profiel = inzicht->profiel;
  // Shown again after an error: what was posted; otherwise the current version.
  const bool opnieuw = !w.empty();
  auto waarde = [&](const std::string& naam, const std::string& huidig) {
    return opnieuw ? Waarde(w, naam) : huidig;
  };
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">Ondersteuningsprofiel van {}</h1>\n"
      "<p class=\"utrecht-paragraph\">Leg per ondersteuningsbehoefte vast wat uw school biedt. "
      "Basis is wat elke school biedt; kies extra of specialistisch alleen als u dat concreet "
      "kunt beschrijven. Beperkte plaatsen vult u in bij het aantal plaatsen. Elke keer dat u "
      "opslaat ontstaat een nieuwe versie; eerdere versies blijven zichtbaar. Het profiel is "
      "openbaar op <a class=\"utrecht-link\" href=\"/scholen/{}\">de pagina van uw "
      "school</a>.</p>\n",
      Escape(inzicht->school.school.naam), Escape(code->str()));
  if (profiel) {
    body +=
        fmt::format("<p class=\"utrecht-paragraph\">Huidige versie: {}, vastgesteld op {}.</p>\n",
                    profiel->versie, domain::FormatDutchDate(profiel->vastgesteld_op));
  }
  std::string velden;
  for (const auto& b : taxonomie.behoeften) {
    const domain::ProfielRegel* regel = profiel ? profiel->Regel(b.code) : nullptr;
    const std::string niveau_naam = VeldNaam("niveau", b.code);
    const std::string plaatsen_naam = VeldNaam("plaatsen", b.code);
    const std::string omschrijving_naam = VeldNaam("omschrijving", b.code);
    const std::string onderbouwing_naam = VeldNaam("onderbouwing", b.code);
    const std::string niveau =
        waarde(niveau_naam, std::string(domain::NiveauCode(
                                regel ? regel->niveau : domain::Ondersteuningsniveau::kBasis)));
    velden += fmt::format(
        "<fieldset class=\"utrecht-form-fieldset passend-fieldset\"><legend "
        "class=\"utrecht-form-fieldset__legend\">{}</legend>{}{}{}{}</fieldset>\n",
        Escape(b.naam),
        Keuzelijst({"p-" + niveau_naam, niveau_naam, "Niveau", b.omschrijving,
                    FoutVoor(fout, niveau_naam)},
                   NiveauKeuzes(true), niveau),
        Tekstveld({"p-" + plaatsen_naam, plaatsen_naam, "Aantal plaatsen (als die beperkt zijn)",
                   "Leeg: niet beperkt. Alleen bij extra of specialistisch.",
                   FoutVoor(fout, plaatsen_naam)},
                  waarde(plaatsen_naam, regel && regel->plaatsen ? std::to_string(*regel->plaatsen)
                                                                 : std::string()),
                  "text", " inputmode=\"numeric\""),
        Tekstvak({"p-" + omschrijving_naam, omschrijving_naam, "Wat doet de school concreet?",
                  "Verplicht bij extra en specialistisch.", FoutVoor(fout, omschrijving_naam)},
                 waarde(omschrijving_naam, regel ? regel->omschrijving : "")),
        Tekstvak({"p-" + onderbouwing_naam, onderbouwing_naam, "Onderbouwing",
                  "Deskundigheid, mensen, arrangementen, resultaten.",
                  FoutVoor(fout, onderbouwing_naam)},
                 waarde(onderbouwing_naam, regel ? regel->onderbouwing : "")));
  }
  const bool veld_bekend = fout.veld == "mrAdviesOp" || fout.veld == "toelichting" ||
                           fout.veld.find('-') != std::string::npos;
  body += fmt::format(
      "<form method=\"post\" action=\"{}\" novalidate class=\"passend-form\">{}{}{}{}{}{}</form>\n",
      kProfielPad, CsrfField(ctx.csrf),
      fout.melding.empty() || veld_bekend ? std::string()
                                          : FormulierMelding("profiel-melding", fout.melding),
      Tekstveld({"p-mr", "mrAdviesOp", "Datum van het advies van de MR",
                 "JJJJ-MM-DD; de medezeggenschapsraad adviseert over het profiel.",
                 FoutVoor(fout, "mrAdviesOp")},
                waarde("mrAdviesOp", profiel && profiel->mr_advies_op
                                         ? domain::FormatIsoDate(*profiel->mr_advies_op)
                                         : std::string()),
                "date"),
      Tekstvak({"p-toelichting", "toelichting", "Algemene toelichting", "",
                FoutVoor(fout, "toelichting")},
               waarde("toelichting", profiel ? profiel->toelichting : "")),
      velden, Knop("Nieuwe versie opslaan"));
  res.status = status;
  WriteHtml(res, PageOptions{"Ondersteuningsprofiel", {{"/", "Home"}}, &ctx}, body);
}

void ProfielPage(const Services& services, const httplib::Request&, httplib::Response& res,
                 const RequestContext& ctx) {
  ProfielForm(services, res, ctx, {}, {}, 200);
}

void ProfielPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx) {
  const auto& taxonomie = services.ondersteuning.Taxonomie();
  const Formulierwaarden w = LeesFormulier(req);
  // The rules sent: every need above basis or with a text; index → need, to put an error of
  // `regels[i].veld` beside that need's field.
  std::vector<std::string> codes;
  auto maak = [&]() -> domain::Result<app::NieuwProfiel> {
    app::NieuwProfiel nieuw;
    PASSEND_ASSIGN_OR_RETURN(nieuw.mr_advies_op, FormulierDatum(w, "mrAdviesOp"));
    nieuw.toelichting = Ingevuld(w, "toelichting");
    for (const auto& b : taxonomie.behoeften) {
      const std::string niveau_naam = VeldNaam("niveau", b.code);
      domain::ProfielRegel r;
      r.behoefte = b.code;
      PASSEND_ASSIGN_OR_RETURN(
          r.niveau,
          domain::ParseNiveau(Ingevuld(w, niveau_naam).empty() ? "basis" : Ingevuld(w, niveau_naam),
                              niveau_naam));
      const std::string plaatsen = Ingevuld(w, VeldNaam("plaatsen", b.code));
      if (!plaatsen.empty()) {
        const bool cijfers =
            plaatsen.size() <= 5 && std::all_of(plaatsen.begin(), plaatsen.end(),
                                                [](char c) { return c >= '0' && c <= '9'; });
        if (!cijfers) {
          return domain::Fail(domain::ErrorCode::kInvalid,
                              "Vul het aantal plaatsen in als heel getal, of laat het leeg.",
                              VeldNaam("plaatsen", b.code));
        }
        r.plaatsen = std::stoi(plaatsen);
      }
      r.omschrijving = Ingevuld(w, VeldNaam("omschrijving", b.code));
      r.onderbouwing = Ingevuld(w, VeldNaam("onderbouwing", b.code));
      if (r.niveau == domain::Ondersteuningsniveau::kBasis && !r.plaatsen &&
          r.omschrijving.empty() && r.onderbouwing.empty()) {
        continue;
      }
      codes.push_back(b.code);
      nieuw.regels.push_back(std::move(r));
    }
    return nieuw;
  };
  auto nieuw = maak();
  domain::Result<app::ProfielInzicht> result = std::unexpected(domain::Error{});
  if (nieuw) {
    auto code = domain::Vestigingscode::Parse(ctx.principal->organisatie);
    result =
        code ? services.ondersteuning.LegVast(*ctx.principal, ctx.client, *code, std::move(*nieuw))
             : domain::Result<app::ProfielInzicht>(std::unexpected(domain::Error{
                   domain::ErrorCode::kForbidden, "Dit account hoort bij geen school.", ""}));
  } else {
    result = std::unexpected(nieuw.error());
  }
  if (result) {
    SeeOther(res, "/scholen/" + result->school.school.code.str());
    return;
  }
  domain::Error error = result.error();
  // `regels[2].omschrijving` → `omschrijving-gedrag`, the field on this form.
  if (error.field.rfind("regels[", 0) == 0) {
    const size_t sluit = error.field.find(']');
    const size_t index = std::stoul(error.field.substr(7, sluit - 7));
    const std::string veld = error.field.substr(sluit + 2);
    if (index < codes.size()) error.field = VeldNaam(veld, codes[index]);
  }
  if (IsFormulierFout(error) && error.code != domain::ErrorCode::kNotFound) {
    ProfielForm(services, res, ctx, w, FoutVan(error), StatusFor(error.code));
    return;
  }
  WriteProblem(req, res, error, false, &ctx);
}

// --- Suggestions for one child -------------------------------------------------------------

void SuggestiesPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                    const RequestContext& ctx) {
  const auto& taxonomie = services.ondersteuning.Taxonomie();
  auto id = ParseLeerlingId(ctx.path.at("id"));
  if (!Check(req, res, id, ctx)) return;
  const std::string tekst = Trim(QueryValue(req, "ondersteuning").value_or(""));
  VeldFout fout;
  std::optional<std::vector<domain::Vraag>> vragen;
  if (!tekst.empty()) {
    auto parsed = domain::ParseVragen(tekst, taxonomie);
    if (parsed) {
      vragen = std::move(*parsed);
    } else {
      fout = FoutVan(parsed.error());
    }
  }
  auto scholen = services.ondersteuning.VoorLeerling(*ctx.principal, ctx.client, *id, vragen);
  if (!Check(req, res, scholen, ctx)) return;
  const auto& p = *scholen;
  std::string behoeften;
  for (const auto& v : p.behoeften) {
    if (!behoeften.empty()) behoeften += ", ";
    behoeften += Escape(BehoefteNaam(taxonomie, v.behoefte)) + " (" +
                 std::string(domain::NiveauCode(v.niveau)) + ")";
  }
  std::string bron;
  switch (p.bron) {
    case app::BehoefteBron::kGevraagd:
      bron = "zoals hieronder opgegeven";
      break;
    case app::BehoefteBron::kAanmelding:
      bron = "uit de laatste aanmelding, op niveau extra";
      break;
    case app::BehoefteBron::kGeen:
      bron = "er zijn geen behoeften bekend";
      break;
  }
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">Passende scholen voor {}</h1>\n"
      "<p class=\"utrecht-paragraph\">Ondersteuningsbehoeften: {} ({}). Scholen tot {} "
      "{} van het woonadres die elke behoefte op het nodige niveau bieden en plaats hebben; de "
      "best passende eerst (afstand, en een toeslag voor een school die veel meer biedt dan "
      "nodig). Dit is een voorstel: de keuze maken ouders en school samen.</p>\n",
      Escape(p.leerling_naam), behoeften.empty() ? std::string("geen") : behoeften, bron,
      KmTekst(p.max_meter), Escape(p.afstand_soort));
  body += fmt::format(
      "<form method=\"get\" action=\"/leerlingen/{}/passende-scholen\" novalidate>{}{}</form>\n",
      p.leerling.value,
      Tekstveld({"sug-ondersteuning", "ondersteuning", "Andere behoeften proberen",
                 "Bijvoorbeeld gedrag:extra,zien:specialistisch (codes: leren, gedrag, "
                 "sociaal-emotioneel, aandacht, taal-spraak, zien, horen, lichamelijk, medisch, "
                 "cognitief, begaafdheid, emb).",
                 FoutVoor(fout, "ondersteuning")},
                tekst),
      Knop("Opnieuw zoeken"));
  std::string rows;
  int plek = 0;
  for (const auto& s : p.suggesties) {
    std::string voldaan;
    for (const auto& v : s.suggestie.toetsing.voldaan) {
      if (!voldaan.empty()) voldaan += "; ";
      voldaan += Escape(BehoefteNaam(taxonomie, v.behoefte));
      if (auto it = s.suggestie.toetsing.vrij.find(v.behoefte);
          it != s.suggestie.toetsing.vrij.end()) {
        voldaan += fmt::format(" ({} vrij)", it->second);
      }
    }
    rows += Row(NumericCell(std::to_string(++plek)) + Cell(SchoolLink(s.school)) +
                Cell(Escape(SoortTekst(s.school))) + NumericCell(KmTekst(s.suggestie.meter)) +
                Cell(voldaan.empty() ? std::string("–") : voldaan));
  }
  body += "<h2 class=\"utrecht-heading-2\" id=\"suggesties-kop\">Suggesties</h2>\n";
  if (rows.empty()) {
    body += fmt::format(
        "<p class=\"utrecht-paragraph\">Geen van de {} scholen binnen bereik past. Het "
        "samenwerkingsverband moet zorgen voor een passende plek (dekkend aanbod).</p>\n",
        p.binnen_bereik);
  } else {
    body += Table("suggesties-tabel", "",
                  {{"Nr.", true}, "School", "Soort", {"Afstand", true}, "Biedt (plaatsen vrij)"},
                  rows, "suggesties-kop");
  }
  std::string weg;
  for (const auto& a : p.afgevallen) {
    std::string waarom;
    for (const auto& t : a.afgevallen.tekorten) {
      if (!waarom.empty()) waarom += "; ";
      waarom += Escape(domain::TekortTekst(t, taxonomie));
    }
    weg += Row(Cell(SchoolLink(a.school)) + Cell(Escape(SoortTekst(a.school))) +
               NumericCell(KmTekst(a.afgevallen.meter)) + Cell(waarom));
  }
  if (!weg.empty()) {
    body +=
        "<h2 class=\"utrecht-heading-2\" id=\"afgevallen-kop\">Dichterbij, maar niet "
        "passend</h2>\n";
    body += Table("afgevallen-tabel", "", {"School", "Soort", {"Afstand", true}, "Waarom niet"},
                  weg, "afgevallen-kop");
  }
  WriteHtml(res,
            PageOptions{"Passende scholen",
                        {{"/leerlingen", "Leerlingen"},
                         {"/leerlingen/" + std::to_string(p.leerling.value), p.leerling_naam}},
                        &ctx},
            body);
}

}  // namespace

std::string OndersteuningsprofielSectie(const Services& services,
                                        const domain::Vestigingscode& school,
                                        std::optional<int> versie) {
  const auto& taxonomie = services.ondersteuning.Taxonomie();
  auto inzicht = services.ondersteuning.Profiel(school, versie);
  std::string html =
      "<h2 class=\"utrecht-heading-2\" id=\"ondersteuningsprofiel\">Ondersteuningsprofiel</h2>\n";
  if (!inzicht) {
    return html + "<p class=\"utrecht-paragraph\">" + Escape(inzicht.error().message) + "</p>\n";
  }
  if (!inzicht->profiel) {
    return html +
           "<p class=\"utrecht-paragraph\">Deze school heeft nog geen ondersteuningsprofiel "
           "vastgelegd. Elke school biedt basisondersteuning.</p>\n";
  }
  const auto& p = *inzicht->profiel;
  html += fmt::format(
      "<dl class=\"passend-facts\"><dt>Versie</dt><dd>{}{}</dd><dt>Vastgesteld op</dt><dd>{}</dd>"
      "<dt>Advies medezeggenschapsraad</dt><dd>{}</dd><dt>Taxonomie</dt><dd>versie {}</dd></dl>\n",
      p.versie,
      inzicht->versies.empty() || inzicht->versies.front().versie == p.versie
          ? std::string(" (huidig)")
          : std::string(" (eerdere versie)"),
      domain::FormatDutchDate(p.vastgesteld_op),
      p.mr_advies_op ? domain::FormatDutchDate(*p.mr_advies_op) : std::string("niet vastgelegd"),
      Escape(p.taxonomie_versie));
  if (!p.toelichting.empty()) {
    html += "<p class=\"utrecht-paragraph\">" + Escape(p.toelichting) + "</p>\n";
  }
  std::string rows;
  for (const auto& r : p.regels) {
    rows += Row(Cell(Escape(BehoefteNaam(taxonomie, r.behoefte))) +
                Cell(std::string(domain::NiveauNaam(r.niveau))) +
                NumericCell(r.plaatsen ? std::to_string(*r.plaatsen) : std::string("–")) +
                Cell(Escape(r.omschrijving)) + Cell(Escape(r.onderbouwing)));
  }
  if (!rows.empty()) {
    html += Table("profiel-tabel", "Ondersteuning per behoefte",
                  {"Ondersteuningsbehoefte",
                   "Niveau",
                   {"Plaatsen", true},
                   "Wat de school doet",
                   "Onderbouwing"},
                  rows);
  }
  html +=
      "<p class=\"utrecht-paragraph\">Behoeften die hier niet staan biedt de school op niveau "
      "basis.</p>\n";
  if (inzicht->versies.size() > 1) {
    std::string lijst;
    for (const auto& v : inzicht->versies) {
      lijst += fmt::format(
          "<li><a class=\"utrecht-link\" href=\"/scholen/{}?versie={}#ondersteuningsprofiel\">"
          "Versie {}</a> van {}</li>",
          Escape(school.str()), v.versie, v.versie, domain::FormatDutchDate(v.vastgesteld_op));
    }
    html +=
        "<h3 class=\"utrecht-heading-3\">Eerdere versies</h3><ul "
        "class=\"utrecht-unordered-list\">" +
        lijst + "</ul>\n";
  }
  return html;
}

void AddOndersteuningPages(Router& router, const Services& services) {
  router.Add(Route{"GET",
                   "/scholen",
                   app::Permission::kPubliek,
                   "Scholenzoeker: scholen op ondersteuning en afstand",
                   {{"behoefte", "Ondersteuningsbehoefte (herhaalbaar)"},
                    {"niveau", "Minimaal niveau: extra of specialistisch"},
                    {"nabij", "Postcode"},
                    {"max", "Grootste afstand in km, of alle"},
                    {"page", "Paginanummer", "integer"}},
                   "",
                   Pagina(services, ZoekerPage)});
  router.Add(Route{"GET",
                   kProfielPad,
                   app::Permission::kProfielBeheren,
                   "Formulier voor het ondersteuningsprofiel van de eigen vestiging",
                   {},
                   "",
                   Pagina(services, ProfielPage)});
  router.Add(Route{"POST",
                   kProfielPad,
                   app::Permission::kProfielBeheren,
                   "Een nieuwe versie van het ondersteuningsprofiel opslaan",
                   {},
                   "",
                   Pagina(services, ProfielPost)});
  router.Add(Route{"GET",
                   "/leerlingen/{id}/passende-scholen",
                   app::Permission::kPassendeScholenLezen,
                   "Passende scholen voor een leerling, met de redenen",
                   {{"ondersteuning", "Andere behoeften, zoals gedrag:extra"}},
                   "",
                   Pagina(services, SuggestiesPage)});
}

}  // namespace passend::web
