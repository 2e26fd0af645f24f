#include "domain/date.h"

#include <gtest/gtest.h>

#include "support/dates.h"

namespace passend::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

using passend::testing::D;

TEST(ParseIsoDate, ParsesCalendarDate) {
  auto date = ParseIsoDate("2025-10-01");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(*date, D(2025, 10, 1));
}

TEST(ParseIsoDate, AcceptsLeapDayInLeapYears) {
  EXPECT_EQ(*ParseIsoDate("2024-02-29"), D(2024, 2, 29));
  EXPECT_EQ(*ParseIsoDate("2000-02-29"), D(2000, 2, 29));  // divisible by 400
}

TEST(ParseIsoDate, RejectsLeapDayInCommonYears) {
  EXPECT_FALSE(ParseIsoDate("2025-02-29").has_value());
  EXPECT_FALSE(ParseIsoDate("1900-02-29").has_value());  // divisible by 100, not 400
}

TEST(ParseIsoDate, RejectsImpossibleDates) {
  EXPECT_FALSE(ParseIsoDate("2025-02-30").has_value());
  EXPECT_FALSE(ParseIsoDate("2025-04-31").has_value());
  EXPECT_FALSE(ParseIsoDate("2025-13-01").has_value());
  EXPECT_FALSE(ParseIsoDate("2025-00-10").has_value());
  EXPECT_FALSE(ParseIsoDate("2025-01-00").has_value());
  EXPECT_FALSE(ParseIsoDate("2025-01-32").has_value());
}

TEST(ParseIsoDate, RejectsOtherNotations) {
  for (const char* text :
       {"", "2025-1-01", "2025-01-1", "01-10-2025", "2025/10/01", "20251001", " 2025-10-01",
        "2025-10-01 ", "2025-10-01T00:00", "2O25-10-01", "+025-10-01", "2025-1a-01"}) {
    auto date = ParseIsoDate(text);
    EXPECT_FALSE(date.has_value()) << text;
    if (!date) {
      EXPECT_EQ(date.error().code, ErrorCode::kInvalid);
      EXPECT_TRUE(date.error().field.empty());
    }
  }
}

TEST(ParseIsoDate, ErrorTellsTheExpectedFormat) {
  auto date = ParseIsoDate("1-10-2025");
  ASSERT_FALSE(date.has_value());
  EXPECT_NE(date.error().message.find("JJJJ-MM-DD"), std::string::npos);
}

TEST(FormatIsoDate, PadsMonthAndDay) {
  EXPECT_EQ(FormatIsoDate(D(2025, 1, 5)), "2025-01-05");
  EXPECT_EQ(FormatIsoDate(D(2025, 12, 31)), "2025-12-31");
  EXPECT_EQ(FormatIsoDate(D(987, 3, 4)), "0987-03-04");
}

TEST(FormatIsoDate, RoundTripsWithParse) {
  for (const char* text : {"2024-02-29", "1999-12-31", "2025-08-01"}) {
    EXPECT_EQ(FormatIsoDate(*ParseIsoDate(text)), text);
  }
}

TEST(FormatDutchDate, WritesDayMonthNameAndYear) {
  EXPECT_EQ(FormatDutchDate(D(2025, 10, 1)), "1 oktober 2025");
  EXPECT_EQ(FormatDutchDate(D(2024, 2, 29)), "29 februari 2024");
}

TEST(FormatDutchDate, UsesDutchNamesForEveryMonth) {
  const char* names[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                         "juli",    "augustus", "september", "oktober", "november", "december"};
  for (unsigned m = 1; m <= 12; ++m) {
    EXPECT_EQ(FormatDutchDate(D(2025, m, 15)), std::string("15 ") + names[m - 1] + " 2025");
  }
}

TEST(DaysBetween, CountsWholeDays) {
  EXPECT_EQ(DaysBetween(D(2025, 10, 1), D(2025, 10, 1)), 0);
  EXPECT_EQ(DaysBetween(D(2025, 10, 1), D(2025, 10, 2)), 1);
  EXPECT_EQ(DaysBetween(D(2025, 1, 1), D(2026, 1, 1)), 365);
  EXPECT_EQ(DaysBetween(D(2024, 1, 1), D(2025, 1, 1)), 366);
}

TEST(DaysBetween, IsNegativeWhenToIsEarlier) {
  EXPECT_EQ(DaysBetween(D(2025, 10, 2), D(2025, 10, 1)), -1);
}

TEST(DaysBetween, CountsLeapDay) {
  EXPECT_EQ(DaysBetween(D(2024, 2, 28), D(2024, 3, 1)), 2);
  EXPECT_EQ(DaysBetween(D(2025, 2, 28), D(2025, 3, 1)), 1);
}

TEST(AddDays, CrossesMonthAndYearEnds) {
  EXPECT_EQ(AddDays(D(2025, 12, 31), 1), D(2026, 1, 1));
  EXPECT_EQ(AddDays(D(2024, 2, 28), 1), D(2024, 2, 29));
  EXPECT_EQ(AddDays(D(2025, 2, 28), 1), D(2025, 3, 1));
  EXPECT_EQ(AddDays(D(2025, 10, 1), 42), D(2025, 11, 12));  // six weeks
}

TEST(AddDays, GoesBackForNegativeDays) {
  EXPECT_EQ(AddDays(D(2026, 1, 1), -1), D(2025, 12, 31));
  EXPECT_EQ(AddDays(D(2024, 3, 1), -1), D(2024, 2, 29));
  EXPECT_EQ(AddDays(D(2025, 10, 1), 0), D(2025, 10, 1));
}

TEST(AddDays, IsTheInverseOfDaysBetween) {
  const Date from = D(2023, 8, 1);
  for (int days : {-400, -1, 0, 1, 59, 60, 366, 1000}) {
    EXPECT_EQ(DaysBetween(from, AddDays(from, days)), days);
  }
}

TEST(AgeOn, CountsCompletedYears) {
  EXPECT_EQ(AgeOn(D(2015, 10, 1), D(2025, 9, 30)), 9);
  EXPECT_EQ(AgeOn(D(2015, 10, 1), D(2025, 10, 1)), 10);  // birthday itself
  EXPECT_EQ(AgeOn(D(2015, 10, 1), D(2025, 10, 2)), 10);
  EXPECT_EQ(AgeOn(D(2015, 10, 1), D(2015, 10, 1)), 0);
}

TEST(AgeOn, HandlesBirthdayLaterInTheYear) {
  EXPECT_EQ(AgeOn(D(2010, 12, 31), D(2025, 1, 1)), 14);
  EXPECT_EQ(AgeOn(D(2010, 1, 1), D(2025, 12, 31)), 15);
}

TEST(AgeOn, LeapDayBirthdayCountsFromMarchFirstInCommonYears) {
  EXPECT_EQ(AgeOn(D(2012, 2, 29), D(2025, 2, 28)), 12);
  EXPECT_EQ(AgeOn(D(2012, 2, 29), D(2025, 3, 1)), 13);
  EXPECT_EQ(AgeOn(D(2012, 2, 29), D(2024, 2, 29)), 12);
}

}  // namespace
}  // namespace passend::domain
