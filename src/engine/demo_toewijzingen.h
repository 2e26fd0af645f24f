#pragma once
// Demo allocations of support money from each SWV to its school locations (issue 8 items 3 and
// 7): per location and school year (the current one and the one before) basic support in
// proportion to its students, and for some locations extra support, arrangements or staff.
// Demo values, not any real SWV's budget.

#include <vector>

#include "engine/demo.h"
#include "engine/demo_structure.h"

namespace passend::engine {

/// The allocations of every SWV of `s` to its locations in the school year containing "today"
/// (options.vandaag, else the peildatum) and the one before; deterministic in the options.
std::vector<DemoToewijzing> GenerateToewijzingen(const DemoStructure& s,
                                                 const DemoOptions& options);

}  // namespace passend::engine
