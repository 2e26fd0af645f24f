// Basisondersteuning (issue 5 item 3; domain.md §3.2): the norm's checks, the version in
// force, a school's account and the SWV's overview.
#include "domain/basisondersteuning.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace passend::domain {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

BasisInvulling VolledigeInvulling(const Basisondersteuningsnorm& norm, Oordeel oordeel) {
  BasisInvulling inv;
  inv.school = *Vestigingscode::Parse("10AA00");
  inv.norm = norm.Sleutel();
  for (const auto& e : norm.elementen) {
    inv.elementen.push_back(
        ElementInvulling{e.code, "Zo doen wij dat.", "", oordeel,
                         oordeel == Oordeel::kVoldoet ? "" : "Nog in ontwikkeling."});
  }
  return inv;
}

TEST(Basisnorm, TheNationalDefaultIsValidDescriptiveAndGroupedInFourAspects) {
  const auto norm = StandaardNorm();
  ASSERT_TRUE(Valideer(norm).has_value()) << Valideer(norm).error().message;
  EXPECT_EQ(norm.aspecten.size(), 4u);
  EXPECT_EQ(norm.Sleutel(), "landelijk/2026.1");
  for (const auto& a : norm.aspecten) {
    EXPECT_TRUE(std::any_of(norm.elementen.begin(), norm.elementen.end(),
                            [&](const NormElement& e) { return e.aspect == a.code; }))
        << a.code << " has no element";
  }
}

TEST(Basisnorm, AnElementNeedsADescriptionAKnownAspectAndAUniqueCode) {
  auto norm = StandaardNorm();
  norm.elementen[2].omschrijving = "  ";
  auto r = Valideer(norm);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "elementen[2].omschrijving");

  norm = StandaardNorm();
  norm.elementen[1].aspect = "onbekend";
  r = Valideer(norm);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "elementen[1].aspect");

  norm = StandaardNorm();
  norm.elementen[3].code = norm.elementen[0].code;
  r = Valideer(norm);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "elementen[3].code");

  norm = StandaardNorm();
  norm.elementen[0].code = "Hoofdletters";
  EXPECT_EQ(Valideer(norm).error().field, "elementen[0].code");

  norm = StandaardNorm();
  norm.titel.clear();
  EXPECT_EQ(Valideer(norm).error().field, "titel");

  norm = StandaardNorm();
  norm.elementen.clear();
  EXPECT_EQ(Valideer(norm).error().field, "elementen");
}

TEST(Basisnorm, ANormIsNoChecklistOfHundredsOfTicks) {
  auto norm = StandaardNorm();
  while (norm.elementen.size() <= kMaxNormElementen) {
    auto e = norm.elementen.front();
    e.code = "extra-" + std::to_string(norm.elementen.size());
    norm.elementen.push_back(e);
  }
  auto r = Valideer(norm);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "elementen");
}

TEST(Basisnorm, TheVersionInForceIsTheHighestAlreadyValid) {
  auto v1 = StandaardNorm();
  v1.swv = "PO2001";
  v1.versie = 1;
  v1.geldig_vanaf = D("2025-08-01");
  auto v2 = v1;
  v2.versie = 2;
  v2.geldig_vanaf = D("2026-08-01");
  auto v3 = v1;
  v3.versie = 3;
  v3.geldig_vanaf = D("2026-01-01");
  const std::vector<Basisondersteuningsnorm> versies{v2, v1, v3};
  EXPECT_EQ(NormOp(versies, D("2024-01-01")), nullptr);
  EXPECT_EQ(NormOp(versies, D("2025-09-01"))->versie, 1);
  EXPECT_EQ(NormOp(versies, D("2026-02-01"))->versie, 3);
  EXPECT_EQ(NormOp(versies, D("2026-08-01"))->versie, 3);  // 3 outranks 2 once both hold
  EXPECT_EQ(v2.Sleutel(), "PO2001/2");
}

TEST(BasisInvulling, EveryElementIsDescribedAndAShortfallIsExplained) {
  const auto norm = StandaardNorm();
  auto inv = VolledigeInvulling(norm, Oordeel::kVoldoet);
  EXPECT_TRUE(Valideer(inv, norm).has_value());

  auto zonder_hoe = inv;
  zonder_hoe.elementen[4].hoe = "\n ";
  EXPECT_EQ(Valideer(zonder_hoe, norm).error().field, "elementen[4].hoe");

  auto deels = inv;
  deels.elementen[2].oordeel = Oordeel::kDeels;
  EXPECT_EQ(Valideer(deels, norm).error().field, "elementen[2].toelichting");
  deels.elementen[2].toelichting = "De orthopedagoog komt in januari.";
  EXPECT_TRUE(Valideer(deels, norm).has_value());

  auto ontbreekt = inv;
  ontbreekt.elementen.pop_back();
  auto r = Valideer(ontbreekt, norm);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "elementen");
  EXPECT_NE(r.error().message.find(norm.elementen.back().titel), std::string::npos);

  auto onbekend = inv;
  onbekend.elementen[0].element = "bestaat-niet";
  EXPECT_EQ(Valideer(onbekend, norm).error().field, "elementen[0].element");

  auto dubbel = inv;
  dubbel.elementen[1].element = dubbel.elementen[0].element;
  EXPECT_EQ(Valideer(dubbel, norm).error().field, "elementen[1].element");

  auto lang = inv;
  lang.elementen[0].bewijs = std::string(kMaxBasisTekst + 1, 'x');
  EXPECT_EQ(Valideer(lang, norm).error().field, "elementen[0].bewijs");
}

TEST(BasisInvulling, OordeelCodesRoundTrip) {
  for (Oordeel o : kAlleOordelen) EXPECT_EQ(*ParseOordeel(OordeelCode(o)), o);
  auto r = ParseOordeel("ja", "elementen[0].oordeel");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "elementen[0].oordeel");
}

TEST(Basisoverzicht, CountsPerSchoolAndPerElementWithOlderNormsAndSchoolsWithoutAnAccount) {
  auto norm = StandaardNorm();
  norm.swv = "PO2001";
  norm.versie = 2;
  auto goed = VolledigeInvulling(norm, Oordeel::kVoldoet);
  auto matig = VolledigeInvulling(norm, Oordeel::kVoldoet);
  matig.elementen[0].oordeel = Oordeel::kDeels;
  matig.elementen[1].oordeel = Oordeel::kNogNiet;
  // An account of version 1, which lacked the last element.
  auto oud = VolledigeInvulling(norm, Oordeel::kVoldoet);
  oud.norm = "PO2001/1";
  oud.elementen.pop_back();

  const auto o = MaakOverzicht(norm, {{"10AA00", "Goed", goed},
                                      {"10BB00", "Matig", matig},
                                      {"10CC00", "Oud", oud},
                                      {"10DD00", "Stil", std::nullopt}});
  const int n = static_cast<int>(norm.elementen.size());
  ASSERT_EQ(o.scholen.size(), 4u);
  EXPECT_EQ(o.scholen[0].telling.voldoet, n);
  EXPECT_FALSE(o.scholen[0].oudere_norm);
  EXPECT_EQ(o.scholen[1].standen[0], ElementStand::kDeels);
  EXPECT_EQ(o.scholen[1].standen[1], ElementStand::kNogNiet);
  EXPECT_EQ(o.scholen[1].telling.voldoet, n - 2);
  EXPECT_TRUE(o.scholen[2].oudere_norm);
  EXPECT_EQ(o.scholen[2].standen.back(), ElementStand::kNietBeschreven);
  EXPECT_EQ(o.scholen[2].telling.voldoet, n - 1);
  EXPECT_FALSE(o.scholen[3].versie.has_value());
  EXPECT_EQ(o.scholen[3].telling.niet_beschreven, n);
  EXPECT_EQ(o.oudere_norm, 1);

  EXPECT_EQ(o.per_element[0], (StandTelling{2, 1, 0, 1}));
  EXPECT_EQ(o.per_element[1], (StandTelling{2, 0, 1, 1}));
  EXPECT_EQ(o.per_element.back(), (StandTelling{2, 0, 0, 2}));
  EXPECT_EQ(o.totaal.Totaal(), 4 * n);
  EXPECT_EQ(o.totaal.voldoet, n + (n - 2) + (n - 1));
}

}  // namespace
}  // namespace passend::domain
