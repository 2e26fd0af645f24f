#include "domain/bekostiging.h"

#include <gtest/gtest.h>

#include <random>

namespace passend::domain {
namespace {

Normbedragen Norm() {
  Normbedragen norm;
  norm.lichte_ondersteuning = Cents(15'000);  // € 150.00
  norm.zware_ondersteuning = Cents(45'000);   // € 450.00
  norm.tlv = {{TlvCategorie::kLaag, Cents(1'200'000)},
              {TlvCategorie::kMidden, Cents(1'800'000)},
              {TlvCategorie::kHoog, Cents(2'400'000)}};
  return norm;
}

TEST(BerekenBaten, StudentsTimesNormPlusVereveningMinusTlvPayments) {
  BatenInvoer invoer;
  invoer.sector = Sector::kPo;
  invoer.leerlingen = 12'345;
  invoer.verevening = Cents(-1'000'000);
  invoer.telling.so = {
      {TlvCategorie::kLaag, 40}, {TlvCategorie::kMidden, 5}, {TlvCategorie::kHoog, 2}};
  invoer.telling.vso = {{TlvCategorie::kLaag, 99}};  // not this SWV's sector: not deducted
  invoer.telling.sbo = 120;                          // sbo is not paid directly by DUO
  const Baten baten = *BerekenBaten(invoer, Norm());
  ASSERT_EQ(baten.regels.size(), 6u);
  EXPECT_EQ(baten.regels[0].bedrag, Cents(185'175'000));  // 12,345 × € 150
  EXPECT_EQ(baten.regels[0].formule, "12.345 × € 150,00");
  EXPECT_EQ(baten.regels[1].bedrag, Cents(555'525'000));  // 12,345 × € 450
  EXPECT_EQ(baten.regels[2].bedrag, Cents(-1'000'000));
  EXPECT_EQ(baten.regels[3].code, "tlv-so-laag");
  EXPECT_EQ(baten.regels[3].bedrag, Cents(-48'000'000));  // 40 × € 12,000
  EXPECT_EQ(baten.regels[3].formule, "− 40 × € 12.000,00");
  EXPECT_EQ(baten.regels[4].bedrag, Cents(-9'000'000));
  EXPECT_EQ(baten.regels[5].bedrag, Cents(-4'800'000));
  EXPECT_EQ(baten.totaal,
            Cents(185'175'000 + 555'525'000 - 1'000'000 - 48'000'000 - 9'000'000 - 4'800'000));
}

TEST(BerekenBaten, AVoSwvDeductsItsVsoStudents) {
  BatenInvoer invoer;
  invoer.sector = Sector::kVo;
  invoer.leerlingen = 1'000;
  invoer.telling.so = {{TlvCategorie::kHoog, 7}};
  invoer.telling.vso = {{TlvCategorie::kMidden, 3}};
  const Baten baten = *BerekenBaten(invoer, Norm());
  EXPECT_EQ(baten.regels[4].code, "tlv-vso-midden");
  EXPECT_EQ(baten.totaal, Cents(15'000'000 + 45'000'000 - 5'400'000));
}

TEST(BerekenBaten, RefusesNegativeCountsAndOverflow) {
  BatenInvoer invoer;
  invoer.leerlingen = -1;
  EXPECT_EQ(BerekenBaten(invoer, Norm()).error().field, "leerlingen");
  invoer.leerlingen = 1;
  invoer.telling.so = {{TlvCategorie::kMidden, -2}};
  EXPECT_EQ(BerekenBaten(invoer, Norm()).error().field, "tlv-so-midden");
  invoer.telling.so.clear();
  invoer.leerlingen = INT64_MAX / 2;
  EXPECT_FALSE(BerekenBaten(invoer, Norm()).has_value());
}

TEST(VerdeelSchooljaar, FiveTwelfthsAndSevenTwelfthsNeverLoseACent) {
  const Kalenderjaardelen d = *VerdeelSchooljaar(Cents(1'200));
  EXPECT_EQ(d.augustus_december, Cents(500));
  EXPECT_EQ(d.januari_juli, Cents(700));
  // 100 cents: 41.67 → 42 and 58
  const Kalenderjaardelen e = *VerdeelSchooljaar(Cents(100));
  EXPECT_EQ(e.augustus_december, Cents(42));
  EXPECT_EQ(e.januari_juli, Cents(58));
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int64_t> bedrag(-10'000'000'000, 10'000'000'000);
  for (int i = 0; i < 10'000; ++i) {
    const Cents x(bedrag(rng));
    const Kalenderjaardelen p = *VerdeelSchooljaar(x);
    ASSERT_EQ(p.augustus_december.value() + p.januari_juli.value(), x.value());
    // 5/12 within half a cent: |12 × part − 5 × x| ≤ 6
    ASSERT_LE(std::abs(12 * p.augustus_december.value() - 5 * x.value()), 6);
  }
}

TEST(Kalenderjaarbedrag, TakesSevenTwelfthsOfTheEarlierAndFiveOfTheLaterSchoolYear) {
  // 2019: 7/12 of 2018-2019 (1,200 → 700) + 5/12 of 2019-2020 (2,400 → 1,000)
  EXPECT_EQ(*Kalenderjaarbedrag(Cents(1'200), Cents(2'400)), Cents(1'700));
}

TEST(FormatAantal, GroupsThousandsTheDutchWay) {
  EXPECT_EQ(FormatAantal(0), "0");
  EXPECT_EQ(FormatAantal(1'234'567), "1.234.567");
  EXPECT_EQ(FormatAantal(-1'000), "-1.000");
  EXPECT_EQ(FormatAantal(INT64_MIN), "-9.223.372.036.854.775.808");
}

}  // namespace
}  // namespace passend::domain
