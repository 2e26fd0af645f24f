#pragma once
// Dutch postcodes: 4 digits (first not 0) and 2 letters, written `1234 AB`.

#include <string>
#include <string_view>

#include "domain/error.h"

namespace passend::domain {

/// A postcode in its normal form `1234 AB`.
class Postcode {
 public:
  /// Empty (unset); only Parse produces a valid value.
  Postcode() = default;
  /// Normalises common spellings (`1234ab`, `1234 ab`, ` 1234  AB `, `1234-AB`); rejects a
  /// leading 0, wrong lengths and the letter pairs PostNL never issues (SA, SD, SS).
  static Result<Postcode> Parse(std::string_view text);
  const std::string& str() const { return code_; }
  /// The 4-digit area number (1234).
  int Cijfers() const;
  friend auto operator<=>(const Postcode&, const Postcode&) = default;

 private:
  explicit Postcode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

}  // namespace passend::domain
