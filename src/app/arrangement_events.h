#pragma once
// The events of the arrangementen catalogue and of the assignments, and their payloads
// (issue 7 item 1). Payloads name ids, codes, dates and amounts in cents, never the child's
// name or a reason: those stay in the records.

#include <cstdint>
#include <string>

#include "domain/arrangement.h"

namespace passend::app {

/// Event types.
inline constexpr char kArrangementAangemaakt[] = "ArrangementAangemaakt";
inline constexpr char kArrangementGewijzigd[] = "ArrangementGewijzigd";
inline constexpr char kArrangementToegekend[] = "ArrangementToegekend";
inline constexpr char kArrangementToekenningBeeindigd[] = "ArrangementToekenningBeeindigd";

/// The event subject of catalogue entry `id`: `arrangement/{id}`.
std::string ArrangementSubject(int64_t id);
/// The event subject of assignment `id`: `arrangementtoekenning/{id}`.
std::string ToekenningSubject(int64_t id);

/// JSON payload of `ArrangementAangemaakt` and `ArrangementGewijzigd`: the entry as it now
/// stands (SWV, kind, name, tariff, amount in cents, active).
std::string ArrangementPayload(const domain::Arrangement& arrangement);

/// JSON payload of `ArrangementToegekend`: arrangement, student id, school, period, amount in
/// cents.
std::string ToegekendPayload(const domain::Toekenning& toekenning);

/// JSON payload of `ArrangementToekenningBeeindigd`: the last day and whether it was a
/// withdrawal (the reason stays in the record).
std::string ToekenningBeeindigdPayload(const domain::Toekenning& toekenning);

}  // namespace passend::app
