#pragma once
// Demo school support profiles (issue 5 item 8; docs/placement.md "Demo profiles"): every
// location gets one, most at basis with a few needs at extra, (v)so, sbo and pro specialistisch
// for what their kind serves, and real gaps in the demo SWVs (the first PO and VO SWV by code,
// where the demo accounts are): no location there offers zien, horen or emb above basis, and
// the special schools' places for gedrag are few. Deterministic in the options.

#include <string>
#include <vector>

#include "domain/ondersteuningsprofiel.h"
#include "engine/demo.h"
#include "engine/demo_structure.h"

namespace passend::engine {

/// The needs the demo SWVs have no provider for above basis (the gaps).
inline constexpr std::string_view kDemoGaten[] = {"zien", "horen", "emb"};

/// One profile version per location of `s` (a few locations also get an earlier version,
/// which comes first), dated before the peildatum, valid against domain::StandaardTaxonomie.
std::vector<domain::Ondersteuningsprofiel> GenerateProfielen(const DemoStructure& s,
                                                             const DemoOptions& options);

}  // namespace passend::engine
