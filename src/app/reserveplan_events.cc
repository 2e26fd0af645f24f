#include "app/reserveplan_events.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace passend::app {

using nlohmann::json;

std::string ReserveplanSubject(int64_t id) { return fmt::format("reserveplan/{}", id); }
std::string ReservebezwaarSubject(int64_t id) { return fmt::format("reservebezwaar/{}", id); }
std::string MeerjarenbegrotingSubject(int64_t id) {
  return fmt::format("meerjarenbegroting/{}", id);
}

std::string ReserveplanPayload(const ReserveplanRecord& r) {
  json regels = json::array();
  for (const auto& regel : r.plan.regels) {
    regels.push_back(
        {{"jaar", regel.jaar}, {"bedrag", regel.bedrag.value()}, {"doel", regel.doel}});
  }
  return json{{"id", r.id},
              {"swv", r.swv},
              {"jaarrekeningJaar", r.plan.jaarrekening_jaar},
              {"versie", r.versie},
              {"bovenmatigeReserve", r.bovenmatige_reserve.value()},
              {"regels", regels},
              {"toelichting", r.plan.toelichting}}
      .dump();
}

std::string PlanBesluitPayload(int64_t plan, const domain::PlanBesluit& b) {
  return json{{"plan", plan},
              {"orgaan", std::string(domain::PlanOrgaanCode(b.orgaan))},
              {"akkoord", b.akkoord},
              {"datum", domain::FormatIsoDate(b.datum)},
              {"toelichting", b.toelichting}}
      .dump();
}

std::string ReservebezwaarPayload(const ReservebezwaarRecord& r) {
  return json{{"id", r.id},
              {"swv", r.swv},
              {"jaarrekeningJaar", r.bezwaar.jaarrekening_jaar},
              {"onderwerp", std::string(domain::BezwaarOnderwerpCode(r.bezwaar.onderwerp))},
              {"argumenten", r.bezwaar.argumenten},
              {"ingediendOp", domain::FormatIsoDate(r.bezwaar.ingediend_op)}}
      .dump();
}

std::string BezwaarUitspraakPayload(int64_t bezwaar, const domain::BezwaarUitspraak& u) {
  return json{{"bezwaar", bezwaar},
              {"uitkomst", u.gegrond ? "gegrond" : "ongegrond"},
              {"motivering", u.motivering},
              {"datum", domain::FormatIsoDate(u.datum)}}
      .dump();
}

std::string MeerjarenbegrotingPayload(const MeerjarenbegrotingRecord& r) {
  json regels = json::array();
  for (const auto& regel : r.begroting.regels) {
    regels.push_back({{"jaar", regel.jaar},
                      {"soort", std::string(domain::BegrotingSoortCode(regel.soort))},
                      {"doel", regel.doel},
                      {"bedrag", regel.bedrag.value()}});
  }
  return json{{"id", r.id},         {"swv", r.swv},
              {"versie", r.versie}, {"eersteJaar", r.begroting.eerste_jaar},
              {"regels", regels},   {"toelichting", r.begroting.toelichting}}
      .dump();
}

std::string InstemmingStapPayload(int64_t begroting, const domain::InstemmingStap& s) {
  return json{{"begroting", begroting},
              {"stand", std::string(domain::OprInstemmingCode(s.stand))},
              {"datum", domain::FormatIsoDate(s.datum)}}
      .dump();
}

}  // namespace passend::app
