// The OPP pages (issue 7 item 4): the school's new plan (a missing goal comes back beside its
// field with the typed values kept), the consent asked by the school and given by the parent
// on the plan's page, a new version prefilled with the newest, the printable one-page view of
// the version in force, the evaluation form, and the list with its signal filter. The test
// clock stands on Wednesday 1 October 2025.
#include <gtest/gtest.h>

#include <regex>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using testing::Pagina;
using testing::Velden;

class OppPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  Pagina Post(const std::string& path, Rol rol, const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), path, fixture_.Login(rol), velden);
  }
  Velden Plan(const std::string& doelen) {
    return {{"leerling", std::to_string(fixture_.sanne.value)},
            {"plaatsingsdatum", ""},
            {"uitstroombestemming", "vmbo kaderberoepsgerichte leerweg"},
            {"uitstroomprofiel", ""},
            {"bevorderendeFactoren", "Leergierig en behulpzaam."},
            {"belemmerendeFactoren", "Concentratie in de middag."},
            {"ondersteuning", "Een rustige werkplek en een dagplanning."},
            {"afwijkingen", ""},
            {"doelen", doelen},
            {"gehoord", "ja"},
            {"zienswijze", "Ik wil zelf kunnen plannen."}};
  }
  static bool Bevat(const Pagina& p, const std::string& tekst) {
    return p.body.find(tekst) != std::string::npos;
  }

  testing::SecurityFixture fixture_;
};

TEST_F(OppPages, TheSchoolSetsAPlanAndTheParentGivesConsentOnItsPage) {
  Pagina res = Post("/opp", Rol::kSchool, Plan(""));
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "Het handelingsdeel heeft minstens één"));
  EXPECT_TRUE(Bevat(res, "Een rustige werkplek en een dagplanning."));  // kept

  res = Post("/opp", Rol::kSchool, Plan("Leest vlot op AVI E6.\n\nPlant zelf zijn weektaak."));
  ASSERT_EQ(res.status, 303) << res.body;
  const std::string pad = res.location;
  ASSERT_TRUE(std::regex_match(pad, std::regex("/opp/[0-9]+"))) << pad;

  res = Get(pad, Rol::kSchool);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "Plant zelf zijn weektaak."));
  EXPECT_TRUE(Bevat(res, "Nog geen versie met instemming"));
  EXPECT_TRUE(Bevat(res, "Instemming vragen"));
  EXPECT_FALSE(Bevat(Get(pad, Rol::kOuder), "Uw instemming"));  // nothing asked yet
  ASSERT_EQ(Post(pad + "/instemming", Rol::kSchool, {{"formulier", "vragen"}}).status, 303);
  EXPECT_FALSE(Bevat(Get(pad, Rol::kSchool), "Instemming vragen"));  // asked once

  res = Get(pad, Rol::kOuder);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "Uw instemming"));
  res = Post(pad + "/instemming", Rol::kOuder, {{"formulier", "antwoord"}, {"toelichting", ""}});
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "Kies of u instemt."));
  ASSERT_EQ(Post(pad + "/instemming", Rol::kOuder,
                 {{"formulier", "antwoord"}, {"besluit", "gegeven"}, {"toelichting", ""}})
                .status,
            303);
  res = Get(pad, Rol::kOuder);
  EXPECT_TRUE(Bevat(res, "Instemming gegeven"));
  EXPECT_TRUE(Bevat(res, "Versie 1"));
  EXPECT_FALSE(Bevat(res, "Uw instemming"));

  // The list shows the plan, and the signal filter narrows it.
  EXPECT_TRUE(Bevat(Get("/opp", Rol::kSwv), "Instemming gegeven"));
  EXPECT_FALSE(Bevat(Get("/opp?signaal=instemming-open", Rol::kSchool), pad + "\""));
  // Parents do not make plans.
  EXPECT_EQ(Get("/opp/nieuw", Rol::kOuder).status, 403);
}

TEST_F(OppPages, ANewVersionStartsFromTheNewestAndThePrintShowsTheVersionInForce) {
  Pagina res = Post("/opp", Rol::kSchool, Plan("Leest vlot op AVI E6."));
  ASSERT_EQ(res.status, 303) << res.body;
  const std::string pad = res.location;
  ASSERT_EQ(Post(pad + "/instemming", Rol::kSchool, {{"formulier", "vragen"}}).status, 303);
  ASSERT_EQ(Post(pad + "/instemming", Rol::kOuder,
                 {{"formulier", "antwoord"}, {"besluit", "gegeven"}, {"toelichting", ""}})
                .status,
            303);

  res = Get(pad + "/versie", Rol::kSchool);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "Leest vlot op AVI E6."));  // prefilled: nothing typed twice
  Velden tweede = Plan("Schrijft een verslag van een halve pagina.");
  tweede.erase(tweede.begin(), tweede.begin() + 2);  // no student or placement on this form
  tweede[0].second = "";                             // the destination is required
  res = Post(pad + "/versie", Rol::kSchool, tweede);
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "Beschrijf de verwachte uitstroombestemming"));
  tweede[0].second = "havo";
  ASSERT_EQ(Post(pad + "/versie", Rol::kSchool, tweede).status, 303);
  res = Get(pad, Rol::kSchool);
  EXPECT_TRUE(Bevat(res, "Versie 2 (nieuwste)"));
  EXPECT_TRUE(Bevat(res, "Schrijft een verslag van een halve pagina."));

  // One child, one plan: the print shows version 1, which has the parents' consent.
  res = Get(pad + "/afdruk", Rol::kOuder);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "passend-afdruk"));
  EXPECT_TRUE(Bevat(res, "Versie 1, vastgesteld op 1 oktober 2025, met instemming"));
  EXPECT_TRUE(Bevat(res, "Leest vlot op AVI E6."));
  EXPECT_FALSE(Bevat(res, "Schrijft een verslag"));

  // The evaluation with the parents.
  res = Post(pad + "/evaluatie", Rol::kSchool,
             {{"formulier", "evaluatie"}, {"datum", ""}, {"metWie", ""}, {"conclusie", "Goed."}});
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "Vul in met wie is geëvalueerd"));
  ASSERT_EQ(Post(pad + "/evaluatie", Rol::kSchool,
                 {{"formulier", "evaluatie"},
                  {"datum", ""},
                  {"metWie", "Vader en mentor"},
                  {"conclusie", "Het lezen gaat goed."}})
                .status,
            303);
  EXPECT_TRUE(Bevat(Get(pad, Rol::kBestuur), "Het lezen gaat goed."));
  // Another school's account: not found.
  testing::AddAccount(fixture_.db(), "anker.test", Rol::kSchool, "10AA01");
  auto sessie = fixture_.db().auth->Login("anker.test", testing::kTestWachtwoord, "test-login");
  ASSERT_TRUE(sessie.has_value());
  EXPECT_EQ(testing::Bekijk(fixture_.harness(), pad + "/afdruk", *sessie).status, 404);
}

}  // namespace
}  // namespace passend
