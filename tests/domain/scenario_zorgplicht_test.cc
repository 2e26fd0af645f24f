// Executes tests/scenarios/zorgplicht.md step by step with the same dates, so that the
// document stays true. Change both together.

#include <gtest/gtest.h>

#include "domain/besluit.h"
#include "domain/geschil.h"
#include "domain/zorgplicht.h"
#include "support/dates.h"

namespace passend::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

using passend::testing::D;

TEST(ScenarioZorgplicht, RegistrationExtensionPlaceElsewhereAndGpo) {
  // 1. Verbal registration on Monday 1 September 2025: recorded, but the clock waits for the
  //    written registration.
  const Date mondeling = D(2025, 9, 1);

  // 2. Written registration complete on Monday 8 September 2025: due Monday 20 October.
  const Date compleet = D(2025, 9, 8);
  ASSERT_LT(mondeling, compleet);
  auto klok = ZorgplichtKlok::Create(compleet);
  ASSERT_TRUE(klok);
  EXPECT_EQ(klok->Deadline(), D(2025, 10, 20));

  // 3. Monday 13 October 2025: 7 days left, "Bijna verlopen"; extended by 28 days to
  //    Monday 17 November; a second extension is refused.
  const Date verlengd_op = D(2025, 10, 13);
  EXPECT_EQ(klok->DagenResterend(verlengd_op), 7);
  EXPECT_EQ(klok->Status(verlengd_op), ZorgplichtStatus::kBijnaVerlopen);
  ASSERT_TRUE(
      klok->Verleng(28, "Het onderzoek door de orthopedagoog is nog niet klaar", verlengd_op));
  EXPECT_EQ(klok->Deadline(), D(2025, 11, 17));
  EXPECT_EQ(klok->DagenResterend(verlengd_op), 35);
  EXPECT_FALSE(klok->Verleng(7, "Nog meer tijd", verlengd_op));

  // 4. Wednesday 12 November 2025: a place at SBO De Horizon (34XY01), which accepted; Sem
  //    was heard. On time: 5 days before the deadline.
  const Besluit besluit{
      .uitkomst = Uitkomst::kEldersGeplaatst,
      .datum = D(2025, 11, 12),
      .grond = std::nullopt,
      .andere_school = "34XY01",
      .andere_school_akkoord = true,
      .met_arrangement = false,
      .hoorrecht = Hoorrecht{.gehoord = true,
                             .zienswijze = "Sem zou graag in een kleinere klas zitten",
                             .reden = {}},
  };
  ASSERT_TRUE(Valideer(besluit));
  EXPECT_EQ(klok->DagenResterend(besluit.datum), 5);
  ASSERT_TRUE(klok->Besluit(besluit.datum));
  EXPECT_EQ(klok->Status(besluit.datum), ZorgplichtStatus::kBesloten);
  EXPECT_FALSE(klok->RechtOpVoorlopigePlaatsing(D(2025, 11, 18)));

  // 5. Friday 14 November 2025: dispute about admission, first rung "school", due Friday
  //    28 November; closed Thursday 20 November without agreement.
  auto geschil = Geschil::Create(Onderwerp::kToelating);
  ASSERT_TRUE(geschil);
  ASSERT_TRUE(geschil->StartStap("school", D(2025, 11, 14), "Directeur De Wilg"));
  EXPECT_EQ(geschil->UiterlijkeDatum(), D(2025, 11, 28));
  ASSERT_TRUE(geschil->SluitStap(D(2025, 11, 20), "geen overeenstemming"));

  // 6. Monday 22 December 2025: filed with the GPO (last day Wednesday 24 December; the 25th
  //    would be refused). Answer by Monday 5 January 2026, opinion by Monday 2 March 2026.
  const Date ingediend = D(2025, 12, 22);
  EXPECT_EQ(AddDays(besluit.datum, GpoTermijnen{}.indienen_dagen), D(2025, 12, 24));
  EXPECT_TRUE(ValideerGpoIndiening(besluit.datum, ingediend));
  EXPECT_FALSE(ValideerGpoIndiening(besluit.datum, D(2025, 12, 25)));
  ASSERT_TRUE(geschil->StartStap("gpo", ingediend, "Geschillencommissie Passend Onderwijs"));
  EXPECT_EQ(VerweerUiterlijk(ingediend), D(2026, 1, 5));
  EXPECT_EQ(OordeelUiterlijk(ingediend), D(2026, 3, 2));
  EXPECT_EQ(geschil->UiterlijkeDatum(), D(2026, 3, 2));
  ASSERT_EQ(geschil->Stappen().size(), 2u);
}

}  // namespace
}  // namespace passend::domain
