#pragma once
// Moments in time (UTC, whole seconds) as ISO 8601 text, for the event log and the API.

#include <chrono>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace passend::domain {

using Timestamp = std::chrono::sys_seconds;

/// `2026-11-22T07:50:00Z`.
std::string FormatIsoTimestamp(Timestamp at);

/// For Dutch readers: `22 november 2026, 08:08 UTC`.
std::string FormatDutchTimestamp(Timestamp at);

/// Parses the form FormatIsoTimestamp writes.
Result<Timestamp> ParseIsoTimestamp(std::string_view text);

}  // namespace passend::domain
