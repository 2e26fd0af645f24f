#include "app/arrangement_events.h"

#include <nlohmann/json.hpp>

namespace passend::app {

using nlohmann::json;

std::string ArrangementSubject(int64_t id) { return "arrangement/" + std::to_string(id); }

std::string ToekenningSubject(int64_t id) { return "arrangementtoekenning/" + std::to_string(id); }

std::string ArrangementPayload(const domain::Arrangement& a) {
  return json{{"swv", a.swv.str()},
              {"soort", std::string(domain::ArrangementSoortCode(a.soort))},
              {"naam", a.naam},
              {"tarief", std::string(domain::TariefCode(a.tarief))},
              {"bedrag", a.bedrag.value()},
              {"actief", a.actief}}
      .dump();
}

std::string ToegekendPayload(const domain::Toekenning& t) {
  return json{{"arrangement", t.arrangement},
              {"leerling", t.leerling.value},
              {"school", t.school.str()},
              {"van", domain::FormatIsoDate(t.van)},
              {"tot", domain::FormatIsoDate(t.tot)},
              {"bedrag", t.bedrag.value()}}
      .dump();
}

std::string ToekenningBeeindigdPayload(const domain::Toekenning& t) {
  return json{{"op", domain::FormatIsoDate(domain::LaatsteDag(t))},
              {"ingetrokken", domain::IsIngetrokken(t)}}
      .dump();
}

}  // namespace passend::app
