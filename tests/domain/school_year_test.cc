#include "domain/school_year.h"

#include <gtest/gtest.h>

#include "support/dates.h"

namespace passend::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

using passend::testing::D;

TEST(SchoolYear, RunsFromFirstAugustToThirtyFirstJuly) {
  const SchoolYear sy(2025);
  EXPECT_EQ(sy.start_year(), 2025);
  EXPECT_EQ(sy.First(), D(2025, 8, 1));
  EXPECT_EQ(sy.Last(), D(2026, 7, 31));
}

TEST(SchoolYear, ThirtyFirstJulyBelongsToThePreviousSchoolYear) {
  EXPECT_EQ(SchoolYear::Containing(D(2025, 7, 31)).start_year(), 2024);
}

TEST(SchoolYear, FirstAugustStartsANewSchoolYear) {
  EXPECT_EQ(SchoolYear::Containing(D(2025, 8, 1)).start_year(), 2025);
}

TEST(SchoolYear, ContainingPlacesEveryMonth) {
  EXPECT_EQ(SchoolYear::Containing(D(2026, 1, 1)).start_year(), 2025);
  EXPECT_EQ(SchoolYear::Containing(D(2025, 12, 31)).start_year(), 2025);
  EXPECT_EQ(SchoolYear::Containing(D(2025, 10, 1)).start_year(), 2025);
  EXPECT_EQ(SchoolYear::Containing(D(2026, 2, 28)).start_year(), 2025);
  EXPECT_EQ(SchoolYear::Containing(D(2024, 2, 29)).start_year(), 2023);
}

TEST(SchoolYear, ContainsItsFirstAndLastDayOnly) {
  const SchoolYear sy(2025);
  EXPECT_TRUE(sy.Contains(D(2025, 8, 1)));
  EXPECT_TRUE(sy.Contains(D(2026, 7, 31)));
  EXPECT_TRUE(sy.Contains(D(2026, 1, 15)));
  EXPECT_FALSE(sy.Contains(D(2025, 7, 31)));
  EXPECT_FALSE(sy.Contains(D(2026, 8, 1)));
}

TEST(SchoolYear, ContainingAgreesWithContains) {
  for (const Date date : {D(2024, 7, 31), D(2024, 8, 1), D(2025, 2, 28), D(2025, 12, 31)}) {
    EXPECT_TRUE(SchoolYear::Containing(date).Contains(date)) << FormatIsoDate(date);
  }
}

TEST(SchoolYear, TeldatumIsFirstOctoberOfTheStartYear) {
  EXPECT_EQ(SchoolYear(2025).Teldatum(), D(2025, 10, 1));
  EXPECT_TRUE(SchoolYear(2025).Contains(SchoolYear(2025).Teldatum()));
}

TEST(SchoolYear, ConfiguredTeldatumInSpringFallsInTheSecondCalendarYear) {
  EXPECT_EQ(SchoolYear(2025).Teldatum(std::chrono::February, day{1}), D(2026, 2, 1));
  EXPECT_EQ(SchoolYear(2025).Teldatum(std::chrono::July, day{31}), D(2026, 7, 31));
  EXPECT_EQ(SchoolYear(2025).Teldatum(std::chrono::August, day{1}), D(2025, 8, 1));
}

TEST(SchoolYear, ParsesDashAndSlash) {
  auto dash = SchoolYear::Parse("2025-2026");
  ASSERT_TRUE(dash.has_value());
  EXPECT_EQ(dash->start_year(), 2025);
  auto slash = SchoolYear::Parse("2025/2026");
  ASSERT_TRUE(slash.has_value());
  EXPECT_EQ(slash->start_year(), 2025);
  EXPECT_EQ(SchoolYear::Parse(" 1999-2000 ")->start_year(), 1999);
}

TEST(SchoolYear, RejectsYearsThatDoNotFollowEachOther) {
  for (const char* text : {"2025-2025", "2025-2027", "2026-2025"}) {
    auto sy = SchoolYear::Parse(text);
    EXPECT_FALSE(sy.has_value()) << text;
    if (!sy) {
      EXPECT_EQ(sy.error().code, ErrorCode::kInvalid);
    }
  }
}

TEST(SchoolYear, RejectsOtherNotations) {
  for (const char* text : {"", "2025", "2025-26", "25-26", "2025 2026", "2025_2026", "2025--2026",
                           "2025-2026x", "abcd-efgh", "2025 - 2026"}) {
    auto sy = SchoolYear::Parse(text);
    EXPECT_FALSE(sy.has_value()) << text;
    if (!sy) {
      EXPECT_TRUE(sy.error().field.empty());
      EXPECT_NE(sy.error().message.find("2025-2026"), std::string::npos);
    }
  }
}

TEST(SchoolYear, LabelsWithBothYears) {
  EXPECT_EQ(SchoolYear(2025).Label(), "2025-2026");
  EXPECT_EQ(SchoolYear(1999).Label(), "1999-2000");
}

TEST(SchoolYear, LabelRoundTripsWithParse) {
  EXPECT_EQ(*SchoolYear::Parse(SchoolYear(2031).Label()), SchoolYear(2031));
}

TEST(SchoolYear, NextStartsTheDayAfterLast) {
  const SchoolYear sy(2025);
  EXPECT_EQ(sy.Next().start_year(), 2026);
  EXPECT_EQ(AddDays(sy.Last(), 1), sy.Next().First());
  EXPECT_LT(sy, sy.Next());
}

TEST(SchoolYear, HasThreeHundredSixtySixDaysWhenFebruaryIsLeap) {
  EXPECT_EQ(DaysBetween(SchoolYear(2023).First(), SchoolYear(2023).Last()) + 1, 366);
  EXPECT_EQ(DaysBetween(SchoolYear(2024).First(), SchoolYear(2024).Last()) + 1, 365);
}

}  // namespace
}  // namespace passend::domain
