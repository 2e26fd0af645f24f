#include "app/demo_opp_import.h"

#include <algorithm>
#include <string>
#include <tuple>

#include "app/bericht_service.h"
#include "app/opp_events.h"
#include "app/registry_service.h"

namespace passend::app {

namespace {

// A clock standing on one moment: the time of a step in the past.
class Moment final : public Clock {
 public:
  explicit Moment(std::chrono::sys_seconds at) : at_(at) {}
  std::chrono::sys_seconds Now() const override { return at_; }

 private:
  std::chrono::sys_seconds at_;
};

struct Stap {
  domain::Date dag;
  int uur = 9;
  std::string type;
  std::string payload;
  bool meld = false;  // a message to the parents (consent asked or refused)
  std::pair<std::string, std::string> bericht = {};
};

}  // namespace

domain::Result<int64_t> SchrijfDemoOpps(Writer& writer, const std::vector<engine::DemoOpp>& opps,
                                        const Actor& actor, std::chrono::sys_seconds nu,
                                        const domain::OppTermijnen& termijnen) {
  int64_t events = 0;
  for (const engine::DemoOpp& d : opps) {
    const domain::Opp& opp = d.opp;
    PASSEND_ASSIGN_OR_RETURN(const int64_t id,
                             writer.InsertOpp(opp, domain::StandVan(opp, termijnen), "demo"));
    domain::Opp stored = opp;
    stored.id = id;
    // Replayed as the use case took the steps, so each event's payload and each message is
    // the one OppService writes (app/opp_events.h).
    domain::Opp stap_voor_stap = stored;
    stap_voor_stap.versies.clear();
    stap_voor_stap.evaluaties.clear();
    std::vector<Stap> stappen;
    if (opp.versies.empty()) {
      stappen.push_back({opp.plaatsingsdatum, 8, kOppAangemaakt, OppAangemaaktPayload(stored)});
    }
    for (const domain::OppVersie& v : opp.versies) {
      PASSEND_RETURN_IF_ERROR(writer.InsertOppVersie(id, opp.swv.str(), v));
      domain::OppVersie zonder = v;
      zonder.instemming.clear();
      stap_voor_stap.versies.push_back(zonder);
      stappen.push_back({v.vastgesteld_op, 10, OppVersieEvent(v), OppVersiePayload(stored, v)});
      for (const domain::OppInstemmingStap& s : v.instemming) {
        PASSEND_RETURN_IF_ERROR(writer.InsertOppInstemming(id, opp.swv.str(), v.nummer, s));
        stap_voor_stap.versies.back().instemming.push_back(s);
        Stap stap{s.datum, s.status == domain::Instemming::kGevraagd ? 11 : 15,
                  OppInstemmingEvent(s.status), OppInstemmingPayload(v.nummer, s)};
        if (s.status == domain::Instemming::kGevraagd) {
          stap.meld = true;
          stap.bericht = OppInstemmingVraagBericht(stap_voor_stap);
        } else if (s.status == domain::Instemming::kGeweigerd) {
          stap.meld = true;
          stap.bericht = OppWeigeringBericht(stap_voor_stap);
        }
        stappen.push_back(std::move(stap));
      }
    }
    for (const domain::OppEvaluatie& e : opp.evaluaties) {
      PASSEND_RETURN_IF_ERROR(writer.InsertOppEvaluatie(id, opp.swv.str(), e));
      stap_voor_stap.evaluaties.push_back(e);
      stappen.push_back(
          {e.datum, 13, kOppEvaluatieVastgelegd, OppEvaluatiePayload(stap_voor_stap, e)});
    }
    std::stable_sort(stappen.begin(), stappen.end(), [](const Stap& a, const Stap& b) {
      return std::tie(a.dag, a.uur) < std::tie(b.dag, b.uur);
    });
    const std::string subject = OppSubject(id);
    for (const Stap& stap : stappen) {
      const Moment klok(std::min(nu, std::chrono::sys_seconds{std::chrono::sys_days{stap.dag} +
                                                              std::chrono::hours{stap.uur}}));
      PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
          MakeEvent(klok, actor, stap.type, subject, opp.swv.str(), stap.payload)));
      ++events;
      if (stap.meld) {
        PASSEND_RETURN_IF_ERROR(Meld(writer, klok, opp.leerling, stap.bericht.first,
                                     stap.bericht.second, "/opp/" + std::to_string(id)));
      }
    }
  }
  return events;
}

}  // namespace passend::app
