#include "app/aanmelding_events.h"

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

}  // namespace passend::app
