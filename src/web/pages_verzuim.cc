// Pages for absence cases (verzuimmeldingen, issue 6): the list in scope with days at home and
// signals, registering a case, one case with its facts, exemption term and escalations, the
// forms that end it, record a fitting offer, hand it to the onderwijsconsulent, escalate it to
// the doorbraakaanpak and record the decision, and the SWV's advice before an exemption 5
// onder a (seed 000 #8). The same use cases as the API; no JavaScript.
#include <fmt/format.h>

#include <charconv>

#include "app/policy.h"
#include "web/form_fields.h"
#include "web/formulier_flow.h"
#include "web/params.h"
#include "web/problem.h"
#include "web/respond.h"
#include "web/routes.h"
#include "web/table.h"
#include "web/verzuim_html.h"

namespace passend::web {

namespace {

constexpr int kPaginagrootte = 50;

const std::vector<NavLink> kKruimels{{"/", "Home"}, {"/verzuim", "Verzuim"}};

domain::Result<int64_t> MeldingId(const RequestContext& ctx) {
  return ParseId(ctx.path.at("id"), "Deze verzuimmelding is niet gevonden.");
}

std::string W(const Formulierwaarden& w, const std::string& naam) { return Ingevuld(w, naam); }

// An empty date field means today; anything else must be a real date.
domain::Result<domain::Date> Datum(const Formulierwaarden& w, const std::string& veld,
                                   domain::Date vandaag) {
  PASSEND_ASSIGN_OR_RETURN(auto datum, FormulierDatum(w, veld));
  return datum.value_or(vandaag);
}

domain::Result<int64_t> Nummer(const Formulierwaarden& w, const std::string& veld,
                               const std::string& melding) {
  const std::string tekst = W(w, veld);
  int64_t n = 0;
  const auto [end, ec] = std::from_chars(tekst.data(), tekst.data() + tekst.size(), n);
  if (tekst.empty() || ec != std::errc() || end != tekst.data() + tekst.size() || n <= 0) {
    return domain::Fail(domain::ErrorCode::kInvalid, melding, veld);
  }
  return n;
}

void LijstPage(const Services& services, const httplib::Request& req, httplib::Response& res,
               const RequestContext& ctx) {
  auto page = PageParams(req, kPaginagrootte);
  if (!Check(req, res, page, ctx)) return;
  // Running cases by default: those are the children someone must act for.
  const bool alle = QueryValue(req, "alle").value_or("") == "ja";
  app::VerzuimFilter filter;
  if (!alle) filter.lopend = true;
  auto result = services.verzuim.Lijst(*ctx.principal, ctx.client, filter, *page);
  if (!Check(req, res, result, ctx)) return;
  std::string body = "<h1 class=\"utrecht-heading-1\">Verzuim</h1>\n";
  if (app::RolMag(ctx.principal->rol, app::Permission::kVerzuimBeheren)) {
    body +=
        "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"/verzuim/nieuw\">Nieuwe "
        "verzuimmelding</a>";
    if (ctx.principal->rol == domain::Rol::kSwv) {
      body +=
          " · <a class=\"utrecht-link\" href=\"/verzuim/advies\">Advies vóór een vrijstelling 5 "
          "onder a</a>";
    }
    body += "</p>\n";
  }
  body += alle ? "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"/verzuim\">"
                 "Alleen lopende meldingen</a></p>\n"
               : "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" "
                 "href=\"/verzuim?alle=ja\">Ook beëindigde meldingen</a></p>\n";
  std::string rows;
  for (const auto& v : result->items) {
    const auto& m = v.overzicht.record.melding;
    rows += Row(Cell(fmt::format("<a class=\"utrecht-link\" href=\"/verzuim/{}\">{}</a>", m.id,
                                 Escape(v.overzicht.leerling_naam))) +
                Cell(Escape(domain::VerzuimTypeNaam(m.type))) +
                Cell(m.school ? Escape(v.overzicht.school_naam) : "Geen") +
                Cell(domain::FormatDutchDate(m.startdatum)) +
                NumericCell(std::to_string(v.status.dagen_thuis)) + Cell(SignaalBadges(v)));
  }
  if (rows.empty()) {
    body += "<p class=\"utrecht-paragraph\">Er zijn geen verzuimmeldingen binnen uw bereik.</p>\n";
  } else {
    body += Table(
        "verzuim-tabel",
        FormatCount(result->total) + (result->total == 1 ? " verzuimmelding" : " verzuimmeldingen"),
        {"Leerling", "Soort", "School", "Eerste verzuimdag", {"Dagen thuis", true}, "Signalen"},
        rows);
  }
  body += Pager(alle ? "/verzuim?alle=ja&" : "/verzuim?", page->page, result->LastPage());
  WriteHtml(res, PageOptions{"Verzuim", {{"/", "Home"}}, &ctx}, body);
}

void NieuwFormulier(httplib::Response& res, const RequestContext& ctx, const Formulierwaarden& w,
                    const VeldFout& fout, int status) {
  res.status = status;
  WriteHtml(res, PageOptions{"Nieuwe verzuimmelding", kKruimels, &ctx},
            "<h1 class=\"utrecht-heading-1\">Nieuwe verzuimmelding</h1>\n" +
                NieuweMeldingHtml(w, fout, ctx.csrf));
}

void NieuwPage(const Services&, const httplib::Request&, httplib::Response& res,
               const RequestContext& ctx) {
  NieuwFormulier(res, ctx, {}, {}, 200);
}

void RegistreerPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                    const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto result = [&]() -> domain::Result<app::VerzuimInzicht> {
    app::NieuweVerzuimmelding nieuw;
    PASSEND_ASSIGN_OR_RETURN(auto leerling,
                             Nummer(w, "leerling", "Vul het leerlingnummer in (alleen cijfers)."));
    nieuw.leerling = domain::LeerlingId{leerling};
    auto type = domain::ParseVerzuimType(W(w, "type"));
    if (!type) return domain::Fail(domain::ErrorCode::kInvalid, "Kies de soort melding.", "type");
    nieuw.type = *type;
    auto start = domain::ParseIsoDate(W(w, "startdatum"));
    if (!start) {
      return domain::Fail(domain::ErrorCode::kInvalid, "Vul de eerste verzuimdag in.",
                          "startdatum");
    }
    nieuw.startdatum = *start;
    if (!W(w, "school").empty()) {
      auto school = domain::Vestigingscode::Parse(W(w, "school"));
      if (!school) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "Een vestigingscode is vier tekens en twee cijfers, zoals 10AA00.",
                            "school");
      }
      nieuw.school = *school;
    }
    if (!W(w, "artsverklaring").empty()) {
      auto arts = domain::ParseIsoDate(W(w, "artsverklaring"));
      if (!arts) {
        return domain::Fail(domain::ErrorCode::kInvalid, "Vul een bestaande datum in.",
                            "artsverklaring");
      }
      nieuw.artsverklaring = *arts;
    }
    return services.verzuim.Registreer(*ctx.principal, ctx.client, nieuw);
  }();
  if (result) {
    SeeOther(res, fmt::format("/verzuim/{}", result->overzicht.record.melding.id));
    return;
  }
  // A student outside the scope is answered like a missing one, beside the number.
  if (IsFormulierFout(result.error())) {
    NieuwFormulier(res, ctx, w, FoutVan(result.error()), StatusFor(result.error().code));
    return;
  }
  Check(req, res, result, ctx);
}

void RenderDetail(const Services& services, const httplib::Request& req, httplib::Response& res,
                  const RequestContext& ctx, int64_t id, const Formulierwaarden& w,
                  const VeldFout& fout, int status) {
  auto v = services.verzuim.Get(*ctx.principal, ctx.client, id);
  if (!Check(req, res, v, ctx)) return;
  std::string body = fmt::format("<h1 class=\"utrecht-heading-1\">{}: {}</h1>\n",
                                 Escape(domain::VerzuimTypeNaam(v->overzicht.record.melding.type)),
                                 Escape(v->overzicht.leerling_naam)) +
                     VerzuimFeitenHtml(*v) + DoorbrakenHtml(*v);
  if (app::RolMag(ctx.principal->rol, app::Permission::kVerzuimBeheren)) {
    body += VerzuimFormulieren(*v, ctx.principal->rol, w, fout, W(w, "formulier"), ctx.csrf);
  }
  res.status = status;
  WriteHtml(res, PageOptions{"Verzuimmelding", kKruimels, &ctx}, body);
}

void DetailPage(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  auto id = MeldingId(ctx);
  if (!Check(req, res, id, ctx)) return;
  RenderDetail(services, req, res, ctx, *id, {}, {}, 200);
}

void AdviesFormulier(httplib::Response& res, const RequestContext& ctx, const Formulierwaarden& w,
                     const VeldFout& fout, int status, const std::string& melding = "") {
  res.status = status;
  WriteHtml(res, PageOptions{"Advies vóór vrijstelling", kKruimels, &ctx},
            "<h1 class=\"utrecht-heading-1\">Advies over het onderwijsperspectief</h1>\n"
            "<p class=\"utrecht-paragraph\">Vóór een vrijstelling 5 onder a legt het "
            "samenwerkingsverband vast welk onderwijs met welke ondersteuning mogelijk is "
            "(Kamerbrief 2019, voorstel 8). De leerplichtambtenaar ziet dit advies bij de "
            "melding.</p>\n" +
                melding + AdviesFormulierHtml(w, fout, ctx.csrf));
}

void AdviesPage(const Services&, const httplib::Request&, httplib::Response& res,
                const RequestContext& ctx) {
  AdviesFormulier(res, ctx, {}, {}, 200);
}

void AdviesPost(const Services& services, const httplib::Request& req, httplib::Response& res,
                const RequestContext& ctx) {
  const Formulierwaarden w = LeesFormulier(req);
  auto result = [&]() -> domain::Result<domain::Vrijstellingsadvies> {
    PASSEND_ASSIGN_OR_RETURN(auto leerling,
                             Nummer(w, "leerling", "Vul het leerlingnummer in (alleen cijfers)."));
    std::optional<domain::Date> datum;
    if (!W(w, "datum").empty()) {
      PASSEND_ASSIGN_OR_RETURN(datum, Datum(w, "datum", services.verzuim.Vandaag()));
    }
    return services.verzuim.GeefAdvies(*ctx.principal, ctx.client, domain::LeerlingId{leerling},
                                       W(w, "advies"), datum);
  }();
  if (result) {
    AdviesFormulier(res, ctx, {}, {}, 200,
                    fmt::format("<p class=\"utrecht-paragraph passend-melding\" role=\"status\">"
                                "Advies vastgelegd voor leerling {} op {}.</p>\n",
                                result->leerling.value, domain::FormatDutchDate(result->datum)));
    return;
  }
  if (IsFormulierFout(result.error())) {
    AdviesFormulier(res, ctx, w, FoutVan(result.error()), StatusFor(result.error().code));
    return;
  }
  Check(req, res, result, ctx);
}

}  // namespace

void AddVerzuimPages(Router& router, const Services& services) {
  auto wijziging = [&services](auto call) {
    return [&services, call](const httplib::Request& req, httplib::Response& res,
                             const RequestContext& ctx) {
      NaFormulier(
          req, res, ctx, "/verzuim/", "Deze verzuimmelding is niet gevonden.",
          [&](int64_t id, const Formulierwaarden& w) { return call(ctx, id, w); },
          [&](int64_t id, const Formulierwaarden& w, const VeldFout& fout, int status) {
            RenderDetail(services, req, res, ctx, id, w, fout, status);
          });
    };
  };
  auto& verzuim = services.verzuim;
  router.Add(Route{"GET",
                   "/verzuim",
                   app::Permission::kVerzuimLezen,
                   "Verzuimmeldingen binnen uw bereik met dagen thuis en signalen",
                   {{"alle", "ja: ook beëindigde meldingen"}, {"page", "Paginanummer", "integer"}},
                   "",
                   Pagina(services, LijstPage)});
  // Before `/verzuim/{id}`, which would otherwise take `nieuw` and `advies` for an id.
  router.Add(Route{"GET",
                   "/verzuim/nieuw",
                   app::Permission::kVerzuimBeheren,
                   "Formulier voor een nieuwe verzuimmelding",
                   {},
                   "",
                   Pagina(services, NieuwPage)});
  router.Add(Route{"POST",
                   "/verzuim",
                   app::Permission::kVerzuimBeheren,
                   "Een verzuimmelding registreren met het formulier",
                   {},
                   "",
                   Pagina(services, RegistreerPost)});
  router.Add(Route{"GET",
                   "/verzuim/advies",
                   app::Permission::kVerzuimBeheren,
                   "Formulier voor het advies vóór een vrijstelling 5 onder a",
                   {},
                   "",
                   Pagina(services, AdviesPage)});
  router.Add(Route{"POST",
                   "/verzuim/advies",
                   app::Permission::kVerzuimBeheren,
                   "Het advies vóór een vrijstelling 5 onder a vastleggen",
                   {},
                   "",
                   Pagina(services, AdviesPost)});
  router.Add(Route{"GET",
                   "/verzuim/{id}",
                   app::Permission::kVerzuimLezen,
                   "Eén verzuimmelding met signalen, vrijstelling en doorbraak",
                   {},
                   "",
                   Pagina(services, DetailPage)});
  router.Add(
      Route{"POST",
            "/verzuim/{id}/aanbod",
            app::Permission::kVerzuimBeheren,
            "Het passend aanbod vastleggen met het formulier",
            {},
            "",
            wijziging([&verzuim](const RequestContext& ctx, int64_t id,
                                 const Formulierwaarden& w) -> domain::Result<app::VerzuimInzicht> {
              PASSEND_ASSIGN_OR_RETURN(auto datum, Datum(w, "datum", verzuim.Vandaag()));
              return verzuim.Aanbod(*ctx.principal, ctx.client, id, {datum, W(w, "omschrijving")});
            })});
  router.Add(
      Route{"POST",
            "/verzuim/{id}/overdracht",
            app::Permission::kVerzuimBeheren,
            "De melding overdragen aan de onderwijsconsulent",
            {},
            "",
            wijziging([&verzuim](const RequestContext& ctx, int64_t id, const Formulierwaarden&) {
              return verzuim.DraagOver(*ctx.principal, ctx.client, id);
            })});
  router.Add(
      Route{"POST",
            "/verzuim/{id}/doorbraak",
            app::Permission::kVerzuimBeheren,
            "De melding naar de doorbraakaanpak brengen",
            {},
            "",
            wijziging([&verzuim](const RequestContext& ctx, int64_t id, const Formulierwaarden& w) {
              return verzuim.VraagDoorbraak(*ctx.principal, ctx.client, id, W(w, "reden"));
            })});
  router.Add(
      Route{"POST",
            "/verzuim/{id}/doorbraak-besluit",
            app::Permission::kVerzuimBeheren,
            "Het besluit van wie doorzettingsmacht heeft vastleggen",
            {},
            "",
            wijziging([&verzuim](const RequestContext& ctx, int64_t id,
                                 const Formulierwaarden& w) -> domain::Result<app::VerzuimInzicht> {
              PASSEND_ASSIGN_OR_RETURN(auto volgnummer,
                                       Nummer(w, "volgnummer", "Deze doorbraak is niet gevonden."));
              PASSEND_ASSIGN_OR_RETURN(auto datum, Datum(w, "datum", verzuim.Vandaag()));
              return verzuim.BesluitDoorbraak(*ctx.principal, ctx.client, id,
                                              static_cast<int>(volgnummer), datum, W(w, "besluit"),
                                              W(w, "beslotenDoor"));
            })});
  router.Add(Route{
      "POST",
      "/verzuim/{id}/beeindiging",
      app::Permission::kVerzuimBeheren,
      "De melding beëindigen met het formulier",
      {},
      "",
      wijziging([&verzuim](const RequestContext& ctx, int64_t id,
                           const Formulierwaarden& w) -> domain::Result<app::VerzuimInzicht> {
        auto einddatum = domain::ParseIsoDate(W(w, "einddatum"));
        if (!einddatum) {
          return domain::Fail(domain::ErrorCode::kInvalid,
                              "Vul de eerste dag in dat het kind niet meer thuis is.", "einddatum");
        }
        auto reden = domain::ParseBeeindiging(W(w, "reden"));
        if (!reden) return domain::Fail(domain::ErrorCode::kInvalid, "Kies een reden.", "reden");
        return verzuim.Beeindig(*ctx.principal, ctx.client, id,
                                {*einddatum, *reden, W(w, "toelichting")});
      })});
}

}  // namespace passend::web
