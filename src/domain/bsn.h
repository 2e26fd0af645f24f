#pragma once
// Burgerservicenummer: the Dutch citizen service number, validated with the elfproef.

#include <string>
#include <string_view>

#include "domain/error.h"

namespace passend::domain {

/// True when `digits` is exactly 9 ASCII digits, not all zero, and passes the elfproef:
/// 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11.
bool IsValidBsn(std::string_view digits);

/// A valid BSN. Never log it, never put it in a URL or an error message.
class Bsn {
 public:
  /// Empty (unset); only Parse produces a valid value.
  Bsn() = default;
  /// Accepts 9 digits, or 8 digits (a leading zero was dropped, as spreadsheets do), with
  /// optional spaces, dots or dashes between digit groups; fails with a message that does
  /// not repeat the input.
  static Result<Bsn> Parse(std::string_view text);

  /// The 9 digits.
  const std::string& digits() const { return digits_; }

  /// For display to people allowed to see it partly: `*****6789`.
  std::string Masked() const;

  friend bool operator==(const Bsn&, const Bsn&) = default;

 private:
  explicit Bsn(std::string digits) : digits_(std::move(digits)) {}
  std::string digits_;
};

}  // namespace passend::domain
