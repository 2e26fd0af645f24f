#include "web/verzuim_html.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "web/aanmelding_html.h"
#include "web/html.h"

namespace passend::web {

namespace {

std::string Badge(std::string_view tekst, std::string_view soort) {
  return fmt::format(
      "<span class=\"utrecht-status-badge passend-badge passend-badge--{}\">{}</span>", soort,
      Escape(tekst));
}

std::string SignaalNaam(domain::VerzuimSignaal signaal) {
  switch (signaal) {
    case domain::VerzuimSignaal::kConsulent:
      return "Langer dan 4 lesweken: onderwijsconsulent";
    case domain::VerzuimSignaal::kBijnaDrieMaanden:
      return "Bijna 3 maanden thuis";
    case domain::VerzuimSignaal::kDrieMaanden:
      return "Langer dan 3 maanden thuis";
  }
  return "";
}

// One form's part of the page: its own error beside its fields, or above it when the error
// names none of them (a rule, a conflict), so the reason is never lost.
struct FormulierFout {
  VeldFout veld;
  std::string boven;
};

FormulierFout FoutVoorFormulier(const std::string& naam, const std::string& formulier,
                                const VeldFout& fout, const std::vector<std::string_view>& velden) {
  if (naam != formulier || fout.melding.empty()) return {};
  if (std::find(velden.begin(), velden.end(), fout.veld) != velden.end()) return {fout, ""};
  return {{}, FormulierMelding("fout-" + naam, fout.melding)};
}

std::string Formulier(int64_t id, const std::string& pad, const std::string& naam,
                      const std::string& csrf, const std::string& velden) {
  return fmt::format(
      "<form method=\"post\" action=\"/verzuim/{}/{}\" novalidate>{}<input type=\"hidden\" "
      "name=\"formulier\" value=\"{}\">{}</form>\n",
      id, pad, CsrfField(csrf), naam, velden);
}

std::string Kop(const std::string& id, const std::string& tekst) {
  return fmt::format("<h2 class=\"utrecht-heading-2\" id=\"{}\">{}</h2>\n", id, Escape(tekst));
}

}  // namespace

std::string SignaalBadges(const app::VerzuimInzicht& inzicht) {
  std::string html;
  for (auto s : inzicht.status.signalen) {
    html +=
        Badge(SignaalNaam(s), s == domain::VerzuimSignaal::kConsulent ? "bijna" : "verlopen") + " ";
  }
  if (inzicht.vrijstelling) {
    for (auto s : inzicht.vrijstelling->signalen) {
      html += Badge(s == domain::VrijstellingSignaal::kVerlengen ? "Vrijstelling verlengen"
                                                                 : "Vrijstelling verlopen",
                    s == domain::VrijstellingSignaal::kVerlengen ? "bijna" : "verlopen") +
              " ";
    }
  }
  return html;
}

std::string VerzuimFeitenHtml(const app::VerzuimInzicht& inzicht) {
  const auto& o = inzicht.overzicht;
  const auto& m = o.record.melding;
  const auto& s = inzicht.status;
  std::string feiten = fmt::format(
      "<dt>Leerling</dt><dd>{}</dd><dt>Soort</dt><dd>{}</dd><dt>School</dt><dd>{}</dd>"
      "<dt>Gemeente (leerplicht)</dt><dd>{}</dd><dt>Samenwerkingsverband</dt><dd>{}</dd>"
      "<dt>Eerste verzuimdag</dt><dd>{}</dd><dt>Dagen thuis</dt><dd>{}</dd>",
      Escape(o.leerling_naam), Escape(domain::VerzuimTypeNaam(m.type)),
      m.school ? Escape(o.school_naam) : "Geen (niet ingeschreven)", Escape(m.gemeente.str()),
      Escape(m.swv.str()), domain::FormatDutchDate(m.startdatum), s.dagen_thuis);
  if (s.thuiszitter_vanaf) {
    feiten += fmt::format(
        "<dt>Thuiszitter vanaf</dt><dd>{}</dd><dt>Onderwijsconsulent mogelijk vanaf</dt>"
        "<dd>{}</dd><dt>Drie maanden thuis op</dt><dd>{}</dd>",
        domain::FormatDutchDate(*s.thuiszitter_vanaf), DatumOfStreep(s.consulent_vanaf),
        DatumOfStreep(s.drie_maanden_vanaf));
  }
  feiten += fmt::format(
      "<dt>Passend aanbod</dt><dd>{}</dd><dt>Overgedragen aan onderwijsconsulent</dt><dd>{}</dd>",
      m.aanbod ? domain::FormatDutchDate(m.aanbod->datum) + ": " + Escape(m.aanbod->omschrijving)
               : "Nog geen",
      DatumOfStreep(o.record.overgedragen_op));
  if (m.einddatum) {
    feiten +=
        fmt::format("<dt>Beëindigd</dt><dd>{}: {}{}</dd>", domain::FormatDutchDate(*m.einddatum),
                    Escape(domain::BeeindigingNaam(*m.reden_einde)),
                    m.toelichting_einde.empty() ? "" : " (" + Escape(m.toelichting_einde) + ")");
  }
  if (const auto& v = inzicht.vrijstelling) {
    feiten += fmt::format(
        "<dt>Artsverklaring</dt><dd>{}</dd><dt>Vrijstelling geldt tot en met</dt><dd>{}</dd>"
        "<dt>Verlengen vóór</dt><dd>{}</dd>",
        domain::FormatDutchDate(v->artsverklaring), domain::FormatDutchDate(v->geldig_tot_en_met),
        domain::FormatDutchDate(v->verlengen_voor));
  }
  const std::string badges = SignaalBadges(inzicht);
  if (!badges.empty()) feiten += "<dt>Signalen</dt><dd>" + badges + "</dd>";
  std::string html = "<dl class=\"passend-facts\">" + feiten + "</dl>\n";
  for (const auto& w : inzicht.waarschuwingen) {
    html += "<p class=\"utrecht-paragraph passend-melding\" role=\"note\">" + Escape(w) + "</p>\n";
  }
  return html;
}

std::string DoorbrakenHtml(const app::VerzuimInzicht& inzicht) {
  const auto& doorbraken = inzicht.overzicht.record.doorbraken;
  if (doorbraken.empty()) return "";
  std::string html = Kop("doorbraken", "Doorbraakaanpak");
  for (const auto& d : doorbraken) {
    html += fmt::format(
        "<h3 class=\"utrecht-heading-3\">Doorbraak {}</h3><dl class=\"passend-facts\">"
        "<dt>Gevraagd op</dt><dd>{}</dd><dt>Door</dt><dd>{}</dd><dt>Waarom vastgelopen</dt>"
        "<dd>{}</dd><dt>Doorzettingsmacht</dt><dd>{}{}</dd><dt>Besluit</dt><dd>{}</dd></dl>\n",
        d.volgnummer, domain::FormatDutchDate(d.aangevraagd_op), Escape(d.aangevraagd_door),
        Escape(d.reden), Escape(domain::DoorzettingsmachtNaam(d.doorzettingsmacht.houder)),
        d.doorzettingsmacht.naam.empty() ? "" : ": " + Escape(d.doorzettingsmacht.naam),
        d.besluit_op ? fmt::format("{} door {}: {}", domain::FormatDutchDate(*d.besluit_op),
                                   Escape(d.besloten_door), Escape(d.besluit))
                     : "Nog niet genomen");
  }
  return html;
}

std::string VerzuimFormulieren(const app::VerzuimInzicht& inzicht, domain::Rol rol,
                               const Formulierwaarden& w, const VeldFout& fout,
                               const std::string& formulier, const std::string& csrf) {
  const auto& r = inzicht.overzicht.record;
  const auto& m = r.melding;
  const int64_t id = m.id;
  std::string html;
  if (m.einddatum) return html;
  const bool beslissers = rol == domain::Rol::kSwv || rol == domain::Rol::kGemeente;

  if (!m.aanbod) {
    auto f = FoutVoorFormulier("aanbod", formulier, fout, {"datum", "omschrijving"});
    html += Kop("aanbod", "Passend aanbod vastleggen") + f.boven +
            Formulier(id, "aanbod", "aanbod", csrf,
                      Tekstveld({"aanbod-datum", "datum", "Datum van het aanbod",
                                 "Laat leeg voor vandaag.", FoutVoor(f.veld, "datum")},
                                Waarde(w, "datum"), "date") +
                          Tekstvak({"aanbod-omschrijving", "omschrijving", "Wat is aangeboden",
                                    "Bijvoorbeeld: plaats op SBO De Brug per 1 december.",
                                    FoutVoor(f.veld, "omschrijving")},
                                   Waarde(w, "omschrijving")) +
                          Knop("Aanbod vastleggen"));
  }
  if (rol == domain::Rol::kSwv && inzicht.status.thuiszitter && !r.overgedragen_op) {
    auto f = FoutVoorFormulier("overdracht", formulier, fout, {});
    html += Kop("overdracht", "Overdragen aan de onderwijsconsulent") + f.boven +
            "<p class=\"utrecht-paragraph\">Na 4 lesweken thuis kan het samenwerkingsverband de "
            "melding overdragen; de onderwijsconsulent ziet daarna de melding.</p>\n" +
            Formulier(id, "overdracht", "overdracht", csrf, Knop("Overdragen"));
  }
  const bool open_doorbraak = std::any_of(r.doorbraken.begin(), r.doorbraken.end(),
                                          [](const domain::Doorbraak& d) { return !d.besluit_op; });
  if (!open_doorbraak && (domain::IsThuiszittertype(m.type) || domain::IsVrijstelling(m.type))) {
    auto f = FoutVoorFormulier("doorbraak", formulier, fout, {"reden"});
    html += Kop("doorbraak", "Naar de doorbraakaanpak") + f.boven +
            Formulier(id, "doorbraak", "doorbraak", csrf,
                      Tekstvak({"doorbraak-reden", "reden", "Waarom lopen de partners vast",
                                "Wie heeft wat geprobeerd, en waar komt men niet uit.",
                                FoutVoor(f.veld, "reden")},
                               Waarde(w, "reden")) +
                          Knop("Doorbraak vragen"));
  }
  if (open_doorbraak && beslissers) {
    const auto& d = r.doorbraken.back();
    auto f = FoutVoorFormulier("besluit", formulier, fout, {"datum", "besluit", "beslotenDoor"});
    html += Kop("besluit", "Besluit van wie doorzettingsmacht heeft") + f.boven +
            Formulier(id, "doorbraak-besluit", "besluit", csrf,
                      fmt::format("<input type=\"hidden\" name=\"volgnummer\" value=\"{}\">",
                                  d.volgnummer) +
                          Tekstveld({"besluit-datum", "datum", "Datum van het besluit",
                                     "Laat leeg voor vandaag.", FoutVoor(f.veld, "datum")},
                                    Waarde(w, "datum"), "date") +
                          Tekstvak({"besluit-besluit", "besluit", "Besluit",
                                    "Welk aanbod, waar, per wanneer en wie betaalt.",
                                    FoutVoor(f.veld, "besluit")},
                                   Waarde(w, "besluit")) +
                          Tekstveld({"besluit-door", "beslotenDoor", "Genomen door",
                                     "Naam en functie, bijvoorbeeld: J. de Vries, wethouder.",
                                     FoutVoor(f.veld, "beslotenDoor")},
                                    Waarde(w, "beslotenDoor")) +
                          Knop("Besluit vastleggen"));
  }
  std::vector<Keuze> redenen;
  for (auto reden : {domain::Beeindiging::kTerugNaarSchool, domain::Beeindiging::kAndereSchool,
                     domain::Beeindiging::kVrijstelling, domain::Beeindiging::kVerhuisd,
                     domain::Beeindiging::kEindeLeerplicht, domain::Beeindiging::kOnderwijsZorg,
                     domain::Beeindiging::kOverig}) {
    redenen.push_back(
        {std::string(domain::BeeindigingCode(reden)), std::string(domain::BeeindigingNaam(reden))});
  }
  auto f = FoutVoorFormulier("einde", formulier, fout, {"einddatum", "reden", "toelichting"});
  html += Kop("einde", "Melding beëindigen") + f.boven +
          Formulier(id, "beeindiging", "einde", csrf,
                    Tekstveld({"einde-datum", "einddatum", "Eerste dag niet meer thuis", "",
                               FoutVoor(f.veld, "einddatum")},
                              Waarde(w, "einddatum"), "date") +
                        Keuzelijst({"einde-reden", "reden", "Reden", "", FoutVoor(f.veld, "reden")},
                                   redenen, Waarde(w, "reden")) +
                        Tekstvak({"einde-toelichting", "toelichting", "Toelichting",
                                  "Verplicht bij Overig.", FoutVoor(f.veld, "toelichting")},
                                 Waarde(w, "toelichting")) +
                        Knop("Beëindigen"));
  return html;
}

std::string NieuweMeldingHtml(const Formulierwaarden& w, const VeldFout& fout,
                              const std::string& csrf) {
  std::vector<Keuze> types;
  for (auto type : domain::kAlleVerzuimTypes) {
    types.push_back(
        {std::string(domain::VerzuimTypeCode(type)), std::string(domain::VerzuimTypeNaam(type))});
  }
  const std::vector<std::string_view> velden{"leerling", "type", "startdatum", "school",
                                             "artsverklaring"};
  const bool boven =
      !fout.melding.empty() && std::find(velden.begin(), velden.end(), fout.veld) == velden.end();
  return (boven ? FormulierMelding("fout-nieuw", fout.melding) : "") +
         fmt::format(
             "<form method=\"post\" action=\"/verzuim\" novalidate>{}{}{}{}{}{}{}</form>\n",
             CsrfField(csrf),
             Tekstveld({"nieuw-leerling", "leerling", "Leerlingnummer",
                        "Het nummer uit het leerlingdossier.", FoutVoor(fout, "leerling")},
                       Waarde(w, "leerling"), "text", " inputmode=\"numeric\""),
             Keuzelijst(
                 {"nieuw-type", "type", "Soort melding",
                  "Ziek en vrijstellingen tellen nooit als thuiszitter.", FoutVoor(fout, "type")},
                 types, Waarde(w, "type")),
             Tekstveld({"nieuw-start", "startdatum", "Eerste verzuimdag", "",
                        FoutVoor(fout, "startdatum")},
                       Waarde(w, "startdatum"), "date"),
             Tekstveld(
                 {"nieuw-school", "school", "School (vestigingscode)",
                  "Laat leeg voor de huidige school van de leerling.", FoutVoor(fout, "school")},
                 Waarde(w, "school")),
             Tekstveld({"nieuw-arts", "artsverklaring", "Datum artsverklaring",
                        "Alleen bij vrijstelling 5 onder a: de verklaring van de door de gemeente "
                        "aangewezen arts.",
                        FoutVoor(fout, "artsverklaring")},
                       Waarde(w, "artsverklaring"), "date"),
             Knop("Melding registreren"));
}

std::string AdviesFormulierHtml(const Formulierwaarden& w, const VeldFout& fout,
                                const std::string& csrf) {
  const std::vector<std::string_view> velden{"leerling", "advies", "datum"};
  const bool boven =
      !fout.melding.empty() && std::find(velden.begin(), velden.end(), fout.veld) == velden.end();
  return (boven ? FormulierMelding("fout-advies", fout.melding) : "") +
         fmt::format(
             "<form method=\"post\" action=\"/verzuim/advies\" novalidate>{}{}{}{}{}</form>\n",
             CsrfField(csrf),
             Tekstveld(
                 {"advies-leerling", "leerling", "Leerlingnummer", "", FoutVoor(fout, "leerling")},
                 Waarde(w, "leerling"), "text", " inputmode=\"numeric\""),
             Tekstvak(
                 {"advies-tekst", "advies", "Advies over het onderwijsperspectief",
                  "Welk onderwijs is mogelijk, met welke ondersteuning.", FoutVoor(fout, "advies")},
                 Waarde(w, "advies")),
             Tekstveld({"advies-datum", "datum", "Datum", "Laat leeg voor vandaag.",
                        FoutVoor(fout, "datum")},
                       Waarde(w, "datum"), "date"),
             Knop("Advies vastleggen"));
}

}  // namespace passend::web
