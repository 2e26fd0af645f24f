#pragma once
// The events of the money part (issue 8): one place for their type, subject and payload, shared
// by GeldService and the demo import.

#include <string>

#include "app/ports_geld.h"

namespace passend::app {

/// A version of an SWV's year accounts was recorded.
inline constexpr char kJaarrekeningVastgelegd[] = "JaarrekeningVastgelegd";

/// `jaarrekening/{swv}/{jaar}`.
std::string JaarrekeningSubject(const std::string& swv, int jaar);

/// The figures of the version in cents (organisation figures, no personal data).
std::string JaarrekeningPayload(const JaarrekeningRecord& record);

/// An allocation of an SWV to one of its schools (or a correction of one) was recorded.
inline constexpr char kToewijzingVastgelegd[] = "ToewijzingVastgelegd";

/// `toewijzing/{id}`.
std::string ToewijzingSubject(int64_t id);

/// The record in cents (organisation money, no personal data).
std::string ToewijzingPayload(const ToewijzingRecord& record);

}  // namespace passend::app
