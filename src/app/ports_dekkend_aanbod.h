#pragma once
// Port of the dekkend aanbod (issue 5 item 7; docs/placement.md "Dekkend aanbod"): the
// municipalities of an SWV's region with the point distances are measured from, and the
// needs of the region's children from their latest registration. The locations and their
// profiles come from OndersteuningsprofielQueries::Kandidaten.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/codes.h"
#include "domain/error.h"
#include "domain/geo.h"
#include "domain/registry.h"

namespace passend::app {

/// A municipality of the region (swv_gemeenten, and the home municipality of any of its
/// students) with its point: the mean home position of the region's students living there
/// when they are at least domain::kKleinsteTeTonenAantal, else the mean position of the
/// region's locations there, else none.
struct RegioGemeente {
  std::string code;
  std::string naam;
  std::optional<domain::Coordinates> punt;
  int64_t leerlingen = 0;  // the region's students averaged for the point (0: locations)
  int64_t locaties = 0;    // the region's locations there
};

/// One student of the region whose latest registration (not withdrawn) names needs.
struct LeerlingVraag {
  domain::LeerlingId leerling;
  std::string gemeente;                // the home municipality
  std::vector<std::string> behoeften;  // codes as the registration names them
  std::string school_soort;            // the kind of location registered with (`sbo`, `vo`)
};

/// Reads for the dekkend aanbod; personal data leaves only through the use case.
class DekkendAanbodQueries {
 public:
  virtual ~DekkendAanbodQueries() = default;
  /// The region's municipalities by name (empty for an unknown SWV).
  virtual domain::Result<std::vector<RegioGemeente>> RegioGemeenten(const std::string& swv) = 0;
  /// The students with `leerlingen.swv = swv` whose newest registration that was not
  /// withdrawn names at least one need, by id.
  virtual domain::Result<std::vector<LeerlingVraag>> LeerlingVragen(const std::string& swv) = 0;
};

}  // namespace passend::app
