#include "domain/suppression.h"

namespace passend::domain {

bool IsSuppressed(int64_t count) { return count > 0 && count < kKleinsteTeTonenAantal; }

std::string SuppressedCount(int64_t count) {
  return IsSuppressed(count) ? "<5" : std::to_string(count);
}

}  // namespace passend::domain
