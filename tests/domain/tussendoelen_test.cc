// Interim targets and thuiszitters per 1,000 students (domain.md §3.5 and §3.9; seed 004).
#include "domain/tussendoelen.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "support/dates.h"

namespace passend::domain {
namespace {

using passend::testing::D;

// Seed 004: «deze totale groep van 4.200 kinderen als nulmeting waarbij in vier jaar tijd, in
// vier gelijke stappen, dit aantal tot nul moet worden teruggebracht» (school year 2015-2016
// is the baseline; "in 2020" is the end of school year 2019-2020).
Tussendoelen Seed004() {
  return Tussendoelen{.basisdatum = D(2016, 7, 31),
                      .basiswaarde = 4200,
                      .doeljaar = SchoolYear(2019),
                      .doelwaarde = 0,
                      .stappen = 4};
}

TEST(Tussendoelen, Seed004FourEqualStepsToZero) {
  const Tussendoelen plan = Seed004();
  ASSERT_TRUE(Valideer(plan));
  EXPECT_EQ(Basisjaar(plan).Label(), "2015-2016");
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2014)), 4200);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2015)), 4200);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2016)), 3150);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2017)), 2100);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2018)), 1050);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2019)), 0);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2025)), 0);
  const auto doelen = Doelen(plan);
  ASSERT_EQ(doelen.size(), 4u);
  EXPECT_EQ(doelen.front().first.Label(), "2016-2017");
  EXPECT_EQ(doelen.back().second, 0);
}

TEST(Tussendoelen, IntermediateTargetsRoundTowardsTheBaseline) {
  // 10 to 0 in 3 steps: the line is 6.67, 3.33, 0; rounded towards the baseline: 7, 4, 0.
  const Tussendoelen plan{.basisdatum = D(2025, 10, 1),
                          .basiswaarde = 10,
                          .doeljaar = SchoolYear(2028),
                          .doelwaarde = 0,
                          .stappen = 3};
  ASSERT_TRUE(Valideer(plan));
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2026)), 7);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2027)), 4);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2028)), 0);
  // Rising: 3 to 10 in 2 steps: 6.5 rounds towards the baseline to 6.
  const Tussendoelen stijgend{.basisdatum = D(2025, 10, 1),
                              .basiswaarde = 3,
                              .doeljaar = SchoolYear(2027),
                              .doelwaarde = 10,
                              .stappen = 2};
  EXPECT_EQ(DoelVoor(stijgend, SchoolYear(2026)), 6);
  EXPECT_EQ(DoelVoor(stijgend, SchoolYear(2027)), 10);
}

TEST(Tussendoelen, FewerStepsThanYearsSpreadEvenly) {
  Tussendoelen plan = Seed004();
  plan.stappen = 2;
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2016)), 4200);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2017)), 2100);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2018)), 2100);
  EXPECT_EQ(DoelVoor(plan, SchoolYear(2019)), 0);
}

TEST(Tussendoelen, NeverOvershootNeverGoBackAndStepsDifferByAtMostOne) {
  for (int64_t basis = 0; basis <= 40; ++basis) {
    for (int64_t doel = 0; doel <= 40; doel += 3) {
      for (int jaren = 1; jaren <= 6; ++jaren) {
        for (int stappen = 1; stappen <= jaren; ++stappen) {
          const Tussendoelen plan{.basisdatum = D(2025, 10, 1),
                                  .basiswaarde = basis,
                                  .doeljaar = SchoolYear(2025 + jaren),
                                  .doelwaarde = doel,
                                  .stappen = stappen};
          ASSERT_TRUE(Valideer(plan));
          SCOPED_TRACE(::testing::Message() << basis << "->" << doel << " in " << stappen
                                            << " steps over " << jaren << " years");
          int64_t vorige = basis;
          int64_t kleinste_stap = INT64_MAX, grootste_stap = 0;
          for (int j = 1; j <= jaren; ++j) {
            const int64_t t = DoelVoor(plan, SchoolYear(2025 + j));
            // Between the baseline and the final target, inclusive.
            EXPECT_LE(std::min(basis, doel), t);
            EXPECT_LE(t, std::max(basis, doel));
            // Monotone towards the final target.
            EXPECT_LE(std::abs(t - doel), std::abs(vorige - doel));
            if (t != vorige) {
              kleinste_stap = std::min(kleinste_stap, std::abs(t - vorige));
              grootste_stap = std::max(grootste_stap, std::abs(t - vorige));
            }
            vorige = t;
          }
          EXPECT_EQ(vorige, doel);  // the last step is exact
          if (grootste_stap > 0 && std::abs(basis - doel) >= stappen) {
            EXPECT_LE(grootste_stap - kleinste_stap, 1);  // equal steps up to rounding
          }
        }
      }
    }
  }
}

TEST(Tussendoelen, ValidationNamesTheField) {
  const auto veld = [](Tussendoelen plan) {
    auto r = Valideer(plan);
    return r ? std::string("ok") : r.error().field;
  };
  Tussendoelen plan = Seed004();
  plan.basiswaarde = -1;
  EXPECT_EQ(veld(plan), "basiswaarde");
  plan = Seed004();
  plan.doelwaarde = 2'000'000'000;
  EXPECT_EQ(veld(plan), "doelwaarde");
  plan = Seed004();
  plan.doeljaar = SchoolYear(2015);
  EXPECT_EQ(veld(plan), "doeljaar");
  plan = Seed004();
  plan.stappen = 5;  // 4 school years, so at most 4 steps
  EXPECT_EQ(veld(plan), "stappen");
  plan.stappen = 0;
  EXPECT_EQ(veld(plan), "stappen");
  plan = Seed004();
  plan.basisdatum = D(2016, 2, 30);
  EXPECT_EQ(veld(plan), "basisdatum");
}

TEST(Tussendoelen, StandingIsAheadOnTrackOrBehind) {
  const Tussendoelen plan = Seed004();
  // 2017-2018: target 2100, next year's 1050.
  Stand s = StandVan(plan, SchoolYear(2017), 2200);
  EXPECT_EQ(s.koers, Koers::kAchter);
  EXPECT_EQ(s.doel, 2100);
  EXPECT_EQ(s.verschil, 100);
  EXPECT_EQ(StandVan(plan, SchoolYear(2017), 2100).koers, Koers::kOpSchema);
  EXPECT_EQ(StandVan(plan, SchoolYear(2017), 1051).koers, Koers::kOpSchema);
  s = StandVan(plan, SchoolYear(2017), 1050);
  EXPECT_EQ(s.koers, Koers::kVoor);
  EXPECT_EQ(s.verschil, -1050);
  // In the target year there is nothing left to be ahead of.
  EXPECT_EQ(StandVan(plan, SchoolYear(2019), 0).koers, Koers::kOpSchema);
  EXPECT_EQ(StandVan(plan, SchoolYear(2019), 1).koers, Koers::kAchter);
  EXPECT_EQ(KoersCode(Koers::kOpSchema), "op-schema");
}

TEST(PerDuizend, TenthsRoundHalfUpWithADecimalComma) {
  EXPECT_EQ(PerDuizend::Create(13, 10'000)->Tekst(), "1,3");
  EXPECT_EQ(PerDuizend::Create(1, 2000)->Tekst(), "0,5");
  EXPECT_EQ(PerDuizend::Create(1, 20'000)->Tienden(), 1);  // 0.05 per 1,000: half up
  EXPECT_EQ(PerDuizend::Create(1, 20'001)->Tienden(), 0);
  EXPECT_EQ(PerDuizend::Create(1, 3)->Tekst(), "333,3");
  EXPECT_EQ(PerDuizend::Create(0, 25'000)->Tekst(), "0,0");
  EXPECT_EQ(PerDuizend::Create(4200, 2'500'000)->Tekst(), "1,7");  // 1.68 per 1,000
}

TEST(PerDuizend, ComparesExactlyNotByTheRoundedText) {
  const PerDuizend regio = *PerDuizend::Create(1, 3);         // 333.333... per 1,000
  const PerDuizend land = *PerDuizend::Create(3333, 10'000);  // 333.3 per 1,000
  EXPECT_EQ(regio.Tekst(), land.Tekst());
  EXPECT_GT(regio, land);
  EXPECT_EQ(*PerDuizend::Create(2, 1000), *PerDuizend::Create(4, 2000));
  // Large counts do not overflow: 999,999,999 of 1,000,000,000 against 1 of 1.
  EXPECT_LT(*PerDuizend::Create(999'999'999, 1'000'000'000), *PerDuizend::Create(1, 1));
}

TEST(PerDuizend, RefusesImpossibleCountsNamingTheField) {
  EXPECT_EQ(PerDuizend::Create(1, 0).error().field, "leerlingen");
  EXPECT_EQ(PerDuizend::Create(-1, 10).error().field, "thuiszitters");
  EXPECT_EQ(PerDuizend::Create(1, 2'000'000'000).error().field, "leerlingen");
}

}  // namespace
}  // namespace passend::domain
