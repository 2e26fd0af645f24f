#pragma once
// Calendar dates as std::chrono values, with ISO 8601 text for the API and Dutch text for pages.

#include <chrono>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace passend::domain {

using Date = std::chrono::year_month_day;

/// Parses an ISO 8601 calendar date `YYYY-MM-DD`; rejects impossible dates such as 2025-02-30.
Result<Date> ParseIsoDate(std::string_view text);

/// Formats as ISO 8601 `YYYY-MM-DD`.
std::string FormatIsoDate(Date date);

/// Formats for Dutch readers, e.g. `1 oktober 2025`.
std::string FormatDutchDate(Date date);

/// Whole days from `from` to `to` (negative when `to` is earlier).
int DaysBetween(Date from, Date to);

/// The date `days` calendar days after `date` (before it when negative).
Date AddDays(Date date, int days);

/// `date` plus `maanden` calendar months; a day that does not exist in the target month becomes
/// that month's last day (30 November + 3 months = 28 February, or 29 in a leap year).
Date PlusMaanden(Date date, int maanden);

/// Age in whole years on `on` for someone born on `birth`.
int AgeOn(Date birth, Date on);

}  // namespace passend::domain
