#pragma once
// School years run from 1 August to 31 July; the count date (teldatum) is 1 October.

#include <string>
#include <string_view>

#include "domain/date.h"
#include "domain/error.h"

namespace passend::domain {

/// A school year, named by the calendar year it starts in (2025 = 2025-2026).
class SchoolYear {
 public:
  /// The school year starting 1 August of `start_year`.
  explicit SchoolYear(int start_year) : start_year_(start_year) {}
  /// The school year that contains `date`.
  static SchoolYear Containing(Date date);
  /// Parses `2025-2026` or `2025/2026` (the second year must follow the first).
  static Result<SchoolYear> Parse(std::string_view text);

  int start_year() const { return start_year_; }
  /// 1 August of the start year.
  Date First() const;
  /// 31 July of the next year.
  Date Last() const;
  bool Contains(Date date) const;
  /// The count date in this school year; by law 1 October (the month and day are a
  /// parameter so that configuration can move it).
  Date Teldatum(std::chrono::month month = std::chrono::October,
                std::chrono::day day = std::chrono::day{1}) const;
  /// `2025-2026`.
  std::string Label() const;
  SchoolYear Next() const { return SchoolYear(start_year_ + 1); }
  friend auto operator<=>(const SchoolYear&, const SchoolYear&) = default;

 private:
  int start_year_;
};

}  // namespace passend::domain
