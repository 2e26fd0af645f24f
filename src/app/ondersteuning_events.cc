#include "app/ondersteuning_events.h"

#include <nlohmann/json.hpp>

namespace passend::app {

using nlohmann::json;

std::string OndersteuningsprofielSubject(const std::string& school) {
  return "ondersteuningsprofiel/" + school;
}

std::string OndersteuningsprofielPayload(const domain::Ondersteuningsprofiel& p) {
  json regels = json::array();
  for (const auto& r : p.regels) {
    regels.push_back({{"behoefte", r.behoefte},
                      {"niveau", std::string(domain::NiveauCode(r.niveau))},
                      {"plaatsen", r.plaatsen ? json(*r.plaatsen) : json(nullptr)}});
  }
  return json{
      {"school", p.school.str()},
      {"versie", p.versie},
      {"vastgesteldOp", domain::FormatIsoDate(p.vastgesteld_op)},
      {"mrAdviesOp", p.mr_advies_op ? json(domain::FormatIsoDate(*p.mr_advies_op)) : json(nullptr)},
      {"taxonomieVersie", p.taxonomie_versie},
      {"regels", std::move(regels)}}
      .dump();
}

}  // namespace passend::app
