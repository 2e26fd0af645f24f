#pragma once
// The event payloads of an absence case (verzuimmelding), shared by the use case
// (VerzuimService) and the demo import, so a case's timeline reads the same whichever wrote
// it. Payloads name the case, never the child's name or BSN.

#include <string>

#include "domain/verzuim.h"

namespace passend::app {

/// JSON payload of `VerzuimGemeld`: the case as registered (student id, type, municipality,
/// school or null, SWV, start date).
std::string VerzuimGemeldPayload(const domain::Verzuimmelding& melding);

/// JSON payload of `VerzuimBeeindigd`: the end date and the reason's code (the explanation of
/// `overig` stays in the case).
std::string VerzuimBeeindigdPayload(domain::Date einddatum, domain::Beeindiging reden);

/// JSON payload of `VerzuimAanbodGedaan`: only the day; the description may name a school or
/// a care provider.
std::string VerzuimAanbodPayload(const domain::PassendAanbod& aanbod);

/// JSON payload of `VerzuimOvergedragen`: the day of the hand-over to the onderwijsconsulent
/// and the days at home then.
std::string VerzuimOvergedragenPayload(domain::Date overgedragen_op, int dagen_thuis);

}  // namespace passend::app
