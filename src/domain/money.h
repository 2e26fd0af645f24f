#pragma once
// Money as an exact integer number of euro cents; never floating point (domain §3.7).

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace passend::domain {

/// An amount of money in euro cents. Arithmetic is exact; overflow is an error, not a wrap.
class Cents {
 public:
  constexpr Cents() = default;
  constexpr explicit Cents(int64_t value) : value_(value) {}
  /// From whole euros.
  static constexpr Cents Euros(int64_t euros) { return Cents(euros * 100); }
  /// Parses Dutch notation: `1.234,56`, `€ 1.234,56`, `-12,5`, `1234`; at most 2 decimals.
  static Result<Cents> ParseEuro(std::string_view text);

  constexpr int64_t value() const { return value_; }

  /// Sum; fails on int64 overflow.
  Result<Cents> Add(Cents other) const;
  /// Difference; fails on int64 overflow.
  Result<Cents> Subtract(Cents other) const;
  /// Product with a count (students × norm amount); fails on overflow.
  Result<Cents> Multiply(int64_t factor) const;
  /// `this * numerator / denominator`, rounded half away from zero, computed without
  /// intermediate overflow (for shares such as 5/12 or 3.5 % = 35/1000).
  Result<Cents> MultiplyRatio(int64_t numerator, int64_t denominator) const;

  /// Dutch formatting: `€ 1.234,56`, `€ -1.234,56`, `€ 0,00`.
  std::string Format() const;

  friend constexpr auto operator<=>(Cents, Cents) = default;

 private:
  int64_t value_ = 0;
};

/// A count with Dutch thousands dots (`12.345`, `-1.000`), for formulas and pages.
std::string FormatAantal(int64_t aantal);

}  // namespace passend::domain
