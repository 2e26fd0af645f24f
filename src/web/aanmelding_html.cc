#include "web/aanmelding_html.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "domain/rol.h"
#include "web/html.h"
#include "web/table.h"

namespace passend::web {

namespace {

using nlohmann::json;

// The Dutch name of a role code as stored in the event log.
std::string RolLabel(const std::string& code) {
  auto rol = domain::ParseRol(code);
  return rol ? std::string(domain::RolNaam(*rol)) : code;
}

// The timeline's "what", in Dutch, with the details a reader needs.
std::string Wat(const app::Event& e) {
  json g = json::parse(e.payload, nullptr, false);
  if (!g.is_object()) g = json::object();
  auto datum = [&](const char* veld) {
    if (!g.contains(veld) || !g[veld].is_string()) return std::string();
    auto d = domain::ParseIsoDate(g[veld].get<std::string>());
    return d ? domain::FormatDutchDate(*d) : std::string();
  };
  if (e.type == "AanmeldingGeregistreerd") {
    const bool schriftelijk = g.value("schriftelijk", true);
    std::string wat =
        schriftelijk ? "Schriftelijke aanmelding vastgelegd" : "Mondelinge aanmelding vastgelegd";
    const std::string uiterst = datum("uitersteBeslisdatum");
    if (!uiterst.empty()) wat += "; uiterste beslisdatum " + uiterst;
    return wat + ".";
  }
  if (e.type == "AanmeldingVerlengd") {
    std::string wat =
        fmt::format("Beslistermijn verlengd met {}", Termijn(g.value("weken", 0) * 7));
    const std::string uiterst = datum("uitersteBeslisdatum");
    if (!uiterst.empty()) wat += ", tot " + uiterst;
    return wat + ".";
  }
  if (e.type == "AanmeldingBesloten") {
    auto uitkomst = domain::ParseUitkomst(g.value("uitkomst", ""));
    std::string wat = "Besluit: " + (uitkomst ? std::string(domain::UitkomstNaam(*uitkomst))
                                              : g.value("uitkomst", ""));
    if (g.contains("andereSchool") && g["andereSchool"].is_string()) {
      wat += " (" + g["andereSchool"].get<std::string>() + ")";
    }
    if (g.contains("gehoord") && g["gehoord"].is_boolean()) {
      wat +=
          g["gehoord"].get<bool>() ? "; de leerling is gehoord" : "; de leerling is niet gehoord";
    }
    return wat + ".";
  }
  if (e.type == "AanmeldingInGeschil") return "Geschil geopend over het besluit.";
  return e.type;
}

}  // namespace

// The status as text in a badge: colour is never the only sign (WCAG 1.4.1).
std::string StatusBadge(domain::AanmeldingStatusSoort soort) {
  return fmt::format(
      "<span class=\"utrecht-status-badge passend-badge passend-badge--{}\">{}</span>",
      domain::AanmeldingStatusCode(soort), domain::AanmeldingStatusNaam(soort));
}

std::string Dagen(int n) { return n == 1 ? "1 dag" : fmt::format("{} dagen", n); }

// Calendar days as weeks where they are whole weeks (the law counts in weeks).
std::string Termijn(int dagen) {
  if (dagen % 7 != 0) return Dagen(dagen);
  return dagen == 7 ? "1 week" : fmt::format("{} weken", dagen / 7);
}

std::string DagenOver(const domain::AanmeldingStatus& s) {
  if (!s.dagen_resterend) return "–";
  const int d = *s.dagen_resterend;
  if (d > 0) return "nog " + Dagen(d);
  if (d == 0) return "vandaag de laatste dag";
  return Dagen(-d) + " te laat";
}

std::string DatumOfStreep(const std::optional<domain::Date>& date) {
  return date ? domain::FormatDutchDate(*date) : "–";
}

std::string JaNee(bool b) { return b ? "Ja" : "Nee"; }

std::string TijdlijnHtml(const std::vector<app::Event>& events, bool ouder) {
  std::string rows;
  for (const auto& e : events) {
    std::string wie = RolLabel(e.actor.rol);
    if (!e.actor.organisatie.empty()) wie += " " + e.actor.organisatie;
    // Staff accounts are named to staff; a parent sees which organisation acted.
    if (!ouder) wie = e.actor.gebruiker + " (" + wie + ")";
    rows += Row(Cell(Escape(domain::FormatDutchTimestamp(e.at))) + Cell(Escape(wie)) +
                Cell(Escape(Wat(e))));
  }
  return fmt::format("<h2 class=\"utrecht-heading-2\" id=\"tijdlijn\">{}</h2>\n",
                     ouder ? "Wat is er gebeurd" : "Tijdlijn") +
         (rows.empty() ? "<p class=\"utrecht-paragraph\">Nog geen stappen.</p>\n"
                       : Table("", "", {"Tijdstip", "Wie", "Wat"}, rows, "tijdlijn"));
}

std::string BehoeftenHtml(const domain::Aanmelding& a) {
  std::string html = "<h2 class=\"utrecht-heading-2\">Ondersteuningsbehoeften</h2>\n";
  if (a.ondersteuningsbehoeften.empty()) {
    return html + "<p class=\"utrecht-paragraph\">Geen ondersteuningsbehoeften vastgelegd.</p>\n";
  }
  html += "<ul class=\"utrecht-unordered-list\">";
  for (auto b : a.ondersteuningsbehoeften) {
    html += "<li class=\"utrecht-unordered-list__item\">" +
            Escape(domain::OndersteuningsbehoefteNaam(b)) + "</li>";
  }
  return html + "</ul>\n";
}

std::string VerlengingTekst(const domain::Aanmelding& a, bool ouder) {
  if (a.verlenging_dagen <= 0) return "";
  return fmt::format(
      "<p class=\"utrecht-paragraph\">De school heeft de beslistermijn op {} verlengd met {}. "
      "{}: “{}”</p>\n",
      DatumOfStreep(a.verlengd_op), Termijn(a.verlenging_dagen),
      ouder ? "De reden die de school gaf" : "Reden", Escape(a.verlenging_reden));
}

std::string BesluitHtml(const domain::Besluit& b, bool ouder) {
  std::string html = "<dl class=\"passend-facts\">";
  auto feit = [&](const std::string& dt, const std::string& dd) {
    html += "<dt>" + Escape(dt) + "</dt><dd>" + Escape(dd) + "</dd>";
  };
  feit("Uitkomst", std::string(domain::UitkomstNaam(b.uitkomst)));
  feit("Datum", domain::FormatDutchDate(b.datum));
  if (b.grond) feit("Grond", std::string(domain::WeigeringsgrondNaam(*b.grond)));
  if (b.andere_school && !b.andere_school->empty()) {
    feit("Andere school", *b.andere_school);
    feit("Andere school heeft de leerling aangenomen", JaNee(b.andere_school_akkoord));
  }
  if (b.uitkomst == domain::Uitkomst::kToegelaten ||
      b.uitkomst == domain::Uitkomst::kEldersGeplaatst) {
    feit("Met arrangement", JaNee(b.met_arrangement));
  }
  if (b.hoorrecht) {
    const std::string kind = ouder ? "Uw kind" : "De leerling";
    feit("Hoorrecht", b.hoorrecht->gehoord ? kind + " is gehoord" : kind + " is niet gehoord");
    if (b.hoorrecht->gehoord) {
      feit(ouder ? "Wat uw kind vindt" : "Zienswijze", b.hoorrecht->zienswijze);
    } else {
      feit("Reden", b.hoorrecht->reden);
    }
  }
  return html + "</dl>\n";
}

// What a parent may expect, in plain words (domain.md §3.1; WPO art. 40, WVO art. 27).
std::string UwRechten(const domain::ZorgplichtTermijnen& t) {
  return fmt::format(
      "<h2 class=\"utrecht-heading-2\" id=\"uw-rechten\">Uw rechten</h2>\n"
      "<ul class=\"utrecht-unordered-list\">"
      "<li class=\"utrecht-unordered-list__item\">De school moet binnen {} na uw volledige "
      "schriftelijke aanmelding beslissen.</li>"
      "<li class=\"utrecht-unordered-list__item\">De school mag die termijn één keer verlengen, "
      "met ten hoogste {}. De school moet u dan laten weten waarom.</li>"
      "<li class=\"utrecht-unordered-list__item\">Beslist de school niet op tijd, dan heeft uw "
      "kind recht op een voorlopige (tijdelijke) plek op deze school.</li>"
      "<li class=\"utrecht-unordered-list__item\">Kan de school uw kind zelf geen passende plek "
      "bieden, dan moet de school zorgen voor een passende plek op een andere school die uw kind "
      "aanneemt. U hoeft niet zelf van school naar school te gaan.</li>"
      "<li class=\"utrecht-unordered-list__item\">Uw kind heeft het recht om gehoord te worden: "
      "de school vraagt wat uw kind zelf vindt en schrijft dat op bij het besluit.</li></ul>\n",
      Termijn(t.beslistermijn_dagen), Termijn(t.max_verlenging_dagen));
}

}  // namespace passend::web
