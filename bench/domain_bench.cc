// Benchmarks of the hot domain and engine paths (make bench).
#include <benchmark/benchmark.h>

#include "domain/bsn.h"
#include "domain/money.h"
#include "domain/postcode.h"
#include "engine/demo.h"

namespace passend {
namespace {

void BM_BsnParse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(domain::Bsn::Parse("111222333"));
}
BENCHMARK(BM_BsnParse);

void BM_PostcodeParse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(domain::Postcode::Parse(" 1234ab "));
}
BENCHMARK(BM_PostcodeParse);

void BM_CentsFormat(benchmark::State& state) {
  const domain::Cents amount(123456789);
  for (auto _ : state) benchmark::DoNotOptimize(amount.Format());
}
BENCHMARK(BM_CentsFormat);

class CountingSink final : public engine::DemoSink {
 public:
  void Add(const domain::Gemeente&) override {}
  void Add(const domain::Samenwerkingsverband&) override {}
  void Add(const domain::Bestuur&) override {}
  void Add(const domain::School&) override {}
  void Add(const domain::Leerling&, const domain::Inschrijving&) override { ++leerlingen; }
  void Progress(std::string_view, int64_t, int64_t) override {}
  int64_t leerlingen = 0;
};

// The generator alone, without storage: the lower bound of `passend demo`.
void BM_GenerateDemo(benchmark::State& state) {
  const auto scale = state.range(0) == 0 ? engine::DemoScale::kRegio : engine::DemoScale::kLand;
  for (auto _ : state) {
    CountingSink sink;
    engine::GenerateDemo(engine::DemoOptions{.scale = scale, .seed = 7}, sink);
    state.counters["leerlingen"] = static_cast<double>(sink.leerlingen);
  }
}
BENCHMARK(BM_GenerateDemo)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace passend

#include "store/key_file.h"

namespace passend {
namespace {

// Sealing one BSN at rest (secretbox with a fresh nonce, plus the keyed look-up hash): paid
// once per student by `passend demo` and by every registration.
void BM_SealBsn(benchmark::State& state) {
  const auto vault = store::MakeSodiumVault(std::string(32, 'k'));
  const auto bsn = *domain::Bsn::Parse("111222333");
  for (auto _ : state) benchmark::DoNotOptimize(vault->Seal(bsn));
}
BENCHMARK(BM_SealBsn);

}  // namespace
}  // namespace passend
