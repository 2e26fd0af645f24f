#include "domain/geschil.h"

#include <gtest/gtest.h>

#include "support/dates.h"

namespace passend::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

using passend::testing::D;

Geschil Nieuw(Onderwerp onderwerp = Onderwerp::kToelating) {
  auto geschil = Geschil::Create(onderwerp);
  EXPECT_TRUE(geschil.has_value());
  return *geschil;
}

TEST(GeschilCodes, SubjectsRoundTripThroughTheirCodes) {
  EXPECT_EQ(OnderwerpCode(Onderwerp::kToelating), "toelating");
  EXPECT_EQ(OnderwerpCode(Onderwerp::kVerwijdering), "verwijdering");
  EXPECT_EQ(OnderwerpCode(Onderwerp::kOpp), "opp");
  for (Onderwerp o : kAlleOnderwerpen) {
    EXPECT_EQ(ParseOnderwerp(OnderwerpCode(o)), o);
    EXPECT_FALSE(OnderwerpNaam(o).empty());
  }
  EXPECT_EQ(ParseOnderwerp("vt-melding").error().field, "onderwerp");
}

TEST(GeschilLadder, DefaultLadderClimbsFromSchoolToCourtWithItsTerms) {
  const std::vector<LadderStap> ladder = StandaardLadder();
  ASSERT_EQ(ladder.size(), 6u);
  const std::pair<const char*, int> verwacht[] = {{"school", 14}, {"schoolbestuur", 14},
                                                  {"swv", 28},    {"onderwijsconsulent", 42},
                                                  {"gpo", 70},    {"rechter", 0}};
  for (size_t i = 0; i < ladder.size(); ++i) {
    EXPECT_EQ(ladder[i].code, verwacht[i].first);
    EXPECT_EQ(ladder[i].termijn_dagen, verwacht[i].second);
    EXPECT_FALSE(ladder[i].naam.empty());
  }
  EXPECT_EQ(ladder[4].naam, "Geschillencommissie Passend Onderwijs");
}

TEST(GeschilLadder, LadderOffersNoChildProtectionReport) {
  for (const LadderStap& stap : StandaardLadder()) {
    EXPECT_EQ(stap.code.find("melding"), std::string::npos) << stap.code;
    EXPECT_EQ(stap.code.find("veilig"), std::string::npos) << stap.code;
  }
}

TEST(GeschilLadder, EmptyLadderIsRefused) {
  const auto r = Geschil::Create(Onderwerp::kOpp, {});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(r.error().field, "ladder");
}

TEST(GeschilLadder, DuplicateBlankOrNegativeStepsAreRefused) {
  EXPECT_EQ(Geschil::Create(Onderwerp::kOpp, {{"school", "School", 14}, {"school", "X", 7}})
                .error()
                .field,
            "ladder");
  EXPECT_FALSE(Geschil::Create(Onderwerp::kOpp, {{" ", "School", 14}}));
  EXPECT_FALSE(Geschil::Create(Onderwerp::kOpp, {{"school", "School", -1}}));
}

TEST(GeschilLadder, SwvMayConfigureItsOwnLadder) {
  auto geschil =
      Geschil::Create(Onderwerp::kVerwijdering, {{"school", "School", 7}, {"gpo", "GPO", 70}});
  ASSERT_TRUE(geschil);
  ASSERT_TRUE(geschil->StartStap("school", D(2025, 11, 3), "Directeur"));
  EXPECT_EQ(geschil->UiterlijkeDatum(), D(2025, 11, 10));
  EXPECT_EQ(geschil->onderwerp(), Onderwerp::kVerwijdering);
}

TEST(Geschil, NewDisputeHasNoStepAndNoTerm) {
  const Geschil g = Nieuw();
  EXPECT_EQ(g.HuidigeStap(), nullptr);
  EXPECT_FALSE(g.UiterlijkeDatum());
  EXPECT_FALSE(g.TermijnVerstreken(D(2030, 1, 1)));
}

TEST(Geschil, StepRecordsStartOwnerAndTermFromTheLadder) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("schoolbestuur", D(2025, 11, 3), "Stichting Primair"));
  const Stap* stap = g.HuidigeStap();
  ASSERT_NE(stap, nullptr);
  EXPECT_EQ(stap->code, "schoolbestuur");
  EXPECT_EQ(stap->start, D(2025, 11, 3));
  EXPECT_EQ(stap->eigenaar, "Stichting Primair");
  EXPECT_EQ(stap->termijn_dagen, 14);
  EXPECT_FALSE(stap->einde);
  EXPECT_EQ(g.UiterlijkeDatum(), D(2025, 11, 17));
}

TEST(Geschil, TermLapsesTheDayAfterTheLastDay) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("school", D(2025, 11, 3), "Mentor"));
  EXPECT_FALSE(g.TermijnVerstreken(D(2025, 11, 17)));
  EXPECT_TRUE(g.TermijnVerstreken(D(2025, 11, 18)));
}

TEST(Geschil, ClosedStepHasNoLapsedTerm) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("school", D(2025, 11, 3), "Mentor"));
  ASSERT_TRUE(g.SluitStap(D(2025, 11, 20), "geen overeenstemming"));
  EXPECT_FALSE(g.TermijnVerstreken(D(2025, 12, 1)));
  EXPECT_EQ(g.HuidigeStap()->uitkomst, "geen overeenstemming");
  EXPECT_EQ(g.HuidigeStap()->einde, D(2025, 11, 20));
}

TEST(Geschil, CourtStepHasNoFixedTerm) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("rechter", D(2026, 3, 1), "Rechtbank Midden-Nederland"));
  EXPECT_FALSE(g.UiterlijkeDatum());
  EXPECT_FALSE(g.TermijnVerstreken(D(2027, 1, 1)));
}

TEST(Geschil, StepsClimbAndMaySkipRungs) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("school", D(2025, 11, 3), "Directeur"));
  ASSERT_TRUE(g.SluitStap(D(2025, 11, 10), "geen overeenstemming"));
  ASSERT_TRUE(g.StartStap("gpo", D(2025, 11, 12), "GPO"));
  ASSERT_EQ(g.Stappen().size(), 2u);
  EXPECT_EQ(g.Stappen()[0].code, "school");
  EXPECT_EQ(g.Stappen()[1].code, "gpo");
}

TEST(Geschil, NextStepWhileTheCurrentIsOpenIsRefused) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("school", D(2025, 11, 3), "Directeur"));
  const auto r = g.StartStap("schoolbestuur", D(2025, 11, 5), "Bestuur");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRegel);
  EXPECT_EQ(g.Stappen().size(), 1u);
}

TEST(Geschil, StepBackDownTheLadderIsRefused) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("swv", D(2025, 11, 3), "SWV Eemland"));
  ASSERT_TRUE(g.SluitStap(D(2025, 11, 20), "geen overeenstemming"));
  EXPECT_EQ(g.StartStap("school", D(2025, 11, 21), "Directeur").error().code, ErrorCode::kRegel);
}

TEST(Geschil, RepeatingTheSameStepIsRefused) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("swv", D(2025, 11, 3), "SWV Eemland"));
  ASSERT_TRUE(g.SluitStap(D(2025, 11, 20), "geen overeenstemming"));
  EXPECT_EQ(g.StartStap("swv", D(2025, 11, 21), "SWV Eemland").error().code, ErrorCode::kRegel);
}

TEST(Geschil, StepNotOnTheLadderIsRefused) {
  Geschil g = Nieuw();
  const auto r = g.StartStap("vt-melding", D(2025, 11, 3), "Veilig Thuis");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(r.error().field, "stap");
  EXPECT_EQ(g.HuidigeStap(), nullptr);
}

TEST(Geschil, StepWithoutOwnerIsRefused) {
  Geschil g = Nieuw();
  EXPECT_EQ(g.StartStap("school", D(2025, 11, 3), " ").error().field, "eigenaar");
}

TEST(Geschil, StepStartingBeforeThePreviousEndedIsRefused) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("school", D(2025, 11, 3), "Directeur"));
  ASSERT_TRUE(g.SluitStap(D(2025, 11, 10), "geen overeenstemming"));
  EXPECT_EQ(g.StartStap("swv", D(2025, 11, 9), "SWV").error().field, "start");
}

TEST(Geschil, ClosingWithoutAnOpenStepIsRefused) {
  Geschil g = Nieuw();
  EXPECT_EQ(g.SluitStap(D(2025, 11, 10), "opgelost").error().code, ErrorCode::kRegel);
  ASSERT_TRUE(g.StartStap("school", D(2025, 11, 3), "Directeur"));
  ASSERT_TRUE(g.SluitStap(D(2025, 11, 10), "opgelost"));
  EXPECT_EQ(g.SluitStap(D(2025, 11, 11), "opgelost").error().code, ErrorCode::kRegel);
}

TEST(Geschil, ClosingWithoutAnOutcomeIsRefused) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("school", D(2025, 11, 3), "Directeur"));
  EXPECT_EQ(g.SluitStap(D(2025, 11, 10), "").error().field, "uitkomst");
  EXPECT_FALSE(g.HuidigeStap()->einde);
}

TEST(Geschil, ClosingBeforeTheStartIsRefused) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("school", D(2025, 11, 3), "Directeur"));
  EXPECT_EQ(g.SluitStap(D(2025, 11, 2), "opgelost").error().field, "einde");
}

// Decision on Wednesday 12 November 2025: the 6-week filing term ends on 24 December.
TEST(GpoTermijnen, FilingOnTheLastDayOfSixWeeksIsAccepted) {
  EXPECT_TRUE(ValideerGpoIndiening(D(2025, 11, 12), D(2025, 12, 24)));
  EXPECT_TRUE(ValideerGpoIndiening(D(2025, 11, 12), D(2025, 11, 12)));
}

TEST(GpoTermijnen, FilingOnDayFortyThreeIsRefused) {
  const auto r = ValideerGpoIndiening(D(2025, 11, 12), D(2025, 12, 25));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRegel);
  EXPECT_EQ(r.error().field, "ingediend");
  EXPECT_NE(r.error().message.find("24 december 2025"), std::string::npos);
}

TEST(GpoTermijnen, FilingBeforeTheDecisionIsRefused) {
  const auto r = ValideerGpoIndiening(D(2025, 11, 12), D(2025, 11, 11));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(r.error().field, "ingediend");
}

TEST(GpoTermijnen, BoardAnswersWithinTwoWeeksAndOpinionFollowsWithinTenWeeks) {
  EXPECT_EQ(VerweerUiterlijk(D(2025, 12, 22)), D(2026, 1, 5));
  EXPECT_EQ(OordeelUiterlijk(D(2025, 12, 22)), D(2026, 3, 2));
}

TEST(GpoTermijnen, TermsComeFromConfiguration) {
  const GpoTermijnen t{.indienen_dagen = 28, .verweer_dagen = 7, .oordeel_dagen = 56};
  EXPECT_FALSE(ValideerGpoIndiening(D(2025, 11, 12), D(2025, 12, 11), t));
  EXPECT_TRUE(ValideerGpoIndiening(D(2025, 11, 12), D(2025, 12, 10), t));
  EXPECT_EQ(VerweerUiterlijk(D(2025, 12, 22), t), D(2025, 12, 29));
  EXPECT_EQ(OordeelUiterlijk(D(2025, 12, 22), t), D(2026, 2, 16));
}

// The GPO rung of a dispute about a decision of 12 November 2025: filing on 24 December is on
// time, the step's term is the opinion's 70 days whatever the ladder says, the board answers
// by 7 January.
TEST(GeschilGpo, GpoStepFollowsTheCommitteesTerms) {
  std::vector<LadderStap> ladder = StandaardLadder();
  ladder[4].termijn_dagen = 5;  // an SWV's configured term does not bind the GPO
  auto g = Geschil::Create(Onderwerp::kToelating, ladder, D(2025, 11, 12));
  ASSERT_TRUE(g);
  ASSERT_TRUE(g->StartStap("gpo", D(2025, 12, 24), "Ouders"));
  EXPECT_EQ(g->HuidigeStap()->termijn_dagen, 70);
  EXPECT_EQ(g->UiterlijkeDatum(), D(2026, 3, 4));
  EXPECT_EQ(g->VerweerUiterlijk(), D(2026, 1, 7));
}

TEST(GeschilGpo, GpoStepFiledTooLateIsRefused) {
  auto g = Geschil::Create(Onderwerp::kToelating, StandaardLadder(), D(2025, 11, 12));
  ASSERT_TRUE(g);
  const auto r = g->StartStap("gpo", D(2025, 12, 25), "Ouders");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRegel);
  EXPECT_EQ(r.error().field, "start");
  EXPECT_TRUE(g->Stappen().empty());
}

TEST(GeschilGpo, VerweerOnlyForTheGpoStep) {
  Geschil g = Nieuw();
  ASSERT_TRUE(g.StartStap("school", D(2025, 11, 3), "Directeur"));
  EXPECT_FALSE(g.VerweerUiterlijk());
}

TEST(GeschilHerstel, ReplaysStoredStepsAndKeepsTheirTerms) {
  std::vector<Stap> stappen = {
      {"school", D(2025, 11, 3), "Directeur", 10, D(2025, 11, 10), "geen overeenstemming"},
      {"swv", D(2025, 11, 11), "SWV", 28, std::nullopt, ""}};
  auto g = Geschil::Herstel(Onderwerp::kOpp, StandaardLadder(), std::nullopt, {}, stappen);
  ASSERT_TRUE(g);
  ASSERT_EQ(g->Stappen().size(), 2u);
  EXPECT_EQ(g->Stappen()[0].termijn_dagen, 10);
  EXPECT_FALSE(g->HuidigeStap()->einde);
}

TEST(GeschilHerstel, StoredStepsThatBreakTheRulesAreRefused) {
  std::vector<Stap> stappen = {{"swv", D(2025, 11, 3), "SWV", 28, std::nullopt, ""},
                               {"school", D(2025, 11, 11), "Directeur", 14, std::nullopt, ""}};
  EXPECT_FALSE(Geschil::Herstel(Onderwerp::kOpp, StandaardLadder(), std::nullopt, {}, stappen));
}

TEST(GeschilLadder, AChildProtectionReportAsARungIsRefused) {
  std::vector<LadderStap> ladder = StandaardLadder();
  ladder.insert(ladder.begin() + 2, {"vt", "Melding Veilig Thuis", 7});
  const auto r = ValideerLadder(ladder);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRegel);
  EXPECT_EQ(r.error().field, "ladder");
}

}  // namespace
}  // namespace passend::domain
