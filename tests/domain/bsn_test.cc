#include "domain/bsn.h"

#include <gtest/gtest.h>

#include <string>

namespace passend::domain {
namespace {

TEST(IsValidBsn, AcceptsNumberPassingElfproef) {
  EXPECT_TRUE(IsValidBsn("111222333"));
  EXPECT_TRUE(IsValidBsn("123456782"));
  EXPECT_TRUE(IsValidBsn("999999990"));
  EXPECT_TRUE(IsValidBsn("012345672"));
}

TEST(IsValidBsn, RejectsNumberFailingElfproef) {
  EXPECT_FALSE(IsValidBsn("123456789"));  // weighted sum 147, not divisible by 11
  EXPECT_FALSE(IsValidBsn("111222334"));
  EXPECT_FALSE(IsValidBsn("087654321"));
}

TEST(IsValidBsn, RejectsAllZeros) { EXPECT_FALSE(IsValidBsn("000000000")); }

TEST(IsValidBsn, RejectsWrongLengthOrNonDigits) {
  EXPECT_FALSE(IsValidBsn(""));
  EXPECT_FALSE(IsValidBsn("12345672"));    // 8 digits: only Parse pads
  EXPECT_FALSE(IsValidBsn("1112223330"));  // 10 digits
  EXPECT_FALSE(IsValidBsn("111 222 333"));
  EXPECT_FALSE(IsValidBsn("11122233a"));
}

TEST(Bsn, ParsesNineDigits) {
  auto bsn = Bsn::Parse("111222333");
  ASSERT_TRUE(bsn.has_value());
  EXPECT_EQ(bsn->digits(), "111222333");
}

TEST(Bsn, RejectsNumberFailingElfproef) {
  auto bsn = Bsn::Parse("123456789");
  ASSERT_FALSE(bsn.has_value());
  EXPECT_EQ(bsn.error().code, ErrorCode::kInvalid);
  EXPECT_NE(bsn.error().message.find("elfproef"), std::string::npos);
}

TEST(Bsn, RejectsAllZeros) { EXPECT_FALSE(Bsn::Parse("000000000").has_value()); }

TEST(Bsn, AddsLeadingZeroToEightDigits) {
  auto bsn = Bsn::Parse("12345672");
  ASSERT_TRUE(bsn.has_value());
  EXPECT_EQ(bsn->digits(), "012345672");
}

TEST(Bsn, RejectsEightDigitsThatFailElfproefAfterPadding) {
  EXPECT_FALSE(Bsn::Parse("87654321").has_value());
}

TEST(Bsn, AcceptsSpacesDotsAndDashesBetweenDigits) {
  for (const char* text : {"111 222 333", "111.222.333", "111-222-333", "1112.22.333",
                           " 111222333 ", "111 - 222 - 333", "1234.56.72"}) {
    auto bsn = Bsn::Parse(text);
    ASSERT_TRUE(bsn.has_value()) << text;
    EXPECT_TRUE(IsValidBsn(bsn->digits())) << text;
  }
  EXPECT_EQ(Bsn::Parse("111.222.333")->digits(), "111222333");
  EXPECT_EQ(Bsn::Parse("1234.56.72")->digits(), "012345672");
}

TEST(Bsn, RejectsSeparatorsAtTheEdges) {
  EXPECT_FALSE(Bsn::Parse("-111222333").has_value());
  EXPECT_FALSE(Bsn::Parse(".111222333").has_value());
  EXPECT_FALSE(Bsn::Parse("111222333-").has_value());
  EXPECT_FALSE(Bsn::Parse("111222333.").has_value());
}

TEST(Bsn, RejectsOtherCharacters) {
  EXPECT_FALSE(Bsn::Parse("11122233a").has_value());
  EXPECT_FALSE(Bsn::Parse("111/222/333").has_value());
  EXPECT_FALSE(Bsn::Parse("111_222_333").has_value());
  EXPECT_FALSE(Bsn::Parse("+111222333").has_value());
}

TEST(Bsn, RejectsWrongNumberOfDigits) {
  EXPECT_FALSE(Bsn::Parse("").has_value());
  EXPECT_FALSE(Bsn::Parse("   ").has_value());
  EXPECT_FALSE(Bsn::Parse("1234567").has_value());
  EXPECT_FALSE(Bsn::Parse("1112223330").has_value());
  EXPECT_FALSE(Bsn::Parse("11122233300000000000").has_value());
}

TEST(Bsn, ErrorMessagesNeverRepeatTheInput) {
  for (const char* text : {"123456789", "1112223330", "111x22333", "1234567", "087654321"}) {
    auto bsn = Bsn::Parse(text);
    ASSERT_FALSE(bsn.has_value()) << text;
    EXPECT_EQ(bsn.error().message.find(text), std::string::npos) << bsn.error().message;
    EXPECT_TRUE(bsn.error().field.empty());
    EXPECT_FALSE(bsn.error().message.empty());
  }
}

TEST(Bsn, ErrorMessagesContainNoDigitRunsFromTheInput) {
  // Even part of a BSN must not leak into logs.
  auto bsn = Bsn::Parse("123456789");
  ASSERT_FALSE(bsn.has_value());
  EXPECT_EQ(bsn.error().message.find("1234"), std::string::npos);
  EXPECT_EQ(bsn.error().message.find("6789"), std::string::npos);
}

TEST(Bsn, MasksAllButTheLastFourDigits) {
  EXPECT_EQ(Bsn::Parse("111222333")->Masked(), "*****2333");
  EXPECT_EQ(Bsn::Parse("12345672")->Masked(), "*****5672");
}

TEST(Bsn, DefaultIsEmpty) {
  Bsn bsn;
  EXPECT_TRUE(bsn.digits().empty());
  EXPECT_EQ(bsn.Masked(), "");
}

TEST(Bsn, ComparesByDigits) {
  EXPECT_EQ(*Bsn::Parse("111 222 333"), *Bsn::Parse("111222333"));
  EXPECT_NE(*Bsn::Parse("123456782"), *Bsn::Parse("111222333"));
}

}  // namespace
}  // namespace passend::domain
