#pragma once
// Ports of the placement round (issue 5 item 5; docs/placement.md): the children awaiting a
// place in an SWV and the stored rounds. Writes go through Writer (app/ports.h).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/geo.h"
#include "domain/plaatsingsronde.h"

namespace passend::app {

/// A child awaiting a place (docs/placement.md "Awaiting a place"): its oldest written,
/// undecided registration at a location of the SWV that names at least one support need and
/// is in no confirmed round.
struct WachtendKind {
  int64_t aanmelding = 0;
  domain::LeerlingId leerling;
  std::string aanmeldschool;
  domain::Date aanmelddatum{};
  std::vector<std::string> behoeften;  // need codes of the registration
  domain::Coordinates thuis;           // the child's home position (registry)
};

/// A round with the names its pages and answers show (personal data: audited by the use case).
struct RondeOverzicht {
  domain::Plaatsingsronde ronde;
  std::map<int64_t, std::string> leerling_namen;    // by student id
  std::map<std::string, std::string> school_namen;  // by location code
};

/// Reads of the placement rounds.
class PlaatsingsrondeQueries {
 public:
  virtual ~PlaatsingsrondeQueries() = default;
  /// The children awaiting a place in `swv`, by registration id.
  virtual domain::Result<std::vector<WachtendKind>> WachtendeKinderen(const std::string& swv) = 0;
  /// Round `id` with its current lines and the names, or none.
  virtual domain::Result<std::optional<RondeOverzicht>> FindRonde(int64_t id) = 0;
  /// The rounds of `swv`, newest first, with their current lines (no names).
  virtual domain::Result<std::vector<domain::Plaatsingsronde>> Rondes(const std::string& swv) = 0;
};

}  // namespace passend::app
