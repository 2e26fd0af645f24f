#include "app/plaatsingsronde_events.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace passend::app {

using nlohmann::json;

namespace {

json Regel(const domain::RondeRegel& r) {
  json uit = {{"aanmelding", r.aanmelding}, {"leerling", r.leerling.value}};
  if (r.school) {
    uit["school"] = *r.school;
  } else {
    uit["reden"] = r.reden;
  }
  return uit;
}

}  // namespace

std::string PlaatsingsrondeSubject(int64_t id) { return fmt::format("plaatsingsronde/{}", id); }

std::string PlaatsingsrondePayload(const domain::Plaatsingsronde& ronde) {
  json regels = json::array();
  for (const auto& r : ronde.regels) regels.push_back(Regel(r));
  json uit = {{"id", ronde.id},
              {"swv", ronde.swv},
              {"soort", domain::RondeSoortCode(ronde.soort)},
              {"maxAfstandMeter", ronde.parameters.max_afstand_meter},
              {"nietGeplaatstKosten", ronde.parameters.niet_geplaatst_kosten},
              {"totaleKosten", ronde.totale_kosten},
              {"regels", std::move(regels)}};
  if (ronde.parameters.tekort_boete) uit["tekortBoete"] = *ronde.parameters.tekort_boete;
  if (ronde.parameters.seed) uit["seed"] = std::to_string(*ronde.parameters.seed);
  return uit.dump();
}

std::string RondeRegelPayload(int64_t ronde, const domain::RondeRegel& regel) {
  json uit = Regel(regel);
  uit["ronde"] = ronde;
  uit["wijzigingReden"] = regel.wijziging_reden;
  uit["waarschuwingen"] = regel.waarschuwingen;
  return uit.dump();
}

std::string AfsluitingPayload(const domain::Plaatsingsronde& ronde) {
  int64_t geplaatst = 0;
  for (const auto& r : ronde.regels) geplaatst += r.school ? 1 : 0;
  return json{{"id", ronde.id},
              {"stand", domain::RondeStandCode(ronde.stand)},
              {"voorgesteld", geplaatst},
              {"nietGeplaatst", static_cast<int64_t>(ronde.regels.size()) - geplaatst},
              {"toelichting", ronde.afsluit_toelichting}}
      .dump();
}

}  // namespace passend::app
