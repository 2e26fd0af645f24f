// Benchmarks of the placement solvers (issue 5 item 9): the exact min-cost placement at SWV
// scale and deferred acceptance; figures in docs/performance.md.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "engine/loting.h"
#include "engine/plaatsing.h"
#include "engine/plaatsing_kosten.h"
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

// The full form as a placement round builds it (issue 5 item 9: 20,000 children × 300 schools ×
// 12 needs): children at random points in a 40 × 40 km region around 52° N 5° E, each with one
// or two of 12 needs at level basis (70 %), extra (25 %) or specialised (5 %); schools offering
// basis for every need, extra with limited places for three needs and, one in ten, specialised
// places for two; pairs allowed within `km`, 5 km of penalty per level short, unplaced cost
// 100 km. Timed: building the problem (distances, costs, places per need) and solving it.
engine::VolledigeInstantie RegioMetBehoeften(int kinderen, int scholen, int64_t km) {
  constexpr int kBehoeften = 12;
  engine::Rng rng(2027);
  auto punt = [&rng] {
    return domain::Coordinates{52.0 + static_cast<double>(rng.Range(0, 36000)) / 100000.0,
                               5.0 + static_cast<double>(rng.Range(0, 58000)) / 100000.0};
  };
  auto niveau = [&rng] {
    const int r = rng.Range(0, 99);
    return r < 70 ? engine::Niveau::kBasis
                  : (r < 95 ? engine::Niveau::kExtra : engine::Niveau::kSpecialistisch);
  };
  engine::VolledigeInstantie in;
  in.max_afstand_meter = km * 1000;
  in.tekort_boete = 5000;
  in.niet_geplaatst_kosten = 100000;
  for (int i = 0; i < kinderen; ++i) {
    engine::KindVraag kind;
    kind.id = fmt::format("k{}", i);
    kind.locatie = punt();
    const int eerste = rng.Range(0, kBehoeften - 1);
    kind.behoeften.push_back({fmt::format("b{}", eerste), niveau()});
    if (rng.Range(0, 2) == 0) {
      kind.behoeften.push_back({fmt::format("b{}", (eerste + 1) % kBehoeften), niveau()});
    }
    in.kinderen.push_back(std::move(kind));
  }
  const int64_t plaatsen = (static_cast<int64_t>(kinderen) * 105 / 100) / scholen + 1;
  for (int j = 0; j < scholen; ++j) {
    engine::SchoolAanbod school;
    school.id = fmt::format("s{}", j);
    school.locatie = punt();
    school.capaciteit = rng.Range(1, static_cast<int>(2 * plaatsen));
    const int eerste = rng.Range(0, kBehoeften - 1);
    for (int b = 0; b < 3; ++b) {
      school.aanbod.push_back({fmt::format("b{}", (eerste + 4 * b) % kBehoeften),
                               engine::Niveau::kExtra, rng.Range(1, 12)});
    }
    if (rng.Range(0, 9) == 0) {
      for (int b = 1; b <= 2; ++b) {
        school.aanbod.push_back({fmt::format("b{}", (eerste + b) % kBehoeften),
                                 engine::Niveau::kSpecialistisch, rng.Range(4, 20)});
      }
    }
    in.scholen.push_back(std::move(school));
  }
  return in;
}

// args: children, schools, maximum distance in km.
void BM_PlaatsVolledig(benchmark::State& state) {
  const auto in = RegioMetBehoeften(static_cast<int>(state.range(0)),
                                    static_cast<int>(state.range(1)), state.range(2));
  int64_t kosten = 0;
  size_t paren = 0;
  size_t niet = 0;
  for (auto _ : state) {
    auto gebouwd = engine::BouwPlaatsingsProbleem(in);
    if (!gebouwd) {
      state.SkipWithError("instance refused");
      return;
    }
    auto uit = engine::Plaats(gebouwd->probleem);
    kosten = uit ? uit->totale_kosten : -1;
    niet = uit ? uit->niet_geplaatst.size() : 0;
    paren = gebouwd->probleem.opties.size();
    benchmark::DoNotOptimize(kosten);
  }
  state.counters["paren"] = static_cast<double>(paren);
  state.counters["nietGeplaatst"] = static_cast<double>(niet);
  state.counters["totaleKosten"] = static_cast<double>(kosten);
}
BENCHMARK(BM_PlaatsVolledig)
    ->Args({20000, 300, 5})
    ->Args({20000, 300, 10})
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
