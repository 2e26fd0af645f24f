#include "app/aanmelding_events.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace passend::app {

using nlohmann::json;

namespace {

json DatumOfNull(const std::optional<domain::Date>& date) {
  return date ? json(domain::FormatIsoDate(*date)) : json(nullptr);
}

}  // namespace

std::string AanmeldingSubject(int64_t id) { return "aanmelding/" + std::to_string(id); }

std::optional<domain::Date> UitersteBeslisdatum(const domain::Aanmelding& aanmelding,
                                                const domain::ZorgplichtTermijnen& termijnen) {
  auto klok = domain::KlokVan(aanmelding, termijnen);
  if (!klok) return std::nullopt;
  return klok->Deadline();
}

std::string GeregistreerdPayload(const domain::Aanmelding& a,
                                 const std::optional<domain::Date>& uiterste_beslisdatum) {
  json behoeften = json::array();
  for (auto b : a.ondersteuningsbehoeften) {
    behoeften.push_back(std::string(domain::OndersteuningsbehoefteCode(b)));
  }
  return json{{"leerling", a.leerling.value},
              {"school", a.school.str()},
              {"aanmelddatum", domain::FormatIsoDate(a.aanmelddatum)},
              {"schriftelijk", a.schriftelijk},
              {"eersteKeuze", a.eerste_keuze},
              {"vooraanmelding", a.vooraanmelding},
              {"ondersteuningsbehoeften", behoeften},
              {"uitersteBeslisdatum", DatumOfNull(uiterste_beslisdatum)}}
      .dump();
}

std::string VerlengdPayload(const domain::Aanmelding& a, int weken,
                            const std::optional<domain::Date>& uiterste_beslisdatum) {
  return json{{"weken", weken},
              {"dagen", a.verlenging_dagen},
              {"reden", a.verlenging_reden},
              {"uitersteBeslisdatum", DatumOfNull(uiterste_beslisdatum)}}
      .dump();
}

std::string BeslotenPayload(const domain::Besluit& b) {
  json payload{{"uitkomst", std::string(domain::UitkomstCode(b.uitkomst))},
               {"datum", domain::FormatIsoDate(b.datum)},
               {"metArrangement", b.met_arrangement},
               {"gehoord", b.hoorrecht ? json(b.hoorrecht->gehoord) : json(nullptr)}};
  if (b.grond) payload["grond"] = std::string(domain::WeigeringsgrondCode(*b.grond));
  if (b.andere_school && !b.andere_school->empty()) {
    payload["andereSchool"] = *b.andere_school;
    payload["andereSchoolAkkoord"] = b.andere_school_akkoord;
  }
  return payload.dump();
}

// WPO art. 40 / WVO art. 27: an extension is told to the parents with its reason.
std::pair<std::string, std::string> OudersBericht(const std::string& type,
                                                  const domain::Aanmelding& a,
                                                  const std::optional<domain::Date>& deadline,
                                                  const domain::ZorgplichtTermijnen& termijnen) {
  const std::string uiterlijk = deadline ? domain::FormatDutchDate(*deadline) : "";
  if (type == kAanmeldingVerlengd) {
    return {"Beslistermijn verlengd",
            fmt::format("De school heeft de beslistermijn verlengd met {} weken. Reden: {} De "
                        "school beslist nu uiterlijk {}.",
                        a.verlenging_dagen / 7, a.verlenging_reden, uiterlijk)};
  }
  if (type == kAanmeldingBesloten && a.besluit) {
    const domain::Besluit& b = *a.besluit;
    std::string wat(domain::UitkomstNaam(b.uitkomst));
    if (b.grond) wat += " (" + std::string(domain::WeigeringsgrondNaam(*b.grond)) + ")";
    if (b.andere_school && !b.andere_school->empty()) {
      wat += ", met een plaats op school " + *b.andere_school;
    }
    return {"Besluit over de aanmelding",
            fmt::format("De school heeft op {} besloten: {}. Bent u het er niet mee eens? Op de "
                        "pagina van de aanmelding leest u welke stappen u kunt zetten en wie u "
                        "kan helpen.",
                        domain::FormatDutchDate(b.datum), wat)};
  }
  if (!a.schriftelijk) {
    return {"Mondelinge aanmelding vastgelegd",
            fmt::format("De school heeft uw mondelinge aanmelding van {} vastgelegd. De "
                        "beslistermijn begint als de schriftelijke aanmelding compleet is; de "
                        "school vraagt u daarom om een schriftelijke aanmelding.",
                        domain::FormatDutchDate(a.aanmelddatum))};
  }
  return {"Aanmelding ontvangen",
          fmt::format("De school heeft de aanmelding van uw kind ontvangen op {}. De school "
                      "beslist uiterlijk {}. De school mag die termijn één keer met ten hoogste {} "
                      "weken verlengen en moet u dan laten weten waarom.",
                      domain::FormatDutchDate(a.aanmelddatum), uiterlijk,
                      termijnen.max_verlenging_dagen / 7)};
}

}  // namespace passend::app
