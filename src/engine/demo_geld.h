#pragma once
// Demo year accounts of every SWV (issue 8 item 8), calibrated on domain.md §3.7: in 2019 about
// 9 in 10 SWVs (136 of 150) held reserves above the Inspectie's signaleringswaarde, in total
// about € 175 million; organisation costs 11–13 % of the budget. Reserves grow towards 2019
// and are spent down after it, as the plans the seeds ask for would do. Demo values, not any
// real SWV's accounts.

#include <vector>

#include "engine/demo.h"
#include "engine/demo_structure.h"

namespace passend::engine {

/// The accounts of every SWV of `s` for the years 2015 up to the year before "today"
/// (options.vandaag, else the peildatum); deterministic in the options.
std::vector<DemoJaarrekening> GenerateJaarrekeningen(const DemoStructure& s,
                                                     const DemoOptions& options);

}  // namespace passend::engine
