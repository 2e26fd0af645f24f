// The TLV rules (issue 7, domain.md §3.3): completeness with two advices (one by an
// orthopedagoog or psycholoog), the decision term, category for so and vso only, an end date
// at least one school year after the start or the whole career, the objection term, the
// evaluation request on a whole-career TLV, and counts per category on the count date.
#include "domain/tlv.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

TlvAanvraag Aanvraag(TlvSoort soort) {
  TlvAanvraag a;
  a.id = 1;
  a.leerling = LeerlingId{7};
  a.school = *Vestigingscode::Parse("10AA00");
  a.swv = *SwvCode::Parse("PO2001");
  a.soort = soort;
  a.aangevraagd_op = D("2025-09-01");
  a.ondersteuningsbehoefte = "Intensieve begeleiding bij gedrag en taal.";
  a.al_gedaan = "Een jaar arrangement in de groep met een ambulant begeleider.";
  a.zienswijze_ouders = "De ouders steunen de aanvraag.";
  a.hoorrecht = Hoorrecht{true, "Ik wil naar een kleinere klas.", ""};
  return a;
}

Deskundigenadvies Advies(const char* discipline, const char* datum) {
  return Deskundigenadvies{discipline, "Dr. A. Jansen", D(datum), "Het so past bij deze leerling."};
}

TlvBesluit Toekenning(std::optional<TlvCategorie> categorie, const char* start,
                      std::optional<const char*> eind) {
  TlvBesluit b;
  b.toegekend = true;
  b.datum = D("2025-09-20");
  b.categorie = categorie;
  b.ingangsdatum = D(start);
  if (eind) b.einddatum = D(*eind);
  return b;
}

TEST(Tlv, IncompleteWithoutTwoAdvicesOneByABehaviouralExpert) {
  TlvAanvraag a = Aanvraag(TlvSoort::kSo);
  ASSERT_TRUE(Valideer(a, D("2025-10-01")).has_value());
  EXPECT_FALSE(IsCompleet(a));
  ASSERT_TRUE(VoegAdviesToe(a, Advies("kinderarts", "2025-09-05"), D("2025-10-01")).has_value());
  ASSERT_TRUE(VoegAdviesToe(a, Advies("logopedist", "2025-09-08"), D("2025-10-01")).has_value());
  EXPECT_FALSE(IsCompleet(a));  // two advices, but no orthopedagoog or psycholoog
  EXPECT_EQ(Beslis(a, Toekenning(TlvCategorie::kLaag, "2025-10-01", "2026-07-31")).error().code,
            ErrorCode::kRegel);
  ASSERT_TRUE(VoegAdviesToe(a, Advies("orthopedagoog", "2025-09-10"), D("2025-10-01")).has_value());
  EXPECT_TRUE(IsCompleet(a));
  EXPECT_EQ(CompleetOp(a), D("2025-09-10"));
  // The committee decides within 4 weeks of the complete request.
  EXPECT_EQ(BeslisUiterlijk(a, TlvTermijnen{}), D("2025-10-08"));
  // An advice from before the request or after today is refused.
  EXPECT_EQ(VoegAdviesToe(a, Advies("psycholoog", "2025-08-31"), D("2025-10-01")).error().field,
            "datum");
}

class TlvBeslis : public ::testing::Test {
 protected:
  TlvAanvraag Compleet(TlvSoort soort) {
    TlvAanvraag a = Aanvraag(soort);
    EXPECT_TRUE(VoegAdviesToe(a, Advies("psycholoog", "2025-09-05"), D("2025-10-01")));
    EXPECT_TRUE(VoegAdviesToe(a, Advies("kinderarts", "2025-09-10"), D("2025-10-01")));
    return a;
  }
};

TEST_F(TlvBeslis, CategoryForSoAndVsoOnlyAndAtLeastOneSchoolYear) {
  TlvAanvraag so = Compleet(TlvSoort::kSo);
  EXPECT_EQ(Beslis(so, Toekenning(std::nullopt, "2025-10-01", "2026-09-30")).error().field,
            "categorie");
  // 1 October 2025 + one year − 1 day = 30 September 2026: one day earlier is refused.
  EXPECT_EQ(Beslis(so, Toekenning(TlvCategorie::kMidden, "2025-10-01", "2026-09-29")).error().field,
            "einddatum");
  ASSERT_TRUE(Beslis(so, Toekenning(TlvCategorie::kMidden, "2025-10-01", "2026-09-30")));
  EXPECT_EQ(Beslis(so, Toekenning(TlvCategorie::kMidden, "2025-10-01", "2026-09-30")).error().code,
            ErrorCode::kConflict);

  TlvAanvraag sbo = Compleet(TlvSoort::kSbo);
  EXPECT_EQ(Beslis(sbo, Toekenning(TlvCategorie::kLaag, "2025-10-01", "2026-09-30")).error().field,
            "categorie");
  EXPECT_TRUE(Beslis(sbo, Toekenning(std::nullopt, "2025-10-01", "2026-09-30")));

  // The decision cannot precede the complete request.
  TlvAanvraag vroeg = Compleet(TlvSoort::kVso);
  TlvBesluit b = Toekenning(TlvCategorie::kHoog, "2025-10-01", "2027-07-31");
  b.datum = D("2025-09-09");
  EXPECT_EQ(Beslis(vroeg, b).error().field, "datum");
}

TEST_F(TlvBeslis, WholeCareerHasNoEndAndAcceptsAnEvaluationRequest) {
  TlvAanvraag a = Compleet(TlvSoort::kSo);
  TlvBesluit b = Toekenning(TlvCategorie::kHoog, "2025-10-01", "2030-07-31");
  b.hele_loopbaan = true;
  EXPECT_EQ(Beslis(a, b).error().field, "einddatum");
  b.einddatum.reset();
  ASSERT_TRUE(Beslis(a, b).has_value());
  auto tlv = TlvVan(a);
  ASSERT_TRUE(tlv.has_value());
  EXPECT_FALSE(tlv->einddatum.has_value());
  EXPECT_TRUE(IsActief(*tlv, D("2040-01-01")));
  EXPECT_TRUE(VraagEvaluatie(a, D("2026-03-01")).has_value());

  TlvAanvraag gewoon = Compleet(TlvSoort::kSo);
  ASSERT_TRUE(Beslis(gewoon, Toekenning(TlvCategorie::kLaag, "2025-10-01", "2026-09-30")));
  EXPECT_EQ(VraagEvaluatie(gewoon, D("2026-03-01")).error().code, ErrorCode::kRegel);
}

TEST_F(TlvBeslis, RefusalNeedsReasonsAndObjectionWithinSixWeeks) {
  TlvAanvraag a = Compleet(TlvSoort::kSo);
  TlvBesluit nee;
  nee.datum = D("2025-09-20");
  EXPECT_EQ(Beslis(a, nee).error().field, "motivering");
  nee.motivering = "De ondersteuning past binnen het arrangement op de eigen school.";
  nee.categorie = TlvCategorie::kLaag;
  EXPECT_EQ(Beslis(a, nee).error().field, "uitkomst");
  nee.categorie.reset();
  ASSERT_TRUE(Beslis(a, nee).has_value());
  EXPECT_FALSE(TlvVan(a).has_value());
  // 20 September + 42 days = 1 November: on time; 2 November is late.
  TlvAanvraag laat = a;
  EXPECT_EQ(
      DienBezwaarIn(laat, D("2025-11-02"), "Onvoldoende onderzocht.", TlvTermijnen{}).error().code,
      ErrorCode::kRegel);
  ASSERT_TRUE(DienBezwaarIn(a, D("2025-11-01"), "Onvoldoende onderzocht.", TlvTermijnen{}));
  EXPECT_EQ(DienBezwaarIn(a, D("2025-11-01"), "Nog eens.", TlvTermijnen{}).error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(
      RondBezwaarAf(a, D("2025-10-31"), "Advies.", D("2025-12-01"), true, "Herzien.").error().field,
      "lbtAdviesOp");
  ASSERT_TRUE(RondBezwaarAf(a, D("2025-12-01"), "Het bezwaar is gegrond.", D("2025-12-15"), true,
                            "Het besluit wordt herzien."));
  EXPECT_TRUE(a.bezwaar->gegrond);
}

TEST(TlvRegister, CountsPerCategoryOnTheCountDateAndRenewalReminders) {
  const SwvCode swv = *SwvCode::Parse("PO2001");
  std::vector<Tlv> tlvs{
      {1, LeerlingId{1}, swv, TlvSoort::kSbo, std::nullopt, D("2024-08-01"), D("2026-07-31")},
      {2, LeerlingId{2}, swv, TlvSoort::kSo, TlvCategorie::kLaag, D("2025-08-01"), D("2026-07-31")},
      {3, LeerlingId{3}, swv, TlvSoort::kSo, TlvCategorie::kHoog, D("2025-10-01"), std::nullopt},
      {4, LeerlingId{4}, swv, TlvSoort::kVso, TlvCategorie::kMidden, D("2025-10-02"),
       D("2027-07-31")},  // not yet
      {5, LeerlingId{5}, swv, TlvSoort::kSo, TlvCategorie::kLaag, D("2023-08-01"),
       D("2025-09-30")},  // ended the day before
  };
  const TlvTelling t = TelOp(tlvs, D("2025-10-01"));
  EXPECT_EQ(t.totaal, 3);
  EXPECT_EQ(t.sbo, 1);
  EXPECT_EQ(t.so.at(TlvCategorie::kLaag), 1);
  EXPECT_EQ(t.so.at(TlvCategorie::kHoog), 1);
  EXPECT_EQ(t.vso.count(TlvCategorie::kMidden), 0u);
  // Ending within 91 days: on 1 May 2026 the TLVs ending 31 July 2026 (91 days) are flagged.
  EXPECT_TRUE(EindigtBinnenkort(tlvs[1], D("2026-05-01"), TlvTermijnen{}));
  EXPECT_FALSE(EindigtBinnenkort(tlvs[1], D("2026-04-30"), TlvTermijnen{}));
  EXPECT_FALSE(EindigtBinnenkort(tlvs[2], D("2026-05-01"), TlvTermijnen{}));  // whole career
}

}  // namespace
}  // namespace passend::domain
