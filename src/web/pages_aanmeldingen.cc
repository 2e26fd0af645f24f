// Pages for registrations (aanmeldingen): the list with the decision term, the registration
// form, and one registration with its extension, decision and timeline; a parent reads the
// same page in plain words, with what they may expect from the school.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "app/policy.h"
#include "domain/rol.h"
#include "web/aanmelding_form.h"
#include "web/aanmelding_html.h"
#include "web/geschil_html.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"

namespace passend::web {

namespace {

using domain::AanmeldingStatusSoort;

constexpr int kPaginagrootte = 50;

// The order in which the counts are shown: what needs action first.
constexpr AanmeldingStatusSoort kTelVolgorde[] = {
    AanmeldingStatusSoort::kVerlopen, AanmeldingStatusSoort::kBijnaVerlopen,
    AanmeldingStatusSoort::kOpen, AanmeldingStatusSoort::kMondeling,
    AanmeldingStatusSoort::kBesloten};

bool IsOuder(const RequestContext& ctx) { return ctx.principal->rol == domain::Rol::kOuder; }

// Whether to offer the forms that change registrations (the use case's rule); the use case
// decides again on every change, this only keeps the pages from offering what it refuses.
bool MagBeheren(const Services& services, const RequestContext& ctx,
                const domain::Aanmelding* aanmelding = nullptr) {
  return services.aanmeldingen.MagBeheren(*ctx.principal, aanmelding).value_or(false);
}

// A notice after a change that succeeded (post/redirect/get).
std::string Opgeslagen(const std::string& wat) {
  std::string tekst;
  if (wat == "aanmelding") tekst = "De aanmelding is vastgelegd.";
  if (wat == "verlenging") tekst = "De verlenging is vastgelegd.";
  if (wat == "besluit") tekst = "Het besluit is vastgelegd.";
  if (tekst.empty()) return "";
  return "<p class=\"utrecht-paragraph passend-notice\" role=\"status\">" + tekst + "</p>\n";
}

// ---------------------------------------------------------------------------------------
// The list

void LijstPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  auto status = OptionalParam<AanmeldingStatusSoort>(req, "status", domain::ParseAanmeldingStatus);
  if (!Check(req, res, status, ctx)) return;
  auto page = PageParams(req, kPaginagrootte);
  if (!Check(req, res, page, ctx)) return;
  app::AanmeldingFilter filter;
  filter.status = *status;
  auto result = services.aanmeldingen.Lijst(*ctx.principal, ctx.client, filter, *page);
  if (!Check(req, res, result, ctx)) return;

  // One counting query; counts carry no student data, so nothing is audited.
  auto aantallen = services.aanmeldingen.Tellingen(*ctx.principal);
  if (!Check(req, res, aantallen, ctx)) return;
  std::string tellingen;
  for (AanmeldingStatusSoort soort : kTelVolgorde) {
    const auto* positie = std::find(std::begin(domain::kAlleAanmeldingStatussen),
                                    std::end(domain::kAlleAanmeldingStatussen), soort);
    const int64_t aantal =
        (*aantallen)[static_cast<size_t>(positie - std::begin(domain::kAlleAanmeldingStatussen))];
    std::string naam(domain::AanmeldingStatusNaam(soort));
    naam[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(naam[0])));
    tellingen +=
        fmt::format("{}<a class=\"utrecht-link\" href=\"/aanmeldingen?status={}\">{} {}</a>",
                    tellingen.empty() ? "" : ", ", domain::AanmeldingStatusCode(soort),
                    FormatCount(aantal), naam);
  }

  const int signaal = services.aanmeldingen.Termijnen().signaal_dagen;
  std::string body = "<h1 class=\"utrecht-heading-1\">Aanmeldingen</h1>\n";
  if (MagBeheren(services, ctx)) {
    body +=
        "<p class=\"utrecht-paragraph\"><a class=\"utrecht-button-link utrecht-button-link--html-a "
        "utrecht-button-link--primary-action\" href=\"/aanmeldingen/nieuw\">Nieuwe aanmelding</a>"
        "</p>\n";
  }
  body += fmt::format(
      "<p class=\"utrecht-paragraph passend-tellingen\">Aantallen: {}.</p>\n"
      "<p class=\"utrecht-paragraph\">Bijna verlopen: nog {} of minder om te beslissen. "
      "Verlopen: de beslistermijn is voorbij zonder besluit; de leerling heeft dan recht op een "
      "(tijdelijke) plek op de school (voorlopige plaatsing).</p>\n",
      tellingen, Dagen(signaal));

  std::string opties = "<option value=\"\">Alle statussen</option>";
  for (AanmeldingStatusSoort soort : domain::kAlleAanmeldingStatussen) {
    opties +=
        fmt::format("<option value=\"{}\"{}>{}</option>", domain::AanmeldingStatusCode(soort),
                    filter.status == soort ? " selected" : "", domain::AanmeldingStatusNaam(soort));
  }
  body += fmt::format(
      "<form class=\"passend-filter\" method=\"get\" action=\"/aanmeldingen\">"
      "<div class=\"utrecht-form-field\"><label class=\"utrecht-form-label\" for=\"status\">"
      "Status</label> <select class=\"utrecht-select utrecht-select--html-select\" id=\"status\" "
      "name=\"status\">{}</select></div> <button class=\"utrecht-button "
      "utrecht-button--secondary-action\" type=\"submit\">Filteren</button></form>\n",
      opties);

  std::string rows;
  for (const auto& inzicht : result->items) {
    const auto& a = inzicht.overzicht.aanmelding;
    const auto& s = inzicht.status;
    std::string status_html = StatusBadge(s.soort);
    if (s.recht_op_voorlopige_plaatsing) {
      status_html +=
          " <span class=\"passend-rij__uitleg\">Recht op een (tijdelijke) plek: voorlopige "
          "plaatsing</span>";
    }
    rows += fmt::format("<tr class=\"utrecht-table__row passend-rij--{}\">",
                        domain::AanmeldingStatusCode(s.soort)) +
            Cell(fmt::format("<a class=\"utrecht-link\" href=\"/aanmeldingen/{}\">{}</a>", a.id,
                             Escape(inzicht.overzicht.leerling_naam))) +
            Cell(Escape(inzicht.overzicht.school_naam)) +
            Cell(Escape(domain::FormatDutchDate(a.aanmelddatum))) + Cell(status_html) +
            Cell(Escape(DatumOfStreep(s.uiterste_beslisdatum))) + Cell(Escape(DagenOver(s))) +
            "</tr>\n";
  }
  if (rows.empty()) {
    body += "<p class=\"utrecht-paragraph\">Geen aanmeldingen gevonden.</p>\n";
  } else {
    body +=
        Table("aanmeldingen-tabel",
              FormatCount(result->total) + (result->total == 1 ? " aanmelding" : " aanmeldingen"),
              {"Leerling", "School", "Aanmelddatum", "Status", "Uiterste beslisdatum",
               "Dagen om te beslissen"},
              rows);
  }
  const std::string base =
      "/aanmeldingen?" +
      (filter.status ? fmt::format("status={}&", domain::AanmeldingStatusCode(*filter.status))
                     : std::string());
  body += Pager(base, page->page, result->LastPage());
  WriteHtml(res, PageOptions{"Aanmeldingen", {}, &ctx}, body);
}

// ---------------------------------------------------------------------------------------
// The registration form

domain::Result<SchoolKeuze> ScholenVoor(const Services& services, const app::Principal& p) {
  SchoolKeuze keuze;
  if (p.rol == domain::Rol::kSchool) {
    PASSEND_ASSIGN_OR_RETURN(auto code, domain::Vestigingscode::Parse(p.organisatie));
    PASSEND_ASSIGN_OR_RETURN(auto school, services.publiek.School(code));
    keuze.scholen.push_back(
        {school.school.code.str(), fmt::format("{} ({})", school.school.naam, code.str())});
    keuze.vast = true;
  } else if (p.rol == domain::Rol::kSwv) {
    PASSEND_ASSIGN_OR_RETURN(auto swv, domain::SwvCode::Parse(p.organisatie));
    app::SchoolFilter filter;
    filter.swv = swv;
    PASSEND_ASSIGN_OR_RETURN(auto scholen,
                             services.publiek.Scholen(filter, {1, app::kMaxPageSize}));
    for (const auto& s : scholen.items) {
      keuze.scholen.push_back(
          {s.school.code.str(), fmt::format("{} ({})", s.school.naam, s.school.code.str())});
    }
  }
  return keuze;
}

void RenderFormulier(const Services& services, const httplib::Request& req, httplib::Response& res,
                     const RequestContext& ctx, AanmeldingFormulier formulier,
                     const VeldFout& fout) {
  auto scholen = ScholenVoor(services, *ctx.principal);
  if (!Check(req, res, scholen, ctx)) return;
  if (scholen->vast) formulier.school = scholen->scholen.front().waarde;
  std::string body =
      "<h1 class=\"utrecht-heading-1\">Nieuwe aanmelding</h1>\n<p class=\"utrecht-paragraph\">"
      "Leg elke aanmelding vast, ook een mondelinge. Een schriftelijke aanmelding start de "
      "beslistermijn van de school.</p>\n" +
      AanmeldingFormulierHtml(formulier, *scholen, fout, ctx.csrf);
  WriteHtml(res, PageOptions{"Nieuwe aanmelding", {{"/aanmeldingen", "Aanmeldingen"}}, &ctx}, body);
}

void NieuwPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  if (!MagBeheren(services, ctx)) {
    WriteHtml(res, PageOptions{"Nieuwe aanmelding", {{"/aanmeldingen", "Aanmeldingen"}}, &ctx},
              "<h1 class=\"utrecht-heading-1\">Nieuwe aanmelding</h1>\n<p "
              "class=\"utrecht-paragraph\">Uw samenwerkingsverband heeft geen centraal "
              "aanmeldpunt: ouders melden hun kind aan bij de school, en de school legt de "
              "aanmelding vast.</p>\n");
    return;
  }
  AanmeldingFormulier formulier;
  formulier.aanmelddatum = domain::FormatIsoDate(services.aanmeldingen.Vandaag());
  RenderFormulier(services, req, res, ctx, std::move(formulier), {});
}

void RegistreerPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                    const RequestContext& ctx) {
  AanmeldingFormulier formulier = LeesAanmeldingFormulier(req);
  auto nieuw = NaarNieuweAanmelding(formulier);
  domain::Result<app::AanmeldingInzicht> inzicht = std::unexpected(domain::Error{});
  if (nieuw) inzicht = services.aanmeldingen.Registreer(*ctx.principal, ctx.client, *nieuw);
  const domain::Error* fout = !nieuw ? &nieuw.error() : (!inzicht ? &inzicht.error() : nullptr);
  if (fout == nullptr) {
    SeeOther(res, fmt::format("/aanmeldingen/{}?opgeslagen=aanmelding",
                              inzicht->overzicht.aanmelding.id));
    return;
  }
  if (!IsFormulierFout(*fout)) {
    WriteProblem(req, res, *fout, false, &ctx);
    return;
  }
  res.status = StatusFor(fout->code);
  RenderFormulier(services, req, res, ctx, std::move(formulier), FoutVan(*fout));
}

// ---------------------------------------------------------------------------------------
// One registration

// What a failed post shows again.
struct Toestand {
  VerlengingFormulier verlenging;
  VeldFout verlenging_fout;
  BesluitFormulier besluit;
  VeldFout besluit_fout;
  std::string opgeslagen;
};

std::string OuderHtml(const app::AanmeldingInzicht& inzicht,
                      const domain::ZorgplichtTermijnen& termijnen) {
  const auto& a = inzicht.overzicht.aanmelding;
  const auto& s = inzicht.status;
  std::string html = fmt::format(
      "<p class=\"utrecht-paragraph\">{} {}</p>\n<dl class=\"passend-facts\">"
      "<dt>School</dt><dd>{}</dd><dt>Aangemeld op</dt><dd>{} ({})</dd>",
      StatusBadge(s.soort), Escape(s.melding), Escape(inzicht.overzicht.school_naam),
      domain::FormatDutchDate(a.aanmelddatum), a.schriftelijk ? "schriftelijk" : "mondeling");
  if (a.besluit) {
    html += fmt::format("<dt>Besluit genomen op</dt><dd>{}</dd>",
                        domain::FormatDutchDate(a.besluit->datum));
  } else if (s.uiterste_beslisdatum) {
    html += fmt::format("<dt>De school beslist uiterlijk op</dt><dd>{}</dd>",
                        domain::FormatDutchDate(*s.uiterste_beslisdatum));
  }
  html += "</dl>\n";
  if (!a.schriftelijk && !a.besluit) {
    html +=
        "<p class=\"utrecht-paragraph\">Uw aanmelding is mondeling vastgelegd. De termijn van de "
        "school begint pas als u uw kind schriftelijk aanmeldt. Vraag de school hoe dat gaat."
        "</p>\n";
  }
  html += VerlengingTekst(a, true);
  if (a.besluit) {
    html += "<h2 class=\"utrecht-heading-2\" id=\"besluit\">Het besluit</h2>\n" +
            BesluitHtml(*a.besluit, true);
  }
  html += BehoeftenHtml(a);
  return html + UwRechten(termijnen);
}

std::string BeheerHtml(const Services& services, const RequestContext& ctx,
                       const app::AanmeldingInzicht& inzicht, Toestand toestand) {
  const auto& a = inzicht.overzicht.aanmelding;
  const auto& s = inzicht.status;
  const auto& termijnen = services.aanmeldingen.Termijnen();
  std::string html = fmt::format(
      "<p class=\"utrecht-paragraph\">{} {}</p>\n<dl class=\"passend-facts\">"
      "<dt>Leerling</dt><dd>{} (leerlingnummer {})</dd>"
      "<dt>School</dt><dd><a class=\"utrecht-link\" href=\"/scholen/{}\">{}</a> ({})</dd>"
      "<dt>Samenwerkingsverband</dt><dd>{}</dd><dt>Aanmelddatum</dt><dd>{}</dd>"
      "<dt>Soort aanmelding</dt><dd>{}</dd><dt>Uiterste beslisdatum</dt><dd>{}</dd>"
      "<dt>Dagen om te beslissen</dt><dd>{}</dd><dt>Gewenste startdatum</dt><dd>{}</dd>"
      "<dt>Eerste keuze</dt><dd>{}</dd><dt>Vooraanmelding</dt><dd>{}</dd>",
      StatusBadge(s.soort), Escape(s.melding), Escape(inzicht.overzicht.leerling_naam),
      a.leerling.value, Escape(a.school.str()), Escape(inzicht.overzicht.school_naam),
      Escape(a.school.str()), Escape(a.swv.empty() ? "–" : a.swv),
      domain::FormatDutchDate(a.aanmelddatum),
      a.schriftelijk ? "Schriftelijk" : "Mondeling (nog geen beslistermijn)",
      DatumOfStreep(s.uiterste_beslisdatum), DagenOver(s), DatumOfStreep(a.gewenste_startdatum),
      JaNee(a.eerste_keuze), JaNee(a.vooraanmelding));
  // With registrations at several schools, the first-choice school holds the zorgplicht.
  if (inzicht.zorgplicht_houder) {
    html += *inzicht.zorgplicht_houder == a.id
                ? "<dt>Zorgplicht</dt><dd>Bij deze school</dd>"
                : fmt::format(
                      "<dt>Zorgplicht</dt><dd>Bij de school van eerste keuze (aanmelding {})</dd>",
                      *inzicht.zorgplicht_houder);
  }
  if (inzicht.overzicht.in_geschil) {
    html += "<dt>Geschil</dt><dd>Er loopt een geschil over deze aanmelding</dd>";
  }
  html += "</dl>\n" + BehoeftenHtml(a);

  const bool beheren = MagBeheren(services, ctx, &a) && !a.besluit;
  html += "<h2 class=\"utrecht-heading-2\" id=\"verlenging\">Verlenging</h2>\n";
  html += a.verlenging_dagen > 0 ? VerlengingTekst(a, false)
                                 : "<p class=\"utrecht-paragraph\">De beslistermijn is niet "
                                   "verlengd.</p>\n";
  // The form is offered while an extension can still succeed, and shown again with its
  // message after one was refused.
  const bool kan_verlengen =
      a.schriftelijk && a.verlenging_dagen == 0 && s.soort != AanmeldingStatusSoort::kVerlopen;
  if ((beheren && kan_verlengen) || !toestand.verlenging_fout.melding.empty()) {
    html += "<h3 class=\"utrecht-heading-3\">Termijn verlengen</h3>\n" +
            VerlengingFormulierHtml(a.id, toestand.verlenging,
                                    std::max(1, termijnen.max_verlenging_dagen / 7),
                                    toestand.verlenging_fout, ctx.csrf);
  }

  html += "<h2 class=\"utrecht-heading-2\" id=\"besluit\">Besluit</h2>\n";
  html += a.besluit ? BesluitHtml(*a.besluit, false)
                    : "<p class=\"utrecht-paragraph\">Er is nog geen besluit.</p>\n";
  if (beheren || !toestand.besluit_fout.melding.empty()) {
    std::vector<Keuze> andere;
    if (auto swv = domain::SwvCode::Parse(a.swv); swv) {
      app::SchoolFilter filter;
      filter.swv = *swv;
      // Suggestions only: without them the code can still be typed.
      if (auto scholen = services.publiek.Scholen(filter, {1, app::kMaxPageSize}); scholen) {
        for (const auto& o : scholen->items) {
          if (o.school.code == a.school) continue;
          andere.push_back({o.school.code.str(), o.school.naam});
        }
      }
    }
    if (toestand.besluit.datum.empty()) {
      toestand.besluit.datum = domain::FormatIsoDate(services.aanmeldingen.Vandaag());
    }
    html += "<h3 class=\"utrecht-heading-3\">Besluit vastleggen</h3>\n" +
            BesluitFormulierHtml(a.id, toestand.besluit, andere, toestand.besluit_fout, ctx.csrf);
  }
  return html;
}

void RenderDetail(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx, int64_t id, Toestand toestand) {
  auto inzicht = services.aanmeldingen.Get(*ctx.principal, ctx.client, id);
  if (!Check(req, res, inzicht, ctx)) return;
  auto tijdlijn = services.aanmeldingen.Tijdlijn(*ctx.principal, ctx.client, id);
  if (!Check(req, res, tijdlijn, ctx)) return;
  const bool ouder = IsOuder(ctx);
  const std::string titel = "Aanmelding van " + inzicht->overzicht.leerling_naam;
  std::string body = "<h1 class=\"utrecht-heading-1\">" + Escape(titel) + "</h1>\n" +
                     Opgeslagen(toestand.opgeslagen);
  body += ouder ? OuderHtml(*inzicht, services.aanmeldingen.Termijnen())
                : BeheerHtml(services, ctx, *inzicht, std::move(toestand));
  // Whom to turn to when the parents disagree, and the disputes about this registration.
  body += GeschilSectie(services, ctx, *inzicht);
  body += TijdlijnHtml(*tijdlijn, ouder);
  WriteHtml(res, PageOptions{titel, {{"/aanmeldingen", "Aanmeldingen"}}, &ctx}, body);
}

domain::Result<int64_t> AanmeldingId(const RequestContext& ctx) {
  return ParseId(ctx.path.at("id"), "Deze aanmelding is niet gevonden.");
}

void DetailPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = AanmeldingId(ctx);
  if (!Check(req, res, id, ctx)) return;
  Toestand toestand;
  toestand.opgeslagen = QueryValue(req, "opgeslagen").value_or("");
  RenderDetail(services, req, res, ctx, *id, std::move(toestand));
}

// After a change: back to the page (303), or the page again with the message at the field.
template <typename T>
void NaWijziging(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx, int64_t id, const domain::Result<T>& uitkomst,
                 const std::string& wat, Toestand toestand, VeldFout Toestand::*fout) {
  if (uitkomst) {
    SeeOther(res, fmt::format("/aanmeldingen/{}?opgeslagen={}", id, wat));
    return;
  }
  if (!IsFormulierFout(uitkomst.error())) {
    WriteProblem(req, res, uitkomst.error(), false, &ctx);
    return;
  }
  toestand.*fout = FoutVan(uitkomst.error());
  res.status = StatusFor(uitkomst.error().code);
  RenderDetail(services, req, res, ctx, id, std::move(toestand));
}

void VerlengingPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                    const RequestContext& ctx) {
  auto id = AanmeldingId(ctx);
  if (!Check(req, res, id, ctx)) return;
  Toestand toestand;
  toestand.verlenging = LeesVerlengingFormulier(req);
  auto verzoek = NaarVerlenging(toestand.verlenging);
  domain::Result<app::AanmeldingInzicht> uitkomst = std::unexpected(domain::Error{});
  if (verzoek) {
    uitkomst = services.aanmeldingen.Verleng(*ctx.principal, ctx.client, *id, verzoek->weken,
                                             verzoek->reden);
  } else {
    uitkomst = std::unexpected(verzoek.error());
  }
  NaWijziging(services, req, res, ctx, *id, uitkomst, "verlenging", std::move(toestand),
              &Toestand::verlenging_fout);
}

void BesluitPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx) {
  auto id = AanmeldingId(ctx);
  if (!Check(req, res, id, ctx)) return;
  Toestand toestand;
  toestand.besluit = LeesBesluitFormulier(req);
  auto besluit = NaarBesluit(toestand.besluit, services.aanmeldingen.Vandaag());
  domain::Result<app::AanmeldingInzicht> uitkomst = std::unexpected(domain::Error{});
  if (besluit) {
    uitkomst = services.aanmeldingen.Besluit(*ctx.principal, ctx.client, *id, std::move(*besluit));
  } else {
    uitkomst = std::unexpected(besluit.error());
  }
  NaWijziging(services, req, res, ctx, *id, uitkomst, "besluit", std::move(toestand),
              &Toestand::besluit_fout);
}

}  // namespace

void AddAanmeldingenPages(Router& router, const Services& services) {
  router.Add(Route{"GET",
                   "/aanmeldingen",
                   app::Permission::kAanmeldingenLezen,
                   "Aanmeldingen met hun beslistermijn",
                   {{"status", "open, bijna-verlopen, verlopen, besloten of mondeling"},
                    {"page", "Paginanummer", "integer"}},
                   "",
                   Pagina(services, LijstPage)});
  // Before `/aanmeldingen/{id}`, which would otherwise take `nieuw` for an id.
  router.Add(Route{"GET",
                   "/aanmeldingen/nieuw",
                   app::Permission::kAanmeldingenBeheren,
                   "Formulier voor een nieuwe aanmelding",
                   {},
                   "",
                   Pagina(services, NieuwPage)});
  router.Add(Route{"POST",
                   "/aanmeldingen",
                   app::Permission::kAanmeldingenBeheren,
                   "Een aanmelding vastleggen met het formulier",
                   {},
                   "",
                   Pagina(services, RegistreerPost)});
  router.Add(Route{"GET",
                   "/aanmeldingen/{id}",
                   app::Permission::kAanmeldingenLezen,
                   "Eén aanmelding met verlenging, besluit en tijdlijn",
                   {{"opgeslagen", "Toont wat zojuist is vastgelegd"}},
                   "",
                   Pagina(services, DetailPage)});
  router.Add(Route{"POST",
                   "/aanmeldingen/{id}/verlenging",
                   app::Permission::kAanmeldingenBeheren,
                   "De beslistermijn verlengen met het formulier",
                   {},
                   "",
                   Pagina(services, VerlengingPost)});
  router.Add(Route{"POST",
                   "/aanmeldingen/{id}/besluit",
                   app::Permission::kAanmeldingenBeheren,
                   "Het besluit vastleggen met het formulier",
                   {},
                   "",
                   Pagina(services, BesluitPost)});
}

}  // namespace passend::web
