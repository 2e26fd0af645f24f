#pragma once
// Use cases of reserve plans, objections and the multi-year budget (issue 8 items 5 and 6;
// domain.md §3.7; seed 000 #23; seed 002; docs/geld.md). The SWV records its plan for the
// reserve above the threshold, the OPR's consent and internal supervision's approval (on those
// bodies' behalf: Passend has no OPR or supervisory-board accounts), its objections and its
// multi-year budget with the OPR's consent; the ministry decides on objections (it withholds
// the budget). Whether budget is withheld is computed, never stored: domain::BepaalInhouding
// over the records and today. Every change is one transaction with its event and an audit
// entry; organisation figures carry no personal data.

#include <optional>
#include <string>
#include <vector>

#include "app/ports.h"
#include "app/ports_geld.h"
#include "app/ports_reserveplan.h"
#include "app/principal.h"
#include "domain/reserve.h"
#include "domain/reserveplan.h"

namespace passend::app {

/// One plan version with the stand its decisions lead to.
struct PlanVersieInzicht {
  ReserveplanRecord record;
  domain::PlanToestand toestand;
  domain::Cents totaal;    // the sum of its lines
  bool vervangen = false;  // a later version replaced it
};

/// The plan duty of one year's accounts.
struct ReserveplanJaar {
  int jaar = 0;
  domain::Cents bovenmatige_reserve;       // from the latest version of the accounts
  std::vector<PlanVersieInzicht> versies;  // oldest first; the last one is in force
  domain::InhoudingsStatus inhouding;
  std::vector<ReservebezwaarRecord> bezwaren;
};

/// An SWV's reserve plans, objections and withholding status per accounts year.
struct ReserveOverzicht {
  std::string swv;
  std::string swv_naam;
  domain::Date vandaag{};
  std::vector<ReserveplanJaar> jaren;  // newest first: years above the threshold from the
                                       // duty's first year, and years with plans or objections
};

/// One budget version with its totals per year and consent stand.
struct BegrotingInzicht {
  MeerjarenbegrotingRecord record;
  std::vector<domain::BegrotingJaar> totalen;
  std::optional<domain::OprInstemming> instemming;  // the last step, none before it is asked
  bool vervangen = false;
};

/// Aggregates of one accounts year for national roles (issue 8 item 8).
struct LandelijkReserveplannen {
  int jaar = 0;
  domain::Date vandaag{};
  int boven = 0;        // SWVs above the threshold (with a plan duty)
  int goedgekeurd = 0;  // of those, with an approved plan version
  int ingehouden = 0;   // budget withheld today
  int vrijgegeven = 0;  // withheld, then released
  int nog_niet = 0;     // the deadline has not passed
  int bezwaren = 0;     // objections about that year's accounts
  int bezwaren_gegrond = 0;
  domain::Date deadline{};
};

/// Reserve plans, objections and multi-year budgets.
class ReserveplanService {
 public:
  ReserveplanService(UnitOfWork& work, ReserveplanQueries& plannen, GeldQueries& geld,
                     RegistryQueries& registry, const Clock& clock, domain::ReserveNorm norm,
                     domain::ReserveplanTermijn termijn)
      : work_(work),
        plannen_(plannen),
        geld_(geld),
        registry_(registry),
        clock_(clock),
        norm_(norm),
        termijn_(termijn) {}

  /// The SWV's plans, objections and withholding per accounts year (the SWV itself or a
  /// national role; another SWV's is kNotFound).
  domain::Result<ReserveOverzicht> Overzicht(const Principal& principal, const std::string& swv);
  /// One plan version of the SWV (kNotFound outside it).
  domain::Result<PlanVersieInzicht> Plan(const Principal& principal, const std::string& swv,
                                         int64_t id);
  /// Records a new version of the plan for `plan.jaarrekening_jaar` (only the SWV itself; kRegel
  /// naming `jaarrekeningJaar` without accounts of that year or a reserve above the threshold,
  /// naming `regels` when the plan does not cover it).
  domain::Result<PlanVersieInzicht> LegPlanVast(const Principal& principal,
                                                const std::string& client, const std::string& swv,
                                                const domain::Bestedingsplan& plan);
  /// Records the OPR's consent or internal supervision's approval (`besluit.orgaan`) on version
  /// `id`, on the body's behalf (only the SWV itself); kConflict when the stand does not allow
  /// it or the version was replaced.
  domain::Result<PlanVersieInzicht> LegBesluitVast(const Principal& principal,
                                                   const std::string& client,
                                                   const std::string& swv, int64_t id,
                                                   const domain::PlanBesluit& besluit);
  /// Files the SWV's objection (only the SWV itself; kRegel naming `jaarrekeningJaar` without
  /// accounts of that year).
  domain::Result<ReservebezwaarRecord> DienBezwaarIn(const Principal& principal,
                                                     const std::string& client,
                                                     const std::string& swv,
                                                     const domain::Reservebezwaar& bezwaar);
  /// Records the decision on objection `id` (the ministry: permission reserve-bezwaar-beslissen);
  /// kConflict when it was decided.
  domain::Result<ReservebezwaarRecord> BeslisBezwaar(const Principal& principal,
                                                     const std::string& client,
                                                     const std::string& swv, int64_t id,
                                                     const domain::BezwaarUitspraak& uitspraak);
  /// The SWV's objections, oldest first.
  domain::Result<std::vector<ReservebezwaarRecord>> Bezwaren(const Principal& principal,
                                                             const std::string& swv);
  /// Records a new version of the SWV's multi-year budget (only the SWV itself).
  domain::Result<BegrotingInzicht> LegBegrotingVast(const Principal& principal,
                                                    const std::string& client,
                                                    const std::string& swv,
                                                    const domain::Meerjarenbegroting& begroting);
  /// Records a step of the OPR's consent on budget version `id` (only the SWV itself, on the
  /// OPR's behalf); kConflict for a step out of order or on a replaced version.
  domain::Result<BegrotingInzicht> LegInstemmingVast(const Principal& principal,
                                                     const std::string& client,
                                                     const std::string& swv, int64_t id,
                                                     const domain::InstemmingStap& stap);
  /// Every version of the SWV's multi-year budget, newest first.
  domain::Result<std::vector<BegrotingInzicht>> Begrotingen(const Principal& principal,
                                                            const std::string& swv);
  /// The country's plan duty for the accounts of `jaar` (aggregates; statistiek-lezen).
  domain::Result<LandelijkReserveplannen> Landelijk(const Principal& principal, int jaar);
  /// The plan duty's parameters (for pages that explain them).
  const domain::ReserveplanTermijn& Termijn() const { return termijn_; }
  /// Today by the service's clock.
  domain::Date Vandaag() const;

 private:
  domain::Result<std::string> SwvNaam(const Principal& principal, const std::string& swv);
  domain::Result<void> AlleenHetSwv(const Principal& principal, const std::string& swv,
                                    const char* wat);
  domain::Result<domain::Cents> Bovenmatig(const std::string& swv, int jaar);
  domain::Result<PlanVersieInzicht> Inzicht(ReserveplanRecord record, bool vervangen) const;
  domain::Result<BegrotingInzicht> Inzicht(MeerjarenbegrotingRecord record, bool vervangen) const;
  domain::Result<std::vector<ReserveplanJaar>> Jaren(
      const std::vector<JaarrekeningRecord>& rekeningen, std::vector<ReserveplanRecord> plannen,
      const std::vector<ReservebezwaarRecord>& bezwaren) const;

  UnitOfWork& work_;
  ReserveplanQueries& plannen_;
  GeldQueries& geld_;
  RegistryQueries& registry_;
  const Clock& clock_;
  domain::ReserveNorm norm_;
  domain::ReserveplanTermijn termijn_;
};

}  // namespace passend::app
