#include "domain/codes.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

TEST(SectorCode, SpellsPoAndVo) {
  EXPECT_EQ(SectorCode(Sector::kPo), "PO");
  EXPECT_EQ(SectorCode(Sector::kVo), "VO");
}

TEST(Brin, ParsesTwoDigitsAndTwoLetters) {
  auto brin = Brin::Parse("12AB");
  ASSERT_TRUE(brin.has_value());
  EXPECT_EQ(brin->str(), "12AB");
}

TEST(Brin, NormalisesCaseAndSurroundingSpaces) {
  EXPECT_EQ(Brin::Parse("12ab")->str(), "12AB");
  EXPECT_EQ(Brin::Parse("  09xY ")->str(), "09XY");
}

TEST(Brin, RejectsOtherShapes) {
  for (const char* text :
       {"", "12A", "12ABC", "1234", "ABCD", "A2BC", "12A1", "12 AB", "12-AB", "１２AB"}) {
    auto brin = Brin::Parse(text);
    EXPECT_FALSE(brin.has_value()) << text;
    if (!brin) {
      EXPECT_EQ(brin.error().code, ErrorCode::kInvalid);
      EXPECT_TRUE(brin.error().field.empty());
      EXPECT_NE(brin.error().message.find("12AB"), std::string::npos);  // shows an example
    }
  }
}

TEST(Brin, DefaultIsEmpty) { EXPECT_TRUE(Brin().str().empty()); }

TEST(Brin, OrdersByCode) {
  EXPECT_LT(*Brin::Parse("12AB"), *Brin::Parse("12AC"));
  EXPECT_EQ(*Brin::Parse("12ab"), *Brin::Parse("12AB"));
}

TEST(Vestigingscode, ParsesBrinWithLocationNumber) {
  auto code = Vestigingscode::Parse("12AB00");
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(code->str(), "12AB00");
  EXPECT_EQ(code->brin().str(), "12AB");
  EXPECT_EQ(code->vestiging(), 0);
}

TEST(Vestigingscode, NormalisesCommonSpellings) {
  for (const char* text : {"12AB00", "12ab00", "12AB 00", "12AB-00", " 12aB-00 "}) {
    auto code = Vestigingscode::Parse(text);
    ASSERT_TRUE(code.has_value()) << text;
    EXPECT_EQ(code->str(), "12AB00") << text;
  }
}

TEST(Vestigingscode, ReadsLocationNumber) {
  EXPECT_EQ(Vestigingscode::Parse("12AB07")->vestiging(), 7);
  EXPECT_EQ(Vestigingscode::Parse("12AB99")->vestiging(), 99);
}

TEST(Vestigingscode, RejectsOtherShapes) {
  for (const char* text : {"", "12AB", "12AB0", "12AB000", "12ABCD", "1ABC00", "12AB 0", "12AB  00",
                           "12AB.00", "12AB_00", "AB1200"}) {
    auto code = Vestigingscode::Parse(text);
    EXPECT_FALSE(code.has_value()) << text;
    if (!code) {
      EXPECT_EQ(code.error().code, ErrorCode::kInvalid);
    }
  }
}

TEST(Vestigingscode, MakesFromBrinAndNumber) {
  auto code = Vestigingscode::Make(*Brin::Parse("12AB"), 3);
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(code->str(), "12AB03");
  EXPECT_EQ(Vestigingscode::Make(*Brin::Parse("12AB"), 0)->str(), "12AB00");
  EXPECT_EQ(Vestigingscode::Make(*Brin::Parse("12AB"), 99)->str(), "12AB99");
}

TEST(Vestigingscode, MakeRejectsNumbersOutsideZeroToNinetyNine) {
  EXPECT_FALSE(Vestigingscode::Make(*Brin::Parse("12AB"), -1).has_value());
  EXPECT_FALSE(Vestigingscode::Make(*Brin::Parse("12AB"), 100).has_value());
}

TEST(Vestigingscode, MakeRejectsEmptyBrin) {
  EXPECT_FALSE(Vestigingscode::Make(Brin(), 0).has_value());
}

TEST(Vestigingscode, DefaultIsEmpty) {
  Vestigingscode code;
  EXPECT_TRUE(code.str().empty());
  EXPECT_TRUE(code.brin().str().empty());
}

TEST(SwvCode, ParsesSectorAndFourDigits) {
  auto code = SwvCode::Parse("PO2001");
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(code->str(), "PO2001");
  EXPECT_EQ(code->sector(), Sector::kPo);
}

TEST(SwvCode, TakesSectorFromPrefix) {
  EXPECT_EQ(SwvCode::Parse("VO2001")->sector(), Sector::kVo);
  EXPECT_EQ(SwvCode::Parse("vo 20.01")->sector(), Sector::kVo);
  EXPECT_EQ(SwvCode::Parse("po2001")->sector(), Sector::kPo);
}

TEST(SwvCode, NormalisesDuoSpellings) {
  for (const char* text :
       {"PO2001", "po2001", "PO 20-01", "PO 20.01", "PO20.01", "PO20-01", "PO 2001", " Po2001 "}) {
    auto code = SwvCode::Parse(text);
    ASSERT_TRUE(code.has_value()) << text;
    EXPECT_EQ(code->str(), "PO2001") << text;
  }
}

TEST(SwvCode, RejectsOtherShapes) {
  for (const char* text : {"", "PO", "PO201", "PO20011", "MBO2001", "XO2001", "2001", "PO20 01",
                           "PO 20/01", "PO  2001", "PO2O01", "PO-2001", "P02001"}) {
    auto code = SwvCode::Parse(text);
    EXPECT_FALSE(code.has_value()) << text;
    if (!code) {
      EXPECT_EQ(code.error().code, ErrorCode::kInvalid);
    }
  }
}

TEST(GemeenteCode, ParsesCbsCode) {
  auto code = GemeenteCode::Parse("GM0363");
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(code->str(), "GM0363");
}

TEST(GemeenteCode, NormalisesPrefixCaseAndZeroPadding) {
  for (const char* text : {"GM0363", "gm0363", "Gm0363", "0363", "363", "GM363", " 363 "}) {
    auto code = GemeenteCode::Parse(text);
    ASSERT_TRUE(code.has_value()) << text;
    EXPECT_EQ(code->str(), "GM0363") << text;
  }
  EXPECT_EQ(GemeenteCode::Parse("1")->str(), "GM0001");
  EXPECT_EQ(GemeenteCode::Parse("9999")->str(), "GM9999");
}

TEST(GemeenteCode, RejectsNumbersOutsideOneToNineThousandNineHundredNinetyNine) {
  EXPECT_FALSE(GemeenteCode::Parse("0").has_value());
  EXPECT_FALSE(GemeenteCode::Parse("GM0000").has_value());
  EXPECT_FALSE(GemeenteCode::Parse("10000").has_value());
  EXPECT_FALSE(GemeenteCode::Parse("GM12345").has_value());
}

TEST(GemeenteCode, RejectsOtherShapes) {
  for (const char* text : {"", "GM", "GMabcd", "GX0363", "-363", "36 3", "0363a", "PV20"}) {
    auto code = GemeenteCode::Parse(text);
    EXPECT_FALSE(code.has_value()) << text;
    if (!code) {
      EXPECT_EQ(code.error().code, ErrorCode::kInvalid);
      EXPECT_NE(code.error().message.find("GM0363"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace passend::domain
