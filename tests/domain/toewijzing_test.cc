#include "domain/toewijzing.h"

#include <gtest/gtest.h>

#include <random>

namespace passend::domain {
namespace {

Toewijzing T(std::string school, int jaar, ToewijzingDoel doel, int64_t cent,
             std::string omschrijving = {}) {
  return Toewijzing{std::move(school), SchoolYear(jaar), doel, Cents(cent),
                    std::move(omschrijving)};
}

TEST(ToewijzingDoel, CodesRoundTripAndUnknownIsRefused) {
  for (ToewijzingDoel doel : kAlleDoelen) EXPECT_EQ(ParseDoel(DoelCode(doel)), doel);
  EXPECT_EQ(DoelCode(ToewijzingDoel::kExtraOndersteuning), "extra-ondersteuning");
  EXPECT_FALSE(ParseDoel("Extra-ondersteuning"));
  EXPECT_FALSE(ParseDoel(""));
}

TEST(Toewijzing, ValidationNamesTheField) {
  EXPECT_TRUE(Valideer(T("01AB00", 2025, ToewijzingDoel::kPersoneel, 1)));
  EXPECT_EQ(Valideer(T("", 2025, ToewijzingDoel::kPersoneel, 1)).error().field, "school");
  EXPECT_EQ(Valideer(T("01AB00", 2025, ToewijzingDoel::kPersoneel, 0)).error().field, "bedrag");
  EXPECT_EQ(Valideer(T("01AB00", 2025, ToewijzingDoel::kAnders, 100)).error().field,
            "omschrijving");
  EXPECT_TRUE(
      Valideer(T("01AB00", 2025, ToewijzingDoel::kAnders, 100, "Schoolmaatschappelijk werk")));
  // A correction says why.
  EXPECT_EQ(Valideer(T("01AB00", 2025, ToewijzingDoel::kPersoneel, -100)).error().field,
            "omschrijving");
  EXPECT_TRUE(Valideer(T("01AB00", 2025, ToewijzingDoel::kPersoneel, -100, "Te veel geboekt")));
  EXPECT_EQ(Valideer(T("01AB00", 2025, ToewijzingDoel::kPersoneel, 5, std::string(501, 'x')))
                .error()
                .field,
            "omschrijving");
}

TEST(Toewijzing, TotalsPerSchoolAndPurposeAreExactSums) {
  const std::vector<Toewijzing> lijst = {
      T("A", 2025, ToewijzingDoel::kBasisondersteuning, 1'000'001),
      T("A", 2025, ToewijzingDoel::kBasisondersteuning, 2'999'999),
      T("A", 2025, ToewijzingDoel::kPersoneel, 12'345),
      T("B", 2025, ToewijzingDoel::kPersoneel, 55),
      T("A", 2025, ToewijzingDoel::kBasisondersteuning, -1, "correctie"),
  };
  const ToewijzingTotalen t = *Totaliseer(lijst);
  EXPECT_EQ(t.per_school_doel.at("A").at(ToewijzingDoel::kBasisondersteuning), Cents(3'999'999));
  EXPECT_EQ(t.per_school_doel.at("A").at(ToewijzingDoel::kPersoneel), Cents(12'345));
  EXPECT_EQ(t.per_school.at("A"), Cents(4'012'344));
  EXPECT_EQ(t.per_school.at("B"), Cents(55));
  EXPECT_EQ(t.per_doel.at(ToewijzingDoel::kPersoneel), Cents(12'400));
  EXPECT_EQ(t.totaal, Cents(4'012'399));
  EXPECT_EQ(Totaliseer({}).value().totaal, Cents(0));
}

TEST(Toewijzing, OverflowIsAnErrorNotAWrap) {
  const std::vector<Toewijzing> lijst = {
      T("A", 2025, ToewijzingDoel::kPersoneel, INT64_MAX),
      T("A", 2025, ToewijzingDoel::kPersoneel, 1),
  };
  EXPECT_FALSE(Totaliseer(lijst));
}

TEST(Toewijzing, ACorrectionCannotTakeBackMoreThanWasAllocated) {
  const std::vector<Toewijzing> bestaand = {
      T("A", 2025, ToewijzingDoel::kPersoneel, 10'000),
      T("A", 2024, ToewijzingDoel::kPersoneel, 99'999),      // another school year
      T("A", 2025, ToewijzingDoel::kArrangementen, 99'999),  // another purpose
  };
  EXPECT_TRUE(ToetsCorrectie(bestaand, T("A", 2025, ToewijzingDoel::kPersoneel, -10'000, "x")));
  auto te_veel = ToetsCorrectie(bestaand, T("A", 2025, ToewijzingDoel::kPersoneel, -10'001, "x"));
  ASSERT_FALSE(te_veel);
  EXPECT_EQ(te_veel.error().code, ErrorCode::kRegel);
  EXPECT_EQ(te_veel.error().field, "bedrag");
  EXPECT_FALSE(ToetsCorrectie(bestaand, T("B", 2025, ToewijzingDoel::kPersoneel, -1, "x")));
}

TEST(Toewijzing, SchoolYearsSpreadFiveTwelfthsAndSevenTwelfthsOverCalendarYears) {
  const std::vector<Toewijzing> lijst = {
      T("A", 2024, ToewijzingDoel::kPersoneel, 1'200'000),  // € 12,000.00 in 2024-2025
      T("A", 2025, ToewijzingDoel::kPersoneel, 1'000),      // with B: 1,200 cents in 2025-2026
      T("B", 2025, ToewijzingDoel::kAnders, 200, "x"),
  };
  const auto per_jaar = *PerKalenderjaar(lijst);
  ASSERT_EQ(per_jaar.size(), 3u);
  EXPECT_EQ(per_jaar.at(2024), Cents(500'000));        // 5/12 of 12,000.00
  EXPECT_EQ(per_jaar.at(2025), Cents(700'000 + 500));  // 7/12 + 5/12 of 12.00 (1,200)
  EXPECT_EQ(per_jaar.at(2026), Cents(700));            // 7/12 of 1,200 cents
}

TEST(Toewijzing, TheCalendarSpreadNeverLosesACent) {
  std::mt19937_64 rng(8);
  std::uniform_int_distribution<int64_t> bedrag(-5'000'000, 50'000'000);
  std::uniform_int_distribution<int> jaar(2020, 2026);
  for (int ronde = 0; ronde < 200; ++ronde) {
    std::vector<Toewijzing> lijst;
    int64_t som = 0;
    for (int i = 0; i < 7; ++i) {
      const int64_t b = bedrag(rng);
      som += b;
      lijst.push_back(T("A", jaar(rng), ToewijzingDoel::kPersoneel, b, "x"));
    }
    int64_t verdeeld = 0;
    const auto per_jaar = PerKalenderjaar(lijst);
    ASSERT_TRUE(per_jaar.has_value());
    for (const auto& [j, c] : *per_jaar) verdeeld += c.value();
    ASSERT_EQ(verdeeld, som);
    ASSERT_EQ(Totaliseer(lijst)->totaal, Cents(som));
  }
}

}  // namespace
}  // namespace passend::domain
