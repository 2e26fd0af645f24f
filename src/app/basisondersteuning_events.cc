#include "app/basisondersteuning_events.h"

#include <nlohmann/json.hpp>

namespace passend::app {

using nlohmann::json;

std::string BasisnormSubject(const std::string& swv) { return "basisondersteuningsnorm/" + swv; }

std::string BasisInvullingSubject(const std::string& school) {
  return "basisondersteuning/" + school;
}

std::string BasisnormPayload(const domain::Basisondersteuningsnorm& n) {
  json elementen = json::array();
  for (const auto& e : n.elementen) elementen.push_back(e.code);
  return json{{"swv", n.swv},
              {"versie", n.versie},
              {"titel", n.titel},
              {"geldigVanaf", domain::FormatIsoDate(n.geldig_vanaf)},
              {"elementen", std::move(elementen)}}
      .dump();
}

std::string BasisInvullingPayload(const domain::BasisInvulling& inv) {
  json oordelen = json::object();
  for (const auto& e : inv.elementen) oordelen[e.element] = std::string(OordeelCode(e.oordeel));
  return json{{"school", inv.school.str()},
              {"versie", inv.versie},
              {"norm", inv.norm},
              {"vastgesteldOp", domain::FormatIsoDate(inv.vastgesteld_op)},
              {"oordelen", std::move(oordelen)}}
      .dump();
}

}  // namespace passend::app
