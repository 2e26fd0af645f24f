#pragma once
// The organisations of a demo data set (municipalities, SWVs, boards, school locations with
// their student counts), built before any student is generated.

#include <cstdint>
#include <span>
#include <vector>

#include "domain/registry.h"
#include "engine/demo.h"
#include "engine/demo_geography.h"

namespace passend::engine {

/// A municipality in the data set and its share of the students.
struct DemoGemeente {
  const GemeenteInfo* info = nullptr;
  domain::Gemeente gemeente;
  int64_t gewicht = 0;  // inhabitants the municipality stands for
};

/// An SWV and the cumulative weights of its municipalities (to draw where students live).
struct DemoSwv {
  domain::Samenwerkingsverband swv;
  int provincie = 0;
  std::vector<int> gemeenten;       // indexes into DemoStructure::gemeenten
  std::vector<int64_t> cumulatief;  // running sum of their weights
};

/// A school location, where it lies, its SWV (or -1) and how many students it gets.
struct DemoSchool {
  domain::School school;
  int gemeente = 0;
  int swv = -1;
  int64_t leerlingen = 0;
};

/// Everything except the students, in the order the sink receives it.
struct DemoStructure {
  std::vector<DemoGemeente> gemeenten;
  std::vector<DemoSwv> swvs;
  std::vector<domain::Bestuur> besturen;
  std::vector<DemoSchool> scholen;
  int64_t leerlingen = 0;  // sum over scholen
};

/// Builds the organisations for `options` (deterministic in the options).
DemoStructure BuildStructure(const DemoOptions& options);

/// Splits `total` over `weights` by largest remainder, giving each at least `minimum` when
/// the total allows; ties go to the lower index, so the result is exact and deterministic.
std::vector<int64_t> Apportion(int64_t total, std::span<const int64_t> weights,
                               int64_t minimum = 0);

/// Index of the position `target` (0 <= target < cumulatief.back()) in running sums.
int PickCumulative(std::span<const int64_t> cumulatief, int64_t target);

}  // namespace passend::engine
