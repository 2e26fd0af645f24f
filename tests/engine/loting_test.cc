// The preference round (src/engine/loting.h, issue 5 item 5): deferred acceptance is stable,
// respects capacities and priorities, and is reproducible from its seed.

#include "engine/loting.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace passend::engine {
namespace {

LotingsProbleem Probleem(std::vector<std::vector<int>> voorkeuren, std::vector<int64_t> capaciteit,
                         uint64_t seed) {
  LotingsProbleem p;
  for (size_t i = 0; i < voorkeuren.size(); ++i) p.kinderen.push_back(fmt::format("k{}", i + 1));
  p.voorkeuren = std::move(voorkeuren);
  for (size_t j = 0; j < capaciteit.size(); ++j) {
    LotingsSchool s;
    s.id = fmt::format("s{}", j + 1);
    s.capaciteit = capaciteit[j];
    p.scholen.push_back(std::move(s));
  }
  p.seed = seed;
  return p;
}

// The school's ranking key for a child, as the contract in loting.h states it.
int64_t Rang(const LotingsProbleem& p, const LotingsUitkomst& u, int school, int kind) {
  const auto& lijst = p.scholen[school].prioriteit;
  const auto it = std::find(lijst.begin(), lijst.end(), kind);
  if (it != lijst.end()) return it - lijst.begin();
  return static_cast<int64_t>(lijst.size()) + u.lotnummer[kind];
}

// Would `school` take `kind` next to the children it holds? Its choice from the held children
// and `kind` is greedy in rank order under the total and the per-need limits.
bool ZouNemen(const LotingsProbleem& p, const LotingsUitkomst& u, int school, int kind) {
  std::vector<int> kandidaten{kind};
  for (size_t i = 0; i < p.kinderen.size(); ++i) {
    if (u.school_van[i] == school) kandidaten.push_back(static_cast<int>(i));
  }
  std::sort(kandidaten.begin(), kandidaten.end(),
            [&](int a, int b) { return Rang(p, u, school, a) < Rang(p, u, school, b); });
  int64_t totaal = 0;
  // A map, not a vector: g++ 12 warns falsely (free-nonheap-object) on the inlined vector.
  std::map<int, int64_t> per_groep;
  for (int c : kandidaten) {
    const int g = p.groep_van.empty() ? -1 : p.groep_van[c];
    const bool groep_vol = g >= 0 &&
                           g < static_cast<int>(p.scholen[school].groeps_plaatsen.size()) &&
                           p.scholen[school].groeps_plaatsen[g] >= 0 &&
                           per_groep[g] >= p.scholen[school].groeps_plaatsen[g];
    if (totaal >= p.scholen[school].capaciteit || groep_vol) {
      if (c == kind) return false;
      continue;
    }
    ++totaal;
    if (g >= 0) ++per_groep[g];
    if (c == kind) return true;
  }
  return false;
}

// No child and school would both rather have each other than what they have.
void ExpectStable(const LotingsProbleem& p, const LotingsUitkomst& u) {
  for (size_t i = 0; i < p.kinderen.size(); ++i) {
    for (int school : p.voorkeuren[i]) {
      if (school == u.school_van[i]) break;  // schools after its own it likes less
      EXPECT_FALSE(ZouNemen(p, u, school, static_cast<int>(i)))
          << "blocking pair: " << p.kinderen[i] << " and " << p.scholen[school].id;
    }
  }
}

TEST(Loting, LotteryIsAFixedPermutationOfTheSortedIds) {
  // Reproducibility rule (docs/placement.md): mt19937_64(seed), Fisher–Yates over the sorted
  // ids, UniformBelow by rejection. These numbers are the same on every machine.
  const std::vector<std::string> ids = {"k3", "k1", "k5", "k2", "k4"};
  const std::vector<int64_t> lot = TrekLoten(ids, 42);
  std::vector<int64_t> gesorteerd = lot;
  std::sort(gesorteerd.begin(), gesorteerd.end());
  EXPECT_EQ(gesorteerd, (std::vector<int64_t>{1, 2, 3, 4, 5}));
  EXPECT_EQ(lot, TrekLoten(ids, 42));
  EXPECT_NE(lot, TrekLoten(ids, 43));
  // The input order does not matter: the same id gets the same number.
  const std::vector<int64_t> andersom = TrekLoten({"k1", "k2", "k3", "k4", "k5"}, 42);
  EXPECT_EQ(lot[1], andersom[0]);
  EXPECT_EQ(lot[0], andersom[2]);
  // Checked against an independent Python MT19937-64 (docs/placement.md, appendix).
  EXPECT_EQ(andersom, (std::vector<int64_t>{4, 5, 1, 2, 3}));
}

TEST(Loting, MersenneTwisterIsTheStandardOne) {
  // The standard fixes mt19937_64: its 10,000th output from the default seed.
  std::mt19937_64 generator;
  generator.discard(9999);
  EXPECT_EQ(generator(), 9981545732273789042ULL);
}

TEST(Loting, UniformBelowStaysInRange) {
  std::mt19937_64 generator(7);
  for (uint64_t n : {1ULL, 2ULL, 3ULL, 10ULL, (1ULL << 63) + 1}) {
    for (int i = 0; i < 100; ++i) EXPECT_LT(UniformBelow(generator, n), n);
  }
}

TEST(Loting, ChildrenGetTheirFirstChoiceWhenThereIsRoom) {
  auto uit = Loot(Probleem({{1, 0}, {0}, {}}, {1, 1}, 1));
  ASSERT_TRUE(uit) << uit.error().message;
  EXPECT_EQ(uit->school_van, (std::vector<int>{1, 0, -1}));
  ASSERT_EQ(uit->niet_geplaatst.size(), 1u);
  EXPECT_EQ(uit->niet_geplaatst[0].reden, LotingsReden::kGeenVoorkeur);
}

TEST(Loting, PriorityListComesBeforeTheLottery) {
  // Both want s1 (one place); s1 gives k2 priority, whatever the lottery says.
  for (uint64_t seed = 0; seed < 20; ++seed) {
    auto p = Probleem({{0, 1}, {0}}, {1, 1}, seed);
    p.scholen[0].prioriteit = {1};
    auto uit = Loot(p);
    ASSERT_TRUE(uit);
    EXPECT_EQ(uit->school_van, (std::vector<int>{1, 0}));
  }
}

TEST(Loting, TheLotteryDecidesTiesAndTheLoserIsUnplacedWithAReason) {
  auto p = Probleem({{0}, {0}}, {1}, 5);
  auto uit = Loot(p);
  ASSERT_TRUE(uit);
  const int winnaar = uit->lotnummer[0] < uit->lotnummer[1] ? 0 : 1;
  EXPECT_EQ(uit->school_van[winnaar], 0);
  EXPECT_EQ(uit->school_van[1 - winnaar], -1);
  ASSERT_EQ(uit->niet_geplaatst.size(), 1u);
  EXPECT_EQ(uit->niet_geplaatst[0].kind, 1 - winnaar);
  EXPECT_EQ(uit->niet_geplaatst[0].reden, LotingsReden::kAlleKeuzesVol);
  EXPECT_EQ(LotingsRedenCode(LotingsReden::kAlleKeuzesVol), "alle-keuzes-vol");
}

TEST(Loting, FixedInstanceAndSeedGiveThisExactAssignment) {
  // Six children, three schools with two places each, everyone's first choice is s1.
  auto p = Probleem({{0, 1, 2}, {0, 2}, {0, 1}, {0}, {0, 2, 1}, {1, 0}}, {2, 2, 2}, 2026);
  auto uit = Loot(p);
  ASSERT_TRUE(uit);
  EXPECT_EQ(uit->lotnummer, (std::vector<int64_t>{5, 4, 3, 1, 2, 6}));
  // s1 takes the two best numbers (k4, k5); s2 keeps k3 and k1 over k6, whom s1 also refuses.
  EXPECT_EQ(uit->school_van, (std::vector<int>{1, 2, 1, 0, 0, -1}));
  ExpectStable(p, *uit);
}

TEST(Loting, IsStableAndWithinCapacityOnRandomInstances) {
  std::mt19937_64 rng(99);
  auto below = [&](int n) { return static_cast<int>(rng() % static_cast<uint64_t>(n)); };
  for (int ronde = 0; ronde < 300; ++ronde) {
    const int n = 1 + below(30);
    const int s = 1 + below(6);
    std::vector<std::vector<int>> voorkeuren(n);
    for (auto& lijst : voorkeuren) {
      std::vector<int> alle(s);
      for (int j = 0; j < s; ++j) alle[j] = j;
      for (int j = s - 1; j > 0; --j) std::swap(alle[j], alle[below(j + 1)]);
      alle.resize(below(s + 1));
      lijst = alle;
    }
    std::vector<int64_t> capaciteit(s);
    for (auto& c : capaciteit) c = below(6);
    auto p = Probleem(voorkeuren, capaciteit, static_cast<uint64_t>(ronde));
    for (auto& school : p.scholen) {
      if (below(3) == 0) school.prioriteit = {below(n)};
    }
    if (ronde % 2 == 1) {  // places per need at some schools
      for (int i = 0; i < n; ++i) p.groep_van.push_back(below(3) == 0 ? 0 : -1);
      for (auto& school : p.scholen) school.groeps_plaatsen = {below(2) == 0 ? -1 : below(3)};
    }
    auto uit = Loot(p);
    ASSERT_TRUE(uit) << uit.error().message;
    ExpectStable(p, *uit);
    for (int j = 0; j < s; ++j) {
      EXPECT_LE(std::count(uit->school_van.begin(), uit->school_van.end(), j), capaciteit[j]);
    }
    for (int i = 0; i < n; ++i) {
      const int j = uit->school_van[i];
      if (j >= 0) {
        EXPECT_NE(std::find(voorkeuren[i].begin(), voorkeuren[i].end(), j), voorkeuren[i].end());
      }
    }
    auto nog_eens = Loot(p);
    ASSERT_TRUE(nog_eens);
    EXPECT_EQ(nog_eens->school_van, uit->school_van);
  }
}

TEST(Loting, RejectsDuplicatesAndUnknownSchools) {
  auto dubbel = Loot(Probleem({{0, 0}}, {1}, 1));
  ASSERT_FALSE(dubbel);
  EXPECT_EQ(dubbel.error().field, "kinderen");
  EXPECT_FALSE(Loot(Probleem({{3}}, {1}, 1)));
  auto p = Probleem({{0}}, {1}, 1);
  p.kinderen = {"k1"};
  p.scholen[0].prioriteit = {0, 0};
  auto prio = Loot(p);
  ASSERT_FALSE(prio);
  EXPECT_EQ(prio.error().field, "prioriteiten");
}

}  // namespace
}  // namespace passend::engine
