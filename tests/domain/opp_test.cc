// The OPP rules (issue 7 item 4, domain.md §3.4): the content (uitstroomprofiel required in vso
// and absent elsewhere, at least one goal, the student's view), versions appended, the parents'
// consent per version (a refusal keeps the previous consented version in force), the 6-week
// term after placement and the yearly evaluation as signals.
#include "domain/opp.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace passend::domain {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

Opp Plan(SchoolSoort onderwijs = SchoolSoort::kSbo) {
  Opp opp;
  opp.id = 1;
  opp.leerling = LeerlingId{7};
  opp.school = *Vestigingscode::Parse("11BB00");
  opp.swv = *SwvCode::Parse("PO2001");
  opp.onderwijs = onderwijs;
  opp.plaatsingsdatum = D("2025-08-25");
  return opp;
}

OppInhoud Inhoud() {
  OppInhoud i;
  i.uitstroombestemming = "vmbo basisberoepsgerichte leerweg";
  i.bevorderende_factoren = "Gemotiveerd, goede band met de leerkracht.";
  i.belemmerende_factoren = "Snel overprikkeld in grote groepen.";
  i.ondersteuning = "Kleine groep, dagelijkse planning met de leerkracht.";
  i.afwijkingen = "";
  i.doelen = {"Leest aan het eind van het jaar op AVI E5."};
  i.hoorrecht = Hoorrecht{true, "Ik wil graag rustig kunnen werken.", ""};
  return i;
}

bool Heeft(const std::vector<OppSignaal>& signalen, OppSignaal s) {
  return std::find(signalen.begin(), signalen.end(), s) != signalen.end();
}

TEST(Opp, ContentNeedsGoalsReasoningAndTheStudentsView) {
  EXPECT_TRUE(Valideer(Inhoud(), SchoolSoort::kSbo).has_value());
  OppInhoud i = Inhoud();
  i.doelen.clear();
  EXPECT_EQ(Valideer(i, SchoolSoort::kSbo).error().field, "doelen");
  i = Inhoud();
  i.doelen.push_back("   ");
  EXPECT_EQ(Valideer(i, SchoolSoort::kSbo).error().field, "doelen");
  i = Inhoud();
  i.belemmerende_factoren = "";
  EXPECT_EQ(Valideer(i, SchoolSoort::kSbo).error().field, "belemmerendeFactoren");
  i = Inhoud();
  i.hoorrecht = Hoorrecht{false, "", ""};  // not heard, and no reason why
  EXPECT_EQ(Valideer(i, SchoolSoort::kSbo).error().field, "hoorrecht");
  i.hoorrecht.reden = "De leerling is vier jaar en kan dit nog niet overzien.";
  EXPECT_TRUE(Valideer(i, SchoolSoort::kSbo).has_value());
}

TEST(Opp, AnUitstroomprofielIsRequiredInVsoAndAbsentElsewhere) {
  OppInhoud i = Inhoud();
  EXPECT_EQ(Valideer(i, SchoolSoort::kVso).error().field, "uitstroomprofiel");
  i.uitstroomprofiel = Uitstroomprofiel::kArbeidsmarkt;
  EXPECT_TRUE(Valideer(i, SchoolSoort::kVso).has_value());
  EXPECT_EQ(Valideer(i, SchoolSoort::kSo).error().field, "uitstroomprofiel");
  EXPECT_EQ(Valideer(i, SchoolSoort::kBao).error().field, "uitstroomprofiel");
  EXPECT_EQ(*ParseUitstroomprofiel("dagbesteding"), Uitstroomprofiel::kDagbesteding);
  EXPECT_EQ(ParseUitstroomprofiel("werk").error().field, "uitstroomprofiel");
}

TEST(Opp, VersionsAreAppendedInOrderAndNeverBeforeThePlacement) {
  Opp opp = Plan();
  EXPECT_EQ(StelVersieVast(opp, Inhoud(), D("2025-08-24"), "school").error().field,
            "vastgesteldOp");
  ASSERT_TRUE(StelVersieVast(opp, Inhoud(), D("2025-09-15"), "school").has_value());
  OppInhoud tweede = Inhoud();
  tweede.doelen.push_back("Werkt twintig minuten zelfstandig.");
  EXPECT_EQ(StelVersieVast(opp, tweede, D("2025-09-14"), "school").error().field, "vastgesteldOp");
  ASSERT_TRUE(StelVersieVast(opp, tweede, D("2025-11-01"), "school").has_value());
  ASSERT_EQ(opp.versies.size(), 2u);
  EXPECT_EQ(opp.versies[0].nummer, 1);
  EXPECT_EQ(opp.versies[1].nummer, 2);
  EXPECT_EQ(opp.versies[0].inhoud.doelen.size(), 1u);  // the first version is untouched
}

TEST(Opp, ConsentIsAskedOnceAndAnsweredOnceByTheParents) {
  Opp opp = Plan();
  EXPECT_EQ(VraagInstemming(opp, D("2025-09-15"), "school").error().code, ErrorCode::kRegel);
  ASSERT_TRUE(StelVersieVast(opp, Inhoud(), D("2025-09-15"), "school").has_value());
  EXPECT_EQ(
      BeantwoordInstemming(opp, Instemming::kGegeven, D("2025-09-16"), "ouder", "").error().code,
      ErrorCode::kRegel);  // nothing asked yet
  ASSERT_TRUE(VraagInstemming(opp, D("2025-09-15"), "school").has_value());
  EXPECT_EQ(InstemmingVan(opp.versies.back()), Instemming::kGevraagd);
  EXPECT_EQ(VraagInstemming(opp, D("2025-09-16"), "school").error().code, ErrorCode::kConflict);
  EXPECT_EQ(VersieInWerking(opp), nullptr);  // asked is not given
  EXPECT_EQ(
      BeantwoordInstemming(opp, Instemming::kGevraagd, D("2025-09-16"), "ouder", "").error().field,
      "besluit");
  ASSERT_TRUE(
      BeantwoordInstemming(opp, Instemming::kGegeven, D("2025-09-20"), "ouder", "").has_value());
  EXPECT_EQ(InstemmingVan(opp.versies.back()), Instemming::kGegeven);
  ASSERT_NE(VersieInWerking(opp), nullptr);
  EXPECT_EQ(VersieInWerking(opp)->nummer, 1);
  EXPECT_EQ(
      BeantwoordInstemming(opp, Instemming::kGeweigerd, D("2025-09-21"), "ouder", "").error().code,
      ErrorCode::kRegel);  // answered once
  // The steps are kept: asked, then given.
  ASSERT_EQ(opp.versies.back().instemming.size(), 2u);
}

TEST(Opp, ARefusalKeepsThePreviousConsentedVersionInForce) {
  Opp opp = Plan();
  ASSERT_TRUE(StelVersieVast(opp, Inhoud(), D("2025-09-15"), "school").has_value());
  ASSERT_TRUE(VraagInstemming(opp, D("2025-09-15"), "school").has_value());
  ASSERT_TRUE(
      BeantwoordInstemming(opp, Instemming::kGegeven, D("2025-09-18"), "ouder", "").has_value());
  ASSERT_TRUE(StelVersieVast(opp, Inhoud(), D("2026-01-10"), "school").has_value());
  ASSERT_TRUE(VraagInstemming(opp, D("2026-01-10"), "school").has_value());
  EXPECT_EQ(VersieInWerking(opp)->nummer, 1);  // version 2 is only asked
  ASSERT_TRUE(BeantwoordInstemming(opp, Instemming::kGeweigerd, D("2026-01-14"), "ouder",
                                   "Wij willen geen kortere schooldag.")
                  .has_value());
  EXPECT_EQ(VersieInWerking(opp)->nummer, 1);
  const OppStand stand = StandVan(opp, OppTermijnen{});
  EXPECT_EQ(stand.laatste_versie, 2);
  EXPECT_EQ(stand.versie_in_werking, 1);
  EXPECT_EQ(stand.instemming, Instemming::kGeweigerd);
  EXPECT_TRUE(Heeft(Signalen(stand, D("2026-01-15")), OppSignaal::kInstemmingGeweigerd));
  EXPECT_NE(std::string(OppGeschilroute()).find("Geschillencommissie passend onderwijs"),
            std::string::npos);
  // A new version answers the refusal; once consented, it is in force.
  ASSERT_TRUE(StelVersieVast(opp, Inhoud(), D("2026-02-01"), "school").has_value());
  ASSERT_TRUE(VraagInstemming(opp, D("2026-02-01"), "school").has_value());
  ASSERT_TRUE(
      BeantwoordInstemming(opp, Instemming::kGegeven, D("2026-02-03"), "ouder", "").has_value());
  EXPECT_EQ(VersieInWerking(opp)->nummer, 3);
}

TEST(Opp, TheReminderComesTheDayAfterSixWeeksWithoutASetVersion) {
  Opp opp = Plan();  // placed on 25 August 2025
  const OppTermijnen termijnen;
  OppStand stand = StandVan(opp, termijnen);
  EXPECT_EQ(stand.vaststellen_uiterlijk, D("2025-10-06"));  // 42 days later
  EXPECT_FALSE(Heeft(Signalen(stand, D("2025-10-06")), OppSignaal::kVaststellenVerlopen));
  EXPECT_TRUE(Heeft(Signalen(stand, D("2025-10-07")), OppSignaal::kVaststellenVerlopen));
  // A longer configured term moves the reminder.
  EXPECT_EQ(StandVan(opp, OppTermijnen{8, 12}).vaststellen_uiterlijk, D("2025-10-20"));
  // Once set (even late) the reminder is gone.
  ASSERT_TRUE(StelVersieVast(opp, Inhoud(), D("2025-10-10"), "school").has_value());
  stand = StandVan(opp, termijnen);
  EXPECT_EQ(stand.vastgesteld_op, D("2025-10-10"));
  EXPECT_FALSE(Heeft(Signalen(stand, D("2025-10-11")), OppSignaal::kVaststellenVerlopen));
}

TEST(Opp, TheEvaluationIsDueAYearAfterTheFirstVersionOrTheLastEvaluation) {
  Opp opp = Plan();
  const OppTermijnen termijnen;
  EXPECT_FALSE(StandVan(opp, termijnen).evaluatie_uiterlijk.has_value());
  EXPECT_EQ(LegEvaluatieVast(opp, {D("2025-09-20"), "ouders", "Goed", "school"}).error().code,
            ErrorCode::kRegel);  // nothing to evaluate yet
  ASSERT_TRUE(StelVersieVast(opp, Inhoud(), D("2025-09-15"), "school").has_value());
  OppStand stand = StandVan(opp, termijnen);
  EXPECT_EQ(stand.evaluatie_uiterlijk, D("2026-09-15"));
  EXPECT_FALSE(Heeft(Signalen(stand, D("2026-09-14")), OppSignaal::kEvaluatieNodig));
  EXPECT_TRUE(Heeft(Signalen(stand, D("2026-09-15")), OppSignaal::kEvaluatieNodig));
  EXPECT_EQ(LegEvaluatieVast(opp, {D("2026-06-01"), "", "Doelen gehaald.", "school"}).error().field,
            "metWie");
  EXPECT_EQ(LegEvaluatieVast(opp, {D("2025-09-01"), "ouders", "Goed", "school"}).error().field,
            "datum");  // before the first version
  ASSERT_TRUE(LegEvaluatieVast(opp, {D("2026-06-01"), "Moeder, mentor en intern begeleider",
                                     "De leesdoelen zijn gehaald.", "school"})
                  .has_value());
  stand = StandVan(opp, termijnen);
  EXPECT_EQ(stand.laatste_evaluatie, D("2026-06-01"));
  EXPECT_EQ(stand.evaluatie_uiterlijk, D("2027-06-01"));
  EXPECT_FALSE(Heeft(Signalen(stand, D("2026-09-15")), OppSignaal::kEvaluatieNodig));
  EXPECT_EQ(LegEvaluatieVast(opp, {D("2026-05-01"), "ouders", "Goed", "school"}).error().field,
            "datum");  // before the previous evaluation
}

TEST(Opp, ANewPlanHasAPlacementNotInTheFuture) {
  Opp opp = Plan();
  EXPECT_TRUE(Valideer(opp, D("2025-10-01")).has_value());
  EXPECT_EQ(Valideer(opp, D("2025-08-24")).error().field, "plaatsingsdatum");
  opp.leerling = LeerlingId{0};
  EXPECT_EQ(Valideer(opp, D("2025-10-01")).error().field, "leerling");
}

}  // namespace
}  // namespace passend::domain
