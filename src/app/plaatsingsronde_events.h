#pragma once
// The events of the placement round (issue 5 item 5): one place for their type, subject and
// payload. Payloads carry ids and codes, never names.

#include <string>

#include "domain/plaatsingsronde.h"

namespace passend::app {

/// A round was made by the engine (a proposal; nothing placed).
inline constexpr char kPlaatsingsrondeGemaakt[] = "PlaatsingsrondeGemaakt";
/// A person changed one child's line (another school, or unplaced to escalate).
inline constexpr char kPlaatsingsvoorstelGewijzigd[] = "PlaatsingsvoorstelGewijzigd";
/// The SWV confirmed the round's proposals.
inline constexpr char kPlaatsingsrondeBevestigd[] = "PlaatsingsrondeBevestigd";
/// The SWV discarded the round.
inline constexpr char kPlaatsingsrondeVerworpen[] = "PlaatsingsrondeVerworpen";

/// `plaatsingsronde/{id}`.
std::string PlaatsingsrondeSubject(int64_t id);

/// The round's kind, parameters, total and per line registration, student and school or
/// reason.
std::string PlaatsingsrondePayload(const domain::Plaatsingsronde& ronde);

/// One edited line: registration, student, school or reason, the person's reason, warnings.
std::string RondeRegelPayload(int64_t ronde, const domain::RondeRegel& regel);

/// The closing: stand, the counts placed and unplaced, the toelichting.
std::string AfsluitingPayload(const domain::Plaatsingsronde& ronde);

}  // namespace passend::app
