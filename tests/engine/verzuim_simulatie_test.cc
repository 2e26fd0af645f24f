// The verzuim simulation (src/engine/verzuim_simulatie.h) and Little's law: with a constant
// inflow, the average number of thuiszitters equals inflow × mean duration (issue 6). The
// count on each day uses the domain's own rule, domain::IsThuiszitter.

#include "engine/verzuim_simulatie.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "support/dates.h"

namespace passend::engine {
namespace {

using testing::D;

const domain::VerzuimTermijnen kTermijnen{};
const domain::Schoolvakanties kGeenVakanties{};

// Calibrated on domain.md §4: seed 004 reports that 31 % of absolute absences last longer than
// 3 months; seed 001 estimates 2,000-3,100 new thuiszitters a year, re-placed after about 4
// months, and so "at least 800 at home at any moment" (its own use of Little's law). 8 a day
// is 2,920 a year; the mean duration is 102.575 days; 8 × 102.575 = 820.6 at home.
const std::vector<DuurBand> kDuur = {{1, 91, 690}, {92, 365, 310}};

VerzuimSimulatie Simulatie(uint64_t seed, int dagen, std::vector<DuurBand> duur = kDuur) {
  VerzuimSimulatie sim;
  sim.seed = seed;
  sim.begin = D(2024, 8, 1);
  sim.dagen = dagen;
  sim.instroom_per_dag = 8;
  sim.duur = std::move(duur);
  sim.swv = *domain::SwvCode::Parse("VO2001");
  sim.gemeente = *domain::GemeenteCode::Parse("GM0363");
  return sim;
}

// The number of thuiszitters on `op`, by the domain's rule.
int Thuis(const std::vector<domain::Verzuimmelding>& meldingen, domain::Date op) {
  int n = 0;
  for (const domain::Verzuimmelding& m : meldingen) {
    if (domain::IsThuiszitter(m, op, kTermijnen, kGeenVakanties)) ++n;
  }
  return n;
}

TEST(VerzuimSimulatie, IsDeterministicInTheSeed) {
  auto a = SimuleerVerzuim(Simulatie(7, 30));
  auto b = SimuleerVerzuim(Simulatie(7, 30));
  auto c = SimuleerVerzuim(Simulatie(8, 30));
  ASSERT_TRUE(a && b && c);
  ASSERT_EQ(a->size(), 240u);
  bool anders = false;
  for (std::size_t i = 0; i < a->size(); ++i) {
    EXPECT_EQ((*a)[i].einddatum, (*b)[i].einddatum);
    anders = anders || (*a)[i].einddatum != (*c)[i].einddatum;
  }
  EXPECT_TRUE(anders);
  for (const domain::Verzuimmelding& m : *a) {
    EXPECT_TRUE(domain::Valideer(m, D(2024, 9, 1))) << m.id;
    const int duur = domain::DaysBetween(m.startdatum, *m.einddatum);
    EXPECT_GE(duur, 1);
    EXPECT_LE(duur, 365);
  }
}

TEST(VerzuimSimulatie, RefusesBadInputNamingTheField) {
  VerzuimSimulatie sim = Simulatie(1, 0);
  EXPECT_EQ(SimuleerVerzuim(sim).error().field, "dagen");
  sim = Simulatie(1, 10);
  sim.instroom_per_dag = -1;
  EXPECT_EQ(SimuleerVerzuim(sim).error().field, "instroomPerDag");
  EXPECT_EQ(SimuleerVerzuim(Simulatie(1, 10, {{1, 91, 690}})).error().field, "duur");
  EXPECT_EQ(SimuleerVerzuim(Simulatie(1, 10, {{10, 5, 1000}})).error().field, "duur");
  EXPECT_EQ(SimuleerVerzuim(Simulatie(1, 10, {})).error().field, "duur");
}

TEST(VerzuimSimulatie, MeanDurationIsExact) {
  const Breuk gemiddelde = GemiddeldeDuur(kDuur);
  // (690 × (1 + 91) + 310 × (92 + 365)) / 2000 = 205,150 / 2,000 = 102.575 days.
  EXPECT_EQ(gemiddelde.teller, 205'150);
  EXPECT_EQ(gemiddelde.noemer, 2'000);
}

TEST(LittlesLaw, FixedDurationGivesExactlyInflowTimesDurationEveryDay) {
  // Every case lasts 90 days, so once 90 days of inflow have passed, the children at home on
  // any day are exactly those who started in the last 90 days: 8 × 90 = 720, no sampling
  // error. This pins the day arithmetic of IsThuiszitter (an end day counted as at home
  // would give 728).
  auto meldingen = SimuleerVerzuim(Simulatie(3, 200, {{90, 90, 1000}}));
  ASSERT_TRUE(meldingen);
  for (int dag = 89; dag < 200; ++dag) {
    ASSERT_EQ(Thuis(*meldingen, domain::AddDays(D(2024, 8, 1), dag)), 720) << dag;
  }
}

TEST(LittlesLaw, AverageAtHomeOverAYearIsInflowTimesMeanDuration) {
  // Inflow starts a year (the longest duration, 365 days) before the measured year, so the
  // measured year is in steady state. Ā = (1/T) Σ_t N(t) over the T = 365 days of the year.
  constexpr int kT = 365;
  constexpr int kWarm = 365;
  constexpr int kInstroom = 8;
  const domain::Date begin_jaar = domain::AddDays(D(2024, 8, 1), kWarm);

  // The exact distribution of the duration D.
  std::vector<double> kans(366, 0.0);
  for (const DuurBand& band : kDuur) {
    const int breedte = band.max_dagen - band.min_dagen + 1;
    for (int d = band.min_dagen; d <= band.max_dagen; ++d) {
      kans[d] += band.aandeel_promille / 1000.0 / breedte;
    }
  }
  // Tolerance, derived exactly. A case starting s days after the year began (s < 0: before)
  // is at home during L(s, D) = max(0, min(s + D, T) − max(s, 0)) days of the year, and
  // T·Ā = Σ over cases of L. Durations are independent and the inflow is fixed (8 a day), so
  //   E[Ā]   = (8/T) Σ_s E[L(s, D)]   = 8 · E[D]       (each day of the year counts the cases
  //                                                     with start ≤ t < start + D: 8·Σ_a P(D>a))
  //   Var[Ā] = (8/T²) Σ_s Var[L(s, D)]                  (a sum of independent terms)
  // computed below from the distribution itself. Ā is a sum of ~5,800 independent bounded
  // terms, so it is close to normal: a band of 4 standard deviations is left by a correct
  // implementation with probability about 6·10⁻⁵ per seed. (σ ≈ 12.8 children on a mean of
  // 820.6; a rule that counted ended cases, or started ones too late, is off by far more.)
  double verwacht = 0.0, variantie = 0.0;
  for (int s = -kWarm; s < kT; ++s) {
    double e = 0.0, e2 = 0.0;
    for (int d = 1; d <= 365; ++d) {
      const double l = std::max(0, std::min(s + d, kT) - std::max(s, 0));
      e += kans[d] * l;
      e2 += kans[d] * l * l;
    }
    verwacht += e;
    variantie += e2 - e * e;
  }
  verwacht *= static_cast<double>(kInstroom) / kT;
  const double sigma = std::sqrt(kInstroom * variantie) / kT;
  const Breuk gemiddelde_duur = GemiddeldeDuur(kDuur);
  const double little = kInstroom * static_cast<double>(gemiddelde_duur.teller) /
                        static_cast<double>(gemiddelde_duur.noemer);
  ASSERT_NEAR(verwacht, little, 1e-6);  // the expectation is exactly inflow × mean duration
  ASSERT_NEAR(sigma, 12.8, 0.1);

  for (uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
    auto meldingen = SimuleerVerzuim(Simulatie(seed, kWarm + kT));
    ASSERT_TRUE(meldingen);
    int64_t som = 0;
    for (int t = 0; t < kT; ++t) som += Thuis(*meldingen, domain::AddDays(begin_jaar, t));
    const double gemiddeld = static_cast<double>(som) / kT;
    EXPECT_NEAR(gemiddeld, little, 4 * sigma)
        << "seed " << seed << ": " << gemiddeld << " at home on average, Little's law says "
        << little << " (σ " << sigma << ")";
  }
}

}  // namespace
}  // namespace passend::engine
