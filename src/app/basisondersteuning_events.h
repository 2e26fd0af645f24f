#pragma once
// The events of the basisondersteuning (issue 5 item 3) and their payloads, shared by the use
// case and the demo import. Norms and accounts hold no personal data: the event, with its
// actor and client, is the record of who changed them.

#include <string>

#include "domain/basisondersteuning.h"

namespace passend::app {

/// Event type of a new version of an SWV's own norm.
inline constexpr char kBasisondersteuningNormVastgesteld[] = "BasisondersteuningNormVastgesteld";
/// Event type of a new version of a location's account.
inline constexpr char kBasisondersteuningBeschreven[] = "BasisondersteuningBeschreven";

/// The subject of an SWV's norm: `basisondersteuningsnorm/{swv}`.
std::string BasisnormSubject(const std::string& swv);
/// The subject of a location's account: `basisondersteuning/{locatie}`.
std::string BasisInvullingSubject(const std::string& school);

/// JSON payload: SWV, version, title, valid-from date and the element codes.
std::string BasisnormPayload(const domain::Basisondersteuningsnorm& norm);
/// JSON payload: location, version, the norm answered and per element the judgement (the
/// texts stay in the account).
std::string BasisInvullingPayload(const domain::BasisInvulling& invulling);

}  // namespace passend::app
