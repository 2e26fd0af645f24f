#include "domain/money.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace passend::domain {
namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

int64_t Parsed(const char* text) {
  auto cents = Cents::ParseEuro(text);
  EXPECT_TRUE(cents.has_value()) << text << ": " << (cents ? "" : cents.error().message);
  return cents ? cents->value() : -999999;
}

TEST(Cents, DefaultsToZero) { EXPECT_EQ(Cents().value(), 0); }

TEST(Cents, MakesWholeEuros) {
  EXPECT_EQ(Cents::Euros(12).value(), 1200);
  EXPECT_EQ(Cents::Euros(-3).value(), -300);
}

TEST(Cents, ParsesDutchNotation) {
  EXPECT_EQ(Parsed("1.234,56"), 123456);
  EXPECT_EQ(Parsed("1234,56"), 123456);
  EXPECT_EQ(Parsed("0,01"), 1);
  EXPECT_EQ(Parsed("0,00"), 0);
  EXPECT_EQ(Parsed("12,50"), 1250);
  EXPECT_EQ(Parsed("1.234.567,89"), 123456789);
}

TEST(Cents, ParsesWholeEuros) {
  EXPECT_EQ(Parsed("1234"), 123400);
  EXPECT_EQ(Parsed("0"), 0);
  EXPECT_EQ(Parsed("1.234"), 123400);  // a dot groups thousands in Dutch
  EXPECT_EQ(Parsed("12,-"), 1200);     // the Dutch way to write a round amount
}

TEST(Cents, ReadsOneDecimalAsTensOfCents) {
  EXPECT_EQ(Parsed("-12,5"), -1250);
  EXPECT_EQ(Parsed("0,5"), 50);
}

TEST(Cents, ParsesEuroSignAndSign) {
  EXPECT_EQ(Parsed("€ 1.234,56"), 123456);
  EXPECT_EQ(Parsed("€1.234,56"), 123456);
  EXPECT_EQ(Parsed("€\u00a01.234,56"), 123456);  // no-break space from web pages
  EXPECT_EQ(Parsed(" € 12,50 "), 1250);
  EXPECT_EQ(Parsed("€ -1.234,56"), -123456);
  EXPECT_EQ(Parsed("-€ 1.234,56"), -123456);
  EXPECT_EQ(Parsed("- 12,50"), -1250);
  EXPECT_EQ(Parsed("-0,00"), 0);
}

TEST(Cents, RejectsMoreThanTwoDecimals) {
  for (const char* text : {"1,234", "0,001", "12,500", "1.234,567"}) {
    auto cents = Cents::ParseEuro(text);
    EXPECT_FALSE(cents.has_value()) << text;
    if (!cents) {
      EXPECT_NE(cents.error().message.find("2 cijfers"), std::string::npos);
    }
  }
}

TEST(Cents, RejectsEnglishDecimalPoint) {
  EXPECT_FALSE(Cents::ParseEuro("12.50").has_value());
  EXPECT_FALSE(Cents::ParseEuro("1,234.56").has_value());
  EXPECT_FALSE(Cents::ParseEuro("1.5").has_value());
}

TEST(Cents, RejectsMisplacedThousandsDots) {
  for (const char* text :
       {"1.23.456", "12.3456", "1234.567", ".123", "123.", "1..234", "1.234.5", "1.2345,00"}) {
    EXPECT_FALSE(Cents::ParseEuro(text).has_value()) << text;
  }
}

TEST(Cents, RejectsGarbage) {
  for (const char* text :
       {"",     " ",   "€",   "-",     "abc",  "12a",    "12,a", "12,",   ",50",  "1 234,56",
        "--12", "+12", "12-", "€ €12", "12 €", "EUR 12", "1e3",  "12,5-", "0x10", "12,-5"}) {
    auto cents = Cents::ParseEuro(text);
    EXPECT_FALSE(cents.has_value()) << text;
    if (!cents) {
      EXPECT_EQ(cents.error().code, ErrorCode::kInvalid);
      EXPECT_TRUE(cents.error().field.empty());
    }
  }
}

TEST(Cents, ParsesTheExtremesOfInt64) {
  EXPECT_EQ(Parsed("92.233.720.368.547.758,07"), kMax);
  EXPECT_EQ(Parsed("-92.233.720.368.547.758,08"), kMin);
}

TEST(Cents, RejectsAmountsBeyondInt64) {
  EXPECT_FALSE(Cents::ParseEuro("92.233.720.368.547.758,08").has_value());
  EXPECT_FALSE(Cents::ParseEuro("-92.233.720.368.547.758,09").has_value());
  EXPECT_FALSE(Cents::ParseEuro("92233720368547759").has_value());
  EXPECT_FALSE(Cents::ParseEuro("99999999999999999999999999").has_value());
  EXPECT_FALSE(Cents::ParseEuro("18446744073709551616").has_value());  // 2^64 euros
}

TEST(Cents, AddsAndSubtracts) {
  EXPECT_EQ(Cents(150).Add(Cents(250))->value(), 400);
  EXPECT_EQ(Cents(150).Subtract(Cents(250))->value(), -100);
  EXPECT_EQ(Cents(kMax).Add(Cents(kMin))->value(), -1);
}

TEST(Cents, AddFailsOnOverflow) {
  EXPECT_FALSE(Cents(kMax).Add(Cents(1)).has_value());
  EXPECT_FALSE(Cents(kMin).Add(Cents(-1)).has_value());
  EXPECT_TRUE(Cents(kMax - 1).Add(Cents(1)).has_value());
  auto overflow = Cents(kMax).Add(Cents(kMax));
  ASSERT_FALSE(overflow.has_value());
  EXPECT_EQ(overflow.error().code, ErrorCode::kInvalid);
  EXPECT_FALSE(overflow.error().message.empty());
}

TEST(Cents, SubtractFailsOnOverflow) {
  EXPECT_FALSE(Cents(kMin).Subtract(Cents(1)).has_value());
  EXPECT_FALSE(Cents(0).Subtract(Cents(kMin)).has_value());
  EXPECT_FALSE(Cents(kMax).Subtract(Cents(-1)).has_value());
  EXPECT_EQ(Cents(-1).Subtract(Cents(kMax))->value(), kMin);
}

TEST(Cents, MultipliesByCount) {
  EXPECT_EQ(Cents(123456).Multiply(250)->value(), 30864000);
  EXPECT_EQ(Cents(-5).Multiply(3)->value(), -15);
  EXPECT_EQ(Cents(5).Multiply(0)->value(), 0);
}

TEST(Cents, MultiplyFailsOnOverflow) {
  EXPECT_FALSE(Cents(kMax).Multiply(2).has_value());
  EXPECT_FALSE(Cents(kMin).Multiply(-1).has_value());
  EXPECT_FALSE(Cents(int64_t{1} << 32).Multiply(int64_t{1} << 31).has_value());
  EXPECT_EQ(Cents(int64_t{1} << 31).Multiply(int64_t{1} << 31)->value(), int64_t{1} << 62);
}

TEST(Cents, MultipliesByRatioExactly) {
  EXPECT_EQ(Cents(1200).MultiplyRatio(5, 12)->value(), 500);
  EXPECT_EQ(Cents(100000).MultiplyRatio(35, 1000)->value(), 3500);  // 3.5 %
  EXPECT_EQ(Cents(7).MultiplyRatio(0, 3)->value(), 0);
}

TEST(Cents, MultiplyRatioRoundsHalfAwayFromZero) {
  EXPECT_EQ(Cents(5).MultiplyRatio(1, 2)->value(), 3);     // 2.5 -> 3
  EXPECT_EQ(Cents(-5).MultiplyRatio(1, 2)->value(), -3);   // -2.5 -> -3
  EXPECT_EQ(Cents(5).MultiplyRatio(-1, 2)->value(), -3);   // sign in the numerator
  EXPECT_EQ(Cents(5).MultiplyRatio(1, -2)->value(), -3);   // sign in the denominator
  EXPECT_EQ(Cents(-5).MultiplyRatio(1, -2)->value(), 3);   // two signs cancel
  EXPECT_EQ(Cents(3).MultiplyRatio(1, 2)->value(), 2);     // 1.5 -> 2
  EXPECT_EQ(Cents(100).MultiplyRatio(1, 3)->value(), 33);  // 33.33 -> 33
  EXPECT_EQ(Cents(200).MultiplyRatio(1, 3)->value(), 67);  // 66.67 -> 67
  EXPECT_EQ(Cents(-200).MultiplyRatio(1, 3)->value(), -67);
  EXPECT_EQ(Cents(-100).MultiplyRatio(1, 3)->value(), -33);
  EXPECT_EQ(Cents(1).MultiplyRatio(1, 3)->value(), 0);
}

TEST(Cents, MultiplyRatioHasNoIntermediateOverflow) {
  // kMax * 5 does not fit in int64, but the result does.
  EXPECT_EQ(Cents(kMax).MultiplyRatio(5, 5)->value(), kMax);
  EXPECT_EQ(Cents(kMin).MultiplyRatio(kMax, kMax)->value(), kMin);
  EXPECT_EQ(Cents(kMax).MultiplyRatio(kMin, kMin)->value(), kMax);
  EXPECT_EQ(Cents(kMax).MultiplyRatio(1, 2)->value(), kMax / 2 + 1);  // x.5 rounds up
}

TEST(Cents, MultiplyRatioFailsWhenTheResultOverflows) {
  EXPECT_FALSE(Cents(kMax).MultiplyRatio(3, 2).has_value());
  EXPECT_FALSE(Cents(kMin).MultiplyRatio(-1, 1).has_value());
  EXPECT_FALSE(Cents(kMin).MultiplyRatio(kMin, 1).has_value());
}

TEST(Cents, MultiplyRatioRejectsZeroDenominator) {
  auto cents = Cents(100).MultiplyRatio(1, 0);
  ASSERT_FALSE(cents.has_value());
  EXPECT_EQ(cents.error().code, ErrorCode::kInvalid);
  EXPECT_NE(cents.error().message.find("0"), std::string::npos);
}

TEST(Cents, FormatsDutchNotation) {
  EXPECT_EQ(Cents(123456).Format(), "€ 1.234,56");
  EXPECT_EQ(Cents(0).Format(), "€ 0,00");
  EXPECT_EQ(Cents(1).Format(), "€ 0,01");
  EXPECT_EQ(Cents(10).Format(), "€ 0,10");
  EXPECT_EQ(Cents(99999).Format(), "€ 999,99");
  EXPECT_EQ(Cents(100000).Format(), "€ 1.000,00");
  EXPECT_EQ(Cents(123456789012).Format(), "€ 1.234.567.890,12");
}

TEST(Cents, FormatsNegativeAmounts) {
  EXPECT_EQ(Cents(-123456).Format(), "€ -1.234,56");
  EXPECT_EQ(Cents(-1).Format(), "€ -0,01");
  EXPECT_EQ(Cents(-100000).Format(), "€ -1.000,00");
}

TEST(Cents, FormatsTheExtremesOfInt64) {
  EXPECT_EQ(Cents(kMax).Format(), "€ 92.233.720.368.547.758,07");
  EXPECT_EQ(Cents(kMin).Format(), "€ -92.233.720.368.547.758,08");
}

TEST(Cents, FormatRoundTripsWithParse) {
  for (int64_t value : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{123456}, int64_t{-123456},
                        int64_t{100000000}, kMax, kMin}) {
    EXPECT_EQ(Parsed(Cents(value).Format().c_str()), value);
  }
}

TEST(Cents, ComparesByValue) {
  EXPECT_LT(Cents(-1), Cents(0));
  EXPECT_EQ(Cents::Euros(1), Cents(100));
  EXPECT_GT(Cents(kMax), Cents(kMin));
}

}  // namespace
}  // namespace passend::domain
