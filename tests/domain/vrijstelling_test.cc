// Vrijstelling 5 onder a (Leerplichtwet art. 5a, 7; seed 000 #8): the one-year term from the
// doctor's statement, the 1 July renewal deadline and its reminder, and the SWV's advice
// before registration.
#include "domain/vrijstelling.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

Verzuimmelding VijfA(const char* start, const char* arts) {
  Verzuimmelding m;
  m.leerling = LeerlingId{7};
  m.type = VerzuimType::kVrijstelling5a;
  m.gemeente = *GemeenteCode::Parse("GM0001");
  m.swv = *SwvCode::Parse("PO2001");
  m.startdatum = D(start);
  m.artsverklaring = D(arts);
  return m;
}

TEST(Vrijstelling, OneYearFromTheStatementAndRenewalBeforeTheFirstOfJuly) {
  const VrijstellingTermijnen t;
  EXPECT_EQ(GeldigTotEnMet(D("2026-03-01"), t), D("2027-02-28"));
  EXPECT_EQ(GeldigTotEnMet(D("2027-03-01"), t), D("2028-02-29"));  // leap year
  // Lapses in school year 2026-2027: renew before 1 July 2026.
  EXPECT_EQ(VerlengenVoor(D("2026-03-01"), t), D("2026-07-01"));
  // Lapses 19 August 2026, in school year 2026-2027 (from 1 August): before 1 July 2026.
  EXPECT_EQ(VerlengenVoor(D("2025-08-20"), t), D("2026-07-01"));
  // Statement 20 July 2025, lapses 19 July 2026 (school year 2025-2026): the 1 July of that
  // school year (2025) lies before the statement, so the deadline is the last day.
  EXPECT_EQ(VerlengenVoor(D("2025-07-20"), t), D("2026-07-19"));
}

TEST(Vrijstelling, RemindersFromSixtyDaysBeforeTheDeadlineUntilItLapses) {
  const VrijstellingTermijnen t;  // 60 days
  Verzuimmelding m = VijfA("2025-09-01", "2025-08-20");
  auto op = [&](const char* dag) { return Vrijstelling5aOp(m, D(dag), t)->signalen; };
  EXPECT_TRUE(op("2026-05-01").empty());  // 61 days before 1 July 2026
  EXPECT_EQ(op("2026-05-02"), std::vector{VrijstellingSignaal::kVerlengen});
  EXPECT_EQ(op("2026-08-19"), std::vector{VrijstellingSignaal::kVerlengen});
  EXPECT_EQ(op("2026-08-20"), std::vector{VrijstellingSignaal::kVerlopen});
  // Ended (renewed by a new case): no reminders.
  ASSERT_TRUE(Beeindig(m, D("2026-06-15"), Beeindiging::kOverig, "verlengd").has_value());
  EXPECT_TRUE(op("2026-08-20").empty());
  // Other types have no exemption status.
  m.type = VerzuimType::kVrijstelling5b;
  EXPECT_FALSE(Vrijstelling5aOp(m, D("2026-05-02"), t).has_value());
}

TEST(Vrijstelling, StatementAndAdviceAreChecked) {
  const VrijstellingTermijnen t;
  const Date vandaag = D("2025-10-01");
  Verzuimmelding m = VijfA("2025-09-01", "2025-08-20");
  Vrijstellingsadvies advies{1, m.leerling, m.swv, D("2025-08-01"), "Kleine groep."};
  EXPECT_TRUE(ValideerVrijstelling(m, advies, true, vandaag, t).has_value());
  EXPECT_TRUE(ValideerVrijstelling(m, std::nullopt, false, vandaag, t).has_value());
  auto veld = [&](const Verzuimmelding& x, const std::optional<Vrijstellingsadvies>& a) {
    auto r = ValideerVrijstelling(x, a, true, vandaag, t);
    return r ? std::string() : r.error().field;
  };
  EXPECT_EQ(veld(m, std::nullopt), "advies");
  Vrijstellingsadvies ander = advies;
  ander.swv = *SwvCode::Parse("VO2001");  // another SWV's advice does not count
  EXPECT_EQ(veld(m, ander), "advies");
  Vrijstellingsadvies oud = advies;
  oud.datum = D("2024-09-30");  // older than 12 months
  EXPECT_EQ(veld(m, oud), "advies");
  Verzuimmelding zonder = m;
  zonder.artsverklaring.reset();
  EXPECT_EQ(veld(zonder, advies), "artsverklaring");
  Verzuimmelding later = VijfA("2025-09-01", "2025-10-02");  // dated after today
  EXPECT_EQ(veld(later, advies), "artsverklaring");
  Verzuimmelding verlopen = VijfA("2025-09-01", "2024-08-31");  // lapsed before the start
  EXPECT_EQ(veld(verlopen, advies), "artsverklaring");
  Verzuimmelding ziek = m;
  ziek.type = VerzuimType::kZiek;  // only 5a carries a statement
  EXPECT_EQ(veld(ziek, advies), "artsverklaring");
  ziek.artsverklaring.reset();
  EXPECT_EQ(veld(ziek, std::nullopt), "");
}

TEST(Vrijstelling, AdviceNeedsTextAndNoFutureDate) {
  Vrijstellingsadvies a{0, LeerlingId{7}, *SwvCode::Parse("PO2001"), D("2025-10-01"), ""};
  EXPECT_EQ(Valideer(a, D("2025-10-01")).error().field, "advies");
  a.advies = "Onderwijs met begeleiding is mogelijk.";
  EXPECT_TRUE(Valideer(a, D("2025-10-01")).has_value());
  EXPECT_EQ(Valideer(a, D("2025-09-30")).error().field, "datum");
}

}  // namespace
}  // namespace passend::domain
