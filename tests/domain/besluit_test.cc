#include "domain/besluit.h"

#include <gtest/gtest.h>

#include "support/dates.h"

namespace passend::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

using passend::testing::D;

Hoorrecht Gehoord() {
  return Hoorrecht{
      .gehoord = true, .zienswijze = "Wil graag bij zijn broer op school", .reden = {}};
}

// A complete, valid decision of each kind; each test breaks exactly one rule.
Besluit Toegelaten() {
  return Besluit{.uitkomst = Uitkomst::kToegelaten,
                 .datum = D(2025, 10, 6),
                 .grond = {},
                 .andere_school = {},
                 .andere_school_akkoord = false,
                 .met_arrangement = true,
                 .hoorrecht = Gehoord()};
}

Besluit EldersGeplaatst() {
  Besluit b = Toegelaten();
  b.uitkomst = Uitkomst::kEldersGeplaatst;
  b.andere_school = "12AB00";
  b.andere_school_akkoord = true;
  return b;
}

Besluit Geweigerd(Weigeringsgrond grond) {
  Besluit b = Toegelaten();
  b.uitkomst = Uitkomst::kGeweigerd;
  b.grond = grond;
  b.met_arrangement = false;
  return b;
}

void ExpectRefused(const Besluit& b, std::string_view field) {
  const auto r = Valideer(b);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(r.error().field, field);
  EXPECT_FALSE(r.error().message.empty());
}

TEST(BesluitCodes, OutcomesRoundTripThroughTheirCodes) {
  EXPECT_EQ(UitkomstCode(Uitkomst::kToegelaten), "toegelaten");
  EXPECT_EQ(UitkomstCode(Uitkomst::kEldersGeplaatst), "elders-geplaatst");
  EXPECT_EQ(UitkomstCode(Uitkomst::kGeweigerd), "geweigerd");
  EXPECT_EQ(UitkomstCode(Uitkomst::kIngetrokken), "ingetrokken");
  for (Uitkomst u : kAlleUitkomsten) {
    EXPECT_EQ(ParseUitkomst(UitkomstCode(u)), u);
    EXPECT_FALSE(UitkomstNaam(u).empty());
  }
  EXPECT_EQ(UitkomstNaam(Uitkomst::kEldersGeplaatst), "Geplaatst op een andere school");
}

TEST(BesluitCodes, UnknownOutcomeIsRefusedWithTheChoices) {
  const auto r = ParseUitkomst("aangenomen");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "uitkomst");
  EXPECT_NE(r.error().message.find("elders-geplaatst"), std::string::npos);
}

TEST(BesluitCodes, GroundsRoundTripThroughTheirCodes) {
  EXPECT_EQ(WeigeringsgrondCode(Weigeringsgrond::kVol), "school-vol");
  EXPECT_EQ(WeigeringsgrondCode(Weigeringsgrond::kGrondslag), "grondslag");
  EXPECT_EQ(WeigeringsgrondCode(Weigeringsgrond::kOnevenredigeBelasting), "onevenredige-belasting");
  for (Weigeringsgrond g : kAlleWeigeringsgronden) {
    EXPECT_EQ(ParseWeigeringsgrond(WeigeringsgrondCode(g)), g);
    EXPECT_FALSE(WeigeringsgrondNaam(g).empty());
  }
  EXPECT_EQ(ParseWeigeringsgrond("vol").error().field, "grond");
}

TEST(Besluit, AdmissionWithTheStudentsViewIsAccepted) { EXPECT_TRUE(Valideer(Toegelaten())); }

TEST(Besluit, AdmissionWithAReasonTheStudentCouldNotBeHeardIsAccepted) {
  Besluit b = Toegelaten();
  b.hoorrecht =
      Hoorrecht{.gehoord = false, .zienswijze = {}, .reden = "Leerling is 4 jaar en non-verbaal"};
  EXPECT_TRUE(Valideer(b));
}

TEST(Besluit, DecisionWithoutHoorrechtIsRefused) {
  Besluit b = Toegelaten();
  b.hoorrecht.reset();
  ExpectRefused(b, "hoorrecht");
  for (Besluit other : {EldersGeplaatst(), Geweigerd(Weigeringsgrond::kVol)}) {
    other.hoorrecht.reset();
    ExpectRefused(other, "hoorrecht");
  }
}

TEST(Besluit, HeardStudentWithoutAViewIsRefused) {
  Besluit b = Toegelaten();
  b.hoorrecht = Hoorrecht{.gehoord = true, .zienswijze = "  ", .reden = {}};
  ExpectRefused(b, "hoorrecht");
}

TEST(Besluit, UnheardStudentWithoutAReasonIsRefused) {
  Besluit b = Toegelaten();
  b.hoorrecht = Hoorrecht{.gehoord = false, .zienswijze = {}, .reden = ""};
  ExpectRefused(b, "hoorrecht");
}

TEST(Besluit, WithdrawalByTheParentsNeedsNoHoorrecht) {
  Besluit b = Toegelaten();
  b.uitkomst = Uitkomst::kIngetrokken;
  b.met_arrangement = false;
  b.hoorrecht.reset();
  EXPECT_TRUE(Valideer(b));
}

TEST(Besluit, WithdrawalWithAnIncompleteHoorrechtIsRefused) {
  Besluit b = Toegelaten();
  b.uitkomst = Uitkomst::kIngetrokken;
  b.met_arrangement = false;
  b.hoorrecht = Hoorrecht{.gehoord = true, .zienswijze = {}, .reden = {}};
  ExpectRefused(b, "hoorrecht");
}

TEST(Besluit, PlaceElsewhereAtASchoolThatAcceptedIsAccepted) {
  EXPECT_TRUE(Valideer(EldersGeplaatst()));
}

TEST(Besluit, PlaceElsewhereWithoutASchoolIsRefused) {
  Besluit b = EldersGeplaatst();
  b.andere_school.reset();
  b.andere_school_akkoord = false;
  ExpectRefused(b, "andereSchool");
  b.andere_school = "";
  ExpectRefused(b, "andereSchool");
}

TEST(Besluit, PlaceElsewhereWithoutTheOtherSchoolsAcceptanceIsRefused) {
  Besluit b = EldersGeplaatst();
  b.andere_school_akkoord = false;
  ExpectRefused(b, "andereSchool");
}

TEST(Besluit, OtherSchoolThatIsNoLocationCodeIsRefused) {
  Besluit b = EldersGeplaatst();
  b.andere_school = "De Regenboog";
  ExpectRefused(b, "andereSchool");
}

TEST(Besluit, AcceptanceWithoutAnOtherSchoolIsRefused) {
  Besluit b = Geweigerd(Weigeringsgrond::kVol);
  b.andere_school_akkoord = true;
  ExpectRefused(b, "andereSchool");
}

TEST(Besluit, AdmissionNamingAnOtherSchoolIsRefused) {
  Besluit b = Toegelaten();
  b.andere_school = "12AB00";
  ExpectRefused(b, "andereSchool");
}

TEST(Besluit, RefusalWithoutAGroundIsRefused) {
  Besluit b = Geweigerd(Weigeringsgrond::kVol);
  b.grond.reset();
  ExpectRefused(b, "grond");
}

TEST(Besluit, RefusalBecauseTheSchoolIsFullIsAccepted) {
  EXPECT_TRUE(Valideer(Geweigerd(Weigeringsgrond::kVol)));
  EXPECT_TRUE(Valideer(Geweigerd(Weigeringsgrond::kGrondslag)));
}

TEST(Besluit, DisproportionateBurdenRefusalWithoutAnotherSchoolIsRefused) {
  const Besluit b = Geweigerd(Weigeringsgrond::kOnevenredigeBelasting);
  const auto r = Valideer(b);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "andereSchool");
  EXPECT_NE(r.error().message.find("onevenredige belasting"), std::string::npos);
}

TEST(Besluit, DisproportionateBurdenRefusalWithoutTheOtherSchoolsAcceptanceIsRefused) {
  Besluit b = Geweigerd(Weigeringsgrond::kOnevenredigeBelasting);
  b.andere_school = "12AB01";
  ExpectRefused(b, "andereSchool");
}

TEST(Besluit, DisproportionateBurdenRefusalWithAPlaceElsewhereIsAccepted) {
  Besluit b = Geweigerd(Weigeringsgrond::kOnevenredigeBelasting);
  b.andere_school = "12AB01";
  b.andere_school_akkoord = true;
  EXPECT_TRUE(Valideer(b));
}

TEST(Besluit, GroundWithoutARefusalIsRefused) {
  Besluit b = Toegelaten();
  b.grond = Weigeringsgrond::kVol;
  ExpectRefused(b, "grond");
  Besluit elders = EldersGeplaatst();
  elders.grond = Weigeringsgrond::kOnevenredigeBelasting;
  ExpectRefused(elders, "grond");
}

TEST(Besluit, ArrangementWithARefusalIsRefused) {
  Besluit b = Geweigerd(Weigeringsgrond::kVol);
  b.met_arrangement = true;
  ExpectRefused(b, "metArrangement");
}

TEST(Besluit, ImpossibleDateIsRefused) {
  Besluit b = Toegelaten();
  b.datum = D(2025, 2, 30);
  ExpectRefused(b, "datum");
}

}  // namespace
}  // namespace passend::domain
