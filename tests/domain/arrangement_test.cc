// Arrangementen (issue 7 item 1): the catalogue's checks, an assignment's period and amount in
// cents, the early end as its own record, and the amounts per school for the money part.
#include "domain/arrangement.h"

#include <gtest/gtest.h>

#include <vector>

namespace passend::domain {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

Arrangement Catalogus() {
  Arrangement a;
  a.id = 3;
  a.swv = *SwvCode::Parse("PO2001");
  a.soort = ArrangementSoort::kAmbulant;
  a.naam = "Ambulante begeleiding gedrag";
  a.omschrijving = "Een ambulant begeleider uit het so, twee uur per week.";
  a.tarief = Tarief::kPerLeerlingPerJaar;
  a.bedrag = Cents(450000);
  return a;
}

Toekenning Toegekend(const char* school, const char* van, const char* tot, int64_t cents) {
  Toekenning t;
  t.arrangement = 3;
  t.swv = *SwvCode::Parse("PO2001");
  t.leerling = LeerlingId{7};
  t.school = *Vestigingscode::Parse(school);
  t.van = D(van);
  t.tot = D(tot);
  t.bedrag = Cents(cents);
  return t;
}

TEST(Arrangement, KindsAndTariffsRoundTripTheirApiSpelling) {
  for (ArrangementSoort soort : kAlleArrangementSoorten) {
    EXPECT_EQ(ParseArrangementSoort(ArrangementSoortCode(soort)), soort);
    EXPECT_FALSE(ArrangementSoortNaam(soort).empty());
  }
  EXPECT_EQ(ParseArrangementSoort("tijdelijk-vso"), ArrangementSoort::kTijdelijkVso);
  EXPECT_EQ(ParseArrangementSoort("rugzak").error().field, "soort");
  EXPECT_EQ(ParseTarief("budget"), Tarief::kBudget);
  EXPECT_EQ(ParseTarief("per-uur").error().field, "tarief");
}

TEST(Arrangement, CatalogueEntryNeedsANameAndNoNegativeAmount) {
  Arrangement a = Catalogus();
  EXPECT_TRUE(Valideer(a).has_value());
  a.bedrag = Cents(0);  // a package the schools pay themselves is allowed
  EXPECT_TRUE(Valideer(a).has_value());
  a.bedrag = Cents(-1);
  EXPECT_EQ(Valideer(a).error().field, "bedrag");
  a = Catalogus();
  a.naam = "  ";
  EXPECT_EQ(Valideer(a).error().field, "naam");
  a = Catalogus();
  a.omschrijving = std::string(4001, 'x');
  EXPECT_EQ(Valideer(a).error().field, "omschrijving");
}

TEST(Arrangement, AssignmentPeriodEndsNotBeforeItStartsAndAmountIsNotNegative) {
  const Arrangement a = Catalogus();
  EXPECT_TRUE(Valideer(Toegekend("10AA00", "2025-08-01", "2026-07-31", 450000), a).has_value());
  // One day is a period.
  EXPECT_TRUE(Valideer(Toegekend("10AA00", "2025-08-01", "2025-08-01", 0), a).has_value());
  const auto omgekeerd = Valideer(Toegekend("10AA00", "2025-08-01", "2025-07-31", 450000), a);
  EXPECT_EQ(omgekeerd.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(omgekeerd.error().field, "tot");
  const auto negatief = Valideer(Toegekend("10AA00", "2025-08-01", "2026-07-31", -1), a);
  EXPECT_EQ(negatief.error().field, "bedrag");
}

TEST(Arrangement, AnInactivePackageIsNotAssignedAgain) {
  Arrangement a = Catalogus();
  a.actief = false;
  const auto res = Valideer(Toegekend("10AA00", "2025-08-01", "2026-07-31", 450000), a);
  EXPECT_EQ(res.error().code, ErrorCode::kRegel);
  EXPECT_EQ(res.error().field, "arrangement");
}

TEST(Arrangement, EarlyEndIsRecordedOnceWithinThePeriodWithAReason) {
  Toekenning t = Toegekend("10AA00", "2025-08-01", "2026-07-31", 450000);
  EXPECT_TRUE(IsLopend(t, D("2026-03-01")));
  EXPECT_EQ(Beeindig(t, {D("2025-07-31"), "Verhuisd"}).error().field, "op");
  EXPECT_EQ(Beeindig(t, {D("2026-08-01"), "Verhuisd"}).error().field, "op");
  EXPECT_EQ(Beeindig(t, {D("2026-01-31"), " "}).error().field, "reden");
  ASSERT_TRUE(Beeindig(t, {D("2026-01-31"), "Verhuisd naar een andere regio"}).has_value());
  EXPECT_EQ(LaatsteDag(t), D("2026-01-31"));
  EXPECT_TRUE(IsLopend(t, D("2026-01-31")));
  EXPECT_FALSE(IsLopend(t, D("2026-02-01")));
  EXPECT_FALSE(IsIngetrokken(t));
  EXPECT_EQ(Beeindig(t, {D("2026-01-15"), "Nogmaals"}).error().code, ErrorCode::kConflict);
}

TEST(Arrangement, AmountsPerSchoolCountWholeAmountsInThePeriodOfTheStart) {
  std::vector<Toekenning> ts{
      Toegekend("10AA00", "2025-08-01", "2026-07-31", 450000),
      Toegekend("10AA00", "2025-11-01", "2026-07-31", 125050),
      Toegekend("11BB00", "2025-08-01", "2025-12-31", 99),
      // Started the year before: counts there, not here (no pro rata).
      Toegekend("10AA00", "2024-08-01", "2025-09-30", 777700),
      // Starts after the period.
      Toegekend("11BB00", "2026-08-01", "2027-07-31", 500000),
  };
  // Withdrawn on its first day: nothing given, nothing counted.
  Toekenning ingetrokken = Toegekend("11BB00", "2025-09-01", "2026-07-31", 300000);
  ASSERT_TRUE(Beeindig(ingetrokken, {D("2025-09-01"), "Per vergissing toegekend"}).has_value());
  ts.push_back(ingetrokken);
  // Ended early: still its whole amount.
  Toekenning vroeg = Toegekend("11BB00", "2025-09-01", "2026-07-31", 1);
  ASSERT_TRUE(Beeindig(vroeg, {D("2025-10-01"), "Terug naar de eigen groep"}).has_value());
  ts.push_back(vroeg);

  auto per_school = BedragenPerSchool(ts, Periode{D("2025-08-01"), D("2026-07-31")});
  ASSERT_TRUE(per_school.has_value());
  ASSERT_EQ(per_school->size(), 2u);
  EXPECT_EQ(per_school->at("10AA00").bedrag, Cents(575050));
  EXPECT_EQ(per_school->at("10AA00").aantal, 2);
  EXPECT_EQ(per_school->at("11BB00").bedrag, Cents(100));
  EXPECT_EQ(per_school->at("11BB00").aantal, 2);
  EXPECT_EQ(per_school->at("10AA00").bedrag.Format(), "€ 5.750,50");
}

TEST(Arrangement, AmountsPerSchoolFailOnOverflowInsteadOfWrapping) {
  std::vector<Toekenning> ts{
      Toegekend("10AA00", "2025-08-01", "2026-07-31", INT64_MAX),
      Toegekend("10AA00", "2025-09-01", "2026-07-31", 1),
  };
  EXPECT_FALSE(BedragenPerSchool(ts, Periode{D("2025-08-01"), D("2026-07-31")}).has_value());
}

}  // namespace
}  // namespace passend::domain
