// Absence cases, the school-week clock and the derived status (domain.md §3.5; seeds 003 and
// 004; docs/verzuim.md).
#include "domain/verzuim.h"

#include <gtest/gtest.h>

#include <vector>

#include "support/dates.h"

namespace passend::domain {
namespace {

using passend::testing::D;

// Region noord, school year 2025-2026, as in config/vakanties.json (status gepubliceerd).
Schoolvakanties Noord() {
  auto v = Schoolvakanties::Create({
      {"herfstvakantie", D(2025, 10, 18), D(2025, 10, 26)},
      {"kerstvakantie", D(2025, 12, 20), D(2026, 1, 4)},
      {"voorjaarsvakantie", D(2026, 2, 21), D(2026, 3, 1)},
      {"meivakantie", D(2026, 4, 25), D(2026, 5, 3)},
      {"zomervakantie", D(2026, 7, 4), D(2026, 8, 16)},
  });
  EXPECT_TRUE(v.has_value());
  return *v;
}

Verzuimmelding Melding(VerzuimType type, Date start, int64_t leerling = 1) {
  Verzuimmelding m;
  m.id = leerling;
  m.leerling = LeerlingId{leerling};
  m.type = type;
  m.gemeente = *GemeenteCode::Parse("GM0363");
  m.swv = *SwvCode::Parse("VO2001");
  if (type == VerzuimType::kLangdurigRelatiefVerzuim || type == VerzuimType::kRelatiefVerzuim ||
      type == VerzuimType::kZiek) {
    m.school = *Vestigingscode::Parse("12AB00");
  }
  m.startdatum = start;
  return m;
}

const VerzuimTermijnen kStandaard{};
const Schoolvakanties kGeenVakanties{};

// --- Codes -----------------------------------------------------------------------------------

TEST(Verzuim, TypeCodesRoundTripAndUnknownTypesNameTheField) {
  for (VerzuimType type : kAlleVerzuimTypes) {
    auto parsed = ParseVerzuimType(VerzuimTypeCode(type));
    ASSERT_TRUE(parsed) << VerzuimTypeCode(type);
    EXPECT_EQ(*parsed, type);
    EXPECT_FALSE(VerzuimTypeNaam(type).empty());
  }
  auto fout = ParseVerzuimType("thuiszitter");
  ASSERT_FALSE(fout);
  EXPECT_EQ(fout.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(fout.error().field, "type");
  EXPECT_EQ(*ParseBeeindiging("andere-school"), Beeindiging::kAndereSchool);
  EXPECT_EQ(ParseBeeindiging("weg").error().field, "reden");
  EXPECT_EQ(*ParseVakantieregio("zuid"), Vakantieregio::kZuid);
  EXPECT_EQ(ParseVakantieregio("oost").error().field, "regio");
}

TEST(Verzuim, OnlyAbsoluteAndLongRelativeAbsenceMakeAThuiszitter) {
  // Seed 004, footnote 27: thuiszitters are absoluut and langdurig relatief verzuimers.
  EXPECT_TRUE(IsThuiszittertype(VerzuimType::kAbsoluutVerzuim));
  EXPECT_TRUE(IsThuiszittertype(VerzuimType::kLangdurigRelatiefVerzuim));
  for (VerzuimType type :
       {VerzuimType::kRelatiefVerzuim, VerzuimType::kVrijstelling5a, VerzuimType::kVrijstelling5b,
        VerzuimType::kVrijstelling5c, VerzuimType::kZiek}) {
    EXPECT_FALSE(IsThuiszittertype(type)) << VerzuimTypeCode(type);
  }
}

// --- School holidays and the school-week clock ---------------------------------------------

TEST(Schoolvakanties, FirstAndLastDayAreHolidayAndWeekendsAreNoSchoolDays) {
  const Schoolvakanties noord = Noord();
  EXPECT_FALSE(noord.IsVakantie(D(2025, 10, 17)));
  EXPECT_TRUE(noord.IsVakantie(D(2025, 10, 18)));
  EXPECT_TRUE(noord.IsVakantie(D(2025, 10, 26)));
  EXPECT_FALSE(noord.IsVakantie(D(2025, 10, 27)));
  EXPECT_TRUE(noord.IsSchooldag(D(2025, 10, 17)));   // Friday
  EXPECT_FALSE(noord.IsSchooldag(D(2025, 10, 22)));  // Wednesday in the holiday
  EXPECT_FALSE(noord.IsSchooldag(D(2025, 11, 1)));   // Saturday
  EXPECT_FALSE(noord.IsSchooldag(D(2025, 11, 2)));   // Sunday
  EXPECT_FALSE(noord.IsSchooldag(D(2026, 4, 27)));   // meivakantie (and Koningsdag)
  // Hemelvaart is a public holiday, not a school holiday: the clock runs on.
  EXPECT_TRUE(noord.IsSchooldag(D(2026, 5, 14)));
}

TEST(Schoolvakanties, RefusesOverlapsAndReversedPeriods) {
  auto overlap = Schoolvakanties::Create({{"herfstvakantie", D(2025, 10, 18), D(2025, 10, 26)},
                                          {"extra", D(2025, 10, 26), D(2025, 10, 28)}});
  ASSERT_FALSE(overlap);
  EXPECT_EQ(overlap.error().code, ErrorCode::kInvalid);
  EXPECT_NE(overlap.error().message.find("overlapt"), std::string::npos);
  EXPECT_FALSE(Schoolvakanties::Create({{"omgekeerd", D(2025, 10, 26), D(2025, 10, 18)}}));
  // Given out of order, they are sorted.
  auto v = Schoolvakanties::Create(
      {{"kerst", D(2025, 12, 20), D(2026, 1, 4)}, {"herfst", D(2025, 10, 18), D(2025, 10, 26)}});
  ASSERT_TRUE(v);
  EXPECT_EQ(v->Vakanties().front().naam, "herfst");
  EXPECT_TRUE(v->IsVakantie(D(2026, 1, 1)));
}

TEST(NaLesweken, WithoutHolidaysFourSchoolWeeksAreTwentyEightDays) {
  EXPECT_EQ(NaLesweken(D(2025, 10, 6), 4, kGeenVakanties), D(2025, 11, 3));   // Monday
  EXPECT_EQ(NaLesweken(D(2025, 10, 1), 4, kGeenVakanties), D(2025, 10, 29));  // Wednesday
  // A start on a weekend: the clock starts on Monday, the trigger is the Monday 4 weeks on.
  EXPECT_EQ(NaLesweken(D(2025, 10, 4), 4, kGeenVakanties), D(2025, 11, 3));
  EXPECT_EQ(NaLesweken(D(2025, 10, 6), 1, kGeenVakanties), D(2025, 10, 13));
}

TEST(NaLesweken, AHolidayPausesTheClockWithoutBreakingTheRun) {
  const Schoolvakanties noord = Noord();
  // Herfstvakantie noord 18-26 October 2025: one week later than without it.
  EXPECT_EQ(NaLesweken(D(2025, 10, 6), 4, noord), D(2025, 11, 10));
  // A Wednesday start: 3 + 5 + 5 school days, the holiday, 5 + 2: Wednesday 5 November.
  EXPECT_EQ(NaLesweken(D(2025, 10, 1), 4, noord), D(2025, 11, 5));
  // Starting inside the holiday: the clock starts on the first school day after it.
  EXPECT_EQ(NaLesweken(D(2025, 10, 22), 4, noord), D(2025, 11, 24));
  // Two weeks of kerstvakantie add two weeks.
  EXPECT_EQ(NaLesweken(D(2025, 12, 8), 4, noord), D(2026, 1, 19));
  // The same start in a region whose holiday has not begun yet is not affected.
  auto zuid = Schoolvakanties::Create({{"herfstvakantie", D(2025, 10, 11), D(2025, 10, 19)}});
  ASSERT_TRUE(zuid);
  EXPECT_EQ(NaLesweken(D(2025, 10, 20), 4, *zuid), D(2025, 11, 17));
  EXPECT_EQ(NaLesweken(D(2025, 10, 20), 4, noord), D(2025, 11, 24));
}

TEST(PlusMaanden, CalendarMonthsWithTheLastDayForMissingDays) {
  EXPECT_EQ(PlusMaanden(D(2025, 10, 1), 3), D(2026, 1, 1));
  EXPECT_EQ(PlusMaanden(D(2025, 9, 29), 3), D(2025, 12, 29));
  EXPECT_EQ(PlusMaanden(D(2025, 11, 30), 3), D(2026, 2, 28));
  EXPECT_EQ(PlusMaanden(D(2023, 11, 30), 3), D(2024, 2, 29));  // leap year
  EXPECT_EQ(PlusMaanden(D(2025, 8, 31), 3), D(2025, 11, 30));
}

// --- Thuiszitter status and the triggers -----------------------------------------------------

TEST(Thuiszitter, AbsoluteAbsenceCountsFromTheFirstDayUntilTheEnd) {
  // Seed 004, fn 27: absolute absence exists from the first day without a school.
  Verzuimmelding m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  EXPECT_FALSE(IsThuiszitter(m, D(2025, 11, 9), kStandaard, kGeenVakanties));
  EXPECT_TRUE(IsThuiszitter(m, D(2025, 11, 10), kStandaard, kGeenVakanties));
  ASSERT_TRUE(Beeindig(m, D(2026, 1, 5), Beeindiging::kAndereSchool));
  EXPECT_TRUE(IsThuiszitter(m, D(2026, 1, 4), kStandaard, kGeenVakanties));
  // The end date is the first day at school again.
  EXPECT_FALSE(IsThuiszitter(m, D(2026, 1, 5), kStandaard, kGeenVakanties));
  const VerzuimStatus status = StatusOp(m, D(2026, 3, 1), kStandaard, kGeenVakanties);
  EXPECT_FALSE(status.loopt);
  EXPECT_EQ(status.dagen_thuis, 56);
}

TEST(Thuiszitter, BothTriggersOnExactDatesWithoutHolidays) {
  // Absoluut verzuim from Monday 10 November 2025: 4 school weeks end on Friday 5 December,
  // so the consultant trigger is Monday 8 December; 3 months are passed on 10 February 2026.
  const Verzuimmelding m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  EXPECT_EQ(ConsulentDatum(m, kStandaard, kGeenVakanties), D(2025, 12, 8));
  EXPECT_EQ(DrieMaandenDatum(m, kStandaard), D(2026, 2, 10));
  EXPECT_TRUE(StatusOp(m, D(2025, 12, 7), kStandaard, kGeenVakanties).signalen.empty());
  EXPECT_EQ(StatusOp(m, D(2025, 12, 8), kStandaard, kGeenVakanties).signalen,
            std::vector<VerzuimSignaal>{VerzuimSignaal::kConsulent});
  EXPECT_EQ(StatusOp(m, D(2025, 12, 8), kStandaard, kGeenVakanties).dagen_thuis, 28);
  const VerzuimStatus dag_ervoor = StatusOp(m, D(2026, 2, 9), kStandaard, kGeenVakanties);
  EXPECT_FALSE(dag_ervoor.langer_dan_drie_maanden);
  const VerzuimStatus op_de_dag = StatusOp(m, D(2026, 2, 10), kStandaard, kGeenVakanties);
  EXPECT_TRUE(op_de_dag.langer_dan_drie_maanden);
  EXPECT_EQ(op_de_dag.signalen, (std::vector<VerzuimSignaal>{VerzuimSignaal::kConsulent,
                                                             VerzuimSignaal::kDrieMaanden}));
}

TEST(Thuiszitter, HolidaysPauseTheFourWeekTriggerButNotTheThreeMonthOne) {
  // docs/verzuim.md: school weeks for the 4 weeks, calendar months for the 3 months.
  const Verzuimmelding m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 10, 1));
  EXPECT_EQ(ConsulentDatum(m, kStandaard, kGeenVakanties), D(2025, 10, 29));
  EXPECT_EQ(ConsulentDatum(m, kStandaard, Noord()), D(2025, 11, 5));
  // The kerstvakantie does not move the 3-month limit: 1 January 2026 either way.
  EXPECT_EQ(DrieMaandenDatum(m, kStandaard), D(2026, 1, 1));
  EXPECT_TRUE(StatusOp(m, D(2026, 1, 1), kStandaard, Noord()).langer_dan_drie_maanden);
  EXPECT_FALSE(StatusOp(m, D(2025, 12, 31), kStandaard, Noord()).langer_dan_drie_maanden);
}

TEST(Thuiszitter, LongRelativeAbsenceStartsAfterFourSchoolWeeks) {
  // Seed 004 fn 27 / DUO: more than 4 consecutive weeks of absence; herfstvakantie noord in
  // between. First day of absence Monday 29 September 2025.
  const Verzuimmelding m = Melding(VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 9, 29));
  EXPECT_EQ(ThuiszitterVanaf(m, kStandaard, Noord()), D(2025, 11, 3));
  EXPECT_EQ(ThuiszitterVanaf(m, kStandaard, kGeenVakanties), D(2025, 10, 27));
  EXPECT_FALSE(IsThuiszitter(m, D(2025, 10, 31), kStandaard, Noord()));
  const VerzuimStatus status = StatusOp(m, D(2025, 11, 3), kStandaard, Noord());
  EXPECT_TRUE(status.thuiszitter);
  EXPECT_EQ(status.dagen_thuis, 35);  // days at home count from the first day of absence
  EXPECT_EQ(status.signalen, std::vector<VerzuimSignaal>{VerzuimSignaal::kConsulent});
  // The 3 months also count from the first day of absence.
  EXPECT_EQ(DrieMaandenDatum(m, kStandaard), D(2025, 12, 29));
}

TEST(Thuiszitter, LongRelativeAbsenceThatEndsWithinFourWeeksNeverCounts) {
  Verzuimmelding m = Melding(VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 9, 29));
  ASSERT_TRUE(Beeindig(m, D(2025, 10, 20), Beeindiging::kTerugNaarSchool));
  EXPECT_FALSE(ThuiszitterVanaf(m, kStandaard, Noord()).has_value());
  for (Date d = D(2025, 9, 29); d < D(2025, 12, 1); d = AddDays(d, 1)) {
    EXPECT_FALSE(IsThuiszitter(m, d, kStandaard, Noord()));
  }
}

TEST(Thuiszitter, SignalsAreNearThenBreachedAndStopOnceAFittingOfferIsMade) {
  Verzuimmelding m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  const auto signalen = [&](Date op) {
    return StatusOp(m, op, kStandaard, kGeenVakanties).signalen;
  };
  // 14 days before 10 February 2026 the case is flagged; 15 days before it is not.
  EXPECT_EQ(
      signalen(D(2026, 1, 27)),
      (std::vector<VerzuimSignaal>{VerzuimSignaal::kConsulent, VerzuimSignaal::kBijnaDrieMaanden}));
  EXPECT_EQ(signalen(D(2026, 1, 26)), std::vector<VerzuimSignaal>{VerzuimSignaal::kConsulent});
  ASSERT_TRUE(RegistreerAanbod(m, {D(2026, 2, 12), "Plaats op VSO De Brug per 1 maart"}));
  EXPECT_EQ(signalen(D(2026, 2, 11)), (std::vector<VerzuimSignaal>{VerzuimSignaal::kConsulent,
                                                                   VerzuimSignaal::kDrieMaanden}));
  const VerzuimStatus na_aanbod = StatusOp(m, D(2026, 2, 12), kStandaard, kGeenVakanties);
  EXPECT_TRUE(na_aanbod.signalen.empty());
  EXPECT_TRUE(na_aanbod.thuiszitter);  // still at home until the place starts
  EXPECT_TRUE(na_aanbod.aanbod_gedaan);
  EXPECT_TRUE(na_aanbod.langer_dan_drie_maanden);
}

TEST(Thuiszitter, SickChildrenExemptionsAndTruancyNeverCount) {
  for (VerzuimType type :
       {VerzuimType::kZiek, VerzuimType::kVrijstelling5a, VerzuimType::kVrijstelling5b,
        VerzuimType::kVrijstelling5c, VerzuimType::kRelatiefVerzuim}) {
    const Verzuimmelding m = Melding(type, D(2025, 9, 1));
    const VerzuimStatus status = StatusOp(m, D(2026, 3, 1), kStandaard, Noord());
    EXPECT_TRUE(status.loopt) << VerzuimTypeCode(type);
    EXPECT_FALSE(status.thuiszitter) << VerzuimTypeCode(type);
    EXPECT_TRUE(status.signalen.empty()) << VerzuimTypeCode(type);
    EXPECT_FALSE(ConsulentDatum(m, kStandaard, Noord()).has_value());
    EXPECT_FALSE(DrieMaandenDatum(m, kStandaard).has_value());
  }
}

TEST(TelThuiszitters, CountsExcludeSickChildrenAndExemptionsAndCountEachChildOnce) {
  std::vector<Verzuimmelding> meldingen = {
      Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 9, 1), 1),
      Melding(VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 9, 8), 2),
      Melding(VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 11, 24), 3),  // not 4 weeks yet
      Melding(VerzuimType::kZiek, D(2025, 9, 1), 4),
      Melding(VerzuimType::kZiek, D(2025, 9, 8), 2),  // child 2 also reported sick
      Melding(VerzuimType::kVrijstelling5a, D(2025, 8, 1), 5),
      Melding(VerzuimType::kRelatiefVerzuim, D(2025, 11, 3), 6),
      Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 20), 7),
      Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 10, 1), 7),  // the same child twice
  };
  ASSERT_TRUE(Beeindig(meldingen[7], D(2025, 11, 25), Beeindiging::kAndereSchool));
  ASSERT_TRUE(RegistreerAanbod(meldingen[0], {D(2025, 11, 1), "Plaats op school X"}));
  const Thuiszittertelling t = TelThuiszitters(meldingen, D(2025, 12, 1), kStandaard, Noord());
  EXPECT_EQ(t.thuiszitters, 3);  // children 1, 2 and 7
  EXPECT_EQ(t.absoluut_verzuim, 2);
  EXPECT_EQ(t.langdurig_relatief_verzuim, 1);
  EXPECT_EQ(t.langer_dan_vier_weken, 3);
  EXPECT_EQ(t.langer_dan_drie_maanden, 1);  // child 1 (since 1 December)
  EXPECT_EQ(t.zonder_aanbod, 2);
  EXPECT_EQ(t.ziek, 2);
  EXPECT_EQ(t.vrijstellingen, 1);
  EXPECT_EQ(t.relatief_verzuim, 1);
}

// --- Validation and changes ------------------------------------------------------------------

TEST(Verzuimmelding, ValidationNamesTheField) {
  const Date vandaag = D(2025, 12, 1);
  EXPECT_TRUE(Valideer(Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10)), vandaag));
  const auto veld = [&](const Verzuimmelding& m) {
    auto r = Valideer(m, vandaag);
    return r ? std::string("ok") : r.error().field;
  };
  Verzuimmelding m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  m.leerling = LeerlingId{0};
  EXPECT_EQ(veld(m), "leerling");
  EXPECT_EQ(veld(Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 12, 2))), "startdatum");
  EXPECT_EQ(veld(Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 12, 1))), "ok");
  m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  m.gemeente = GemeenteCode{};
  EXPECT_EQ(veld(m), "gemeente");
  m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  m.swv = SwvCode{};
  EXPECT_EQ(veld(m), "swv");
  m = Melding(VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 11, 10));
  m.school.reset();
  EXPECT_EQ(veld(m), "school");
  m = Melding(VerzuimType::kZiek, D(2025, 11, 10));
  m.school.reset();
  EXPECT_EQ(veld(m), "school");
  m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  m.school = *Vestigingscode::Parse("12AB00");  // the last school: optional, allowed
  EXPECT_EQ(veld(m), "ok");
  m.einddatum = D(2025, 11, 20);
  EXPECT_EQ(veld(m), "reden");
  m.reden_einde = Beeindiging::kVerhuisd;
  EXPECT_EQ(veld(m), "ok");
  m.einddatum = D(2025, 11, 10);
  EXPECT_EQ(veld(m), "einddatum");
  m.einddatum.reset();
  EXPECT_EQ(veld(m), "einddatum");
}

TEST(Verzuimmelding, EndingIsRecordedOnceWithItsReason) {
  Verzuimmelding m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  auto overig = Beeindig(m, D(2025, 12, 1), Beeindiging::kOverig, "  ");
  ASSERT_FALSE(overig);
  EXPECT_EQ(overig.error().field, "toelichting");
  auto te_vroeg = Beeindig(m, D(2025, 11, 10), Beeindiging::kTerugNaarSchool);
  ASSERT_FALSE(te_vroeg);
  EXPECT_EQ(te_vroeg.error().field, "einddatum");
  ASSERT_TRUE(Beeindig(m, D(2025, 12, 1), Beeindiging::kOverig, "Onderwijs thuis met begeleiding"));
  EXPECT_EQ(m.reden_einde, Beeindiging::kOverig);
  auto tweede = Beeindig(m, D(2025, 12, 2), Beeindiging::kVerhuisd);
  ASSERT_FALSE(tweede);
  EXPECT_EQ(tweede.error().code, ErrorCode::kConflict);
  EXPECT_EQ(m.einddatum, D(2025, 12, 1));

  Verzuimmelding vrij = Melding(VerzuimType::kVrijstelling5a, D(2025, 8, 1));
  auto vrij_einde = Beeindig(vrij, D(2026, 8, 1), Beeindiging::kVrijstelling);
  ASSERT_FALSE(vrij_einde);
  EXPECT_EQ(vrij_einde.error().code, ErrorCode::kRegel);
  EXPECT_EQ(vrij_einde.error().field, "reden");
}

TEST(Verzuimmelding, AFittingOfferIsRecordedOnceWithinTheCase) {
  Verzuimmelding m = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  auto leeg = RegistreerAanbod(m, {D(2025, 11, 20), ""});
  ASSERT_FALSE(leeg);
  EXPECT_EQ(leeg.error().field, "omschrijving");
  auto te_vroeg = RegistreerAanbod(m, {D(2025, 11, 9), "Plaats op school X"});
  ASSERT_FALSE(te_vroeg);
  EXPECT_EQ(te_vroeg.error().field, "datum");
  ASSERT_TRUE(RegistreerAanbod(m, {D(2025, 11, 20), "Plaats op school X"}));
  auto tweede = RegistreerAanbod(m, {D(2025, 11, 21), "Plaats op school Y"});
  ASSERT_FALSE(tweede);
  EXPECT_EQ(tweede.error().code, ErrorCode::kConflict);
  // An end before the offer contradicts it.
  auto einde = Beeindig(m, D(2025, 11, 15), Beeindiging::kTerugNaarSchool);
  ASSERT_FALSE(einde);
  EXPECT_EQ(einde.error().code, ErrorCode::kRegel);

  Verzuimmelding afgelopen = Melding(VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  ASSERT_TRUE(Beeindig(afgelopen, D(2025, 11, 30), Beeindiging::kAndereSchool));
  auto na_einde = RegistreerAanbod(afgelopen, {D(2025, 12, 1), "Plaats op school X"});
  ASSERT_FALSE(na_einde);
  EXPECT_EQ(na_einde.error().code, ErrorCode::kRegel);
  EXPECT_EQ(na_einde.error().field, "datum");
}

}  // namespace
}  // namespace passend::domain
