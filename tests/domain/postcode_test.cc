#include "domain/postcode.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

TEST(Postcode, ParsesNormalForm) {
  auto postcode = Postcode::Parse("1234 AB");
  ASSERT_TRUE(postcode.has_value());
  EXPECT_EQ(postcode->str(), "1234 AB");
  EXPECT_EQ(postcode->Cijfers(), 1234);
}

TEST(Postcode, NormalisesCommonSpellings) {
  for (const char* text : {"1234AB", "1234ab", "1234 ab", " 1234  AB ", "1234-AB", "1234aB"}) {
    auto postcode = Postcode::Parse(text);
    ASSERT_TRUE(postcode.has_value()) << text;
    EXPECT_EQ(postcode->str(), "1234 AB") << text;
  }
}

TEST(Postcode, AcceptsLowestAndHighestAreas) {
  EXPECT_EQ(Postcode::Parse("1000AA")->Cijfers(), 1000);
  EXPECT_EQ(Postcode::Parse("9999 ZZ")->Cijfers(), 9999);
}

TEST(Postcode, RejectsLeadingZero) {
  auto postcode = Postcode::Parse("0123 AB");
  ASSERT_FALSE(postcode.has_value());
  EXPECT_EQ(postcode.error().code, ErrorCode::kInvalid);
  EXPECT_NE(postcode.error().message.find("0"), std::string::npos);
}

TEST(Postcode, RejectsLetterPairsPostNlNeverIssues) {
  for (const char* text : {"1234 SA", "1234sd", "1234 ss", "1234-Ss"}) {
    auto postcode = Postcode::Parse(text);
    EXPECT_FALSE(postcode.has_value()) << text;
  }
  EXPECT_TRUE(Postcode::Parse("1234 SB").has_value());
  EXPECT_TRUE(Postcode::Parse("1234 AS").has_value());
}

TEST(Postcode, RejectsWrongLengthsAndCharacters) {
  for (const char* text : {"", "1234", "1234 A", "1234 ABC", "123 AB", "12345 AB", "ABCD 12",
                           "1234 A1", "1234 -AB", "1234--AB", "1234_AB", "1234 Á", "12 34 AB"}) {
    auto postcode = Postcode::Parse(text);
    EXPECT_FALSE(postcode.has_value()) << text;
    if (!postcode) {
      EXPECT_EQ(postcode.error().code, ErrorCode::kInvalid);
      EXPECT_TRUE(postcode.error().field.empty());
    }
  }
}

TEST(Postcode, ErrorShowsTheExpectedForm) {
  auto postcode = Postcode::Parse("12AB");
  ASSERT_FALSE(postcode.has_value());
  EXPECT_NE(postcode.error().message.find("1234 AB"), std::string::npos);
}

TEST(Postcode, DefaultIsEmpty) {
  Postcode postcode;
  EXPECT_TRUE(postcode.str().empty());
  EXPECT_EQ(postcode.Cijfers(), 0);
}

TEST(Postcode, OrdersByNormalForm) {
  EXPECT_EQ(*Postcode::Parse("1234ab"), *Postcode::Parse("1234 AB"));
  EXPECT_LT(*Postcode::Parse("1234 AB"), *Postcode::Parse("1234 AC"));
  EXPECT_LT(*Postcode::Parse("1234 ZZ"), *Postcode::Parse("1235 AA"));
}

}  // namespace
}  // namespace passend::domain
