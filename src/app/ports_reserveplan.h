#pragma once
// Ports for reserve plans, objections and the multi-year budget (issue 8 items 5 and 6;
// docs/geld.md). Everything is append-only; the writes are in app::Writer (ports.h).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/reserveplan.h"
#include "domain/timestamp.h"

namespace passend::app {

/// A stored decision on a plan version.
struct PlanBesluitRecord {
  domain::PlanBesluit besluit;
  domain::Timestamp vastgelegd_op;
  std::string vastgelegd_door;
};

/// One stored version of an SWV's reserve plan with its decisions in order.
struct ReserveplanRecord {
  int64_t id = 0;
  std::string swv;
  int versie = 1;
  domain::Cents bovenmatige_reserve;  // the amount above the threshold it had to cover
  domain::Bestedingsplan plan;
  domain::Timestamp vastgelegd_op;
  std::string vastgelegd_door;
  std::vector<PlanBesluitRecord> besluiten;
};

/// A stored objection with its decision, if any.
struct ReservebezwaarRecord {
  int64_t id = 0;
  std::string swv;
  domain::Reservebezwaar bezwaar;
  domain::Timestamp vastgelegd_op;
  std::string vastgelegd_door;
  std::optional<domain::BezwaarUitspraak> uitspraak;
  std::string uitspraak_door;  // the account that recorded the decision
};

/// A stored step of the OPR's consent on a budget version.
struct InstemmingStapRecord {
  domain::InstemmingStap stap;
  domain::Timestamp vastgelegd_op;
  std::string vastgelegd_door;
};

/// One stored version of an SWV's multi-year budget with its consent steps.
struct MeerjarenbegrotingRecord {
  int64_t id = 0;
  std::string swv;
  int versie = 1;
  domain::Meerjarenbegroting begroting;
  domain::Timestamp vastgelegd_op;
  std::string vastgelegd_door;
  std::vector<InstemmingStapRecord> instemming;
};

/// Reads of plans, objections and budgets.
class ReserveplanQueries {
 public:
  virtual ~ReserveplanQueries() = default;
  /// Every version of the SWV's plans (all accounts years), by accounts year then version.
  virtual domain::Result<std::vector<ReserveplanRecord>> ReserveplannenVan(
      const std::string& swv) = 0;
  /// Every version of every SWV's plans for the accounts of `jaar` (national aggregates).
  virtual domain::Result<std::vector<ReserveplanRecord>> ReserveplannenVanJaar(int jaar) = 0;
  /// One version, or none.
  virtual domain::Result<std::optional<ReserveplanRecord>> FindReserveplan(int64_t id) = 0;
  /// The SWV's objections, oldest first.
  virtual domain::Result<std::vector<ReservebezwaarRecord>> BezwarenVan(const std::string& swv) = 0;
  /// Every SWV's objections about the accounts of `jaar`.
  virtual domain::Result<std::vector<ReservebezwaarRecord>> BezwarenVanJaar(int jaar) = 0;
  /// One objection, or none.
  virtual domain::Result<std::optional<ReservebezwaarRecord>> FindBezwaar(int64_t id) = 0;
  /// Every version of the SWV's multi-year budget, newest first.
  virtual domain::Result<std::vector<MeerjarenbegrotingRecord>> BegrotingenVan(
      const std::string& swv) = 0;
  /// One budget version, or none.
  virtual domain::Result<std::optional<MeerjarenbegrotingRecord>> FindBegroting(int64_t id) = 0;
};

}  // namespace passend::app
