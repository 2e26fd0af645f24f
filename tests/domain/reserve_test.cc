#include "domain/reserve.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

TEST(Signaleringswaarde, IsThreeAndAHalfPercentOfIncomeAboveTheMinimum) {
  // € 20,000,000.00 × 3.5 % = € 700,000.00
  EXPECT_EQ(*Signaleringswaarde(Cents::Euros(20'000'000), {}), Cents::Euros(700'000));
  // € 12,345,678.91 × 0.035 = 432,098.76185 → € 432,098.76
  EXPECT_EQ(*Signaleringswaarde(Cents(1'234'567'891), {}), Cents(43'209'876));
  // € 1,000,000,010.00 × 3.5 % = € 35,000,000.35 exactly
  EXPECT_EQ(*Signaleringswaarde(Cents(1'000'000'010'00), {}), Cents(35'000'000'35));
}

TEST(Signaleringswaarde, IsAtLeastTwoHundredFiftyThousandEuros) {
  EXPECT_EQ(*Signaleringswaarde(Cents(0), {}), Cents::Euros(250'000));
  EXPECT_EQ(*Signaleringswaarde(Cents::Euros(5'000'000), {}), Cents::Euros(250'000));
  // The crossover: € 7,142,857.14 × 3.5 % = € 249,999.99999 → € 250,000.00
  EXPECT_EQ(*Signaleringswaarde(Cents(714'285'714), {}), Cents::Euros(250'000));
  EXPECT_EQ(*Signaleringswaarde(Cents(714'285'743), {}), Cents(25'000'001));
}

TEST(Signaleringswaarde, RefusesNegativeIncomeAndABadNorm) {
  EXPECT_EQ(Signaleringswaarde(Cents(-1), {}).error().field, "batenTotaal");
  EXPECT_FALSE(Signaleringswaarde(Cents(1), ReserveNorm{35, 0, Cents(0)}).has_value());
}

TEST(BovenmatigeReserve, IsTheAmountAboveTheThresholdAndZeroBelowIt) {
  EXPECT_EQ(*BovenmatigeReserve(Cents::Euros(1'000'000), Cents::Euros(700'000)),
            Cents::Euros(300'000));
  EXPECT_EQ(*BovenmatigeReserve(Cents::Euros(700'000), Cents::Euros(700'000)), Cents(0));
  EXPECT_EQ(*BovenmatigeReserve(Cents(-5), Cents::Euros(250'000)), Cents(0));
  EXPECT_EQ(*BovenmatigeReserve(Cents(25'000'001), Cents::Euros(250'000)), Cents(1));
}

TEST(AandeelInBasispunten, RoundsHalfAwayFromZeroAndIsZeroWithoutIncome) {
  EXPECT_EQ(*AandeelInBasispunten(Cents(12), Cents(100)), 1200);
  EXPECT_EQ(*AandeelInBasispunten(Cents(1), Cents(3)), 3333);
  EXPECT_EQ(*AandeelInBasispunten(Cents(2), Cents(3)), 6667);
  EXPECT_EQ(*AandeelInBasispunten(Cents(-1), Cents(20'000)), -1);  // −0.5 bp → −1
  EXPECT_EQ(*AandeelInBasispunten(Cents(5), Cents(0)), 0);
}

TEST(Beoordeel, GivesThresholdExcessAndSharesOfTheYearAccounts) {
  const Jaarrekening jr{2019, Cents::Euros(20'000'000), Cents::Euros(18'500'000),
                        Cents::Euros(2'000'000), Cents::Euros(2'400'000)};
  const ReserveBeoordeling b = *Beoordeel(jr, {});
  EXPECT_EQ(b.signaleringswaarde, Cents::Euros(700'000));
  EXPECT_EQ(b.bovenmatige_reserve, Cents::Euros(1'300'000));
  EXPECT_TRUE(b.boven_signaleringswaarde);
  EXPECT_EQ(b.organisatiekosten_bp, 1200);  // 12 %
  EXPECT_EQ(b.onbesteed_bp, 750);           // 7.5 %
}

TEST(Beoordeel, RefusesImpossibleFigures) {
  Jaarrekening jr{2019, Cents(100), Cents(50), Cents(0), Cents(60)};
  EXPECT_EQ(Beoordeel(jr, {}).error().field, "organisatiekosten");
  jr = {2013, Cents(100), Cents(50), Cents(0), Cents(10)};
  EXPECT_EQ(Beoordeel(jr, {}).error().field, "jaar");
  jr = {2020, Cents(100), Cents(-1), Cents(0), Cents(0)};
  EXPECT_EQ(Beoordeel(jr, {}).error().field, "lastenTotaal");
}

}  // namespace
}  // namespace passend::domain
