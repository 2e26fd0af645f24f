#pragma once
// Demo accounts of the basisondersteuning (issue 5 item 3; docs/basisondersteuning.md "Demo"):
// nearly every location describes per element of the national norm how it meets it; most meet
// most elements, about one in five falls short on one or two (deels or nog-niet, explained),
// and a few locations have described nothing yet. Deterministic in the options.

#include <vector>

#include "domain/basisondersteuning.h"
#include "engine/demo.h"
#include "engine/demo_structure.h"

namespace passend::engine {

/// One account per described location of `s` against `norm`, dated before the peildatum and
/// valid by domain::Valideer.
std::vector<domain::BasisInvulling> GenerateBasisInvullingen(
    const DemoStructure& s, const DemoOptions& options,
    const domain::Basisondersteuningsnorm& norm);

}  // namespace passend::engine
