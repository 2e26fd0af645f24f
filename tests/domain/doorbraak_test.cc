// Doorbraak (seed 000 #9) and doorzettingsmacht (seed 004): which cases may be escalated, one
// open escalation at a time, and a decision once, dated, with who took it.
#include "domain/doorbraak.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

Verzuimmelding Melding(VerzuimType type) {
  Verzuimmelding m;
  m.leerling = LeerlingId{7};
  m.type = type;
  m.gemeente = *GemeenteCode::Parse("GM0001");
  m.swv = *SwvCode::Parse("PO2001");
  m.startdatum = D("2025-06-02");
  return m;
}

const Doorzettingsmacht kCommissie{DoorzettingsmachtHouder::kCommissie, "Doorbraaktafel"};

TEST(Doorbraak, OnlyRunningCasesOfChildrenWithoutEducation) {
  const Verzuimmelding thuis = Melding(VerzuimType::kAbsoluutVerzuim);
  auto d = VraagDoorbraak(thuis, {}, D("2025-10-01"), "swv.test", "Vast.", kCommissie);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->volgnummer, 1);
  EXPECT_EQ(d->doorzettingsmacht.naam, "Doorbraaktafel");
  EXPECT_TRUE(VraagDoorbraak(Melding(VerzuimType::kVrijstelling5a), {}, D("2025-10-01"), "x",
                             "Geen aanbod.", kCommissie)
                  .has_value());
  for (auto type : {VerzuimType::kZiek, VerzuimType::kRelatiefVerzuim}) {
    EXPECT_EQ(
        VraagDoorbraak(Melding(type), {}, D("2025-10-01"), "x", "Vast.", kCommissie).error().code,
        ErrorCode::kRegel);
  }
  // Before the start, or on or after the end: not running.
  EXPECT_FALSE(VraagDoorbraak(thuis, {}, D("2025-06-01"), "x", "Vast.", kCommissie));
  Verzuimmelding klaar = thuis;
  ASSERT_TRUE(Beeindig(klaar, D("2025-09-01"), Beeindiging::kAndereSchool).has_value());
  EXPECT_FALSE(VraagDoorbraak(klaar, {}, D("2025-09-01"), "x", "Vast.", kCommissie));
  EXPECT_EQ(VraagDoorbraak(thuis, {}, D("2025-10-01"), "x", "", kCommissie).error().field, "reden");
}

TEST(Doorbraak, OneOpenAtATimeAndTheDecisionOnce) {
  const Verzuimmelding thuis = Melding(VerzuimType::kLangdurigRelatiefVerzuim);
  std::vector<Doorbraak> eerdere{
      *VraagDoorbraak(thuis, {}, D("2025-09-01"), "x", "Vast.", kCommissie)};
  EXPECT_EQ(VraagDoorbraak(thuis, eerdere, D("2025-10-01"), "x", "Weer.", kCommissie).error().code,
            ErrorCode::kConflict);
  Doorbraak& d = eerdere[0];
  EXPECT_EQ(BesluitDoorbraak(d, D("2025-08-31"), "Plaats.", "J. Jansen").error().field, "datum");
  EXPECT_EQ(BesluitDoorbraak(d, D("2025-09-10"), "", "J. Jansen").error().field, "besluit");
  EXPECT_EQ(BesluitDoorbraak(d, D("2025-09-10"), "Plaats.", "").error().field, "beslotenDoor");
  ASSERT_TRUE(BesluitDoorbraak(d, D("2025-09-01"), "Plaats op SO.", "J. Jansen").has_value());
  EXPECT_EQ(BesluitDoorbraak(d, D("2025-09-02"), "Anders.", "K. Klaas").error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(d.besloten_door, "J. Jansen");
  // After the decision a new escalation may follow, numbered 2.
  auto tweede = VraagDoorbraak(thuis, eerdere, D("2025-10-01"), "x", "Weer vast.", kCommissie);
  ASSERT_TRUE(tweede.has_value());
  EXPECT_EQ(tweede->volgnummer, 2);
}

TEST(VerzuimInstellingen, CodesRoundTripAndThePlanIsValidatedWithAPrefix) {
  for (auto h : {DoorzettingsmachtHouder::kCoordinator, DoorzettingsmachtHouder::kCommissie,
                 DoorzettingsmachtHouder::kWethouder}) {
    EXPECT_EQ(*ParseDoorzettingsmacht(DoorzettingsmachtCode(h)), h);
  }
  EXPECT_FALSE(ParseDoorzettingsmacht("burgemeester"));
  VerzuimInstellingen i;
  EXPECT_TRUE(Valideer(i).has_value());
  i.tussendoelen = Tussendoelen{D("2025-10-01"), 12, SchoolYear(2024), 0, 1};
  EXPECT_EQ(Valideer(i).error().field.rfind("tussendoelen.", 0), 0u);
}

}  // namespace
}  // namespace passend::domain
