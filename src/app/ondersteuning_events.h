#pragma once
// The event of a school support profile version (issue 5 item 2) and its payload, shared by
// the use case and the demo import. A profile holds no personal data.

#include <string>

#include "domain/ondersteuningsprofiel.h"

namespace passend::app {

/// Event type of a new profile version.
inline constexpr char kOndersteuningsprofielVastgesteld[] = "OndersteuningsprofielVastgesteld";

/// The event subject of a location's profile: `ondersteuningsprofiel/{locatie}`.
std::string OndersteuningsprofielSubject(const std::string& school);

/// JSON payload: location, version, date, MR advice date, taxonomy version and per need the
/// level and places (the texts stay in the profile).
std::string OndersteuningsprofielPayload(const domain::Ondersteuningsprofiel& profiel);

}  // namespace passend::app
