// Pages of the basisondersteuning (issue 5 item 3; docs/basisondersteuning.md): the school's
// own account `/mijn-school/basisondersteuning` (one fieldset per element of the norm in
// force, with the norm's description), the SWV's `/basisondersteuning` (the overview per
// element and per school with a chart, and the form for a new version of its own norm), and
// the section of the public school page. The same use cases as the API; no JavaScript.
#include <fmt/format.h>

#include <set>

#include "web/form_fields.h"
#include "web/html.h"
#include "web/params.h"
#include "web/problem.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/svg_chart.h"
#include "web/table.h"

namespace passend::web {

namespace {

constexpr char kSchoolPad[] = "/mijn-school/basisondersteuning";
constexpr char kSwvPad[] = "/basisondersteuning";
constexpr char kNormPad[] = "/basisondersteuning/norm";
// Empty rows the norm form offers for new elements.
constexpr size_t kLegeRegels = 3;

std::string VeldNaam(const std::string& soort, const std::string& sleutel) {
  return soort + "-" + sleutel;
}

// `elementen[3].hoe` → {3, "hoe"}; none for another field.
std::optional<std::pair<size_t, std::string>> ElementVeld(const std::string& veld) {
  if (veld.rfind("elementen[", 0) != 0) return std::nullopt;
  const size_t sluit = veld.find(']');
  if (sluit == std::string::npos || sluit + 2 > veld.size()) return std::nullopt;
  try {
    return std::pair{std::stoul(veld.substr(10, sluit - 10)), veld.substr(sluit + 2)};
  } catch (...) {
    return std::nullopt;
  }
}

std::string NormBeschrijving(const domain::Basisondersteuningsnorm& norm, bool landelijk) {
  return fmt::format("{} ({}; geldt vanaf {})", Escape(norm.titel),
                     landelijk
                         ? std::string("landelijke standaard, versie ") + Escape(norm.label)
                         : fmt::format("eigen versie {} van het samenwerkingsverband", norm.versie),
                     domain::FormatDutchDate(norm.geldig_vanaf));
}

void FoutPagina(httplib::Response& res, const RequestContext& ctx, const std::string& titel,
                int status, const std::string& melding) {
  res.status = status;
  WriteHtml(res, PageOptions{titel, {{"/", "Home"}}, &ctx},
            "<h1 class=\"utrecht-heading-1\">" + Escape(titel) +
                "</h1>\n<p class=\"utrecht-paragraph\">" + Escape(melding) + "</p>\n");
}

std::vector<Keuze> OordeelKeuzes() {
  std::vector<Keuze> keuzes;
  for (auto o : domain::kAlleOordelen) {
    keuzes.push_back({std::string(domain::OordeelCode(o)), std::string(domain::OordeelNaam(o))});
  }
  return keuzes;
}

// --- The school's own account ----------------------------------------------------------

void InvullingForm(const Services& services, httplib::Response& res, const RequestContext& ctx,
                   const Formulierwaarden& w, const VeldFout& fout, int status) {
  const std::string titel = "Basisondersteuning";
  auto code = domain::Vestigingscode::Parse(ctx.principal->organisatie);
  if (!code) {
    FoutPagina(res, ctx, titel, 403, "Dit account hoort bij geen schoolvestiging.");
    return;
  }
  auto inzicht = services.basisondersteuning->Invulling(*code, std::nullopt);
  if (!inzicht) {
    FoutPagina(res, ctx, titel, StatusFor(inzicht.error().code), inzicht.error().message);
    return;
  }
  const auto& norm = inzicht->norm;
  const auto& inv = inzicht->invulling;
  const bool opnieuw = !w.empty();
  auto waarde = [&](const std::string& naam, const std::string& huidig) {
    return opnieuw ? Waarde(w, naam) : huidig;
  };
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">Basisondersteuning van {}</h1>\n"
      "<p class=\"utrecht-paragraph\">Beschrijf per element van de norm hoe uw school eraan "
      "voldoet, in uw eigen woorden: dit is geen afvinklijst. Geef zo nodig aan waar het bewijs "
      "te vinden is, en uw eigen oordeel. Voldoet de school (nog) niet helemaal, licht dan toe "
      "wat ontbreekt en wat u eraan doet. Elke keer dat u opslaat ontstaat een nieuwe versie; "
      "de beschrijving is openbaar op <a class=\"utrecht-link\" "
      "href=\"/scholen/{}#basisondersteuning\">de pagina van uw school</a>.</p>\n"
      "<p class=\"utrecht-paragraph\">Norm: {}.</p>\n",
      Escape(inzicht->school.school.naam), Escape(code->str()),
      NormBeschrijving(norm, norm.swv.empty()));
  if (inv) {
    body += fmt::format(
        "<p class=\"utrecht-paragraph\">Huidige versie: {}, vastgesteld op {}.{}</p>\n",
        inv->versie, domain::FormatDutchDate(inv->vastgesteld_op),
        inzicht->oudere_norm ? std::string(" Deze versie beantwoordt een eerdere norm; beschrijf "
                                           "de elementen van de norm die nu geldt.")
                             : std::string());
  }
  std::string velden;
  for (const auto& aspect : norm.aspecten) {
    std::string binnen;
    for (const auto& e : norm.elementen) {
      if (e.aspect != aspect.code) continue;
      const domain::ElementInvulling* huidig = inv ? inv->Vind(e.code) : nullptr;
      const std::string hoe = VeldNaam("hoe", e.code);
      const std::string bewijs = VeldNaam("bewijs", e.code);
      const std::string oordeel = VeldNaam("oordeel", e.code);
      const std::string toelichting = VeldNaam("toelichting", e.code);
      binnen += fmt::format(
          "<fieldset class=\"utrecht-form-fieldset passend-fieldset\" id=\"element-{}\"><legend "
          "class=\"utrecht-form-fieldset__legend\">{}</legend>"
          "<p class=\"utrecht-paragraph\" id=\"norm-{}\">{}</p>{}{}{}{}</fieldset>\n",
          Escape(e.code), Escape(e.titel), Escape(e.code), Escape(e.omschrijving),
          Tekstvak({"b-" + hoe, hoe, "Hoe voldoet de school hieraan?",
                    "Verplicht. Beschrijf wat de school concreet doet.", FoutVoor(fout, hoe)},
                   waarde(hoe, huidig ? huidig->hoe : "")),
          Tekstvak({"b-" + bewijs, bewijs, "Bewijs (niet verplicht)",
                    "Bijvoorbeeld een protocol, het inspectierapport of resultaten.",
                    FoutVoor(fout, bewijs)},
                   waarde(bewijs, huidig ? huidig->bewijs : "")),
          Keuzelijst({"b-" + oordeel, oordeel, "Eigen oordeel", "", FoutVoor(fout, oordeel)},
                     OordeelKeuzes(),
                     waarde(oordeel, std::string(domain::OordeelCode(
                                         huidig ? huidig->oordeel : domain::Oordeel::kVoldoet)))),
          Tekstvak({"b-" + toelichting, toelichting, "Toelichting",
                    "Verplicht als de school deels of nog niet voldoet: wat ontbreekt en wat "
                    "doet de school eraan?",
                    FoutVoor(fout, toelichting)},
                   waarde(toelichting, huidig ? huidig->toelichting : "")));
    }
    if (binnen.empty()) continue;
    velden += fmt::format(
        "<h2 class=\"utrecht-heading-2\">{}</h2>\n<p class=\"utrecht-paragraph\">{}</p>\n{}",
        Escape(aspect.naam), Escape(aspect.omschrijving), binnen);
  }
  const bool veld_bekend = fout.veld == "toelichting" || fout.veld.find('-') != std::string::npos;
  body += fmt::format(
      "<form method=\"post\" action=\"{}\" novalidate class=\"passend-form\">{}{}{}{}{}</form>\n",
      kSchoolPad, CsrfField(ctx.csrf),
      fout.melding.empty() || veld_bekend ? std::string()
                                          : FormulierMelding("invulling-melding", fout.melding),
      Tekstvak({"b-toelichting", "toelichting", "Algemene toelichting (niet verplicht)", "",
                FoutVoor(fout, "toelichting")},
               waarde("toelichting", inv ? inv->toelichting : "")),
      velden, Knop("Nieuwe versie opslaan"));
  res.status = status;
  WriteHtml(res, PageOptions{titel, {{"/", "Home"}}, &ctx}, body);
}

void InvullingPage(const Services& services, const httplib::Request&, httplib::Response& res,
                   const RequestContext& ctx) {
  InvullingForm(services, res, ctx, {}, {}, 200);
}

void InvullingPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                   const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto code = domain::Vestigingscode::Parse(ctx.principal->organisatie);
  if (!code) {
    FoutPagina(res, ctx, "Basisondersteuning", 403, "Dit account hoort bij geen schoolvestiging.");
    return;
  }
  // The elements of the norm in force, in its order: index i of the use case's error is
  // element i here.
  auto inzicht = services.basisondersteuning->Invulling(*code, std::nullopt);
  if (!Check(req, res, inzicht, ctx)) return;
  std::vector<std::string> codes;
  auto maak = [&]() -> domain::Result<app::NieuweInvulling> {
    app::NieuweInvulling nieuw;
    nieuw.toelichting = Ingevuld(w, "toelichting");
    for (const auto& e : inzicht->norm.elementen) {
      domain::ElementInvulling ei;
      ei.element = e.code;
      ei.hoe = Ingevuld(w, VeldNaam("hoe", e.code));
      ei.bewijs = Ingevuld(w, VeldNaam("bewijs", e.code));
      const std::string oordeel = Ingevuld(w, VeldNaam("oordeel", e.code));
      PASSEND_ASSIGN_OR_RETURN(
          ei.oordeel,
          domain::ParseOordeel(oordeel.empty() ? "voldoet" : oordeel, VeldNaam("oordeel", e.code)));
      ei.toelichting = Ingevuld(w, VeldNaam("toelichting", e.code));
      codes.push_back(e.code);
      nieuw.elementen.push_back(std::move(ei));
    }
    return nieuw;
  };
  auto nieuw = maak();
  domain::Result<app::InvullingInzicht> result =
      nieuw ? services.basisondersteuning->LegVast(*ctx.principal, ctx.client, *code,
                                                   std::move(*nieuw))
            : domain::Result<app::InvullingInzicht>(std::unexpected(nieuw.error()));
  if (result) {
    SeeOther(res, "/scholen/" + code->str() + "#basisondersteuning");
    return;
  }
  domain::Error error = result.error();
  // `elementen[2].hoe` → `hoe-vroegsignalering`, the field on this form.
  if (auto veld = ElementVeld(error.field); veld && veld->first < codes.size()) {
    error.field = VeldNaam(veld->second, codes[veld->first]);
  }
  if (IsFormulierFout(error) && error.code != domain::ErrorCode::kNotFound) {
    InvullingForm(services, res, ctx, w, FoutVan(error), StatusFor(error.code));
    return;
  }
  WriteProblem(req, res, error, false, &ctx);
}

// --- The SWV's overview and norm form ------------------------------------------------------

std::string NormForm(const app::BasisoverzichtInzicht& o, const RequestContext& ctx,
                     const Formulierwaarden& w, const VeldFout& fout) {
  const auto& norm = o.norm;
  const bool opnieuw = !w.empty();
  auto waarde = [&](const std::string& naam, const std::string& huidig) {
    return opnieuw ? Waarde(w, naam) : huidig;
  };
  std::vector<Keuze> aspecten;
  for (const auto& a : norm.aspecten) aspecten.push_back({a.code, a.naam});
  std::string regels;
  const size_t n = norm.elementen.size() + kLegeRegels;
  for (size_t i = 0; i < n; ++i) {
    const domain::NormElement* e = i < norm.elementen.size() ? &norm.elementen[i] : nullptr;
    const std::string k = std::to_string(i);
    const std::string code = VeldNaam("code", k);
    const std::string aspect = VeldNaam("aspect", k);
    const std::string titel = VeldNaam("titel", k);
    const std::string omschrijving = VeldNaam("omschrijving", k);
    const std::string weg = VeldNaam("weg", k);
    regels += fmt::format(
        "<fieldset class=\"utrecht-form-fieldset passend-fieldset\"><legend "
        "class=\"utrecht-form-fieldset__legend\">{}</legend>{}{}{}{}{}</fieldset>\n",
        e ? "Element: " + Escape(e->titel)
          : fmt::format("Nieuw element {}", i + 1 - norm.elementen.size()),
        Tekstveld({"n-" + code, code, "Code", "Kleine letters, cijfers en streepjes.",
                   FoutVoor(fout, code)},
                  waarde(code, e ? e->code : "")),
        Keuzelijst({"n-" + aspect, aspect, "Aspect", "", FoutVoor(fout, aspect)}, aspecten,
                   waarde(aspect, e ? e->aspect : norm.aspecten.front().code)),
        Tekstveld({"n-" + titel, titel, "Titel", "", FoutVoor(fout, titel)},
                  waarde(titel, e ? e->titel : "")),
        Tekstvak({"n-" + omschrijving, omschrijving, "Wat wordt van elke school verwacht?",
                  "Een beschrijving, geen vinkje.", FoutVoor(fout, omschrijving)},
                 waarde(omschrijving, e ? e->omschrijving : "")),
        e ? Vinkje({"n-" + weg, weg, "Dit element weglaten in de nieuwe versie", "", ""},
                   opnieuw && Waarde(w, weg) == "ja")
          : std::string());
  }
  const bool veld_bekend = fout.veld == "titel" || fout.veld == "label" ||
                           fout.veld == "geldigVanaf" || fout.veld == "toelichting" ||
                           fout.veld.find('-') != std::string::npos;
  return fmt::format(
      "<h2 class=\"utrecht-heading-2\" id=\"norm-form\">Nieuwe versie van de eigen norm</h2>\n"
      "<p class=\"utrecht-paragraph\">Het ondersteuningsplan van het samenwerkingsverband legt "
      "vast wat de basisondersteuning in de regio is. Hier stelt u een nieuwe versie vast; "
      "eerdere versies blijven bewaard en scholen beschrijven daarna de elementen van de versie "
      "die geldt. Lege nieuwe elementen worden overgeslagen.</p>\n"
      "<form method=\"post\" action=\"{}\" novalidate class=\"passend-form\">{}{}{}{}{}{}{}{}"
      "</form>\n",
      kNormPad, CsrfField(ctx.csrf),
      fout.melding.empty() || veld_bekend ? std::string()
                                          : FormulierMelding("norm-melding", fout.melding),
      Tekstveld({"n-titel", "titel", "Titel", "Bijvoorbeeld: Basisondersteuning 2026-2030.",
                 FoutVoor(fout, "titel")},
                waarde("titel", norm.swv.empty() ? std::string() : norm.titel)),
      Tekstveld({"n-label", "label", "Versielabel (niet verplicht)",
                 "Bijvoorbeeld het ondersteuningsplan waar deze versie bij hoort.",
                 FoutVoor(fout, "label")},
                waarde("label", norm.swv.empty() ? std::string() : norm.label)),
      Tekstveld(
          {"n-geldig", "geldigVanaf", "Geldt vanaf", "JJJJ-MM-DD.", FoutVoor(fout, "geldigVanaf")},
          waarde("geldigVanaf", ""), "date"),
      Tekstvak({"n-toelichting", "toelichting", "Toelichting (niet verplicht)", "",
                FoutVoor(fout, "toelichting")},
               waarde("toelichting", norm.toelichting)),
      regels, Knop("Norm vaststellen"));
}

void OverzichtPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                   const RequestContext& ctx, const Formulierwaarden& w, const VeldFout& fout,
                   int status) {
  auto o = services.basisondersteuning->Overzicht(*ctx.principal, ctx.principal->organisatie);
  if (!Check(req, res, o, ctx)) return;
  const auto& norm = o->norm;
  const auto& ov = o->overzicht;
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">Basisondersteuning in {}</h1>\n"
      "<p class=\"utrecht-paragraph\">Geldende norm: {}. Per school ziet u waar zij volgens haar "
      "eigen beschrijving aan de norm voldoet en waar (nog) niet. Het oordeel is dat van de "
      "school; de beschrijvingen zijn openbaar op de pagina's van de scholen.</p>\n",
      Escape(o->swv_naam), NormBeschrijving(norm, o->landelijk));
  body += fmt::format(
      "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" "
      "href=\"/api/v1/samenwerkingsverbanden/{}/basisondersteuning/overzicht/export\">Overzicht "
      "downloaden (CSV)</a></p>\n",
      Escape(o->swv));

  // Per element: the counts, and the chart of the same numbers.
  std::string rows;
  Grafiek g{"basis-grafiek",
            "Stand per element",
            fmt::format("Per element van de norm het aantal scholen dat voldoet, deels voldoet, "
                        "nog niet voldoet of het element niet beschreef ({} scholen). Dezelfde "
                        "cijfers staan in de tabel Stand per element.",
                        ov.scholen.size()),
            {},
            {}};
  for (auto stand : domain::kAlleStanden) {
    g.reeksen.push_back({std::string(domain::StandNaam(stand)), {}});
  }
  for (size_t i = 0; i < norm.elementen.size(); ++i) {
    const auto& e = norm.elementen[i];
    const auto& t = ov.per_element[i];
    const auto* aspect = norm.VindAspect(e.aspect);
    rows += Row(Cell(Escape(e.titel)) + Cell(Escape(aspect ? aspect->naam : e.aspect)) +
                NumericCell(std::to_string(t.voldoet)) + NumericCell(std::to_string(t.deels)) +
                NumericCell(std::to_string(t.nog_niet)) +
                NumericCell(std::to_string(t.niet_beschreven)));
    g.labels.push_back(e.titel);
    for (size_t s = 0; s < std::size(domain::kAlleStanden); ++s) {
      g.reeksen[s].waarden.push_back(t.Aantal(domain::kAlleStanden[s]));
    }
  }
  body += "<h2 class=\"utrecht-heading-2\" id=\"per-element\">Stand per element</h2>\n";
  body += StaafGrafiek(g);
  body += Table("element-tabel", "",
                {"Element",
                 "Aspect",
                 {"Voldoet", true},
                 {"Deels", true},
                 {"Nog niet", true},
                 {"Niet beschreven", true}},
                rows, "per-element");

  // Per school: the counts and where it falls short.
  rows.clear();
  for (const auto& s : ov.scholen) {
    std::string tekort;
    for (size_t i = 0; i < s.standen.size(); ++i) {
      if (s.standen[i] != domain::ElementStand::kDeels &&
          s.standen[i] != domain::ElementStand::kNogNiet) {
        continue;
      }
      if (!tekort.empty()) tekort += "; ";
      tekort += Escape(norm.elementen[i].titel) + " (" +
                std::string(s.standen[i] == domain::ElementStand::kDeels ? "deels" : "nog niet") +
                ")";
    }
    std::string stand = s.versie ? fmt::format("Versie {} van {}", *s.versie,
                                               domain::FormatDutchDate(*s.vastgesteld_op))
                                 : std::string("Nog niet beschreven");
    if (s.oudere_norm) stand += " (eerdere norm)";
    rows += Row(Cell(fmt::format("<a class=\"utrecht-link\" "
                                 "href=\"/scholen/{}#basisondersteuning\">{}</a>",
                                 Escape(s.school), Escape(s.naam))) +
                Cell(stand) + NumericCell(std::to_string(s.telling.voldoet)) +
                NumericCell(std::to_string(s.telling.deels)) +
                NumericCell(std::to_string(s.telling.nog_niet)) +
                NumericCell(std::to_string(s.telling.niet_beschreven)) +
                Cell(tekort.empty() ? std::string("–") : tekort));
  }
  body += fmt::format(
      "<h2 class=\"utrecht-heading-2\" id=\"per-school\">Stand per school</h2>\n"
      "<p class=\"utrecht-paragraph\">{} scholen; {} beschreven een eerdere versie van de "
      "norm. Totaal over alle scholen en elementen: {} voldoet, {} deels, {} nog niet, {} niet "
      "beschreven.</p>\n",
      ov.scholen.size(), ov.oudere_norm, ov.totaal.voldoet, ov.totaal.deels, ov.totaal.nog_niet,
      ov.totaal.niet_beschreven);
  if (!ov.scholen.empty()) {
    body += Table("school-tabel", "",
                  {"School",
                   "Beschrijving",
                   {"Voldoet", true},
                   {"Deels", true},
                   {"Nog niet", true},
                   {"Niet beschreven", true},
                   "Voldoet deels of nog niet aan"},
                  rows, "per-school");
  }
  body += NormForm(*o, ctx, w, fout);
  res.status = status;
  WriteHtml(res, PageOptions{"Basisondersteuning", {{"/", "Home"}}, &ctx}, body);
}

void SwvPage(const Services& services, const httplib::Request& req, httplib::Response& res,
             const RequestContext& ctx) {
  OverzichtPage(services, req, res, ctx, {}, {}, 200);
}

void NormPost(const Services& services, const httplib::Request& req, httplib::Response& res,
              const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto inzicht = services.basisondersteuning->Norm(ctx.principal->organisatie, std::nullopt);
  if (!Check(req, res, inzicht, ctx)) return;
  const auto& huidig = inzicht->norm;
  // Row k of the form → index in the new norm, to put an error of `elementen[j].x` beside it.
  std::vector<size_t> rij_van;
  auto maak = [&]() -> domain::Result<domain::Basisondersteuningsnorm> {
    domain::Basisondersteuningsnorm n;
    n.titel = Ingevuld(w, "titel");
    n.label = Ingevuld(w, "label");
    n.toelichting = Ingevuld(w, "toelichting");
    PASSEND_ASSIGN_OR_RETURN(auto datum, FormulierDatum(w, "geldigVanaf"));
    if (!datum) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "Geef de datum waarop deze versie ingaat (JJJJ-MM-DD).", "geldigVanaf");
    }
    n.geldig_vanaf = *datum;
    n.aspecten = huidig.aspecten;
    const size_t rijen = huidig.elementen.size() + kLegeRegels;
    for (size_t k = 0; k < rijen; ++k) {
      const std::string s = std::to_string(k);
      if (Ingevuld(w, VeldNaam("weg", s)) == "ja") continue;
      domain::NormElement e{Ingevuld(w, VeldNaam("code", s)), Ingevuld(w, VeldNaam("aspect", s)),
                            Ingevuld(w, VeldNaam("titel", s)),
                            Ingevuld(w, VeldNaam("omschrijving", s))};
      if (k >= huidig.elementen.size() && e.code.empty() && e.titel.empty() &&
          e.omschrijving.empty()) {
        continue;
      }
      rij_van.push_back(k);
      n.elementen.push_back(std::move(e));
    }
    return n;
  };
  auto nieuw = maak();
  domain::Result<app::NormInzicht> result =
      nieuw ? services.basisondersteuning->StelNormVast(
                  *ctx.principal, ctx.client, ctx.principal->organisatie, std::move(*nieuw))
            : domain::Result<app::NormInzicht>(std::unexpected(nieuw.error()));
  if (result) {
    SeeOther(res, std::string(kSwvPad) + "#norm-form");
    return;
  }
  domain::Error error = result.error();
  if (auto veld = ElementVeld(error.field); veld && veld->first < rij_van.size()) {
    error.field = VeldNaam(veld->second, std::to_string(rij_van[veld->first]));
  }
  if (IsFormulierFout(error) && error.code != domain::ErrorCode::kNotFound) {
    OverzichtPage(services, req, res, ctx, w, FoutVan(error), StatusFor(error.code));
    return;
  }
  WriteProblem(req, res, error, false, &ctx);
}

}  // namespace

std::string BasisondersteuningSectie(const Services& services,
                                     const domain::Vestigingscode& school) {
  if (!services.basisondersteuning) return "";
  auto inzicht = services.basisondersteuning->Invulling(school, std::nullopt);
  std::string html =
      "<h2 class=\"utrecht-heading-2\" id=\"basisondersteuning\">Basisondersteuning</h2>\n";
  if (!inzicht) {
    return html + "<p class=\"utrecht-paragraph\">" + Escape(inzicht.error().message) + "</p>\n";
  }
  if (!inzicht->invulling) {
    return html + fmt::format(
                      "<p class=\"utrecht-paragraph\">Deze school heeft nog niet beschreven hoe "
                      "zij de basisondersteuning biedt. Norm: {}.</p>\n",
                      NormBeschrijving(inzicht->norm, inzicht->norm.swv.empty()));
  }
  const auto& inv = *inzicht->invulling;
  html += fmt::format(
      "<p class=\"utrecht-paragraph\">Wat elke school minimaal biedt, en hoe deze school dat "
      "doet in haar eigen woorden (versie {}, vastgesteld op {}). Norm: {}.{}</p>\n",
      inv.versie, domain::FormatDutchDate(inv.vastgesteld_op),
      NormBeschrijving(inzicht->norm, inzicht->norm.swv.empty()),
      inzicht->oudere_norm ? std::string(" Deze beschrijving hoort bij een eerdere versie van de "
                                         "norm.")
                           : std::string());
  if (!inv.toelichting.empty()) {
    html += "<p class=\"utrecht-paragraph\">" + Escape(inv.toelichting) + "</p>\n";
  }
  std::string rows;
  for (const auto& e : inv.elementen) {
    const auto* ne = inzicht->norm.Vind(e.element);
    std::string oordeel(domain::OordeelNaam(e.oordeel));
    if (!e.toelichting.empty()) oordeel += ": " + Escape(e.toelichting);
    rows += Row(Cell(Escape(ne ? ne->titel : e.element)) + Cell(Escape(e.hoe)) +
                Cell(e.bewijs.empty() ? std::string("–") : Escape(e.bewijs)) + Cell(oordeel));
  }
  html += Table("basisondersteuning-tabel", "Basisondersteuning per element",
                {"Element", "Hoe de school dit doet", "Bewijs", "Oordeel van de school"}, rows);
  return html;
}

void AddBasisondersteuningPages(Router& router, const Services& services) {
  if (!services.basisondersteuning) return;
  router.Add(Route{"GET",
                   kSchoolPad,
                   app::Permission::kBasisondersteuningBeschrijven,
                   "Formulier: hoe de eigen vestiging elk element van de basisondersteuning biedt",
                   {},
                   "",
                   Pagina(services, InvullingPage)});
  router.Add(Route{"POST",
                   kSchoolPad,
                   app::Permission::kBasisondersteuningBeschrijven,
                   "Een nieuwe versie van de beschrijving van de basisondersteuning opslaan",
                   {},
                   "",
                   Pagina(services, InvullingPost)});
  router.Add(Route{"GET",
                   kSwvPad,
                   app::Permission::kBasisondersteuningBeheren,
                   "Overzicht van de basisondersteuning per school en per element, met het "
                   "formulier voor de eigen norm",
                   {},
                   "",
                   Pagina(services, SwvPage)});
  router.Add(Route{"POST",
                   kNormPad,
                   app::Permission::kBasisondersteuningBeheren,
                   "Een nieuwe versie van de eigen norm voor de basisondersteuning vaststellen",
                   {},
                   "",
                   Pagina(services, NormPost)});
}

}  // namespace passend::web
