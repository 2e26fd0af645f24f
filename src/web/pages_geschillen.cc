// Pages for disputes (geschillen) and the SWV's own settings: the list, one dispute with its
// steps on the ladder, the forms to start and close a step, and the settings form of an SWV
// (meldingsplicht, centraal aanmeldpunt, the ladder's terms, the steunpunt, and the verzuim
// settings of web/instellingen_verzuim_form.h). No page offers
// a child-protection report from a dispute (seed 000 #12).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string_view>
#include <vector>

#include "app/policy.h"
#include "web/aanmelding_html.h"
#include "web/form_fields.h"
#include "web/geschil_html.h"
#include "web/instellingen_verzuim_form.h"
#include "web/params.h"
#include "web/problem.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"

namespace passend::web {

namespace {

constexpr int kPaginagrootte = 50;

domain::Result<int64_t> GeschilId(const RequestContext& ctx) {
  return ParseId(ctx.path.at("id"), "Dit geschil is niet gevonden.");
}

// Where the dispute stands, in one phrase for the list.
std::string Stand(const app::GeschilInzicht& g) {
  const domain::Stap* stap = g.geschil.HuidigeStap();
  if (stap == nullptr) return "Nog geen stap gestart";
  std::string naam = stap->code;
  for (const auto& rung : g.overzicht.geschil.ladder) {
    if (rung.code == stap->code) naam = rung.naam;
  }
  return stap->einde ? naam + ": afgerond" : naam + ": loopt";
}

void LijstPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  auto page = PageParams(req, kPaginagrootte);
  if (!Check(req, res, page, ctx)) return;
  auto result = services.geschillen.Lijst(*ctx.principal, ctx.client, {}, *page);
  if (!Check(req, res, result, ctx)) return;
  std::string body = "<h1 class=\"utrecht-heading-1\">Geschillen</h1>\n";
  std::string rows;
  for (const auto& g : result->items) {
    const auto& r = g.overzicht.geschil;
    rows += Row(Cell(fmt::format("<a class=\"utrecht-link\" href=\"/geschillen/{}\">{}</a>", r.id,
                                 Escape(g.overzicht.leerling_naam))) +
                Cell(Escape(g.overzicht.school_naam)) +
                Cell(Escape(std::string(domain::OnderwerpNaam(r.onderwerp)))) +
                Cell(Escape(Stand(g)) + (g.termijn_verstreken
                                             ? " <span class=\"utrecht-status-badge passend-badge "
                                               "passend-badge--verlopen\">Termijn verstreken</span>"
                                             : "")) +
                Cell(Escape(DatumOfStreep(g.geschil.UiterlijkeDatum()))));
  }
  if (rows.empty()) {
    body += "<p class=\"utrecht-paragraph\">Er zijn geen geschillen binnen uw bereik.</p>\n";
  } else {
    body += Table("geschillen-tabel",
                  FormatCount(result->total) + (result->total == 1 ? " geschil" : " geschillen"),
                  {"Leerling", "School", "Onderwerp", "Stand", "Uiterste datum stap"}, rows);
  }
  body += Pager("/geschillen?", page->page, result->LastPage());
  WriteHtml(res, PageOptions{"Geschillen", {}, &ctx}, body);
}

// The step forms' typed values, kept when a form is shown again with an error.
struct StapFormulier {
  std::string stap, start, eigenaar, einde, uitkomst, volgnummer;
};

// True when `veld` is a control of the form on the page (the message goes beside it).
bool OpFormulier(const std::vector<std::string_view>& velden, const std::string& veld) {
  return std::find(velden.begin(), velden.end(), veld) != velden.end();
}

// The form that closes the current (open) step, number `volgnummer`.
std::string AfrondFormulier(int64_t id, int volgnummer, const StapFormulier& f,
                            const VeldFout& fout, const std::string& csrf) {
  return fmt::format(
      "<form method=\"post\" action=\"/geschillen/{}/afronding\" novalidate>{}"
      "<input type=\"hidden\" name=\"volgnummer\" value=\"{}\">{}{}{}</form>\n",
      id, CsrfField(csrf), volgnummer,
      Tekstveld({"einde", "einde", "Einddatum", "Laat leeg voor vandaag.", FoutVoor(fout, "einde")},
                f.einde, "date"),
      Tekstvak({"uitkomst", "uitkomst", "Uitkomst",
                "Bijvoorbeeld: opgelost, of geen overeenstemming.", FoutVoor(fout, "uitkomst")},
               f.uitkomst),
      Knop("Stap afronden"));
}

// The form that starts the next step, offering `opties` (the rungs above the current one).
std::string StartFormulier(int64_t id, const std::vector<Keuze>& opties, const StapFormulier& f,
                           const VeldFout& fout, const std::string& csrf) {
  return fmt::format(
      "<form method=\"post\" action=\"/geschillen/{}/stappen\" novalidate>{}{}{}{}{}</form>\n", id,
      CsrfField(csrf),
      Keuzelijst({"stap", "stap", "Stap", "Een stap mag worden overgeslagen, niet herhaald.",
                  FoutVoor(fout, "stap")},
                 opties, f.stap),
      Tekstveld(
          {"start", "start", "Startdatum", "Laat leeg voor vandaag.", FoutVoor(fout, "start")},
          f.start, "date"),
      Tekstveld(
          {"eigenaar", "eigenaar", "Wie behandelt deze stap",
           "Een persoon of organisatie waar de ouders terechtkunnen.", FoutVoor(fout, "eigenaar")},
          f.eigenaar),
      Knop("Stap starten"));
}

// The form that fits where the dispute stands: close the open step, or start a higher one.
// A refusal that names no control of that form (a rule, or a form the page no longer shows
// because the dispute moved on) is shown above it, so the reason is never lost.
std::string StapFormulieren(const app::GeschilInzicht& g, const StapFormulier& f,
                            const VeldFout& fout, const std::string& csrf) {
  const auto& r = g.overzicht.geschil;
  const domain::Stap* huidig = g.geschil.HuidigeStap();
  const auto algemeen = [&fout](const std::vector<std::string_view>& velden) {
    return !fout.melding.empty() && !OpFormulier(velden, fout.veld)
               ? FormulierMelding("geschil-fout", fout.melding)
               : "";
  };
  if (huidig != nullptr && !huidig->einde) {
    return "<h2 class=\"utrecht-heading-2\" id=\"afronden\">Huidige stap afronden</h2>\n" +
           algemeen({"einde", "uitkomst"}) +
           AfrondFormulier(r.id, static_cast<int>(g.geschil.Stappen().size()), f, fout, csrf);
  }
  // Only rungs above the current one can start: the ladder goes up (§3.6).
  std::vector<Keuze> opties;
  bool boven = huidig == nullptr;
  for (const auto& rung : r.ladder) {
    if (boven) opties.push_back({rung.code, rung.naam});
    if (huidig != nullptr && rung.code == huidig->code) boven = true;
  }
  if (opties.empty()) return algemeen({});
  return "<h2 class=\"utrecht-heading-2\" id=\"volgende\">Volgende stap starten</h2>\n" +
         algemeen({"stap", "start", "eigenaar"}) + StartFormulier(r.id, opties, f, fout, csrf);
}

void RenderDetail(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx, int64_t id, const StapFormulier& f,
                  const VeldFout& fout, int status) {
  auto g = services.geschillen.Get(*ctx.principal, ctx.client, id);
  if (!Check(req, res, g, ctx)) return;
  const auto& r = g->overzicht.geschil;
  std::string body = fmt::format(
      "<h1 class=\"utrecht-heading-1\">Geschil over {}</h1>\n<dl class=\"passend-facts\">"
      "<dt>Leerling</dt><dd>{}</dd><dt>School</dt><dd>{}</dd><dt>Onderwerp</dt><dd>{}</dd>"
      "<dt>Geopend op</dt><dd>{}</dd><dt>Besluit waarover het gaat</dt><dd>{}</dd>{}</dl>\n",
      Escape(std::string(domain::OnderwerpNaam(r.onderwerp))), Escape(g->overzicht.leerling_naam),
      Escape(g->overzicht.school_naam), Escape(std::string(domain::OnderwerpNaam(r.onderwerp))),
      domain::FormatDutchDate(r.geopend_op), DatumOfStreep(r.besluitdatum),
      r.omschrijving.empty() ? "" : "<dt>Omschrijving</dt><dd>" + Escape(r.omschrijving) + "</dd>");
  if (r.aanmelding) {
    body += fmt::format(
        "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"/aanmeldingen/{}\">"
        "Naar de aanmelding</a></p>\n",
        *r.aanmelding);
  }
  body += StappenHtml(*g) + LadderHtml(*g) + GpoHtml(*g) + SteunpuntHtml(g->steunpunt);
  if (app::RolMag(ctx.principal->rol, app::Permission::kGeschillenBeheren)) {
    body += StapFormulieren(*g, f, fout, ctx.csrf);
  }
  res.status = status;
  WriteHtml(res, PageOptions{"Geschil", {{"/", "Home"}, {"/geschillen", "Geschillen"}}, &ctx},
            body);
}

void DetailPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = GeschilId(ctx);
  if (!Check(req, res, id, ctx)) return;
  RenderDetail(services, req, res, ctx, *id, {}, {}, 200);
}

// After a change: back to the page (post/redirect/get), or the page again with the message
// beside the field when the user can fix it.
template <typename T>
void NaWijziging(const Services& services, const httplib::Request& req, httplib::Response& res,
                 const RequestContext& ctx, int64_t id, const domain::Result<T>& result,
                 const StapFormulier& f) {
  if (result) {
    SeeOther(res, fmt::format("/geschillen/{}", id));
    return;
  }
  // A record named in the form but not found is no typing error: the error page (404).
  if (IsFormulierFout(result.error()) && result.error().code != domain::ErrorCode::kNotFound) {
    RenderDetail(services, req, res, ctx, id, f, FoutVan(result.error()),
                 StatusFor(result.error().code));
    return;
  }
  Check(req, res, result, ctx);
}

StapFormulier LeesStap(const httplib::Request& req) {
  return {req.get_param_value("stap"),     req.get_param_value("start"),
          req.get_param_value("eigenaar"), req.get_param_value("einde"),
          req.get_param_value("uitkomst"), req.get_param_value("volgnummer")};
}

domain::Result<std::optional<domain::Date>> FormDatum(const std::string& text,
                                                      const std::string& veld) {
  if (Trim(text).empty()) return std::optional<domain::Date>();
  auto date = domain::ParseIsoDate(Trim(text));
  if (!date) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Vul een bestaande datum in.", veld);
  }
  return std::optional<domain::Date>(*date);
}

void StapPost(const Services& services, const httplib::Request& req, httplib::Response& res,
              const RequestContext& ctx) {
  auto id = GeschilId(ctx);
  if (!Check(req, res, id, ctx)) return;
  const StapFormulier f = LeesStap(req);
  auto result = [&]() -> domain::Result<app::GeschilInzicht> {
    PASSEND_ASSIGN_OR_RETURN(auto start, FormDatum(f.start, "start"));
    return services.geschillen.StartStap(
        *ctx.principal, ctx.client, *id,
        {f.stap, start.value_or(services.geschillen.Vandaag()), Trim(f.eigenaar)});
  }();
  NaWijziging(services, req, res, ctx, *id, result, f);
}

void AfrondingPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                   const RequestContext& ctx) {
  auto id = GeschilId(ctx);
  if (!Check(req, res, id, ctx)) return;
  const StapFormulier f = LeesStap(req);
  auto result = [&]() -> domain::Result<app::GeschilInzicht> {
    // The form names the step it closes, so a stale page cannot close a step started since;
    // without it (an older form) the current step is meant.
    int volgnummer = 0;
    const std::string nummer = Trim(f.volgnummer);
    if (nummer.empty()) {
      PASSEND_ASSIGN_OR_RETURN(auto huidig,
                               services.geschillen.Get(*ctx.principal, ctx.client, *id));
      volgnummer = static_cast<int>(huidig.geschil.Stappen().size());
    } else {
      const auto [end, ec] =
          std::from_chars(nummer.data(), nummer.data() + nummer.size(), volgnummer);
      if (ec != std::errc() || end != nummer.data() + nummer.size() || volgnummer <= 0) {
        return domain::Fail(domain::ErrorCode::kInvalid, "Deze stap is niet gevonden.",
                            "volgnummer");
      }
    }
    PASSEND_ASSIGN_OR_RETURN(auto einde, FormDatum(f.einde, "einde"));
    return services.geschillen.RondAf(
        *ctx.principal, ctx.client, *id, volgnummer,
        {einde.value_or(services.geschillen.Vandaag()), Trim(f.uitkomst)});
  }();
  NaWijziging(services, req, res, ctx, *id, result, f);
}

void OpenPost(const Services& services, const httplib::Request& req, httplib::Response& res,
              const RequestContext& ctx) {
  app::NieuwGeschil nieuw;
  auto aanmelding = ParseId(req.get_param_value("aanmelding"), "Deze aanmelding is niet gevonden.");
  if (!Check(req, res, aanmelding, ctx)) return;
  nieuw.aanmelding = *aanmelding;
  nieuw.onderwerp = domain::Onderwerp::kToelating;
  const std::string omschrijving = req.get_param_value("omschrijving");
  nieuw.omschrijving = Trim(omschrijving);
  auto result = services.geschillen.Open(*ctx.principal, ctx.client, nieuw);
  if (result) {
    SeeOther(res, fmt::format("/geschillen/{}", result->overzicht.geschil.id));
    return;
  }
  // A registration outside the scope is a 404 page; what the user typed comes back with the
  // message beside it.
  if (!IsFormulierFout(result.error()) || result.error().code == domain::ErrorCode::kNotFound) {
    Check(req, res, result, ctx);
    return;
  }
  res.status = StatusFor(result.error().code);
  WriteHtml(res,
            PageOptions{"Geschil starten",
                        {{"/aanmeldingen", "Aanmeldingen"},
                         {fmt::format("/aanmeldingen/{}", *aanmelding), "Aanmelding"}},
                        &ctx},
            "<h1 class=\"utrecht-heading-1\">Geschil starten</h1>\n" +
                GeschilFormulierHtml(*aanmelding, omschrijving, FoutVan(result.error()), ctx.csrf));
}

// ---------------------------------------------------------------------------------------
// The SWV's settings

struct InstellingenFormulier {
  bool meldingsplicht = false;
  bool centraal = false;
  domain::Steunpunt steunpunt;
  std::vector<std::string> termijnen;  // per ladder rung, as typed
  VerzuimFormulier verzuim;
};

// The element id of the term field of rung `i`: its code when that makes a plain id (the API
// accepts any code), otherwise its position, so aria-describedby's id list stays intact.
std::string TermijnId(const domain::LadderStap& rung, size_t i) {
  const bool plain =
      !rung.code.empty() && std::all_of(rung.code.begin(), rung.code.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
      });
  return plain ? "termijn-" + rung.code : fmt::format("termijn-stap-{}", i + 1);
}

std::string InstellingenHtml(const domain::SwvInstellingen& huidig, const InstellingenFormulier& f,
                             const VeldFout& fout, const std::string& csrf, bool opgeslagen) {
  std::vector<std::string> velden = VerzuimVelden();
  for (const char* veld :
       {"steunpunt.naam", "steunpunt.telefoon", "steunpunt.email", "steunpunt.website"}) {
    velden.emplace_back(veld);
  }
  std::string ladder;
  for (size_t i = 0; i < huidig.ladder.size(); ++i) {
    const auto& rung = huidig.ladder[i];
    if (rung.code == domain::kGpoStap) {
      // The committee's terms are the law's practice, not the SWV's choice (§3.6).
      ladder += fmt::format(
          "<p class=\"utrecht-paragraph\">{}: volgt de termijnen van de commissie ({} dagen voor "
          "het oordeel).</p>\n",
          Escape(rung.naam), rung.termijn_dagen);
      continue;
    }
    const std::string veld = "termijn-" + rung.code;
    velden.push_back(veld);
    ladder +=
        Tekstveld({TermijnId(rung, i), Escape(veld), rung.naam + ": termijn in dagen",
                   "0 is geen vaste termijn.", FoutVoor(fout, veld)},
                  i < f.termijnen.size() ? f.termijnen[i] : "", "text", " inputmode=\"numeric\"");
  }
  // A message that names no field of the form (the ladder as a whole, the steunpunt) is shown
  // above it.
  const std::string algemeen =
      !fout.melding.empty() && std::find(velden.begin(), velden.end(), fout.veld) == velden.end()
          ? FormulierMelding("instellingen-fout", fout.melding)
          : "";
  return fmt::format(
      "<h1 class=\"utrecht-heading-1\">Instellingen van het samenwerkingsverband</h1>\n{}{}"
      "<form method=\"post\" action=\"/instellingen\" novalidate>{}"
      "<h2 class=\"utrecht-heading-2\">Aanmeldingen</h2>{}{}"
      "<h2 class=\"utrecht-heading-2\">Ouder- en jeugdsteunpunt</h2>{}{}{}{}"
      "<h2 class=\"utrecht-heading-2\">Escalatieladder</h2>"
      "<p class=\"utrecht-paragraph\">De termijn per stap die ouders op de site en in hun "
      "overzicht zien. De stap bij de Geschillencommissie volgt altijd de termijnen van de "
      "commissie.</p>{}{}{}</form>\n",
      opgeslagen ? "<p class=\"utrecht-paragraph passend-notice\" role=\"status\">De instellingen "
                   "zijn opgeslagen.</p>\n"
                 : "",
      algemeen, CsrfField(csrf),
      Vinkje({"meldingsplicht", "meldingsplicht", "Meldingsplicht",
              "Elke aanmelding met een extra ondersteuningsbehoefte is direct zichtbaar voor het "
              "samenwerkingsverband."},
             f.meldingsplicht),
      Vinkje({"centraal", "centraal", "Centraal aanmeldpunt",
              "Het samenwerkingsverband registreert aanmeldingen namens de scholen."},
             f.centraal),
      Tekstveld({"naam", "naam", "Naam", "", FoutVoor(fout, "steunpunt.naam")}, f.steunpunt.naam),
      Tekstveld({"telefoon", "telefoon", "Telefoon", "", FoutVoor(fout, "steunpunt.telefoon")},
                f.steunpunt.telefoon, "tel"),
      Tekstveld({"email", "email", "E-mailadres", "", FoutVoor(fout, "steunpunt.email")},
                f.steunpunt.email, "email"),
      Tekstveld({"website", "website", "Website", "Begint met https://",
                 FoutVoor(fout, "steunpunt.website")},
                f.steunpunt.website, "url"),
      ladder, VerzuimInstellingenHtml(f.verzuim, fout), Knop("Opslaan"));
}

domain::Result<domain::SwvCode> EigenSwv(const RequestContext& ctx) {
  return domain::SwvCode::Parse(ctx.principal->organisatie);
}

InstellingenFormulier AlsFormulier(const domain::SwvInstellingen& i) {
  InstellingenFormulier f{
      i.meldingsplicht, i.centraal_aanmeldpunt, i.steunpunt, {}, AlsVerzuimFormulier(i.verzuim)};
  for (const auto& rung : i.ladder) f.termijnen.push_back(std::to_string(rung.termijn_dagen));
  return f;
}

void InstellingenPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                      const RequestContext& ctx) {
  auto swv = EigenSwv(ctx);
  if (!Check(req, res, swv, ctx)) return;
  auto huidig = services.instellingen.Get(*swv);
  if (!Check(req, res, huidig, ctx)) return;
  WriteHtml(
      res, PageOptions{"Instellingen", {{"/", "Home"}}, &ctx},
      InstellingenHtml(*huidig, AlsFormulier(*huidig), {}, ctx.csrf, req.has_param("opgeslagen")));
}

void InstellingenPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                      const RequestContext& ctx) {
  auto swv = EigenSwv(ctx);
  if (!Check(req, res, swv, ctx)) return;
  auto huidig = services.instellingen.Get(*swv);
  if (!Check(req, res, huidig, ctx)) return;
  InstellingenFormulier f;
  f.meldingsplicht = req.has_param("meldingsplicht");
  f.centraal = req.has_param("centraal");
  f.steunpunt = {Trim(req.get_param_value("naam")), Trim(req.get_param_value("telefoon")),
                 Trim(req.get_param_value("email")), Trim(req.get_param_value("website"))};
  domain::SwvInstellingen nieuw = *huidig;
  nieuw.meldingsplicht = f.meldingsplicht;
  nieuw.centraal_aanmeldpunt = f.centraal;
  nieuw.steunpunt = f.steunpunt;
  VeldFout fout;
  int status = 400;
  for (auto& rung : nieuw.ladder) {
    if (rung.code == domain::kGpoStap) {
      f.termijnen.push_back(std::to_string(rung.termijn_dagen));
      continue;
    }
    const std::string veld = "termijn-" + rung.code;
    const std::string tekst = Trim(req.get_param_value(veld));
    f.termijnen.push_back(tekst);
    int dagen = -1;
    const auto [end, ec] = std::from_chars(tekst.data(), tekst.data() + tekst.size(), dagen);
    if (ec != std::errc() || end != tekst.data() + tekst.size() || dagen < 0 || dagen > 3650) {
      if (fout.melding.empty()) fout = {veld, "Vul een aantal dagen in, van 0 tot en met 3650."};
      continue;
    }
    rung.termijn_dagen = dagen;
  }
  f.verzuim = LeesVerzuimFormulier(req);
  if (fout.melding.empty()) {
    auto verzuim = NaarVerzuimInstellingen(f.verzuim);
    if (verzuim) {
      nieuw.verzuim = std::move(*verzuim);
    } else {
      fout = FoutVan(verzuim.error());
    }
  }
  if (fout.melding.empty()) {
    auto result = services.instellingen.Wijzig(*ctx.principal, ctx.client, *swv, nieuw);
    if (result) {
      SeeOther(res, "/instellingen?opgeslagen=1");
      return;
    }
    if (result.error().code != domain::ErrorCode::kInvalid &&
        result.error().code != domain::ErrorCode::kRegel) {
      Check(req, res, result, ctx);
      return;
    }
    fout = FoutVan(result.error());
    status = StatusFor(result.error().code);
  }
  res.status = status;
  WriteHtml(res, PageOptions{"Instellingen", {{"/", "Home"}}, &ctx},
            InstellingenHtml(*huidig, f, fout, ctx.csrf, false));
}

}  // namespace

void AddGeschillenPages(Router& router, const Services& services) {
  router.Add(Route{"GET",
                   "/geschillen",
                   app::Permission::kGeschillenLezen,
                   "Geschillen binnen het bereik",
                   {{"page", "Paginanummer"}},
                   "",
                   Pagina(services, LijstPage)});
  router.Add(Route{"GET",
                   "/geschillen/{id}",
                   app::Permission::kGeschillenLezen,
                   "Eén geschil met zijn stappen",
                   {},
                   "",
                   Pagina(services, DetailPage)});
  router.Add(Route{"POST",
                   "/geschillen",
                   app::Permission::kGeschillenBeheren,
                   "Open een geschil over een aanmelding",
                   {},
                   "",
                   Pagina(services, OpenPost)});
  router.Add(Route{"POST",
                   "/geschillen/{id}/stappen",
                   app::Permission::kGeschillenBeheren,
                   "Start de volgende stap",
                   {},
                   "",
                   Pagina(services, StapPost)});
  router.Add(Route{"POST",
                   "/geschillen/{id}/afronding",
                   app::Permission::kGeschillenBeheren,
                   "Rond de huidige stap af",
                   {},
                   "",
                   Pagina(services, AfrondingPost)});
  router.Add(Route{"GET",
                   "/instellingen",
                   app::Permission::kInstellingenBeheren,
                   "Instellingen van het eigen samenwerkingsverband",
                   {{"opgeslagen", "Melding na opslaan"}},
                   "",
                   Pagina(services, InstellingenPage)});
  router.Add(Route{"POST",
                   "/instellingen",
                   app::Permission::kInstellingenBeheren,
                   "Wijzig de instellingen",
                   {},
                   "",
                   Pagina(services, InstellingenPost)});
}

}  // namespace passend::web
