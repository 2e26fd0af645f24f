#pragma once
// The students of a demo data set: names, birth dates, BSNs, addresses, parents, enrolments.

#include <cstdint>

#include "engine/demo.h"
#include "engine/demo_structure.h"

namespace passend::engine {

/// Generates every school's students into `sink`, school by school, ids 1..N in that order.
void GenerateLeerlingen(const DemoStructure& structure, const DemoOptions& options, DemoSink& sink);

/// The demo's BSN sequence for a seed: every number passes the elfproef, the first 9 million
/// are distinct, and all start with 2 (never the 9999 test range).
class BsnReeks {
 public:
  /// The sequence for `seed`.
  explicit BsnReeks(uint64_t seed);
  /// The next BSN as a 9-digit number.
  int64_t Next();

 private:
  int64_t offset_ = 0;
  int64_t stride_ = 1;
  int64_t volgende_ = 0;
};

}  // namespace passend::engine
