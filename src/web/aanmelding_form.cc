#include "web/aanmelding_form.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <string_view>

#include "domain/aanmelding.h"
#include "web/html.h"

namespace passend::web {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

template <size_t N>
bool Kent(const std::string_view (&velden)[N], const std::string& veld) {
  return std::find(std::begin(velden), std::end(velden), veld) != std::end(velden);
}

constexpr std::string_view kAanmeldingVelden[] = {"leerling",
                                                  "voornamen",
                                                  "tussenvoegsel",
                                                  "achternaam",
                                                  "geslacht",
                                                  "geboortedatum",
                                                  "bsn",
                                                  "postcode",
                                                  "huisnummer",
                                                  "school",
                                                  "aanmelddatum",
                                                  "schriftelijk",
                                                  "eersteKeuze",
                                                  "gewensteStartdatum",
                                                  "vooraanmelding",
                                                  "ondersteuningsbehoeften"};

}  // namespace

AanmeldingFormulier LeesAanmeldingFormulier(const httplib::Request& req) {
  AanmeldingFormulier f;
  f.leerlingnummer = req.get_param_value("leerling");
  f.kind.voornamen = req.get_param_value("voornamen");
  f.kind.tussenvoegsel = req.get_param_value("tussenvoegsel");
  f.kind.achternaam = req.get_param_value("achternaam");
  f.kind.geslacht = req.get_param_value("geslacht");
  f.kind.geboortedatum = req.get_param_value("geboortedatum");
  f.kind.bsn = req.get_param_value("bsn");
  f.kind.postcode = req.get_param_value("postcode");
  f.kind.huisnummer = req.get_param_value("huisnummer");
  f.school = req.get_param_value("school");
  f.aanmelddatum = req.get_param_value("aanmelddatum");
  f.wijze = req.has_param("schriftelijk") ? req.get_param_value("schriftelijk") : "schriftelijk";
  f.gewenste_startdatum = req.get_param_value("gewensteStartdatum");
  // An unticked checkbox is not sent at all.
  f.eerste_keuze = req.has_param("eersteKeuze");
  f.vooraanmelding = req.has_param("vooraanmelding");
  f.ondersteuningsbehoeften = Waarden(req, "ondersteuningsbehoeften");
  return f;
}

Result<app::NieuweAanmelding> NaarNieuweAanmelding(const AanmeldingFormulier& f) {
  AanmeldingInvoer in;
  in.school = Trim(f.school);
  in.aanmelddatum = f.aanmelddatum;
  if (f.wijze != "schriftelijk" && f.wijze != "mondeling") {
    return Fail(ErrorCode::kInvalid, "Kies of de aanmelding schriftelijk of mondeling is.",
                "schriftelijk");
  }
  in.schriftelijk = f.wijze == "schriftelijk";
  in.eerste_keuze = f.eerste_keuze;
  in.vooraanmelding = f.vooraanmelding;
  in.gewenste_startdatum = f.gewenste_startdatum;
  in.ondersteuningsbehoeften = f.ondersteuningsbehoeften;
  const std::string nummer = Trim(f.leerlingnummer);
  if (nummer.empty()) {
    in.leerling = f.kind;
  } else {
    int64_t id = 0;
    const auto [end, ec] = std::from_chars(nummer.data(), nummer.data() + nummer.size(), id);
    if (ec != std::errc() || end != nummer.data() + nummer.size()) {
      return Fail(ErrorCode::kInvalid,
                  "Een leerlingnummer bestaat alleen uit cijfers, bijvoorbeeld 1234. Laat het "
                  "leeg voor een kind dat nog niet in Passend staat.",
                  "leerling");
    }
    in.leerling = id;
  }
  return BouwNieuweAanmelding(in);
}

std::string AanmeldingFormulierHtml(const AanmeldingFormulier& f, const SchoolKeuze& scholen,
                                    const VeldFout& fout, const std::string& csrf) {
  std::string html =
      "<form class=\"passend-form\" method=\"post\" action=\"/aanmeldingen\" novalidate>\n" +
      CsrfField(csrf) + "\n";
  if (!fout.melding.empty()) {
    // A long form: say at the top that something needs attention, and where.
    html += Kent(kAanmeldingVelden, fout.veld)
                ? fmt::format(
                      "<p class=\"utrecht-paragraph passend-notice passend-notice--fout\">Niet "
                      "alles is goed ingevuld. <a class=\"utrecht-link\" href=\"#{}\">Ga naar de "
                      "melding</a>.</p>\n",
                      fout.veld)
                : FormulierMelding("aanmelding-fout", fout.melding);
  }

  const std::string kind_velden =
      Tekstveld({"voornamen", "voornamen", "Voornamen", "", FoutVoor(fout, "voornamen")},
                f.kind.voornamen, "text", " autocomplete=\"off\"") +
      Tekstveld({"tussenvoegsel", "tussenvoegsel", "Tussenvoegsel (als dat er is)"},
                f.kind.tussenvoegsel, "text", " autocomplete=\"off\"") +
      Tekstveld({"achternaam", "achternaam", "Achternaam", "", FoutVoor(fout, "achternaam")},
                f.kind.achternaam, "text", " autocomplete=\"off\"") +
      Groep({"geslacht", "geslacht", "Geslacht", "", FoutVoor(fout, "geslacht")}, "radio",
            {{"V", "Meisje"}, {"M", "Jongen"}, {"X", "Onbekend of anders"}}, {f.kind.geslacht}) +
      Tekstveld(
          {"geboortedatum", "geboortedatum", "Geboortedatum", "", FoutVoor(fout, "geboortedatum")},
          f.kind.geboortedatum, "date") +
      Tekstveld({"bsn", "bsn", "Burgerservicenummer (BSN)", "9 cijfers.", FoutVoor(fout, "bsn")},
                f.kind.bsn, "text", " inputmode=\"numeric\" autocomplete=\"off\"") +
      Tekstveld(
          {"postcode", "postcode", "Postcode", "Bijvoorbeeld 1234 AB.", FoutVoor(fout, "postcode")},
          f.kind.postcode, "text", " autocomplete=\"off\"") +
      Tekstveld({"huisnummer", "huisnummer", "Huisnummer", "", FoutVoor(fout, "huisnummer")},
                f.kind.huisnummer, "text", " autocomplete=\"off\"");
  html +=
      "<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset "
      "passend-fieldset\">\n<legend class=\"utrecht-form-fieldset__legend "
      "utrecht-form-fieldset__legend--html-legend\">Leerling</legend>\n" +
      Tekstveld({"leerling", "leerling", "Leerlingnummer (als de leerling al in Passend staat)",
                 "Laat dit leeg voor een kind dat nog niet in Passend staat en vul dan de "
                 "gegevens hieronder in.",
                 FoutVoor(fout, "leerling")},
                f.leerlingnummer, "text", " inputmode=\"numeric\"") +
      "<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset "
      "passend-fieldset\">\n<legend class=\"utrecht-form-fieldset__legend "
      "utrecht-form-fieldset__legend--html-legend\">Nieuw kind</legend>\n" +
      kind_velden + "</fieldset>\n</fieldset>\n";

  const Veld school{"school", "school", "School (vestigingscode)", "", FoutVoor(fout, "school")};
  std::string school_html;
  if (scholen.vast && !scholen.scholen.empty()) {
    Veld vast = school;
    vast.hint = "De aanmelding komt bij uw school: " + scholen.scholen.front().label + ".";
    school_html = Tekstveld(vast, scholen.scholen.front().waarde, "text", " readonly");
  } else if (!scholen.scholen.empty()) {
    std::vector<Keuze> opties{{"", "Kies een school"}};
    opties.insert(opties.end(), scholen.scholen.begin(), scholen.scholen.end());
    school_html = Keuzelijst(school, opties, f.school);
  } else {
    Veld open = school;
    open.hint = "Bijvoorbeeld 12AB00.";
    school_html = Tekstveld(open, f.school);
  }
  std::vector<Keuze> behoeften;
  for (auto b : domain::kAlleOndersteuningsbehoeften) {
    behoeften.push_back({std::string(domain::OndersteuningsbehoefteCode(b)),
                         std::string(domain::OndersteuningsbehoefteNaam(b))});
  }
  html +=
      "<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset "
      "passend-fieldset\">\n<legend class=\"utrecht-form-fieldset__legend "
      "utrecht-form-fieldset__legend--html-legend\">Aanmelding</legend>\n" +
      school_html +
      Tekstveld({"aanmelddatum", "aanmelddatum", "Aanmelddatum",
                 "Bij een schriftelijke aanmelding: de dag waarop die volledig was.",
                 FoutVoor(fout, "aanmelddatum")},
                f.aanmelddatum, "date") +
      Groep({"schriftelijk", "schriftelijk", "Hoe is het kind aangemeld?",
             "Een mondelinge aanmelding wordt vastgelegd en geteld; vraag de ouders om een "
             "schriftelijke aanmelding. Pas dan begint de beslistermijn.",
             FoutVoor(fout, "schriftelijk")},
            "radio", {{"schriftelijk", "Schriftelijk"}, {"mondeling", "Mondeling"}}, {f.wijze}) +
      Tekstveld({"gewensteStartdatum", "gewensteStartdatum", "Gewenste startdatum (niet verplicht)",
                 "", FoutVoor(fout, "gewensteStartdatum")},
                f.gewenste_startdatum, "date") +
      Vinkje({"eersteKeuze", "eersteKeuze", "Deze school is de eerste keuze van de ouders",
              "De school van eerste keuze heeft de zorgplicht.", FoutVoor(fout, "eersteKeuze")},
             f.eerste_keuze) +
      Vinkje({"vooraanmelding", "vooraanmelding", "Dit is een vooraanmelding", "",
              FoutVoor(fout, "vooraanmelding")},
             f.vooraanmelding) +
      Groep({"ondersteuningsbehoeften", "ondersteuningsbehoeften", "Ondersteuningsbehoeften",
             "Kies alles wat past; u mag ook niets kiezen.",
             FoutVoor(fout, "ondersteuningsbehoeften")},
            "checkbox", behoeften, f.ondersteuningsbehoeften) +
      "</fieldset>\n";
  return html + Knop("Aanmelding vastleggen") + "</form>\n";
}

VerlengingFormulier LeesVerlengingFormulier(const httplib::Request& req) {
  return VerlengingFormulier{req.get_param_value("weken"), req.get_param_value("reden")};
}

Result<VerlengingVerzoek> NaarVerlenging(const VerlengingFormulier& f) {
  const std::string text = Trim(f.weken);
  int64_t weken = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), weken);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
    return Fail(ErrorCode::kInvalid, "Kies met hoeveel weken u de termijn verlengt.", "weken");
  }
  return BouwVerlenging(weken, f.reden);
}

std::string VerlengingFormulierHtml(int64_t id, const VerlengingFormulier& f, int max_weken,
                                    const VeldFout& fout, const std::string& csrf) {
  // Errors that name no field of this form (a second extension, a lapsed term) are shown with
  // the number of weeks, the choice they are about.
  const std::string weken_fout = fout.melding.empty() || fout.veld == "reden" ? "" : fout.melding;
  std::vector<Keuze> opties{{"", "Kies het aantal weken"}};
  for (int w = 1; w <= std::max(1, max_weken); ++w) {
    opties.push_back({std::to_string(w), w == 1 ? "1 week" : fmt::format("{} weken", w)});
  }
  return fmt::format(
      "<form class=\"passend-form\" method=\"post\" action=\"/aanmeldingen/{}/verlenging\" "
      "novalidate>\n{}\n{}{}{}</form>\n",
      id, CsrfField(csrf),
      Keuzelijst({"verlenging-weken", "weken", "Verlengen met",
                  fmt::format("Eén keer, met ten hoogste {} weken.", max_weken), weken_fout},
                 opties, f.weken),
      Tekstvak({"verlenging-reden", "reden", "Reden van de verlenging",
                "De ouders krijgen deze reden schriftelijk te horen.", FoutVoor(fout, "reden")},
               f.reden),
      Knop("Termijn verlengen"));
}

BesluitFormulier LeesBesluitFormulier(const httplib::Request& req) {
  BesluitFormulier f;
  f.uitkomst = req.get_param_value("uitkomst");
  f.grond = req.get_param_value("grond");
  f.andere_school = req.get_param_value("andereSchool");
  f.andere_school_akkoord = req.has_param("andereSchoolAkkoord");
  f.met_arrangement = req.has_param("metArrangement");
  f.hoorrecht = req.get_param_value("hoorrecht");
  f.zienswijze = req.get_param_value("zienswijze");
  f.reden = req.get_param_value("reden");
  f.datum = req.get_param_value("datum");
  return f;
}

Result<domain::Besluit> NaarBesluit(const BesluitFormulier& f, domain::Date vandaag) {
  BesluitInvoer in;
  in.uitkomst = f.uitkomst;
  in.grond = f.grond;
  in.andere_school = Trim(f.andere_school);
  in.andere_school_akkoord = f.andere_school_akkoord;
  in.met_arrangement = f.met_arrangement;
  in.datum = f.datum;
  // No choice is no hoorrecht: the domain refuses that with its explanation.
  if (f.hoorrecht == "gehoord") {
    in.hoorrecht = domain::Hoorrecht{true, f.zienswijze, ""};
  } else if (f.hoorrecht == "niet-gehoord") {
    in.hoorrecht = domain::Hoorrecht{false, "", f.reden};
  } else if (!f.hoorrecht.empty()) {
    return Fail(ErrorCode::kInvalid, "Kies of de leerling is gehoord.", "hoorrecht");
  }
  return BouwBesluit(in, vandaag);
}

std::string BesluitFormulierHtml(int64_t id, const BesluitFormulier& f,
                                 const std::vector<Keuze>& andere_scholen, const VeldFout& fout,
                                 const std::string& csrf) {
  static constexpr std::string_view kVelden[] = {
      "uitkomst",       "grond",     "andereSchool", "andereSchoolAkkoord",
      "metArrangement", "hoorrecht", "datum"};
  // Errors that name no field of this form (a second decision) are shown with the outcome.
  const std::string veld =
      fout.melding.empty() ? "" : (Kent(kVelden, fout.veld) ? fout.veld : "uitkomst");
  auto fout_voor = [&](std::string_view v) { return veld == v ? fout.melding : ""; };

  std::vector<Keuze> uitkomsten;
  for (auto u : domain::kAlleUitkomsten) {
    uitkomsten.push_back(
        {std::string(domain::UitkomstCode(u)), std::string(domain::UitkomstNaam(u))});
  }
  std::vector<Keuze> gronden{{"", "Geen (alleen bij een weigering)"}};
  for (auto g : domain::kAlleWeigeringsgronden) {
    gronden.push_back(
        {std::string(domain::WeigeringsgrondCode(g)), std::string(domain::WeigeringsgrondNaam(g))});
  }
  std::string suggesties;
  if (!andere_scholen.empty()) {
    suggesties = "<datalist id=\"besluit-scholen\">";
    for (const auto& s : andere_scholen) {
      suggesties +=
          fmt::format("<option value=\"{}\">{}</option>", Escape(s.waarde), Escape(s.label));
    }
    suggesties += "</datalist>\n";
  }
  const std::string hoor_teksten =
      Tekstvak({"besluit-zienswijze", "zienswijze", "Wat vindt de leerling zelf? (zienswijze)",
                "Bij 'De leerling is gehoord'. Schrijf op wat de leerling zei."},
               f.zienswijze) +
      Tekstvak({"besluit-reden", "reden", "Waarom kon de leerling niet worden gehoord?",
                "Bij 'De leerling kon niet worden gehoord'."},
               f.reden);
  return fmt::format(
      "<form class=\"passend-form\" method=\"post\" action=\"/aanmeldingen/{}/besluit\" "
      "novalidate>\n{}\n{}{}{}{}{}{}{}{}{}</form>\n",
      id, CsrfField(csrf),
      Groep({"besluit-uitkomst", "uitkomst", "Uitkomst", "", fout_voor("uitkomst")}, "radio",
            uitkomsten, {f.uitkomst}),
      Vinkje(
          {"besluit-metArrangement", "metArrangement", "Met een arrangement (extra ondersteuning)",
           "Alleen bij toegelaten of geplaatst op een andere school.", fout_voor("metArrangement")},
          f.met_arrangement),
      Keuzelijst({"besluit-grond", "grond", "Grond van de weigering",
                  "Alleen bij geweigerd: de wettelijke grond.", fout_voor("grond")},
                 gronden, f.grond),
      Tekstveld({"besluit-andereSchool", "andereSchool", "Andere school (vestigingscode)",
                 "De school die de leerling een plek biedt, bijvoorbeeld 12AB00. Nodig bij "
                 "plaatsing op een andere school en bij weigering wegens onevenredige belasting.",
                 fout_voor("andereSchool")},
                f.andere_school, "text",
                andere_scholen.empty() ? "" : " list=\"besluit-scholen\" autocomplete=\"off\""),
      suggesties,
      Vinkje(
          {"besluit-andereSchoolAkkoord", "andereSchoolAkkoord",
           "De andere school heeft de leerling aangenomen", "", fout_voor("andereSchoolAkkoord")},
          f.andere_school_akkoord),
      Groep({"besluit-hoorrecht", "hoorrecht", "Hoorrecht: is de leerling gehoord?",
             "Bij elk besluit over een kind legt de school vast hoe het kind is gehoord.",
             fout_voor("hoorrecht")},
            "radio",
            {{"gehoord", "De leerling is gehoord"},
             {"niet-gehoord", "De leerling kon niet worden gehoord"}},
            {f.hoorrecht}, hoor_teksten),
      Tekstveld({"besluit-datum", "datum", "Datum van het besluit", "", fout_voor("datum")},
                f.datum, "date"),
      Knop("Besluit vastleggen"));
}

}  // namespace passend::web
