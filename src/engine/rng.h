#pragma once
// A small, fully specified pseudo-random generator for the demo data: the same seed gives the
// same numbers with every compiler and standard library (std::uniform_*_distribution does not).

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace passend::engine {

/// SplitMix64 step: turns any 64-bit value into a well-mixed one (used to seed Rng).
inline uint64_t SplitMix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/// xoshiro256** (Blackman and Vigna), seeded from a seed and a stream number.
class Rng {
 public:
  /// A generator for `seed`; different `stream`s of one seed are independent sequences.
  explicit Rng(uint64_t seed, uint64_t stream = 0) {
    uint64_t sm = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    for (uint64_t& word : s_) word = SplitMix64(sm);
  }

  /// The next 64 random bits.
  uint64_t Next() {
    const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }

  /// Uniform in [0, n) for n > 0, without modulo bias (rejects the short top range).
  uint64_t Below(uint64_t n) {
    const uint64_t threshold = (0 - n) % n;  // 2^64 mod n
    uint64_t r = Next();
    while (r < threshold) r = Next();
    return r % n;
  }

  /// Uniform integer in [lo, hi] (inclusive, lo <= hi).
  int Range(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }

  /// True with probability `per_mille` / 1000; integer so no floating point decides anything.
  bool PerMille(int per_mille) { return Below(1000) < static_cast<uint64_t>(per_mille); }

  /// A uniformly chosen element of a non-empty span.
  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[Below(items.size())];
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

/// An index drawn with probability proportional to `gewichten[i]` (non-negative, not all 0):
/// the demo generators' weighted choices.
template <size_t N>
int Trek(Rng& rng, const std::array<int, N>& gewichten) {
  int totaal = 0;
  for (int g : gewichten) totaal += g;
  int r = static_cast<int>(rng.Below(static_cast<uint64_t>(totaal)));
  for (size_t i = 0; i < N; ++i) {
    if (r < gewichten[i]) return static_cast<int>(i);
    r -= gewichten[i];
  }
  return static_cast<int>(N) - 1;
}

}  // namespace passend::engine
