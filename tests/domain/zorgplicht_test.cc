#include "domain/zorgplicht.h"

#include <gtest/gtest.h>

#include "support/dates.h"

namespace passend::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

using passend::testing::D;

// A registration complete on Monday 1 September 2025: the 6-week deadline is 13 October.
ZorgplichtKlok Klok(Date compleet = D(2025, 9, 1), ZorgplichtTermijnen t = {}) {
  auto klok = ZorgplichtKlok::Create(compleet, t);
  EXPECT_TRUE(klok.has_value());
  return *klok;
}

TEST(ZorgplichtKlok, DeadlineIsSixCalendarWeeksAfterTheCompleteRegistration) {
  EXPECT_EQ(Klok(D(2025, 9, 1)).Deadline(), D(2025, 10, 13));
  EXPECT_FALSE(Klok().Verlengd());
}

TEST(ZorgplichtKlok, DeadlineCrossesMonthAndYearEnds) {
  EXPECT_EQ(Klok(D(2025, 11, 25)).Deadline(), D(2026, 1, 6));
  EXPECT_EQ(Klok(D(2025, 1, 20)).Deadline(), D(2025, 3, 3));
  EXPECT_EQ(Klok(D(2024, 1, 20)).Deadline(), D(2024, 3, 2));  // leap year
}

TEST(ZorgplichtKlok, ExtensionMovesDeadlineByAtMostFourWeeks) {
  auto klok = Klok();
  ASSERT_TRUE(klok.Verleng(28, "Onderzoek door de orthopedagoog loopt nog", D(2025, 10, 1)));
  EXPECT_TRUE(klok.Verlengd());
  EXPECT_EQ(klok.VerlengingDagen(), 28);
  EXPECT_EQ(klok.VerlengingReden(), "Onderzoek door de orthopedagoog loopt nog");
  EXPECT_EQ(klok.Deadline(), D(2025, 11, 10));
}

TEST(ZorgplichtKlok, ShorterExtensionMovesDeadlineByThatMuch) {
  auto klok = Klok();
  ASSERT_TRUE(klok.Verleng(14, "Wachten op verslag", D(2025, 10, 1)));
  EXPECT_EQ(klok.Deadline(), D(2025, 10, 27));
}

TEST(ZorgplichtKlok, SecondExtensionIsRefused) {
  auto klok = Klok();
  ASSERT_TRUE(klok.Verleng(7, "Wachten op verslag", D(2025, 10, 1)));
  const auto tweede = klok.Verleng(7, "Nog meer tijd nodig", D(2025, 10, 15));
  ASSERT_FALSE(tweede);
  EXPECT_EQ(tweede.error().code, ErrorCode::kConflict);
  EXPECT_NE(tweede.error().message.find("één verlenging"), std::string::npos);
  EXPECT_EQ(klok.Deadline(), D(2025, 10, 20));
  EXPECT_EQ(klok.VerlengingDagen(), 7);
}

TEST(ZorgplichtKlok, ExtensionLongerThanFourWeeksIsRefused) {
  auto klok = Klok();
  const auto r = klok.Verleng(29, "Wachten op verslag", D(2025, 10, 1));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(r.error().field, "dagen");
  EXPECT_NE(r.error().message.find("28"), std::string::npos);
  EXPECT_FALSE(klok.Verlengd());
  EXPECT_EQ(klok.Deadline(), D(2025, 10, 13));
}

TEST(ZorgplichtKlok, ExtensionOfNoDaysIsRefused) {
  auto klok = Klok();
  EXPECT_EQ(klok.Verleng(0, "Reden", D(2025, 10, 1)).error().code, ErrorCode::kInvalid);
  EXPECT_EQ(klok.Verleng(-3, "Reden", D(2025, 10, 1)).error().code, ErrorCode::kInvalid);
  EXPECT_FALSE(klok.Verlengd());
}

TEST(ZorgplichtKlok, ExtensionWithoutReasonIsRefused) {
  auto klok = Klok();
  const auto leeg = klok.Verleng(14, "", D(2025, 10, 1));
  ASSERT_FALSE(leeg);
  EXPECT_EQ(leeg.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(leeg.error().field, "reden");
  EXPECT_FALSE(klok.Verleng(14, "   ", D(2025, 10, 1)));
  EXPECT_FALSE(klok.Verlengd());
}

TEST(ZorgplichtKlok, ExtensionOnTheDeadlineDayIsStillAllowed) {
  auto klok = Klok();
  ASSERT_TRUE(klok.Verleng(28, "Wachten op verslag", D(2025, 10, 13)));
  EXPECT_EQ(klok.Deadline(), D(2025, 11, 10));
}

TEST(ZorgplichtKlok, ExtensionAfterTheTermLapsedIsRefused) {
  auto klok = Klok();
  const auto r = klok.Verleng(28, "Wachten op verslag", D(2025, 10, 14));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kConflict);
  EXPECT_NE(r.error().message.find("voorlopige plaatsing"), std::string::npos);
  EXPECT_FALSE(klok.Verlengd());
}

TEST(ZorgplichtKlok, ExtensionAfterADecisionIsRefused) {
  auto klok = Klok();
  ASSERT_TRUE(klok.Besluit(D(2025, 9, 20)));
  EXPECT_EQ(klok.Verleng(7, "Reden", D(2025, 9, 25)).error().code, ErrorCode::kConflict);
}

TEST(ZorgplichtKlok, MoreThanSevenDaysLeftIsRunning) {
  const auto klok = Klok();
  EXPECT_EQ(klok.Status(D(2025, 9, 1)), ZorgplichtStatus::kLoopt);
  EXPECT_EQ(klok.DagenResterend(D(2025, 10, 5)), 8);
  EXPECT_EQ(klok.Status(D(2025, 10, 5)), ZorgplichtStatus::kLoopt);
}

TEST(ZorgplichtKlok, ExactlySevenDaysLeftIsAlmostLapsed) {
  const auto klok = Klok();
  EXPECT_EQ(klok.DagenResterend(D(2025, 10, 6)), 7);
  EXPECT_EQ(klok.Status(D(2025, 10, 6)), ZorgplichtStatus::kBijnaVerlopen);
}

// Decision: the school may still decide ON the deadline day, so that day is not lapsed but
// the last day of the warning period; the term has lapsed from the day after.
TEST(ZorgplichtKlok, DeadlineDayItselfIsAlmostLapsedNotLapsed) {
  const auto klok = Klok();
  EXPECT_EQ(klok.DagenResterend(D(2025, 10, 13)), 0);
  EXPECT_EQ(klok.Status(D(2025, 10, 13)), ZorgplichtStatus::kBijnaVerlopen);
  EXPECT_FALSE(klok.RechtOpVoorlopigePlaatsing(D(2025, 10, 13)));
}

TEST(ZorgplichtKlok, DayAfterTheDeadlineIsLapsedWithNegativeDaysLeft) {
  const auto klok = Klok();
  EXPECT_EQ(klok.DagenResterend(D(2025, 10, 14)), -1);
  EXPECT_EQ(klok.Status(D(2025, 10, 14)), ZorgplichtStatus::kVerlopen);
  EXPECT_EQ(klok.DagenResterend(D(2025, 11, 13)), -31);
}

TEST(ZorgplichtKlok, ExtensionResetsTheStatusToRunning) {
  auto klok = Klok();
  ASSERT_TRUE(klok.Verleng(28, "Wachten op verslag", D(2025, 10, 10)));
  EXPECT_EQ(klok.Status(D(2025, 10, 14)), ZorgplichtStatus::kLoopt);
  EXPECT_EQ(klok.Status(D(2025, 11, 3)), ZorgplichtStatus::kBijnaVerlopen);
  EXPECT_EQ(klok.Status(D(2025, 11, 11)), ZorgplichtStatus::kVerlopen);
}

TEST(ZorgplichtKlok, DecisionOverridesTheTerm) {
  auto klok = Klok();
  ASSERT_TRUE(klok.Besluit(D(2025, 10, 10)));
  EXPECT_TRUE(klok.Besloten());
  EXPECT_EQ(klok.BesluitDatum(), D(2025, 10, 10));
  EXPECT_EQ(klok.Status(D(2025, 10, 10)), ZorgplichtStatus::kBesloten);
  EXPECT_EQ(klok.Status(D(2026, 3, 1)), ZorgplichtStatus::kBesloten);
  EXPECT_FALSE(klok.RechtOpVoorlopigePlaatsing(D(2026, 3, 1)));
  // Before the decision day the clock still shows how it stood then.
  EXPECT_EQ(klok.Status(D(2025, 10, 9)), ZorgplichtStatus::kBijnaVerlopen);
}

TEST(ZorgplichtKlok, SecondDecisionOrDecisionBeforeRegistrationIsRefused) {
  auto klok = Klok();
  EXPECT_EQ(klok.Besluit(D(2025, 8, 31)).error().code, ErrorCode::kInvalid);
  ASSERT_TRUE(klok.Besluit(D(2025, 9, 15)));
  EXPECT_EQ(klok.Besluit(D(2025, 9, 16)).error().code, ErrorCode::kConflict);
  EXPECT_EQ(klok.BesluitDatum(), D(2025, 9, 15));
}

TEST(ZorgplichtKlok, LapsedWithoutDecisionGivesRightToProvisionalPlacement) {
  auto klok = Klok();
  EXPECT_FALSE(klok.RechtOpVoorlopigePlaatsing(D(2025, 10, 1)));
  EXPECT_TRUE(klok.RechtOpVoorlopigePlaatsing(D(2025, 10, 14)));
  // A late decision is recorded and ends the right from that day on.
  ASSERT_TRUE(klok.Besluit(D(2025, 10, 20)));
  EXPECT_TRUE(klok.RechtOpVoorlopigePlaatsing(D(2025, 10, 19)));
  EXPECT_FALSE(klok.RechtOpVoorlopigePlaatsing(D(2025, 10, 20)));
}

TEST(ZorgplichtKlok, TermsComeFromConfiguration) {
  auto klok = Klok(D(2025, 9, 1),
                   {.beslistermijn_dagen = 35, .max_verlenging_dagen = 14, .signaal_dagen = 3});
  EXPECT_EQ(klok.Deadline(), D(2025, 10, 6));
  EXPECT_EQ(klok.Status(D(2025, 10, 2)), ZorgplichtStatus::kLoopt);
  EXPECT_EQ(klok.Status(D(2025, 10, 3)), ZorgplichtStatus::kBijnaVerlopen);
  EXPECT_FALSE(klok.Verleng(15, "Reden", D(2025, 9, 20)));
  ASSERT_TRUE(klok.Verleng(14, "Reden", D(2025, 9, 20)));
  EXPECT_EQ(klok.Deadline(), D(2025, 10, 20));
}

TEST(ZorgplichtKlok, TermsThatAreNotPositiveAreRefused) {
  const Date d = D(2025, 9, 1);
  EXPECT_EQ(ZorgplichtKlok::Create(d, {.beslistermijn_dagen = 0}).error().field,
            "beslistermijnDagen");
  EXPECT_EQ(ZorgplichtKlok::Create(d, {.max_verlenging_dagen = -1}).error().field,
            "maxVerlengingDagen");
  EXPECT_EQ(ZorgplichtKlok::Create(d, {.signaal_dagen = 0}).error().code, ErrorCode::kInvalid);
}

TEST(ZorgplichtStatus, HasDutchLabels) {
  EXPECT_EQ(ZorgplichtStatusNaam(ZorgplichtStatus::kLoopt), "Loopt");
  EXPECT_EQ(ZorgplichtStatusNaam(ZorgplichtStatus::kBijnaVerlopen), "Bijna verlopen");
  EXPECT_EQ(ZorgplichtStatusNaam(ZorgplichtStatus::kVerlopen), "Verlopen");
  EXPECT_EQ(ZorgplichtStatusNaam(ZorgplichtStatus::kBesloten), "Besloten");
}

TEST(ZorgplichtHouder, SingleRegistrationHoldsTheDutyEvenIfNotFirstChoice) {
  EXPECT_EQ(ZorgplichtHouder({{.aanmelding_id = 7, .eerste_keuze = false, .datum = D(2025, 9, 1)}}),
            7);
}

TEST(ZorgplichtHouder, FirstChoiceSchoolHoldsTheDutyAmongSeveral) {
  const std::vector<Aanmeldkeuze> keuzes = {
      {1, false, D(2025, 9, 1)}, {2, true, D(2025, 9, 3)}, {3, false, D(2025, 9, 5)}};
  EXPECT_EQ(ZorgplichtHouder(keuzes), 2);
}

TEST(ZorgplichtHouder, SeveralWithoutFirstChoiceIsRefused) {
  const auto r = ZorgplichtHouder({{1, false, D(2025, 9, 1)}, {2, false, D(2025, 9, 3)}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(r.error().field, "eersteKeuze");
  EXPECT_NE(r.error().message.find("eerste keuze"), std::string::npos);
}

TEST(ZorgplichtHouder, SeveralFirstChoicesAreRefused) {
  const auto r = ZorgplichtHouder({{1, true, D(2025, 9, 1)}, {2, true, D(2025, 9, 3)}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
}

TEST(ZorgplichtHouder, NoRegistrationIsRefused) {
  EXPECT_EQ(ZorgplichtHouder({}).error().code, ErrorCode::kInvalid);
}

}  // namespace
}  // namespace passend::domain
