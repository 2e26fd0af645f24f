#include "app/geld_events.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace passend::app {

std::string JaarrekeningSubject(const std::string& swv, int jaar) {
  return fmt::format("jaarrekening/{}/{}", swv, jaar);
}

std::string JaarrekeningPayload(const JaarrekeningRecord& r) {
  return nlohmann::json{{"swv", r.swv},
                        {"jaar", r.cijfers.jaar},
                        {"versie", r.versie},
                        {"batenTotaal", r.cijfers.baten_totaal.value()},
                        {"lastenTotaal", r.cijfers.lasten_totaal.value()},
                        {"eigenVermogen", r.cijfers.eigen_vermogen.value()},
                        {"organisatiekosten", r.cijfers.organisatiekosten.value()}}
      .dump();
}

}  // namespace passend::app
