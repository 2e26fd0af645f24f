#pragma once
// Ports for reading ontwikkelingsperspectiefplannen (OPP; issue 7 item 4; domain.md §3.4).

#include <cstdint>
#include <optional>
#include <string>

#include "app/paging.h"
#include "app/ports_auth.h"
#include "domain/opp.h"

namespace passend::app {

/// A plan with the names a reader needs, the board for scope, and its stored stand.
struct OppOverzicht {
  domain::Opp opp;          // with versions, consent steps and evaluations (FindOpp only)
  domain::OppStand stand;   // as stored by the last change
  std::string school_naam;  //
  std::string bestuur;      // the school's board (scope)
  std::string leerling_naam;
};

/// Filters on the plan list (all optional).
struct OppFilter {
  std::optional<std::string> swv;
  std::optional<std::string> school;
  std::optional<domain::LeerlingId> leerling;
  std::optional<domain::OppSignaal> signaal;     // only plans giving this signal on `vandaag`
  std::optional<domain::Instemming> instemming;  // of the newest version
};

/// Reads of plans.
class OppQueries {
 public:
  virtual ~OppQueries() = default;
  /// One plan with its versions, consent steps, evaluations and names, or none.
  virtual domain::Result<std::optional<OppOverzicht>> FindOpp(int64_t id) = 0;
  /// Plans within `scope` (the school, its board, the SWV, the child) matching `filter` on
  /// `vandaag`, newest placement first, without their versions.
  virtual domain::Result<Page<OppOverzicht>> ListOpps(const LeerlingScope& scope,
                                                      const OppFilter& filter, domain::Date vandaag,
                                                      PageRequest page) = 0;
};

}  // namespace passend::app
