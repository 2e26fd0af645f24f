#pragma once
// Demo reserve plans and multi-year budgets (issue 8 items 5 and 6; docs/geld.md): for every
// SWV whose demo accounts show a reserve above the signaleringswaarde, plans in the states a
// real country would show. Older years (deadline long past) have a plan approved in time. The
// latest year whose deadline has passed is spread over five states by the SWV's place: no plan
// (withheld), a concept awaiting the OPR (withheld), the OPR consented but supervision has not
// approved (withheld), approved in time, approved after the deadline (released); the SWV with
// the lowest code (the demo account swv.demo's) has no plan there, so its budget is withheld.
// The current year (deadline ahead) has concepts and consents. Every SWV gets a multi-year
// budget for this year and the next two, the OPR's consent asked, given or not yet asked.
// Demo values, not any real SWV's plans.

#include <vector>

#include "engine/demo.h"

namespace passend::engine {

/// The generated plans (versions with their decisions) and budgets.
struct DemoReserveplannen {
  std::vector<DemoReserveplan> plannen;
  std::vector<DemoMeerjarenbegroting> begrotingen;
};

/// Plans and budgets for the accounts `jaarrekeningen` (engine/demo_geld), with the shipped
/// threshold rule and plan duty (the defaults of domain::ReserveNorm and ReserveplanTermijn, as
/// config/bekostiging.json ships them); no record or decision is dated after "today"
/// (options.vandaag, else the peildatum). Deterministic in the options.
DemoReserveplannen GenerateReserveplannen(const std::vector<DemoJaarrekening>& jaarrekeningen,
                                          const DemoOptions& options);

}  // namespace passend::engine
