#pragma once
// Small-number suppression for everything national roles receive (AVG: published
// aggregates about small groups must not identify children; domain.md §3.9).

#include <cstdint>
#include <string>

namespace passend::domain {

/// Counts from 1 to 4 are too small to publish.
inline constexpr int64_t kKleinsteTeTonenAantal = 5;

/// A count as shown to national roles: `<5` for 1..4, the number otherwise (0 stays 0: an
/// empty group identifies nobody).
std::string SuppressedCount(int64_t count);

/// True when SuppressedCount would hide `count`.
bool IsSuppressed(int64_t count);

}  // namespace passend::domain
