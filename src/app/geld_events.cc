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

std::string ToewijzingSubject(int64_t id) { return fmt::format("toewijzing/{}", id); }

std::string ToewijzingPayload(const ToewijzingRecord& r) {
  return nlohmann::json{{"id", r.id},
                        {"swv", r.swv},
                        {"school", r.toewijzing.school},
                        {"schooljaar", r.toewijzing.schooljaar.Label()},
                        {"doel", std::string(domain::DoelCode(r.toewijzing.doel))},
                        {"bedrag", r.toewijzing.bedrag.value()},
                        {"omschrijving", r.toewijzing.omschrijving}}
      .dump();
}

}  // namespace passend::app
