#include "domain/reserveplan.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

Bestedingsplan Plan(int jaar, std::vector<PlanRegel> regels) {
  return Bestedingsplan{jaar, std::move(regels), ""};
}

const ReserveplanTermijn kTermijn;  // the shipped rule: accounts year + 2, 31 January

TEST(ReserveplanDeadline, IsTheEndOfJanuaryTwoYearsAfterTheAccounts) {
  // seed 000 #23: accounts 2019, plan "tot en met januari 2021".
  EXPECT_EQ(ReserveplanDeadline(2019, kTermijn), D("2021-01-31"));
  ReserveplanTermijn februari = kTermijn;
  februari.deadline_maand = 2;
  februari.deadline_dag = 31;  // clamped to the month's last day
  EXPECT_EQ(ReserveplanDeadline(2022, februari), D("2024-02-29"));
}

TEST(ReserveplanValidatie, ThePlanMustCoverTheReserveAboveTheThreshold) {
  const Cents boven(1'000'000'00);
  auto krap = ValideerPlan(Plan(2024, {{2025, Cents(600'000'00), "Ambulante begeleiding"},
                                       {2026, Cents(399'999'99), "Onderwijszorgarrangementen"}}),
                           boven, kTermijn);
  ASSERT_FALSE(krap);
  EXPECT_EQ(krap.error().code, ErrorCode::kRegel);
  EXPECT_EQ(krap.error().field, "regels");
  auto precies = ValideerPlan(Plan(2024, {{2025, Cents(600'000'00), "Ambulante begeleiding"},
                                          {2026, Cents(400'000'00), "Arrangementen"}}),
                              boven, kTermijn);
  ASSERT_TRUE(precies);
  EXPECT_EQ(*precies, boven);
}

TEST(ReserveplanValidatie, NamesTheFieldOfTheBadLine) {
  const Cents boven(100);
  EXPECT_EQ(ValideerPlan(Plan(2024, {}), boven, kTermijn).error().field, "regels");
  // A year not after the accounts' year, or too far after it.
  auto zelfde = ValideerPlan(Plan(2024, {{2024, Cents(100), "x"}}), boven, kTermijn);
  EXPECT_EQ(zelfde.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(zelfde.error().field, "regels[0].jaar");
  EXPECT_EQ(
      ValideerPlan(Plan(2024, {{2025, Cents(100), "x"}, {2030, Cents(1), "y"}}), boven, kTermijn)
          .error()
          .field,
      "regels[1].jaar");
  EXPECT_EQ(ValideerPlan(Plan(2024, {{2025, Cents(0), "x"}}), boven, kTermijn).error().field,
            "regels[0].bedrag");
  EXPECT_EQ(ValideerPlan(Plan(2024, {{2025, Cents(100), ""}}), boven, kTermijn).error().field,
            "regels[0].doel");
}

TEST(ReserveplanValidatie, NoPlanWithoutAReserveAboveTheThresholdOrBeforeTheDuty) {
  auto geen = ValideerPlan(Plan(2024, {{2025, Cents(100), "x"}}), Cents(0), kTermijn);
  EXPECT_EQ(geen.error().code, ErrorCode::kRegel);
  EXPECT_EQ(geen.error().field, "jaarrekeningJaar");
  auto oud = ValideerPlan(Plan(2018, {{2019, Cents(100), "x"}}), Cents(100), kTermijn);
  EXPECT_EQ(oud.error().code, ErrorCode::kRegel);
}

PlanBesluit B(PlanOrgaan orgaan, bool akkoord, const char* datum, std::string toelichting = "") {
  return PlanBesluit{orgaan, akkoord, D(datum), std::move(toelichting)};
}

TEST(ReserveplanStand, ConceptThenConsentThenApproval) {
  const Date gemaakt = D("2025-03-01");
  const Date vandaag = D("2025-06-01");
  std::vector<PlanBesluit> besluiten;
  EXPECT_EQ(Toestand(besluiten)->stand, PlanStand::kConcept);
  // Supervision cannot approve before the OPR consented.
  auto te_vroeg =
      ToetsBesluit(besluiten, B(PlanOrgaan::kInternToezicht, true, "2025-03-10"), gemaakt, vandaag);
  EXPECT_EQ(te_vroeg.error().code, ErrorCode::kConflict);
  auto opr = ToetsBesluit(besluiten, B(PlanOrgaan::kOpr, true, "2025-03-10"), gemaakt, vandaag);
  ASSERT_TRUE(opr);
  EXPECT_EQ(opr->stand, PlanStand::kInstemmingOpr);
  besluiten.push_back(B(PlanOrgaan::kOpr, true, "2025-03-10"));
  // The OPR cannot decide twice.
  EXPECT_EQ(ToetsBesluit(besluiten, B(PlanOrgaan::kOpr, true, "2025-03-11"), gemaakt, vandaag)
                .error()
                .code,
            ErrorCode::kConflict);
  auto goed =
      ToetsBesluit(besluiten, B(PlanOrgaan::kInternToezicht, true, "2025-04-02"), gemaakt, vandaag);
  ASSERT_TRUE(goed);
  EXPECT_EQ(goed->stand, PlanStand::kGoedgekeurd);
  EXPECT_EQ(goed->goedgekeurd_op, D("2025-04-02"));
  besluiten.push_back(B(PlanOrgaan::kInternToezicht, true, "2025-04-02"));
  // Nothing follows an approval: a new version replaces the plan.
  EXPECT_EQ(
      ToetsBesluit(besluiten, B(PlanOrgaan::kOpr, false, "2025-05-01", "nee"), gemaakt, vandaag)
          .error()
          .code,
      ErrorCode::kConflict);
}

TEST(ReserveplanStand, ARefusalSendsThePlanBackToConcept) {
  const Date gemaakt = D("2025-03-01");
  const Date vandaag = D("2025-06-01");
  std::vector<PlanBesluit> besluiten{
      B(PlanOrgaan::kOpr, true, "2025-03-10"),
      B(PlanOrgaan::kInternToezicht, false, "2025-03-20", "Te vaag")};
  auto t = Toestand(besluiten);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->stand, PlanStand::kConcept);
  EXPECT_TRUE(t->teruggestuurd);
  // The OPR decides again on the concept.
  EXPECT_TRUE(ToetsBesluit(besluiten, B(PlanOrgaan::kOpr, true, "2025-03-25"), gemaakt, vandaag));
  // A refusal needs its reasons.
  EXPECT_EQ(
      ToetsBesluit({}, B(PlanOrgaan::kOpr, false, "2025-03-25"), gemaakt, vandaag).error().field,
      "toelichting");
}

TEST(ReserveplanStand, DatesMayNotLieInTheFutureOrBeforeTheVersionOrThePreviousDecision) {
  const Date gemaakt = D("2025-03-01");
  const Date vandaag = D("2025-06-01");
  EXPECT_EQ(
      ToetsBesluit({}, B(PlanOrgaan::kOpr, true, "2025-06-02"), gemaakt, vandaag).error().field,
      "datum");
  EXPECT_EQ(
      ToetsBesluit({}, B(PlanOrgaan::kOpr, true, "2025-02-28"), gemaakt, vandaag).error().field,
      "datum");
  EXPECT_EQ(ToetsBesluit({B(PlanOrgaan::kOpr, true, "2025-04-01")},
                         B(PlanOrgaan::kInternToezicht, true, "2025-03-31"), gemaakt, vandaag)
                .error()
                .field,
            "datum");
}

TEST(Inhouding, NotNeededBelowTheThresholdOrBeforeTheDuty) {
  EXPECT_EQ(BepaalInhouding(Cents(0), 2024, {}, {}, D("2030-01-01"), kTermijn).stand,
            Inhouding::kNietNodig);
  EXPECT_EQ(BepaalInhouding(Cents(1), 2018, {}, {}, D("2030-01-01"), kTermijn).stand,
            Inhouding::kNietNodig);
}

TEST(Inhouding, WithheldTheDayAfterTheDeadlineWithoutAnApprovedPlan) {
  const Cents boven(500'000'00);
  // 2024 accounts: deadline 31 January 2026.
  auto voor = BepaalInhouding(boven, 2024, {}, {}, D("2026-01-31"), kTermijn);
  EXPECT_EQ(voor.stand, Inhouding::kNogNiet);
  EXPECT_EQ(voor.deadline, D("2026-01-31"));
  EXPECT_FALSE(voor.ingehouden_vanaf);
  auto na = BepaalInhouding(boven, 2024, {}, {}, D("2026-02-01"), kTermijn);
  EXPECT_EQ(na.stand, Inhouding::kIngehouden);
  EXPECT_EQ(na.ingehouden_vanaf, D("2026-02-01"));
}

TEST(Inhouding, AnApprovalByTheDeadlineMeansNothingIsWithheld) {
  auto s = BepaalInhouding(Cents(1), 2024, {D("2026-01-31")}, {}, D("2026-11-22"), kTermijn);
  EXPECT_EQ(s.stand, Inhouding::kNietIngehouden);
  EXPECT_FALSE(s.ingehouden_vanaf);
}

TEST(Inhouding, ALaterApprovalReleasesTheBudgetOnItsDate) {
  const std::vector<Date> goedkeuringen{D("2026-05-12"), D("2026-09-01")};
  auto s = BepaalInhouding(Cents(1), 2024, goedkeuringen, {}, D("2026-11-22"), kTermijn);
  EXPECT_EQ(s.stand, Inhouding::kVrijgegeven);
  EXPECT_EQ(s.ingehouden_vanaf, D("2026-02-01"));
  EXPECT_EQ(s.beeindigd_op, D("2026-05-12"));
  // Seen on a day before that approval, the budget was still withheld.
  EXPECT_EQ(BepaalInhouding(Cents(1), 2024, goedkeuringen, {}, D("2026-05-11"), kTermijn).stand,
            Inhouding::kIngehouden);
}

TEST(Inhouding, AWellFoundedObjectionLiftsTheWithholding) {
  auto s = BepaalInhouding(Cents(1), 2024, {}, D("2026-04-01"), D("2026-11-22"), kTermijn);
  EXPECT_EQ(s.stand, Inhouding::kOpgeheven);
  EXPECT_EQ(s.ingehouden_vanaf, D("2026-02-01"));
  EXPECT_EQ(s.beeindigd_op, D("2026-04-01"));
  // Before the deadline it prevents the withholding altogether.
  auto vroeg = BepaalInhouding(Cents(1), 2024, {}, D("2025-12-01"), D("2026-11-22"), kTermijn);
  EXPECT_EQ(vroeg.stand, Inhouding::kOpgeheven);
  EXPECT_FALSE(vroeg.ingehouden_vanaf);
  // An approval before the objection's decision releases first.
  auto plan = BepaalInhouding(Cents(1), 2024, {D("2026-03-01")}, D("2026-04-01"), D("2026-11-22"),
                              kTermijn);
  EXPECT_EQ(plan.stand, Inhouding::kVrijgegeven);
}

TEST(Reservebezwaar, ArgumentsAndDatesAreChecked) {
  const Date vandaag = D("2026-11-22");
  Reservebezwaar b{2024, BezwaarOnderwerp::kCijfers, "DUO telde 40 leerlingen dubbel.",
                   D("2026-03-01")};
  EXPECT_TRUE(Valideer(b, vandaag));
  b.argumenten.clear();
  EXPECT_EQ(Valideer(b, vandaag).error().field, "argumenten");
  b.argumenten = "x";
  b.ingediend_op = D("2026-11-23");
  EXPECT_EQ(Valideer(b, vandaag).error().field, "ingediendOp");
  EXPECT_EQ(
      Valideer(BezwaarUitspraak{true, "", D("2026-04-01")}, D("2026-03-01"), vandaag).error().field,
      "motivering");
  EXPECT_EQ(Valideer(BezwaarUitspraak{true, "Klopt", D("2026-02-01")}, D("2026-03-01"), vandaag)
                .error()
                .field,
            "datum");
  EXPECT_TRUE(Valideer(BezwaarUitspraak{false, "De telling klopt.", D("2026-04-01")},
                       D("2026-03-01"), vandaag));
  EXPECT_EQ(ParseBezwaarOnderwerp("inhouding"), BezwaarOnderwerp::kInhouding);
  EXPECT_FALSE(ParseBezwaarOnderwerp("korting"));
}

TEST(Meerjarenbegroting, CoversTheComingYearsAndTotalsExactly) {
  const Date vandaag = D("2026-11-22");
  Meerjarenbegroting m{2027,
                       {{2027, BegrotingSoort::kBaten, "Rijksbijdrage", Cents(10'000'000'01)},
                        {2027, BegrotingSoort::kLasten, "Arrangementen", Cents(6'000'000'00)},
                        {2027, BegrotingSoort::kLasten, "Organisatie", Cents(1'000'000'00)},
                        {2028, BegrotingSoort::kBaten, "Rijksbijdrage", Cents(10'100'000'00)},
                        {2029, BegrotingSoort::kLasten, "Reserve inzetten", Cents(500'000'00)}},
                       ""};
  ASSERT_TRUE(Valideer(m, 3, vandaag));
  auto totalen = Totalen(m);
  ASSERT_TRUE(totalen);
  ASSERT_EQ(totalen->size(), 3u);
  EXPECT_EQ((*totalen)[0].baten, Cents(10'000'000'01));
  EXPECT_EQ((*totalen)[0].lasten, Cents(7'000'000'00));
  EXPECT_EQ((*totalen)[0].saldo, Cents(3'000'000'01));
  EXPECT_EQ((*totalen)[2].saldo, Cents(-500'000'00));
  // Three years at least: without 2029 the budget is too short.
  Meerjarenbegroting kort = m;
  kort.regels.pop_back();
  EXPECT_EQ(Valideer(kort, 3, vandaag).error().field, "regels");
  Meerjarenbegroting oud = m;
  oud.eerste_jaar = 2025;
  EXPECT_EQ(Valideer(oud, 3, vandaag).error().field, "eersteJaar");
  Meerjarenbegroting negatief = m;
  negatief.regels[1].bedrag = Cents(-1);
  EXPECT_EQ(Valideer(negatief, 3, vandaag).error().field, "regels[1].bedrag");
}

TEST(Meerjarenbegroting, ConsentIsAskedThenGivenOrRefusedOnce) {
  const Date vandaag = D("2026-11-22");
  const InstemmingStap gevraagd{OprInstemming::kGevraagd, D("2026-10-01")};
  EXPECT_EQ(ToetsInstemming({}, {OprInstemming::kGegeven, D("2026-10-02")}, vandaag).error().code,
            ErrorCode::kConflict);
  EXPECT_TRUE(ToetsInstemming({}, gevraagd, vandaag));
  EXPECT_TRUE(ToetsInstemming({gevraagd}, {OprInstemming::kGeweigerd, D("2026-10-15")}, vandaag));
  EXPECT_EQ(ToetsInstemming({gevraagd}, {OprInstemming::kGegeven, D("2026-09-30")}, vandaag)
                .error()
                .field,
            "datum");
  EXPECT_EQ(ToetsInstemming({gevraagd, {OprInstemming::kGegeven, D("2026-10-15")}},
                            {OprInstemming::kGeweigerd, D("2026-10-16")}, vandaag)
                .error()
                .code,
            ErrorCode::kConflict);
  EXPECT_EQ(ToetsInstemming({gevraagd}, gevraagd, vandaag).error().code, ErrorCode::kConflict);
}

}  // namespace
}  // namespace passend::domain
