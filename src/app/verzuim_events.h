#pragma once
// The event payloads of an absence case (verzuimmelding), shared by the use case
// (VerzuimService) and the demo import, so a case's timeline reads the same whichever wrote
// it. Payloads name the case, never the child's name or BSN.

#include <cstdint>
#include <string>

#include "domain/doorbraak.h"
#include "domain/verzuim.h"
#include "domain/vrijstelling.h"

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

/// The event subject of advice `id`: `vrijstellingsadvies/{id}`.
std::string VrijstellingsadviesSubject(int64_t id);

/// JSON payload of `VrijstellingsadviesGegeven`: the student id and the advice's date; the
/// advice itself describes the child and stays in its table.
std::string VrijstellingsadviesPayload(const domain::Vrijstellingsadvies& advies);

/// JSON payload of `DoorbraakGevraagd`: the escalation's number, day and the kind of holder of
/// doorzettingsmacht (the reason may describe the child and the family: not logged).
std::string DoorbraakGevraagdPayload(const domain::Doorbraak& doorbraak);

/// JSON payload of `DoorbraakBesloten`: the escalation's number, the day of the decision and
/// who took it (the decision itself stays in the case).
std::string DoorbraakBeslotenPayload(const domain::Doorbraak& doorbraak);

}  // namespace passend::app
