// Benchmarks of the placement solvers (issue 5 item 9): the exact min-cost placement at SWV
// scale and deferred acceptance; figures in docs/performance.md.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "engine/loting.h"
#include "engine/plaatsing.h"
#include "engine/rng.h"

namespace passend {
namespace {

// Children and schools at random points in a 40 × 40 km region; each child may go to its
// `keuzes` nearest schools at the distance in metres; the schools hold 105 % of the children.
engine::PlaatsingsProbleem Regio(int kinderen, int scholen, int keuzes) {
  engine::Rng rng(2026);
  std::vector<std::pair<int64_t, int64_t>> kind_xy(kinderen), school_xy(scholen);
  for (auto& xy : kind_xy) xy = {rng.Range(0, 40000), rng.Range(0, 40000)};
  for (auto& xy : school_xy) xy = {rng.Range(0, 40000), rng.Range(0, 40000)};
  engine::PlaatsingsProbleem p;
  for (int i = 0; i < kinderen; ++i) p.kinderen.push_back(std::to_string(i));
  p.niet_geplaatst_kosten.assign(kinderen, 100000);
  const int64_t plaatsen = (static_cast<int64_t>(kinderen) * 105 / 100) / scholen + 1;
  for (int j = 0; j < scholen; ++j) {
    p.scholen.push_back({std::to_string(j), rng.Range(1, static_cast<int>(2 * plaatsen))});
  }
  std::vector<std::pair<int64_t, int>> afstand(scholen);
  for (int i = 0; i < kinderen; ++i) {
    for (int j = 0; j < scholen; ++j) {
      const double dx = static_cast<double>(kind_xy[i].first - school_xy[j].first);
      const double dy = static_cast<double>(kind_xy[i].second - school_xy[j].second);
      afstand[j] = {std::llround(std::sqrt(dx * dx + dy * dy)), j};
    }
    std::partial_sort(afstand.begin(), afstand.begin() + keuzes, afstand.end());
    for (int k = 0; k < keuzes; ++k) p.opties.push_back({i, afstand[k].second, afstand[k].first});
  }
  return p;
}

// args: children, schools, allowed schools per child.
void BM_PlaatsMinimaleKosten(benchmark::State& state) {
  const auto p = Regio(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)),
                       static_cast<int>(state.range(2)));
  int64_t kosten = 0;
  for (auto _ : state) {
    auto uit = engine::Plaats(p);
    kosten = uit ? uit->totale_kosten : -1;
    benchmark::DoNotOptimize(kosten);
  }
  state.counters["totaleKosten"] = static_cast<double>(kosten);
}
BENCHMARK(BM_PlaatsMinimaleKosten)
    ->Args({2000, 100, 20})
    ->Args({20000, 300, 20})
    ->Unit(benchmark::kMillisecond);

// args: children, schools, choices per child; choices drawn at random, capacity 105 %.
void BM_Loot(benchmark::State& state) {
  const int kinderen = static_cast<int>(state.range(0));
  const int scholen = static_cast<int>(state.range(1));
  const int keuzes = static_cast<int>(state.range(2));
  engine::Rng rng(7);
  engine::LotingsProbleem p;
  p.seed = 1;
  const int64_t plaatsen = (static_cast<int64_t>(kinderen) * 105 / 100) / scholen + 1;
  for (int j = 0; j < scholen; ++j) {
    engine::LotingsSchool s;
    s.id = std::to_string(j);
    s.capaciteit = rng.Range(1, static_cast<int>(2 * plaatsen));
    p.scholen.push_back(std::move(s));
  }
  for (int i = 0; i < kinderen; ++i) {
    p.kinderen.push_back(std::to_string(i));
    std::vector<int> lijst;
    while (static_cast<int>(lijst.size()) < keuzes) {
      const int j = rng.Range(0, scholen - 1);
      if (std::find(lijst.begin(), lijst.end(), j) == lijst.end()) lijst.push_back(j);
    }
    p.voorkeuren.push_back(std::move(lijst));
  }
  size_t niet = 0;
  for (auto _ : state) {
    auto uit = engine::Loot(p);
    niet = uit ? uit->niet_geplaatst.size() : 0;
    benchmark::DoNotOptimize(niet);
  }
  state.counters["nietGeplaatst"] = static_cast<double>(niet);
}
BENCHMARK(BM_Loot)->Args({10000, 100, 5})->Args({1000000, 2000, 12})->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace passend
