#pragma once
// The preference round of issue 5 item 5: student-proposing deferred acceptance (Gale and
// Shapley) with one seeded lottery for ties. Pure computation, reproducible from its seed on
// every machine (docs/placement.md "Lottery").

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace passend::engine {

/// One school in the preference round: id, total places, and optionally places per need.
struct LotingsSchool {
  std::string id;
  int64_t capaciteit = 0;
  std::vector<int64_t> groeps_plaatsen;  // per need index, or -1 for "no limit"; may be empty
  std::vector<int> prioriteit;           // children (indices) that come first, in this order
};

/// A preference round: children with their ranked schools, schools, the seed.
struct LotingsProbleem {
  std::vector<std::string> kinderen;         // ids (unique)
  std::vector<std::vector<int>> voorkeuren;  // per child: school indices, most wanted first
  std::vector<int> groep_van;                // per child: need index or -1; may be empty
  std::vector<LotingsSchool> scholen;
  uint64_t seed = 0;
};

/// Why a child got no place in the preference round.
enum class LotingsReden {
  kGeenVoorkeur,   // the child listed no school
  kAlleKeuzesVol,  // every listed school was filled with children ranked higher there
};

/// The JSON spelling of a reason (`geen-voorkeur`, `alle-keuzes-vol`).
std::string_view LotingsRedenCode(LotingsReden reden);

/// A Dutch sentence explaining a reason.
std::string_view LotingsRedenTekst(LotingsReden reden);

/// One unplaced child with the reason.
struct LotingsNietGeplaatst {
  int kind = 0;
  LotingsReden reden = LotingsReden::kGeenVoorkeur;
};

/// The outcome: per child the school index or -1, the child's lottery number (1 = best), and
/// the unplaced children in input order.
struct LotingsUitkomst {
  std::vector<int> school_van;
  std::vector<int64_t> lotnummer;
  std::vector<LotingsNietGeplaatst> niet_geplaatst;
};

/// The lottery: a permutation of the children, drawn with std::mt19937_64(seed) by
/// Fisher–Yates over the ids sorted byte-wise (for i = n−1 down to 1: swap position i with
/// position UniformBelow(i + 1)); the child at position p gets number p + 1. Returns the
/// numbers in the order of `kinderen`. Independent of input order and of the standard library.
std::vector<int64_t> TrekLoten(const std::vector<std::string>& kinderen, uint64_t seed);

/// A uniform integer in [0, n) for n > 0 from a generator of full 64-bit words (such as
/// std::mt19937_64, whose output the standard fixes): draws below 2^64 mod n are rejected so
/// no modulo bias remains, and no library distribution (implementation-defined) is used.
template <typename Generator>
uint64_t UniformBelow(Generator& generator, uint64_t n) {
  const uint64_t drempel = (0 - n) % n;  // 2^64 mod n
  uint64_t r = generator();
  while (r < drempel) r = generator();
  return r % n;
}

/// Runs student-proposing deferred acceptance: each school ranks its applicants by its
/// priority list first, then by lottery number; a school keeps at most `capaciteit` children
/// and, per need with a limit, at most that many children of the need. The result is stable
/// (no child and school would both rather have each other). Fails (kInvalid, naming the
/// field) on duplicate ids, unknown schools or children, or negative capacities.
domain::Result<LotingsUitkomst> Loot(const LotingsProbleem& probleem);

}  // namespace passend::engine
