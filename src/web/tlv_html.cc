#include "web/tlv_html.h"

#include <fmt/format.h>

#include <tuple>

#include "domain/kwartaalregistratie.h"
#include "web/aanmelding_html.h"
#include "web/html.h"
#include "web/svg_chart.h"
#include "web/table.h"

namespace passend::web {

namespace {

constexpr domain::TlvCategorie kCategorieen[] = {
    domain::TlvCategorie::kLaag, domain::TlvCategorie::kMidden, domain::TlvCategorie::kHoog};

std::string Alinea(const std::string& html) {
  return "<p class=\"utrecht-paragraph\">" + html + "</p>\n";
}

std::string Kop(const std::string& id, const std::string& titel) {
  return fmt::format("<h2 class=\"utrecht-heading-2\" id=\"{}\">{}</h2>\n", id, Escape(titel));
}

std::string Feit(const std::string& term, const std::string& html) {
  return "<dt>" + Escape(term) + "</dt><dd>" + html + "</dd>";
}

// `van 1 oktober 2025 tot en met 30 september 2026` or `vanaf ..., voor de hele
// schoolloopbaan`.
std::string Periode(const domain::TlvBesluit& b) {
  if (b.hele_loopbaan) {
    return fmt::format("vanaf {}, voor de hele schoolloopbaan", DatumOfStreep(b.ingangsdatum));
  }
  return fmt::format("van {} tot en met {}", DatumOfStreep(b.ingangsdatum),
                     DatumOfStreep(b.einddatum));
}

std::string PeriodeVan(const domain::Tlv& t) {
  return t.einddatum ? "tot en met " + domain::FormatDutchDate(*t.einddatum)
                     : std::string("hele schoolloopbaan");
}

std::string CategorieCel(const std::optional<domain::TlvCategorie>& c) {
  return c ? Escape(std::string(domain::TlvCategorieCode(*c))) : std::string("–");
}

int Aantal(const std::map<domain::TlvCategorie, int>& m, domain::TlvCategorie c) {
  auto it = m.find(c);
  return it == m.end() ? 0 : it->second;
}

// The request as the school wrote it, for the parent.
std::string AanvraagFeiten(const app::TlvInzicht& t) {
  const auto& a = t.overzicht.aanvraag;
  return "<dl class=\"passend-facts\">" + Feit("School", Escape(t.overzicht.school_naam)) +
         Feit("Aangevraagd op", domain::FormatDutchDate(a.aangevraagd_op)) +
         Feit("Soort onderwijs", Escape(domain::TlvSoortNaam(a.soort))) +
         Feit("Wat uw kind nodig heeft", Escape(a.ondersteuningsbehoefte)) +
         Feit("Wat de school al heeft gedaan", Escape(a.al_gedaan)) +
         Feit("Uw zienswijze", Escape(a.zienswijze_ouders)) +
         Feit("Wat uw kind zelf vindt", a.hoorrecht.gehoord
                                            ? Escape(a.hoorrecht.zienswijze)
                                            : "Niet gehoord: " + Escape(a.hoorrecht.reden)) +
         "</dl>\n";
}

std::string Adviezen(const domain::TlvAanvraag& a) {
  std::string html;
  for (const auto& advies : a.adviezen) {
    html += Alinea(fmt::format("<strong>{}</strong> ({}, {}): {}", Escape(advies.discipline),
                               Escape(advies.naam), domain::FormatDutchDate(advies.datum),
                               Escape(advies.advies)));
  }
  return html;
}

// One register list as a table; `met_link` links each student to the request's page.
std::string RegelTabel(const std::string& id, const std::string& titel,
                       const std::vector<app::TlvRegel>& regels, bool met_link,
                       const std::string& leeg) {
  if (regels.empty()) return Alinea(Escape(leeg));
  std::string rows;
  for (const auto& r : regels) {
    const auto& t = r.tlv;
    const std::string naam = Escape(r.leerling_naam);
    rows += Row(Cell(met_link ? fmt::format("<a class=\"utrecht-link\" href=\"/tlv/{}\">{}</a>",
                                            t.aanvraag, naam)
                              : naam) +
                Cell(Escape(domain::TlvSoortCode(t.soort))) + Cell(CategorieCel(t.categorie)) +
                Cell(domain::FormatDutchDate(t.ingangsdatum)) + Cell(Escape(PeriodeVan(t))) +
                Cell(r.huidige_school_naam.empty() ? "–" : Escape(r.huidige_school_naam)) +
                Cell(Escape(t.swv.str())));
  }
  return Table(id, fmt::format("{}: {}", titel, FormatCount(static_cast<int64_t>(regels.size()))),
               {"Leerling", "Soort", "Categorie", "Ingang", "Geldig", "Huidige school", "TLV van"},
               rows);
}

}  // namespace

std::string TlvCategorieNaam(domain::TlvCategorie categorie) {
  switch (categorie) {
    case domain::TlvCategorie::kLaag:
      return "laag (categorie 1)";
    case domain::TlvCategorie::kMidden:
      return "midden (categorie 2)";
    case domain::TlvCategorie::kHoog:
      return "hoog (categorie 3)";
  }
  return "";
}

std::string TlvBezwaarHtml(const domain::TlvAanvraag& a) {
  if (!a.bezwaar) return "";
  const auto& z = *a.bezwaar;
  std::string html = Kop("bezwaar", "Bezwaar") + "<dl class=\"passend-facts\">" +
                     Feit("Bezwaar ontvangen op", domain::FormatDutchDate(z.ingediend_op)) +
                     Feit("Gronden", Escape(z.gronden));
  if (z.lbt_advies_op) {
    html += Feit("Advies Landelijke Bezwaaradviescommissie",
                 domain::FormatDutchDate(*z.lbt_advies_op) + ": " + Escape(z.lbt_advies));
  } else {
    html += Feit("Advies Landelijke Bezwaaradviescommissie", "Nog niet ontvangen");
  }
  if (z.beslist_op) {
    html += Feit("Beslissing op bezwaar",
                 fmt::format("{} op {}: {}", z.gegrond ? "Gegrond" : "Ongegrond",
                             domain::FormatDutchDate(*z.beslist_op), Escape(z.beslissing)));
  } else {
    html += Feit("Beslissing op bezwaar", "Nog niet genomen");
  }
  return html + "</dl>\n";
}

std::string TlvOuderHtml(const app::TlvInzicht& t, const std::string& swv_naam,
                         domain::Date vandaag) {
  const auto& a = t.overzicht.aanvraag;
  const std::string soort = Escape(domain::TlvSoortNaam(a.soort));
  const std::string aangevraagd = fmt::format(
      "De school ({}) heeft op {} een toelaatbaarheidsverklaring (TLV) aangevraagd voor {}.",
      Escape(t.overzicht.school_naam), domain::FormatDutchDate(a.aangevraagd_op), soort);
  std::string html;
  switch (t.status) {
    case app::TlvStatus::kOpen:
      html += Alinea(aangevraagd +
                     " De aanvraag wacht nog op het advies van twee deskundigen. Daarna beslist de "
                     "commissie van het samenwerkingsverband.");
      break;
    case app::TlvStatus::kCompleet:
      html += Alinea(aangevraagd + fmt::format(" Beide adviezen zijn binnen. De commissie van het "
                                               "samenwerkingsverband beslist uiterlijk op {}.",
                                               DatumOfStreep(t.beslis_uiterlijk)));
      break;
    case app::TlvStatus::kBesloten:
      html += Alinea(aangevraagd + " Het samenwerkingsverband heeft besloten.");
      break;
  }
  if (const auto& b = a.besluit) {
    html += Kop("besluit", "Het besluit");
    html += Alinea(b->toegekend ? "<strong>Uw kind krijgt een TLV voor " + soort + ".</strong>"
                                : "<strong>Uw kind krijgt geen TLV voor " + soort + ".</strong>");
    html += "<dl class=\"passend-facts\">" +
            Feit("Besluit genomen op", domain::FormatDutchDate(b->datum)) +
            Feit("Uitkomst", b->toegekend ? "Toegekend" : "Afgewezen");
    if (b->toegekend) {
      html += Feit("Soort onderwijs", soort);
      if (b->categorie) html += Feit("Categorie", Escape(TlvCategorieNaam(*b->categorie)));
      html += Feit("Geldig", Escape(Periode(*b)));
      if (!b->motivering.empty()) html += Feit("Toelichting", Escape(b->motivering));
    } else {
      html += Feit("Waarom niet", Escape(b->motivering));
    }
    html += "</dl>\n";
    if (!a.bezwaar) {
      html += Kop("bezwaar-maken", "Bezwaar maken");
      const bool op_tijd = t.bezwaar_uiterlijk && vandaag <= *t.bezwaar_uiterlijk;
      if (op_tijd) {
        // Awb art. 3:45: the decision says that, where and within which term one may object.
        html += Alinea(fmt::format(
            "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. De laatste dag "
            "daarvoor is <strong>{}</strong>.",
            DatumOfStreep(t.bezwaar_uiterlijk)));
        html += fmt::format(
            "<ol class=\"utrecht-ordered-list\">"
            "<li class=\"utrecht-ordered-list__item\">Stuur uw bezwaar in een brief of e-mail "
            "naar het samenwerkingsverband {}. Schrijf erin: uw naam en adres, de datum, tegen "
            "welk besluit u bezwaar maakt en waarom u het er niet mee eens bent, en zet uw "
            "handtekening eronder.</li>"
            "<li class=\"utrecht-ordered-list__item\">Het samenwerkingsverband vraagt advies aan "
            "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT). Die "
            "nodigt u uit om uw bezwaar toe te lichten.</li>"
            "<li class=\"utrecht-ordered-list__item\">Daarna beslist het samenwerkingsverband "
            "op uw bezwaar. U krijgt daarvan bericht.</li></ol>\n",
            Escape(swv_naam));
      } else {
        html += Alinea(fmt::format("De termijn om bezwaar te maken liep tot en met {}.",
                                   DatumOfStreep(t.bezwaar_uiterlijk)));
      }
    }
  }
  if (const auto& z = a.bezwaar) {
    html += Kop("bezwaar", "Uw bezwaar");
    html += "<dl class=\"passend-facts\">" +
            Feit("Ontvangen op", domain::FormatDutchDate(z->ingediend_op)) +
            Feit("Uw bezwaar", Escape(z->gronden));
    if (z->lbt_advies_op) {
      html += Feit("Advies van de Landelijke Bezwaaradviescommissie",
                   domain::FormatDutchDate(*z->lbt_advies_op) + ": " + Escape(z->lbt_advies));
    }
    if (z->beslist_op) {
      html +=
          Feit("Beslissing op uw bezwaar",
               fmt::format("Op {} heeft het samenwerkingsverband uw bezwaar <strong>{}</strong> "
                           "verklaard. {}",
                           domain::FormatDutchDate(*z->beslist_op),
                           z->gegrond ? "gegrond" : "ongegrond", Escape(z->beslissing)));
    }
    html += "</dl>\n";
    html += Alinea(
        z->beslist_op
            ? "Bent u het niet eens met de beslissing op uw bezwaar? Dan kunt u in beroep gaan "
              "bij de rechtbank. In de beslissing op bezwaar staat hoe en tot wanneer."
            : "Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie "
              "en beslist daarna op uw bezwaar. U krijgt daarvan bericht.");
  }
  html += Kop("aanvraag", "De aanvraag van de school") + AanvraagFeiten(t);
  html += Kop("adviezen", "Adviezen van deskundigen");
  html += a.adviezen.empty()
              ? Alinea(
                    "Er zijn nog geen adviezen. Er komen er twee, waarvan één van een "
                    "orthopedagoog of psycholoog.")
              : Alinea("Op deze adviezen baseert de commissie haar besluit.") + Adviezen(a);
  return html;
}

std::string TlvAdviezenHtml(const domain::TlvAanvraag& a) {
  if (a.adviezen.empty()) {
    return Alinea(
        "Nog geen adviezen. Er zijn er twee nodig, waarvan één van een orthopedagoog of "
        "psycholoog.");
  }
  return Adviezen(a);
}

std::string TlvRegisterHtml(const app::TlvRegister& reg, int signaal_dagen,
                            const std::string& csv_href) {
  const std::string peil = domain::FormatDutchDate(reg.peildatum);
  const std::string tel = domain::FormatDutchDate(reg.teldatum);
  std::string html = Kop("telling", "Actieve TLV's per soort en categorie");
  html += Alinea(fmt::format(
      "Actief op de peildatum ({}) en op de teldatum ({}), de telling voor de bekostiging.", peil,
      tel));
  Grafiek grafiek{"telling-grafiek",
                  "Actieve TLV's per soort en categorie",
                  "Staafgrafiek van het aantal actieve TLV's per soort en categorie op de "
                  "peildatum en op de teldatum. Dezelfde cijfers staan in de tabel hieronder.",
                  {},
                  {{"Peildatum", {}}, {"Teldatum", {}}}};
  std::string rows;
  auto rij = [&](const std::string& label, const std::string& naam, int op_peil, int op_tel) {
    grafiek.labels.push_back(label);
    grafiek.reeksen[0].waarden.push_back(op_peil);
    grafiek.reeksen[1].waarden.push_back(op_tel);
    rows += Row(Cell(Escape(naam)) + NumericCell(FormatCount(op_peil)) +
                NumericCell(FormatCount(op_tel)));
  };
  rij("sbo", "sbo", reg.actief_telling.sbo, reg.teldatum_telling.sbo);
  for (const auto& [soort, peil_m, tel_m] :
       {std::tuple{"so", &reg.actief_telling.so, &reg.teldatum_telling.so},
        std::tuple{"vso", &reg.actief_telling.vso, &reg.teldatum_telling.vso}}) {
    for (auto c : kCategorieen) {
      const std::string code(domain::TlvCategorieCode(c));
      rij(fmt::format("{} {}", soort, code), fmt::format("{}, {}", soort, TlvCategorieNaam(c)),
          Aantal(*peil_m, c), Aantal(*tel_m, c));
    }
  }
  rows += Row(Cell("<strong>Totaal</strong>") +
              NumericCell("<strong>" + FormatCount(reg.actief_telling.totaal) + "</strong>") +
              NumericCell("<strong>" + FormatCount(reg.teldatum_telling.totaal) + "</strong>"));
  html += StaafGrafiek(grafiek);
  html += Table("telling-tabel", "Actieve TLV's per soort en categorie",
                {"Soort en categorie", Column("Op de peildatum " + peil, true),
                 Column("Op de teldatum " + tel, true)},
                rows);

  html += Kop("aflopend", fmt::format("Aflopend binnen {} dagen", signaal_dagen));
  html += RegelTabel(
      "aflopend-tabel", "Aflopende TLV's", reg.eindigen_binnenkort, true,
      fmt::format("Er lopen binnen {} dagen na de peildatum geen TLV's af.", signaal_dagen));

  html += Kop("grensverkeer", "Grensverkeer");
  html += RegelTabel("grensverkeer-uit", "Uit: onze TLV's op een (v)so-school in een andere regio",
                     reg.grensverkeer_uit, true,
                     "Geen van de actieve TLV's wordt gebruikt op een (v)so-school in een andere "
                     "regio.");
  html += RegelTabel("grensverkeer-in",
                     "In: TLV's van andere samenwerkingsverbanden op (v)so-scholen in onze regio",
                     reg.grensverkeer_in, false,
                     "Er zijn geen TLV's van andere samenwerkingsverbanden op (v)so-scholen in uw "
                     "regio (alleen het samenwerkingsverband zelf ziet deze).");

  html += Kop("lijst", "TLV's");
  const char* filter = !reg.actief   ? "alle toegekende TLV's"
                       : *reg.actief ? "actief op de peildatum"
                                     : "niet actief op de peildatum";
  html += RegelTabel("tlv-register", fmt::format("TLV's ({})", filter), reg.tlvs, true,
                     "Er zijn geen TLV's die aan het filter voldoen.");
  html += Alinea(
      fmt::format("<a class=\"utrecht-link\" href=\"{}\" download>Download deze lijst als CSV</a>",
                  Escape(csv_href)));
  return html;
}

std::string TlvRegisterCsv(const app::TlvRegister& reg) {
  std::string csv =
      "aanvraag,leerling,naam,soort,categorie,ingangsdatum,einddatum,heleLoopbaan,actief,"
      "huidigeSchool,huidigeSchoolSwv\r\n";
  for (const auto& r : reg.tlvs) {
    const auto& t = r.tlv;
    const std::vector<std::string> velden = {
        std::to_string(t.aanvraag),
        std::to_string(t.leerling.value),
        r.leerling_naam,
        std::string(domain::TlvSoortCode(t.soort)),
        t.categorie ? std::string(domain::TlvCategorieCode(*t.categorie)) : "",
        domain::FormatIsoDate(t.ingangsdatum),
        t.einddatum ? domain::FormatIsoDate(*t.einddatum) : "",
        t.einddatum ? "false" : "true",
        domain::IsActief(t, reg.peildatum) ? "true" : "false",
        r.huidige_school,
        r.huidige_school_swv};
    for (std::size_t i = 0; i < velden.size(); ++i) {
      if (i > 0) csv += ',';
      csv += domain::CsvVeld(velden[i]);
    }
    csv += "\r\n";
  }
  return csv;
}

}  // namespace passend::web
