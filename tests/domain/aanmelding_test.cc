#include "domain/aanmelding.h"

#include <gtest/gtest.h>

#include "support/dates.h"

namespace passend::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

using passend::testing::D;

// A written registration complete on Monday 1 September 2025: due 13 October.
Aanmelding Schriftelijk(Date op = D(2025, 9, 1)) {
  Aanmelding a;
  a.id = 1;
  a.leerling = LeerlingId{7};
  a.school = *Vestigingscode::Parse("10AA00");
  a.swv = "PO2001";
  a.aanmelddatum = op;
  a.schriftelijk = true;
  a.compleet_op = op;
  a.ondersteuningsbehoeften = {Ondersteuningsbehoefte::kGedrag};
  return a;
}

Aanmelding Mondeling() {
  Aanmelding a = Schriftelijk();
  a.schriftelijk = false;
  a.compleet_op.reset();
  return a;
}

Besluit Toegelaten(Date op) {
  Besluit b;
  b.uitkomst = Uitkomst::kToegelaten;
  b.datum = op;
  b.hoorrecht = Hoorrecht{true, "Ik wil graag naar deze school.", ""};
  return b;
}

AanmeldingStatus Status(const Aanmelding& a, Date op) {
  auto status = StatusOp(a, {}, op);
  EXPECT_TRUE(status.has_value()) << status.error().message;
  return status.value_or(AanmeldingStatus{});
}

TEST(Ondersteuningsbehoefte, EveryCodeParsesBackAndUnknownOnesAreRefused) {
  for (auto b : kAlleOndersteuningsbehoeften) {
    auto parsed = ParseOndersteuningsbehoefte(OndersteuningsbehoefteCode(b));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, b);
  }
  EXPECT_EQ(std::size(kAlleOndersteuningsbehoeften), 12u);
  auto bad = ParseOndersteuningsbehoefte("dyslexie");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(bad.error().field, "ondersteuningsbehoeften");
}

TEST(AanmeldingStatus, CodesParseBack) {
  for (auto s : kAlleAanmeldingStatussen) {
    EXPECT_EQ(*ParseAanmeldingStatus(AanmeldingStatusCode(s)), s);
  }
  EXPECT_FALSE(ParseAanmeldingStatus("lopend").has_value());
}

TEST(Aanmelding, ValideerRefusesAWrittenRegistrationWithoutCompleteDateAndDoubleNeeds) {
  EXPECT_TRUE(Valideer(Schriftelijk()).has_value());
  EXPECT_TRUE(Valideer(Mondeling()).has_value());
  Aanmelding zonder = Schriftelijk();
  zonder.compleet_op.reset();
  EXPECT_FALSE(Valideer(zonder).has_value());
  Aanmelding dubbel = Schriftelijk();
  dubbel.ondersteuningsbehoeften = {Ondersteuningsbehoefte::kLeren, Ondersteuningsbehoefte::kLeren};
  EXPECT_EQ(Valideer(dubbel).error().field, "ondersteuningsbehoeften");
  Aanmelding te_vroeg = Schriftelijk();
  te_vroeg.compleet_op = D(2025, 8, 1);
  EXPECT_FALSE(Valideer(te_vroeg).has_value());
}

TEST(Aanmelding, AWrittenRegistrationIsOpenWithDaysLeftUntilSixWeeks) {
  const auto s = Status(Schriftelijk(), D(2025, 9, 15));
  EXPECT_EQ(s.soort, AanmeldingStatusSoort::kOpen);
  EXPECT_EQ(s.uiterste_beslisdatum, D(2025, 10, 13));
  EXPECT_EQ(s.dagen_resterend, 28);
  EXPECT_FALSE(s.recht_op_voorlopige_plaatsing);
  EXPECT_NE(s.melding.find("28 dagen"), std::string::npos) << s.melding;
}

TEST(Aanmelding, WithinTheWarningDaysItIsAlmostDueAndTheDeadlineDayStillCounts) {
  EXPECT_EQ(Status(Schriftelijk(), D(2025, 10, 6)).soort, AanmeldingStatusSoort::kBijnaVerlopen);
  const auto op_de_dag = Status(Schriftelijk(), D(2025, 10, 13));
  EXPECT_EQ(op_de_dag.soort, AanmeldingStatusSoort::kBijnaVerlopen);
  EXPECT_EQ(op_de_dag.dagen_resterend, 0);
}

TEST(Aanmelding, ALapsedTermGivesARightToProvisionalPlacement) {
  const auto s = Status(Schriftelijk(), D(2025, 10, 14));
  EXPECT_EQ(s.soort, AanmeldingStatusSoort::kVerlopen);
  EXPECT_EQ(s.dagen_resterend, -1);
  EXPECT_TRUE(s.recht_op_voorlopige_plaatsing);
  EXPECT_NE(s.melding.find("voorlopige plaatsing"), std::string::npos);
}

TEST(Aanmelding, AVerbalRegistrationHasNoClockAndAsksForItInWriting) {
  const auto s = Status(Mondeling(), D(2026, 6, 1));
  EXPECT_EQ(s.soort, AanmeldingStatusSoort::kMondeling);
  EXPECT_FALSE(s.uiterste_beslisdatum.has_value());
  EXPECT_FALSE(s.dagen_resterend.has_value());
  EXPECT_FALSE(s.recht_op_voorlopige_plaatsing);
  EXPECT_NE(s.melding.find("schriftelijk"), std::string::npos);
  EXPECT_FALSE(KlokVan(Mondeling(), {}).has_value());
}

TEST(Aanmelding, AnExtensionOfFourWeeksMovesTheDeadlineOnce) {
  Aanmelding a = Schriftelijk();
  ASSERT_TRUE(Verleng(a, {}, 28, "Onderzoek loopt nog.", D(2025, 9, 20)).has_value());
  EXPECT_EQ(a.verlenging_dagen, 28);
  EXPECT_EQ(a.verlengd_op, D(2025, 9, 20));
  EXPECT_EQ(Status(a, D(2025, 10, 14)).uiterste_beslisdatum, D(2025, 11, 10));
  EXPECT_EQ(Status(a, D(2025, 10, 14)).soort, AanmeldingStatusSoort::kOpen);

  auto tweede = Verleng(a, {}, 7, "Nog meer onderzoek.", D(2025, 9, 21));
  ASSERT_FALSE(tweede.has_value());
  EXPECT_EQ(tweede.error().code, ErrorCode::kRegel);
  EXPECT_EQ(a.verlenging_dagen, 28) << "a refused extension changes nothing";
}

TEST(Aanmelding, ATooLongExtensionIsARuleRefusalAndABlankReasonMissingInput) {
  Aanmelding a = Schriftelijk();
  auto te_lang = Verleng(a, {}, 35, "Onderzoek.", D(2025, 9, 20));
  ASSERT_FALSE(te_lang.has_value());
  EXPECT_EQ(te_lang.error().code, ErrorCode::kRegel);
  EXPECT_EQ(te_lang.error().field, "weken");
  auto zonder_reden = Verleng(a, {}, 28, " ", D(2025, 9, 20));
  ASSERT_FALSE(zonder_reden.has_value());
  EXPECT_EQ(zonder_reden.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(a.verlenging_dagen, 0);
}

TEST(Aanmelding, AVerbalRegistrationCannotBeExtended) {
  Aanmelding a = Mondeling();
  auto r = Verleng(a, {}, 28, "Onderzoek.", D(2025, 9, 20));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kRegel);
}

TEST(Aanmelding, ADecisionNeedsHoorrechtAndCannotBeTakenTwice) {
  Aanmelding a = Schriftelijk();
  Besluit zonder = Toegelaten(D(2025, 10, 1));
  zonder.hoorrecht.reset();
  auto r = Beslis(a, {}, zonder);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kRegel);
  EXPECT_EQ(r.error().field, "hoorrecht");

  ASSERT_TRUE(Beslis(a, {}, Toegelaten(D(2025, 10, 1))).has_value());
  EXPECT_EQ(Status(a, D(2025, 10, 20)).soort, AanmeldingStatusSoort::kBesloten);
  auto tweede = Beslis(a, {}, Toegelaten(D(2025, 10, 2)));
  ASSERT_FALSE(tweede.has_value());
  EXPECT_EQ(tweede.error().code, ErrorCode::kRegel);
}

TEST(Aanmelding, DisproportionateBurdenWithoutAnotherSchoolIsRefused) {
  Aanmelding a = Schriftelijk();
  Besluit b = Toegelaten(D(2025, 10, 1));
  b.uitkomst = Uitkomst::kGeweigerd;
  b.grond = Weigeringsgrond::kOnevenredigeBelasting;
  auto r = Beslis(a, {}, b);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kRegel);
  EXPECT_EQ(r.error().field, "andereSchool");
  b.andere_school = "11BB00";
  b.andere_school_akkoord = true;
  EXPECT_TRUE(Beslis(a, {}, b).has_value());
}

TEST(Aanmelding, AVerbalRegistrationCanStillBeDecidedOrWithdrawn) {
  Aanmelding a = Mondeling();
  Besluit b;
  b.uitkomst = Uitkomst::kIngetrokken;
  b.datum = D(2025, 9, 10);
  ASSERT_TRUE(Beslis(a, {}, b).has_value());
  EXPECT_EQ(Status(a, D(2025, 9, 11)).soort, AanmeldingStatusSoort::kBesloten);
}

TEST(Aanmelding, TheStoredTermHoldsWhenTheConfigurationChanges) {
  Aanmelding a = Schriftelijk();
  a.beslistermijn_dagen = 42;
  ZorgplichtTermijnen korter;
  korter.beslistermijn_dagen = 30;
  auto s = StatusOp(a, korter, D(2025, 9, 15));
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->uiterste_beslisdatum, D(2025, 10, 13));
}

}  // namespace
}  // namespace passend::domain
