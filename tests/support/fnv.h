#pragma once
// Test support: a running FNV-1a fingerprint of text fields, for "same seed, same output"
// checks of the demo generators.

#include <cstdint>
#include <string_view>

namespace passend::testing {

/// Mixes fields into `hash`; a separator after each field keeps `ab`+`c` apart from `a`+`bc`.
struct Fnv1a {
  uint64_t hash = 14695981039346656037ULL;

  /// Mixes each part as one field.
  template <typename... Parts>
  void Mix(const Parts&... parts) {
    (MixOne(std::string_view{parts}), ...);
  }

 private:
  void MixOne(std::string_view text) {
    for (char c : text) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
    hash ^= 0xFF;  // field separator
    hash *= 1099511628211ULL;
  }
};

}  // namespace passend::testing
