#pragma once
// Ports for the thuiszitters views (issue 6 item 5; docs/verzuim.md "Views"): the cases of a
// region with the child's date of birth and sex, and the students a per-1,000 figure counts.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports_verzuim.h"
#include "domain/kwartaalregistratie.h"

namespace passend::app {

/// Which cases a view covers: one SWV, one municipality, both, or (neither) the country.
struct ThuiszitterSelectie {
  std::optional<std::string> swv;
  std::optional<std::string> gemeente;  // the municipality whose leerplicht handles the case
};

/// A case as the views read it: the case, the child's date of birth and sex, and the child's
/// name when asked for (identifiable lists only).
struct ThuiszitterBron {
  domain::RegisterInvoer invoer;
  std::string leerling_naam;
};

/// A region's name and the students its per-1,000 figure counts.
struct RegioGegevens {
  std::string code;
  std::string naam;
  int64_t leerlingen = 0;
};

/// Reads for the thuiszitters views.
class ThuiszitterQueries {
 public:
  virtual ~ThuiszitterQueries() = default;
  /// Cases of `selectie` that ran on any day from `van` to `tot` (started on or before `tot`,
  /// not ended on or before `van`), oldest start first; only rows within `scope` when given
  /// (none: aggregates, e.g. national), with the child's name when `met_namen`.
  virtual domain::Result<std::vector<ThuiszitterBron>> Zaken(
      const ThuiszitterSelectie& selectie, const std::optional<VerzuimScope>& scope,
      domain::Date van, domain::Date tot, bool met_namen) = 0;
  /// The region of `selectie` with its students: for an SWV the students enrolled at its
  /// schools, for a municipality the students living there, for the country every enrolled
  /// student. None when the SWV or municipality does not exist.
  virtual domain::Result<std::optional<RegioGegevens>> Regio(
      const ThuiszitterSelectie& selectie) = 0;
  /// Every SWV with its name and enrolled students, by code.
  virtual domain::Result<std::vector<RegioGegevens>> Swvs() = 0;
};

}  // namespace passend::app
