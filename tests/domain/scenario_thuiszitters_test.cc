// Executes tests/scenarios/thuiszitters.md step by step with the same dates, so that the
// document stays true. Change both together.

#include <gtest/gtest.h>

#include <vector>

#include "domain/kwartaalregistratie.h"
#include "domain/verzuim.h"
#include "support/dates.h"

namespace passend::domain {
namespace {

using passend::testing::D;
using Signalen = std::vector<VerzuimSignaal>;

TEST(ScenarioThuiszitters, TwoThuiszittersASickChildAndAnExemption) {
  // Region noord, as config/vakanties.json publishes it for 2025-2026.
  auto vakanties = Schoolvakanties::Create({
      {"herfstvakantie", D(2025, 10, 18), D(2025, 10, 26)},
      {"kerstvakantie", D(2025, 12, 20), D(2026, 1, 4)},
      {"voorjaarsvakantie", D(2026, 2, 21), D(2026, 3, 1)},
  });
  ASSERT_TRUE(vakanties);
  const VerzuimTermijnen termijnen;  // the default configuration
  const SwvCode swv = *SwvCode::Parse("VO2001");
  const auto melding = [&](int64_t id, VerzuimType type, Date start, bool school) {
    Verzuimmelding m;
    m.id = id;
    m.leerling = LeerlingId{id};
    m.type = type;
    m.gemeente = *GemeenteCode::Parse("GM0363");
    m.swv = swv;
    if (school) m.school = *Vestigingscode::Parse("12AB00");
    m.startdatum = start;
    EXPECT_TRUE(Valideer(m, start));
    return m;
  };
  const auto status = [&](const Verzuimmelding& m, Date op) {
    return StatusOp(m, op, termijnen, *vakanties);
  };

  // The children.
  Verzuimmelding daan = melding(1, VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 9, 29), true);
  Verzuimmelding sanne = melding(2, VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10), false);
  const Verzuimmelding milan = melding(3, VerzuimType::kZiek, D(2025, 10, 6), true);
  const Verzuimmelding noor = melding(4, VerzuimType::kVrijstelling5a, D(2025, 9, 1), false);

  // 1. Friday 31 October 2025: three school weeks (the herfstvakantie does not count).
  EXPECT_FALSE(status(daan, D(2025, 10, 31)).thuiszitter);

  // 2. Monday 3 November 2025: thuiszitter and the 4-week trigger, across the holiday
  //    (Monday 27 October without it); 35 days at home.
  EXPECT_EQ(ThuiszitterVanaf(daan, termijnen, *vakanties), D(2025, 11, 3));
  EXPECT_EQ(ConsulentDatum(daan, termijnen, *vakanties), D(2025, 11, 3));
  EXPECT_EQ(ConsulentDatum(daan, termijnen, Schoolvakanties{}), D(2025, 10, 27));
  EXPECT_TRUE(status(daan, D(2025, 11, 3)).thuiszitter);
  EXPECT_EQ(status(daan, D(2025, 11, 3)).signalen, Signalen{VerzuimSignaal::kConsulent});
  EXPECT_EQ(status(daan, D(2025, 11, 3)).dagen_thuis, 35);

  // 3. Monday 8 December 2025: Sanne's 4-week trigger; a thuiszitter since 10 November.
  EXPECT_TRUE(status(sanne, D(2025, 11, 10)).thuiszitter);
  EXPECT_EQ(ConsulentDatum(sanne, termijnen, *vakanties), D(2025, 12, 8));
  EXPECT_TRUE(status(sanne, D(2025, 12, 7)).signalen.empty());
  EXPECT_EQ(status(sanne, D(2025, 12, 8)).signalen, Signalen{VerzuimSignaal::kConsulent});

  // 4. Monday 15 December 2025: 2 thuiszitters, the sick child and the exemption beside them;
  //    Daan's 3-month limit (29 December) is 14 days away.
  const std::vector<Verzuimmelding> alle = {daan, sanne, milan, noor};
  const Thuiszittertelling telling = TelThuiszitters(alle, D(2025, 12, 15), termijnen, *vakanties);
  EXPECT_EQ(telling.thuiszitters, 2);
  EXPECT_EQ(telling.langdurig_relatief_verzuim, 1);
  EXPECT_EQ(telling.absoluut_verzuim, 1);
  EXPECT_EQ(telling.langer_dan_vier_weken, 2);
  EXPECT_EQ(telling.langer_dan_drie_maanden, 0);
  EXPECT_EQ(telling.ziek, 1);
  EXPECT_EQ(telling.vrijstellingen, 1);
  EXPECT_EQ(DrieMaandenDatum(daan, termijnen), D(2025, 12, 29));
  EXPECT_EQ(status(daan, D(2025, 12, 15)).signalen,
            (Signalen{VerzuimSignaal::kConsulent, VerzuimSignaal::kBijnaDrieMaanden}));
  EXPECT_EQ(status(daan, D(2025, 12, 14)).signalen, Signalen{VerzuimSignaal::kConsulent});

  // 5. Monday 29 December 2025, in the kerstvakantie: the 3-month trigger.
  EXPECT_TRUE(vakanties->IsVakantie(D(2025, 12, 29)));
  EXPECT_EQ(status(daan, D(2025, 12, 29)).signalen,
            (Signalen{VerzuimSignaal::kConsulent, VerzuimSignaal::kDrieMaanden}));
  EXPECT_TRUE(status(daan, D(2025, 12, 29)).langer_dan_drie_maanden);

  // 6. Wednesday 31 December 2025: the register for 2025-Q4.
  const auto invoer = [&]() {
    return std::vector<RegisterInvoer>{{daan, D(2011, 5, 2), Geslacht::kMan},
                                       {sanne, D(2012, 1, 20), Geslacht::kVrouw},
                                       {milan, D(2011, 8, 8), Geslacht::kMan},
                                       {noor, D(2012, 3, 3), Geslacht::kVrouw}};
  };
  const Kwartaal q4 = *Kwartaal::Parse("2025-Q4");
  const std::vector<KwartaalRegel> register_q4 =
      BouwKwartaalregistratie(invoer(), swv, q4, termijnen, *vakanties);
  ASSERT_EQ(register_q4.size(), 3u);
  EXPECT_EQ(register_q4[0].meldingnummer, 4);  // Noor
  EXPECT_EQ(register_q4[1].meldingnummer, 1);  // Daan
  EXPECT_EQ(register_q4[1].dagen_thuis, 93);
  EXPECT_TRUE(register_q4[1].langer_dan_drie_maanden);
  EXPECT_FALSE(register_q4[1].einddatum.has_value());
  EXPECT_EQ(register_q4[2].meldingnummer, 2);  // Sanne
  EXPECT_EQ(register_q4[2].dagen_thuis, 51);

  // 7. Monday 5 January 2026: Sanne at a school, after 56 days, before 10 February 2026.
  EXPECT_EQ(DrieMaandenDatum(sanne, termijnen), D(2026, 2, 10));
  ASSERT_TRUE(Beeindig(sanne, D(2026, 1, 5), Beeindiging::kAndereSchool));
  EXPECT_EQ(status(sanne, D(2026, 1, 5)).dagen_thuis, 56);
  EXPECT_FALSE(status(sanne, D(2026, 1, 5)).thuiszitter);

  // 8. Monday 12 January 2026: a fitting offer for Daan; the signals stop, he still counts.
  ASSERT_TRUE(RegistreerAanbod(daan, {D(2026, 1, 12), "Plaats op VSO De Brug per 2 februari"}));
  EXPECT_TRUE(status(daan, D(2026, 1, 12)).signalen.empty());
  EXPECT_TRUE(status(daan, D(2026, 1, 12)).thuiszitter);

  // 9. Monday 2 February 2026: Daan starts at VSO De Brug after 126 days at home.
  ASSERT_TRUE(Beeindig(daan, D(2026, 2, 2), Beeindiging::kAndereSchool));
  EXPECT_EQ(status(daan, D(2026, 2, 2)).dagen_thuis, 126);
  EXPECT_FALSE(status(daan, D(2026, 2, 2)).thuiszitter);

  // 10. Tuesday 31 March 2026: the register for 2026-Q1 keeps all three rows, with the ends.
  const std::vector<KwartaalRegel> register_q1 =
      BouwKwartaalregistratie(invoer(), swv, q4.Volgende(), termijnen, *vakanties);
  ASSERT_EQ(register_q1.size(), 3u);
  EXPECT_EQ(register_q1[0].meldingnummer, 4);
  EXPECT_EQ(register_q1[1].meldingnummer, 1);
  EXPECT_EQ(register_q1[1].einddatum, D(2026, 2, 2));
  EXPECT_EQ(register_q1[1].dagen_thuis, 126);
  EXPECT_TRUE(register_q1[1].langer_dan_drie_maanden);
  EXPECT_EQ(register_q1[1].aanbod_datum, D(2026, 1, 12));
  EXPECT_EQ(register_q1[2].meldingnummer, 2);
  EXPECT_EQ(register_q1[2].einddatum, D(2026, 1, 5));
  EXPECT_EQ(register_q1[2].dagen_thuis, 56);
  EXPECT_EQ(register_q1[2].reden_einde, Beeindiging::kAndereSchool);
}

}  // namespace
}  // namespace passend::domain
