#pragma once
// Test support: short calendar dates for readable tests.

#include <chrono>

#include "domain/date.h"

namespace passend::testing {

/// The date `y`-`m`-`d`, e.g. D(2025, 10, 1).
inline domain::Date D(int y, unsigned m, unsigned d) {
  return domain::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

}  // namespace passend::testing
