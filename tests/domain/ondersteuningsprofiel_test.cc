// The taxonomy of support needs and the school support profile (issue 5 items 1 and 2;
// domain.md §3.2): the default keeps the registrations' twelve codes, a profile is concrete
// (a description above basis, places only above basis), needs are matched at a minimum level
// with the places left.
#include "domain/ondersteuningsprofiel.h"

#include <gtest/gtest.h>

#include "domain/aanmelding.h"

namespace passend::domain {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

Ondersteuningsprofiel Profiel() {
  Ondersteuningsprofiel p;
  p.school = *Vestigingscode::Parse("12AB00");
  p.regels = {{"gedrag", Ondersteuningsniveau::kExtra, 4, "Time-out-plek en gedragsspecialist.",
               "Twee leerkrachten met master gedrag."},
              {"zien", Ondersteuningsniveau::kSpecialistisch, std::nullopt,
               "Aangepast materiaal, samenwerking met Visio.", ""}};
  return p;
}

TEST(Taxonomie, DefaultHoldsTheTwelveRegistrationCodesAndThreeLevels) {
  const auto t = StandaardTaxonomie();
  ASSERT_TRUE(Valideer(t).has_value());
  EXPECT_EQ(t.behoeften.size(), std::size(kAlleOndersteuningsbehoeften));
  for (auto b : kAlleOndersteuningsbehoeften) {
    EXPECT_NE(t.Vind(OndersteuningsbehoefteCode(b)), nullptr) << OndersteuningsbehoefteCode(b);
  }
  EXPECT_EQ(t.niveaus.size(), 3u);
}

TEST(Taxonomie, MayAddNeedsButNeverDropOneRegistrationsUse) {
  auto t = StandaardTaxonomie();
  t.behoeften.push_back({"thuiszitters-terugkeer", "Terugkeer na thuiszitten", ""});
  EXPECT_TRUE(Valideer(t).has_value());
  t.behoeften.erase(t.behoeften.begin() + 5);  // zien
  auto r = Valideer(t);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "behoeften");
  EXPECT_NE(r.error().message.find("zien"), std::string::npos);
}

TEST(Taxonomie, RefusesBadCodesDuplicatesAndMissingVersion) {
  auto t = StandaardTaxonomie();
  t.behoeften.push_back({"Taal Spraak", "x", ""});
  EXPECT_EQ(Valideer(t).error().field, "behoeften[12].code");
  t = StandaardTaxonomie();
  t.behoeften.push_back(t.behoeften[0]);
  EXPECT_EQ(Valideer(t).error().field, "behoeften[12].code");
  t = StandaardTaxonomie();
  t.versie.clear();
  EXPECT_EQ(Valideer(t).error().field, "versie");
  t = StandaardTaxonomie();
  std::swap(t.niveaus[0], t.niveaus[2]);
  EXPECT_EQ(Valideer(t).error().field, "niveaus[0]");
}

TEST(Niveau, ParsesTheThreeSpellingsAndOrders) {
  EXPECT_EQ(*ParseNiveau("specialistisch"), Ondersteuningsniveau::kSpecialistisch);
  EXPECT_EQ(ParseNiveau("gespecialiseerd", "x").error().field, "x");
  EXPECT_LT(Ondersteuningsniveau::kBasis, Ondersteuningsniveau::kExtra);
}

TEST(Profiel, NeedNotListedIsBasis) {
  const auto p = Profiel();
  EXPECT_EQ(p.NiveauVoor("gedrag"), Ondersteuningsniveau::kExtra);
  EXPECT_EQ(p.NiveauVoor("horen"), Ondersteuningsniveau::kBasis);
}

TEST(Profiel, IsConcreteDescriptionAboveBasisPlacesOnlyAboveBasis) {
  const auto t = StandaardTaxonomie();
  const Date vandaag = D("2026-11-22");
  auto p = Profiel();
  EXPECT_TRUE(Valideer(p, t, vandaag).has_value());
  p.regels[1].omschrijving.clear();
  EXPECT_EQ(Valideer(p, t, vandaag).error().field, "regels[1].omschrijving");
  p = Profiel();
  p.regels.push_back({"horen", Ondersteuningsniveau::kBasis, 3, "", ""});
  EXPECT_EQ(Valideer(p, t, vandaag).error().field, "regels[2].plaatsen");
  p = Profiel();
  p.regels[0].plaatsen = -1;
  EXPECT_EQ(Valideer(p, t, vandaag).error().field, "regels[0].plaatsen");
  p = Profiel();
  p.regels.push_back(p.regels[0]);
  EXPECT_EQ(Valideer(p, t, vandaag).error().field, "regels[2].behoefte");
  p = Profiel();
  p.regels[0].behoefte = "paardrijden";
  EXPECT_EQ(Valideer(p, t, vandaag).error().field, "regels[0].behoefte");
  p = Profiel();
  p.mr_advies_op = D("2026-11-23");
  EXPECT_EQ(Valideer(p, t, vandaag).error().field, "mrAdviesOp");
  p.mr_advies_op = vandaag;
  EXPECT_TRUE(Valideer(p, t, vandaag).has_value());
}

TEST(Vragen, ParsesNeedsWithOptionalLevelDefaultExtra) {
  const auto t = StandaardTaxonomie();
  auto v = ParseVragen("gedrag:extra,zien", t);
  ASSERT_TRUE(v.has_value());
  ASSERT_EQ(v->size(), 2u);
  EXPECT_EQ((*v)[1], (Vraag{"zien", Ondersteuningsniveau::kExtra}));
  EXPECT_EQ(VragenTekst(*v), "gedrag:extra,zien:extra");
  EXPECT_TRUE(ParseVragen("", t)->empty());
  EXPECT_EQ(ParseVragen("gedrag:veel", t).error().field, "ondersteuning");
  EXPECT_EQ(ParseVragen("paardrijden", t, "behoeften").error().field, "behoeften");
  EXPECT_FALSE(ParseVragen("gedrag,gedrag:specialistisch", t).has_value());
}

TEST(Toets, LevelShortAndFullPlacesAreShortagesWithReasons) {
  const auto t = StandaardTaxonomie();
  const auto p = Profiel();
  const std::vector<Vraag> vragen{{"gedrag", Ondersteuningsniveau::kExtra},
                                  {"zien", Ondersteuningsniveau::kExtra},
                                  {"horen", Ondersteuningsniveau::kExtra}};
  Bezetting bezet{{"gedrag", 4}};
  auto toets = Toets(&p, vragen, &bezet);
  ASSERT_EQ(toets.tekorten.size(), 2u);
  EXPECT_TRUE(toets.tekorten[0].vol);
  EXPECT_EQ(TekortTekst(toets.tekorten[0], t), "geen plaats meer voor Gedrag (extra)");
  EXPECT_FALSE(toets.tekorten[1].vol);
  EXPECT_EQ(toets.tekorten[1].behoefte, "horen");
  EXPECT_EQ(TekortTekst(toets.tekorten[1], t),
            "biedt Horen (auditieve beperking) op niveau basis, nodig: extra");
  EXPECT_EQ(toets.overschot, 1);  // zien: specialistisch for extra

  // With a place left: met, with the places left reported.
  bezet["gedrag"] = 1;
  toets = Toets(&p, {vragen[0]}, &bezet);
  EXPECT_TRUE(toets.Past());
  EXPECT_EQ(toets.vrij.at("gedrag"), 3);
  // Without a count (the public finder) only the level matters, and no places are reported.
  bezet["gedrag"] = 4;
  EXPECT_FALSE(Toets(&p, {vragen[0]}, &bezet).Past());
  EXPECT_TRUE(Toets(&p, {vragen[0]}, nullptr).Past());
  EXPECT_TRUE(Toets(&p, {vragen[0]}, nullptr).vrij.empty());
  EXPECT_FALSE(Toets(nullptr, {vragen[0]}, nullptr).Past());
  EXPECT_TRUE(Toets(nullptr, {{"gedrag", Ondersteuningsniveau::kBasis}}, nullptr).Past());
}

}  // namespace
}  // namespace passend::domain
