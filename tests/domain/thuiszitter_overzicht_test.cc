// The thuiszitters overview with exact dates (issue 6 item 5; docs/verzuim.md "Views").
#include "domain/thuiszitter_overzicht.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "support/dates.h"

namespace passend::domain {
namespace {

using passend::testing::D;
using std::chrono::April;
using std::chrono::March;
using std::chrono::year;

const Schoolvakanties kGeenVakanties{};
const VakantiesVoor kOveral = [](const Verzuimmelding&) -> const Schoolvakanties& {
  return kGeenVakanties;
};

RegisterInvoer Geval(int64_t kind, VerzuimType type, Date start, std::optional<Date> geboren,
                     Geslacht geslacht = Geslacht::kMan, int64_t id = 0) {
  RegisterInvoer i;
  Verzuimmelding& m = i.melding;
  m.id = id != 0 ? id : kind;
  m.leerling = LeerlingId{kind};
  m.type = type;
  m.gemeente = *GemeenteCode::Parse("GM0363");
  m.swv = *SwvCode::Parse("VO2001");
  if (type == VerzuimType::kLangdurigRelatiefVerzuim || type == VerzuimType::kZiek) {
    m.school = *Vestigingscode::Parse("12AB00");
  }
  m.startdatum = start;
  i.geboortedatum = geboren;
  i.geslacht = geslacht;
  return i;
}

// Peildatum Sunday 15 March 2026, no holidays:
//  1: absoluut verzuim since Mon 6 Oct 2025, a boy who turns 12 on the peildatum;
//  2: langdurig relatief verzuim since Mon 2 Feb 2026 (a thuiszitter from Mon 2 Mar, after 4
//     school weeks), a girl who turns 12 the day after;
//  3: sick since 5 Jan 2026; 4: exemption 5 onder a since 1 Sep 2025;
//  5: absoluut verzuim from 1 May to 3 Nov 2025 (ended), a boy.
std::vector<RegisterInvoer> Regio() {
  std::vector<RegisterInvoer> v;
  v.push_back(Geval(1, VerzuimType::kAbsoluutVerzuim, D(2025, 10, 6), D(2014, 3, 15)));
  v.push_back(Geval(2, VerzuimType::kLangdurigRelatiefVerzuim, D(2026, 2, 2), D(2014, 3, 16),
                    Geslacht::kVrouw));
  v.push_back(Geval(3, VerzuimType::kZiek, D(2026, 1, 5), D(2012, 1, 1)));
  v.push_back(Geval(4, VerzuimType::kVrijstelling5a, D(2025, 9, 1), D(2011, 1, 1)));
  auto beeindigd = Geval(5, VerzuimType::kAbsoluutVerzuim, D(2025, 5, 1), D(2009, 6, 1));
  beeindigd.melding.einddatum = D(2025, 11, 3);
  beeindigd.melding.reden_einde = Beeindiging::kAndereSchool;
  v.push_back(beeindigd);
  return v;
}

OverzichtParameters Parameters() {
  OverzichtParameters p;
  p.peildatum = D(2026, 3, 15);
  p.leerlingen = 1000;
  return p;
}

TEST(ThuiszitterOverzicht, ListsCurrentThuiszittersLongestFirstWithDaysAndSignals) {
  const auto invoer = Regio();
  const auto o = BouwThuiszitterOverzicht(invoer, Parameters(), kOveral);
  ASSERT_EQ(o.thuiszitters.size(), 2u);
  EXPECT_EQ(o.thuiszitters[0].leerling.value, 1);
  EXPECT_EQ(o.thuiszitters[0].dagen_thuis, 160);  // 6 October 2025 → 15 March 2026
  EXPECT_TRUE(o.thuiszitters[0].langer_dan_drie_maanden);
  const auto& s = o.thuiszitters[0].signalen;
  EXPECT_NE(std::find(s.begin(), s.end(), VerzuimSignaal::kConsulent), s.end());
  EXPECT_NE(std::find(s.begin(), s.end(), VerzuimSignaal::kDrieMaanden), s.end());
  EXPECT_EQ(o.thuiszitters[1].leerling.value, 2);
  EXPECT_EQ(o.thuiszitters[1].dagen_thuis, 41);  // 2 February → 15 March
  EXPECT_EQ(o.thuiszitters[1].signalen, std::vector{VerzuimSignaal::kConsulent});
}

TEST(ThuiszitterOverzicht, SickChildrenAndExemptionsAreBesideNeverIn) {
  const auto invoer = Regio();
  const auto o = BouwThuiszitterOverzicht(invoer, Parameters(), kOveral);
  EXPECT_EQ(o.telling.thuiszitters, 2);
  EXPECT_EQ(o.telling.absoluut_verzuim, 1);
  EXPECT_EQ(o.telling.langdurig_relatief_verzuim, 1);
  EXPECT_EQ(o.telling.langer_dan_vier_weken, 2);
  EXPECT_EQ(o.telling.langer_dan_drie_maanden, 1);
  EXPECT_EQ(o.telling.ziek, 1);
  EXPECT_EQ(o.telling.vrijstellingen, 1);
  for (const auto& t : o.thuiszitters) {
    EXPECT_NE(t.leerling.value, 3);
    EXPECT_NE(t.leerling.value, 4);
  }
  int per_leeftijd = 0;
  for (int n : o.per_leeftijd) per_leeftijd += n;
  EXPECT_EQ(per_leeftijd, 2);
}

TEST(ThuiszitterOverzicht, TrendCountsEachMonthOnItsLastDay) {
  const auto invoer = Regio();
  const auto o = BouwThuiszitterOverzicht(invoer, Parameters(), kOveral);
  ASSERT_EQ(o.trend.size(), 12u);
  EXPECT_EQ(o.trend.front().maand, year(2025) / April);
  EXPECT_EQ(o.trend.front().peildag, D(2025, 4, 30));
  EXPECT_EQ(o.trend.back().maand, year(2026) / March);
  EXPECT_EQ(o.trend.back().peildag, D(2026, 3, 15));  // the peildatum, not 31 March
  struct Verwacht {
    int thuis, nieuw, drie_maanden;
  };
  // Child 5 is at home from 1 May (> 3 months from 1 August) until 3 November; child 1 from
  // 6 October (> 3 months from 6 January); child 2 counts from 2 March.
  const Verwacht verwacht[12] = {{0, 0, 0}, {1, 1, 0}, {1, 0, 0}, {1, 0, 0}, {1, 0, 1}, {1, 0, 1},
                                 {2, 1, 1}, {1, 0, 0}, {1, 0, 0}, {1, 0, 1}, {1, 0, 1}, {2, 1, 1}};
  for (int i = 0; i < 12; ++i) {
    EXPECT_EQ(o.trend[i].thuiszitters, verwacht[i].thuis) << i;
    EXPECT_EQ(o.trend[i].nieuw, verwacht[i].nieuw) << i;
    EXPECT_EQ(o.trend[i].langer_dan_drie_maanden, verwacht[i].drie_maanden) << i;
  }
  EXPECT_EQ(TrendBegin(D(2026, 3, 15)), D(2025, 4, 1));
  EXPECT_EQ(TrendBegin(D(2026, 1, 31), 2), D(2025, 12, 1));
}

TEST(ThuiszitterOverzicht, AgeGroupsChangeOnTheBirthdayItself) {
  EXPECT_EQ(LeeftijdsgroepOp(D(2014, 3, 15), D(2026, 3, 15)), Leeftijdsgroep::k12Tot15);
  EXPECT_EQ(LeeftijdsgroepOp(D(2014, 3, 16), D(2026, 3, 15)), Leeftijdsgroep::k4Tot11);
  EXPECT_EQ(LeeftijdsgroepOp(D(2010, 3, 15), D(2026, 3, 15)), Leeftijdsgroep::k16Tot17);
  EXPECT_EQ(LeeftijdsgroepOp(D(2010, 3, 16), D(2026, 3, 15)), Leeftijdsgroep::k12Tot15);
  EXPECT_EQ(LeeftijdsgroepOp(D(2008, 3, 15), D(2026, 3, 15)), Leeftijdsgroep::k18Plus);
  EXPECT_EQ(LeeftijdsgroepOp(D(2008, 3, 16), D(2026, 3, 15)), Leeftijdsgroep::k16Tot17);
  EXPECT_EQ(LeeftijdsgroepOp(D(2022, 3, 15), D(2026, 3, 15)), Leeftijdsgroep::k4Tot11);
  EXPECT_EQ(LeeftijdsgroepOp(D(2022, 3, 16), D(2026, 3, 15)), Leeftijdsgroep::kOnbekend);
  EXPECT_EQ(LeeftijdsgroepOp(std::nullopt, D(2026, 3, 15)), Leeftijdsgroep::kOnbekend);
  for (Leeftijdsgroep g : kAlleLeeftijdsgroepen) EXPECT_FALSE(LeeftijdsgroepCode(g).empty());

  const auto invoer = Regio();
  const auto o = BouwThuiszitterOverzicht(invoer, Parameters(), kOveral);
  EXPECT_EQ(o.per_leeftijd, (std::array<int, 5>{1, 1, 0, 0, 0}));  // child 2: 11, child 1: 12
  EXPECT_EQ(o.per_geslacht, (std::array<int, 3>{1, 1, 0}));
}

TEST(ThuiszitterOverzicht, AChildWithTwoCasesCountsOnceByAgeAndSex) {
  std::vector<RegisterInvoer> invoer;
  invoer.push_back(
      Geval(7, VerzuimType::kAbsoluutVerzuim, D(2026, 1, 5), D(2010, 1, 1), Geslacht::kMan, 70));
  invoer.push_back(Geval(7, VerzuimType::kLangdurigRelatiefVerzuim, D(2026, 1, 5), D(2010, 1, 1),
                         Geslacht::kMan, 71));
  const auto o = BouwThuiszitterOverzicht(invoer, Parameters(), kOveral);
  EXPECT_EQ(o.thuiszitters.size(), 2u);  // both cases are listed
  EXPECT_EQ(o.telling.thuiszitters, 1);
  EXPECT_EQ(o.per_geslacht, (std::array<int, 3>{1, 0, 0}));
  EXPECT_EQ(o.per_leeftijd[static_cast<int>(Leeftijdsgroep::k16Tot17)], 1);
  EXPECT_EQ(o.trend.back().nieuw, 0);
  EXPECT_EQ(o.trend[o.trend.size() - 3].nieuw, 1);  // January 2026, once
  // February: the langdurig relatief case reaches its onset, but the child was already home.
  EXPECT_EQ(o.trend[o.trend.size() - 2].nieuw, 0);
}

TEST(ThuiszitterOverzicht, PerThousandAgainstTheNationalFigure) {
  auto p = Parameters();
  p.landelijk = *PerDuizend::Create(1500, 1'000'000);  // 1,5 per 1,000
  const auto invoer = Regio();
  const auto o = BouwThuiszitterOverzicht(invoer, p, kOveral);
  ASSERT_TRUE(o.per_duizend);
  EXPECT_EQ(o.per_duizend->aantal(), 2);
  EXPECT_EQ(o.per_duizend->leerlingen(), 1000);
  EXPECT_EQ(o.per_duizend->Tekst(), "2,0");
  ASSERT_TRUE(o.landelijk);
  EXPECT_TRUE(*o.per_duizend > *o.landelijk);
  p.leerlingen = 0;  // no students: no figure rather than a division by zero
  EXPECT_FALSE(BouwThuiszitterOverzicht(invoer, p, kOveral).per_duizend);
}

TEST(ThuiszitterOverzicht, TussendoelenStandingUsesChildrenLongerThanThreeMonths) {
  auto p = Parameters();
  // 10 at 1 October 2024 to 0 in 2027-2028 in 3 steps: 7 (2025-26), 4 (2026-27), 0.
  p.tussendoelen = Tussendoelen{D(2024, 10, 1), 10, SchoolYear(2027), 0, 3};
  const auto invoer = Regio();
  const auto o = BouwThuiszitterOverzicht(invoer, p, kOveral);
  ASSERT_TRUE(o.tussendoelen);
  EXPECT_EQ(o.tussendoelen->jaar, SchoolYear(2025));
  EXPECT_EQ(o.tussendoelen->gemeten, 1);
  EXPECT_EQ(o.tussendoelen->stand.doel, 7);
  EXPECT_EQ(o.tussendoelen->stand.verschil, -6);
  EXPECT_EQ(o.tussendoelen->stand.koers, Koers::kVoor);  // 1 already meets next year's 4
  ASSERT_EQ(o.tussendoelen->doelen.size(), 3u);
  EXPECT_EQ(o.tussendoelen->doelen[0].second, 7);
  EXPECT_EQ(o.tussendoelen->doelen[1].second, 4);
  EXPECT_EQ(o.tussendoelen->doelen[2].second, 0);

  p.tussendoelen = Tussendoelen{D(2024, 10, 1), 10, SchoolYear(2027), 0, 9};  // invalid plan
  EXPECT_FALSE(BouwThuiszitterOverzicht(invoer, p, kOveral).tussendoelen);
}

TEST(ThuiszitterOverzicht, EachHolidayRegionPausesItsOwnClock) {
  // Langdurig relatief verzuim from Mon 2 Feb 2026 becomes a thuiszitter after 4 school
  // weeks: on 2 March without holidays, a week later in a region with a holiday in between.
  auto vakantie = Schoolvakanties::Create({{"voorjaarsvakantie", D(2026, 2, 14), D(2026, 2, 22)}});
  ASSERT_TRUE(vakantie);
  std::vector<RegisterInvoer> invoer;
  invoer.push_back(Geval(1, VerzuimType::kLangdurigRelatiefVerzuim, D(2026, 2, 2), std::nullopt));
  invoer.push_back(Geval(2, VerzuimType::kLangdurigRelatiefVerzuim, D(2026, 2, 2), std::nullopt));
  invoer[1].melding.swv = *SwvCode::Parse("PO2001");
  const VakantiesVoor per_swv = [&](const Verzuimmelding& m) -> const Schoolvakanties& {
    return m.swv.str() == "PO2001" ? *vakantie : kGeenVakanties;
  };
  EXPECT_EQ(TelOver(invoer, D(2026, 3, 2), {}, per_swv).thuiszitters, 1);
  EXPECT_EQ(TelOver(invoer, D(2026, 3, 9), {}, per_swv).thuiszitters, 2);
  EXPECT_EQ(TelOver(invoer, D(2026, 3, 2), {}, kOveral).thuiszitters, 2);
}

}  // namespace
}  // namespace passend::domain
