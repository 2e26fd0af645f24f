#include "app/verzuim_events.h"

#include <nlohmann/json.hpp>

namespace passend::app {

using nlohmann::json;

std::string VerzuimGemeldPayload(const domain::Verzuimmelding& m) {
  return json{
      {"leerling", m.leerling.value}, {"type", std::string(domain::VerzuimTypeCode(m.type))},
      {"gemeente", m.gemeente.str()}, {"school", m.school ? json(m.school->str()) : json(nullptr)},
      {"swv", m.swv.str()},           {"startdatum", domain::FormatIsoDate(m.startdatum)}}
      .dump();
}

std::string VerzuimBeeindigdPayload(domain::Date einddatum, domain::Beeindiging reden) {
  return json{{"einddatum", domain::FormatIsoDate(einddatum)},
              {"reden", std::string(domain::BeeindigingCode(reden))}}
      .dump();
}

std::string VerzuimAanbodPayload(const domain::PassendAanbod& aanbod) {
  return json{{"datum", domain::FormatIsoDate(aanbod.datum)}}.dump();
}

std::string VerzuimOvergedragenPayload(domain::Date overgedragen_op, int dagen_thuis) {
  return json{{"overgedragenOp", domain::FormatIsoDate(overgedragen_op)},
              {"dagenThuis", dagen_thuis}}
      .dump();
}

std::string VrijstellingsadviesSubject(int64_t id) {
  return "vrijstellingsadvies/" + std::to_string(id);
}

std::string VrijstellingsadviesPayload(const domain::Vrijstellingsadvies& advies) {
  return json{{"leerling", advies.leerling.value}, {"datum", domain::FormatIsoDate(advies.datum)}}
      .dump();
}

std::string DoorbraakGevraagdPayload(const domain::Doorbraak& doorbraak) {
  return json{{"volgnummer", doorbraak.volgnummer},
              {"aangevraagdOp", domain::FormatIsoDate(doorbraak.aangevraagd_op)},
              {"doorzettingsmacht",
               std::string(domain::DoorzettingsmachtCode(doorbraak.doorzettingsmacht.houder))}}
      .dump();
}

std::string DoorbraakBeslotenPayload(const domain::Doorbraak& doorbraak) {
  return json{
      {"volgnummer", doorbraak.volgnummer},
      {"besluitOp",
       doorbraak.besluit_op ? json(domain::FormatIsoDate(*doorbraak.besluit_op)) : json(nullptr)},
      {"beslotenDoor", doorbraak.besloten_door}}
      .dump();
}

}  // namespace passend::app
