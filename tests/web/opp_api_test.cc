// The OPP API (issue 7 items 4 and 5): the school makes a plan and sets versions (malformed
// content 400 naming the field, a second plan 409), the consent states (asked, given, refused;
// a refusal keeps the previous consented version in force and offers the dispute route; asked
// and answered once), the 6-week reminder and the yearly evaluation as signals and filters,
// scope per role (403 without the permission, 404 outside the scope) and audit on every read.
// The test clock stands on Wednesday 1 October 2025; Sanne is enrolled at 10AA00 since
// 19 August 2024.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;

using testing::Antwoord;

class OppApi : public ::testing::Test {
 protected:
  Antwoord Post(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "POST", path, token, body);
  }
  Antwoord Get(const std::string& path, const std::string& token) {
    return testing::Api(fixture_.harness(), "GET", path, token);
  }
  static std::string Pad(int64_t id, const std::string& rest = "") {
    return "/api/v1/opps/" + std::to_string(id) + rest;
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }
  static json Inhoud(const std::string& doel = "Leest eind groep 6 op AVI E5") {
    return json{{"uitstroombestemming", "vmbo basisberoepsgerichte leerweg"},
                {"bevorderendeFactoren", "Gemotiveerd en taalvaardig"},
                {"belemmerendeFactoren", "Snel overprikkeld in een grote groep"},
                {"ondersteuning", "Twee dagdelen per week in een kleine groep"},
                {"doelen", json::array({doel})},
                {"hoorrecht", {{"gehoord", true}, {"zienswijze", "Ik wil rustig kunnen werken"}}}};
  }
  int64_t MaakPlan() {
    const auto res = Post("/api/v1/opps",
                          json{{"leerling", fixture_.sanne.value}, {"inhoud", Inhoud()}}, school_);
    EXPECT_EQ(res.status, 201) << res.body.dump();
    return res.body.value("id", int64_t{0});
  }
  int64_t Events(int64_t id) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare("SELECT count(*) FROM events WHERE subject = ?");
    stmt->Bind(1, std::string_view("opp/" + std::to_string(id)));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }
  int64_t Audit() { return testing::CountRows(*fixture_.db().store, "audit"); }
  int64_t Berichten() { return testing::CountRows(*fixture_.db().store, "berichten"); }
  static std::string Veld(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }
  static bool HeeftSignaal(const json& opp, const std::string& signaal) {
    const json s = opp.value("signalen", json::array());
    return std::find(s.begin(), s.end(), signaal) != s.end();
  }
  void ZetKlok(const std::string& iso) {
    fixture_.db().clock.Set(std::chrono::sys_days{*domain::ParseIsoDate(iso)} +
                            std::chrono::hours{9});
    // The sessions of the old day have expired: log in again.
    school_ = Token(Rol::kSchool);
    ouder_ = Token(Rol::kOuder);
  }

  testing::SecurityFixture fixture_;
  std::string school_ = Token(Rol::kSchool);  // 10AA00: Sanne's school
  std::string ouder_ = Token(Rol::kOuder);    // Sanne's parent
};

TEST_F(OppApi, TheSchoolSetsAPlanAndMalformedContentIs400NamingTheField) {
  json zonder_hoorrecht = Inhoud();
  zonder_hoorrecht.erase("hoorrecht");
  auto res = Post("/api/v1/opps",
                  {{"leerling", fixture_.sanne.value}, {"inhoud", zonder_hoorrecht}}, school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "hoorrecht");
  json zonder_doelen = Inhoud();
  zonder_doelen["doelen"] = json::array();
  res = Post("/api/v1/opps", {{"leerling", fixture_.sanne.value}, {"inhoud", zonder_doelen}},
             school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "doelen");
  // Sanne goes to a regular primary school: no uitstroomprofiel (that is vso only).
  json met_profiel = Inhoud();
  met_profiel["uitstroomprofiel"] = "arbeidsmarkt";
  res =
      Post("/api/v1/opps", {{"leerling", fixture_.sanne.value}, {"inhoud", met_profiel}}, school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "uitstroomprofiel");
  res = Post("/api/v1/opps",
             {{"leerling", fixture_.sanne.value}, {"plaatsingsdatum", "2025-13-01"}}, school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "plaatsingsdatum");
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "opps"), 0);

  res = Post("/api/v1/opps", {{"leerling", fixture_.sanne.value}, {"inhoud", Inhoud()}}, school_);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  const int64_t id = res.body["id"];
  EXPECT_EQ(res.body["school"], "10AA00");
  EXPECT_EQ(res.body["swv"], "PO2001");
  EXPECT_EQ(res.body["plaatsingsdatum"], "2024-08-19");  // the enrolment at the school
  EXPECT_EQ(res.body["vastgesteldOp"], "2025-10-01");
  EXPECT_EQ(res.body["laatsteVersie"], 1);
  EXPECT_TRUE(res.body["instemming"].is_null());
  EXPECT_TRUE(res.body["versieInWerking"].is_null());  // no consent yet
  EXPECT_EQ(res.body["versies"][0]["doelen"][0], "Leest eind groep 6 op AVI E5");
  EXPECT_EQ(res.body["evaluatieUiterlijk"], "2026-10-01");
  EXPECT_EQ(Events(id), 1);

  // One plan per student and school: a change is a new version.
  res = Post("/api/v1/opps", {{"leerling", fixture_.sanne.value}}, school_);
  EXPECT_EQ(res.status, 409) << res.body.dump();
  res = Post(Pad(id, "/versies"), Inhoud("Werkt twintig minuten zelfstandig"), school_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["laatsteVersie"], 2);
  ASSERT_EQ(res.body["versies"].size(), 2u);
  EXPECT_EQ(res.body["versies"][0]["doelen"][0], "Leest eind groep 6 op AVI E5");  // kept
  EXPECT_EQ(Events(id), 2);
  // Versions are append-only in the database too.
  auto lease = fixture_.db().store->Borrow();
  EXPECT_FALSE((*lease)->Exec("UPDATE opp_versies SET ondersteuning = 'x'").has_value());
  EXPECT_FALSE((*lease)->Exec("DELETE FROM opp_versies").has_value());
}

TEST_F(OppApi, ConsentIsAskedGivenOrRefusedAndARefusalKeepsThePreviousVersionInForce) {
  const int64_t id = MaakPlan();
  const int64_t berichten = Berichten();
  // The parents cannot ask; the school cannot answer.
  auto res = Post(Pad(id, "/instemmingen"), json::object(), ouder_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "besluit");
  EXPECT_EQ(Post(Pad(id, "/instemmingen"), {{"besluit", "gegeven"}}, school_).status, 403);
  EXPECT_EQ(Post(Pad(id, "/instemmingen"), {{"besluit", "gegeven"}}, ouder_).status, 422);

  res = Post(Pad(id, "/instemmingen"), json::object(), school_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["instemming"], "gevraagd");
  EXPECT_TRUE(HeeftSignaal(res.body, "instemming-open"));
  EXPECT_EQ(res.body["versies"][0]["instemming"]["gevraagdOp"], "2025-10-01");
  EXPECT_EQ(Berichten(), berichten + 1);  // the parents are asked by message
  EXPECT_EQ(Post(Pad(id, "/instemmingen"), json::object(), school_).status, 409);  // once

  res = Post(Pad(id, "/instemmingen"), {{"besluit", "gegeven"}}, ouder_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["instemming"], "gegeven");
  EXPECT_EQ(res.body["versieInWerking"], 1);
  EXPECT_EQ(res.body["versies"][0]["inWerking"], true);
  EXPECT_TRUE(res.body["geschilroute"].is_null());
  EXPECT_EQ(Post(Pad(id, "/instemmingen"), {{"besluit", "geweigerd"}}, ouder_).status, 422);

  // A new version: the first stays in force until the parents consent to the new one.
  res = Post(Pad(id, "/versies"), Inhoud("Gaat twee dagen per week naar de plusklas"), school_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_TRUE(res.body["instemming"].is_null());
  EXPECT_EQ(res.body["versieInWerking"], 1);
  ASSERT_EQ(Post(Pad(id, "/instemmingen"), json::object(), school_).status, 200);
  res = Post(Pad(id, "/instemmingen"),
             {{"besluit", "geweigerd"}, {"toelichting", "Wij willen geen plusklas"}}, ouder_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["instemming"], "geweigerd");
  EXPECT_EQ(res.body["versieInWerking"], 1);  // WPO art. 40a: the refusal keeps version 1
  EXPECT_EQ(res.body["versies"][0]["inWerking"], true);
  EXPECT_EQ(res.body["versies"][1]["inWerking"], false);
  EXPECT_EQ(res.body["versies"][1]["instemming"]["toelichting"], "Wij willen geen plusklas");
  EXPECT_TRUE(HeeftSignaal(res.body, "instemming-geweigerd"));
  EXPECT_NE(res.body.value("geschilroute", "").find("Geschillencommissie passend onderwijs"),
            std::string::npos);
  EXPECT_NE(res.body.value("geschilroute", "").find("onderwijsconsulent"), std::string::npos);
  EXPECT_EQ(Berichten(), berichten + 3);  // asked twice, and the refusal with the route
  // Made, asked, given, version 2, asked, refused.
  EXPECT_EQ(Events(id), 6);
  // The list filters on the consent and on the signal.
  EXPECT_EQ(Get("/api/v1/opps?instemming=geweigerd", school_).body["totaal"], 1);
  EXPECT_EQ(Get("/api/v1/opps?signaal=instemming-geweigerd", school_).body["totaal"], 1);
  EXPECT_EQ(Get("/api/v1/opps?instemming=gegeven", school_).body["totaal"], 0);
  EXPECT_EQ(Get("/api/v1/opps?instemming=ja", school_).status, 400);
}

TEST_F(OppApi, TheReminderComesWhenSixWeeksAfterPlacementPassWithoutAVersion) {
  auto res = Post("/api/v1/opps",
                  {{"leerling", fixture_.sanne.value}, {"plaatsingsdatum", "2025-09-01"}}, school_);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  const int64_t id = res.body["id"];
  EXPECT_EQ(res.body["vaststellenUiterlijk"], "2025-10-13");  // 6 weeks after placement
  EXPECT_EQ(res.body["laatsteVersie"], 0);
  EXPECT_FALSE(HeeftSignaal(res.body, "vaststellen-verlopen"));
  EXPECT_EQ(Get("/api/v1/opps?signaal=vaststellen-verlopen", school_).body["totaal"], 0);
  // Nothing to ask consent on or to evaluate yet.
  EXPECT_EQ(Post(Pad(id, "/instemmingen"), json::object(), school_).status, 422);
  EXPECT_EQ(
      Post(Pad(id, "/evaluaties"), {{"metWie", "Ouders"}, {"conclusie", "Goed"}}, school_).status,
      422);

  ZetKlok("2025-10-13");
  EXPECT_FALSE(HeeftSignaal(Get(Pad(id), school_).body, "vaststellen-verlopen"));
  ZetKlok("2025-10-14");
  EXPECT_TRUE(HeeftSignaal(Get(Pad(id), school_).body, "vaststellen-verlopen"));
  const auto lijst = Get("/api/v1/opps?signaal=vaststellen-verlopen", school_);
  ASSERT_EQ(lijst.body["totaal"], 1) << lijst.body.dump();
  EXPECT_EQ(lijst.body["_embedded"]["opps"][0]["id"], id);
  EXPECT_FALSE(lijst.body["_embedded"]["opps"][0].contains("versies"));  // a list is short
  EXPECT_EQ(Get("/api/v1/opps?signaal=te-laat", school_).status, 400);

  // Set late, but set: the reminder is gone.
  res = Post(Pad(id, "/versies"), Inhoud(), school_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["vastgesteldOp"], "2025-10-14");
  EXPECT_FALSE(HeeftSignaal(res.body, "vaststellen-verlopen"));
  EXPECT_EQ(Get("/api/v1/opps?signaal=vaststellen-verlopen", school_).body["totaal"], 0);
  EXPECT_EQ(Events(id), 2);  // made, then the first version
}

TEST_F(OppApi, TheYearlyEvaluationWithTheParentsIsSignalledAndRecorded) {
  const int64_t id = MaakPlan();
  ZetKlok("2026-10-01");
  auto res = Get(Pad(id), school_);
  EXPECT_TRUE(HeeftSignaal(res.body, "evaluatie-nodig"));
  EXPECT_EQ(Get("/api/v1/opps?signaal=evaluatie-nodig", school_).body["totaal"], 1);
  res = Post(Pad(id, "/evaluaties"), {{"conclusie", "Doelen gehaald"}}, school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "metWie");
  res = Post(Pad(id, "/evaluaties"),
             {{"datum", "2026-10-02"}, {"metWie", "Ouders"}, {"conclusie", "Doelen gehaald"}},
             school_);
  EXPECT_EQ(res.status, 400);  // not after today
  EXPECT_EQ(Veld(res), "datum");
  EXPECT_EQ(
      Post(Pad(id, "/evaluaties"), {{"metWie", "Ouders"}, {"conclusie", "Goed"}}, ouder_).status,
      403);
  res = Post(Pad(id, "/evaluaties"),
             {{"metWie", "Moeder, mentor en intern begeleider"},
              {"conclusie", "De leesdoelen zijn gehaald; het plan blijft staan."}},
             school_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["laatsteEvaluatie"], "2026-10-01");
  EXPECT_EQ(res.body["evaluatieUiterlijk"], "2027-10-01");
  EXPECT_FALSE(HeeftSignaal(res.body, "evaluatie-nodig"));
  EXPECT_EQ(res.body["evaluaties"][0]["metWie"], "Moeder, mentor en intern begeleider");
  EXPECT_EQ(Events(id), 2);
}

TEST_F(OppApi, EachRoleSeesThePlansInItsScopeAndEveryReadIsAudited) {
  const int64_t id = MaakPlan();
  for (Rol rol : {Rol::kSchool, Rol::kBestuur, Rol::kSwv, Rol::kOuder}) {
    int64_t voor = Audit();
    const auto res = Get(Pad(id), Token(rol));
    EXPECT_EQ(res.status, 200) << domain::RolCode(rol);
    EXPECT_EQ(Audit(), voor + 1) << domain::RolCode(rol);  // audited before the data left
    voor = Audit();
    const auto lijst = Get("/api/v1/opps", Token(rol));
    EXPECT_EQ(lijst.body["totaal"], 1) << domain::RolCode(rol);
    EXPECT_EQ(Audit(), voor + 1) << domain::RolCode(rol);
  }
  // Municipalities, consulenten and national roles hold no OPP permission at all.
  for (Rol rol :
       {Rol::kGemeente, Rol::kConsulent, Rol::kInspectie, Rol::kMinisterie, Rol::kBeheer}) {
    EXPECT_EQ(Get(Pad(id), Token(rol)).status, 403) << domain::RolCode(rol);
    EXPECT_EQ(Get("/api/v1/opps", Token(rol)).status, 403) << domain::RolCode(rol);
  }
  // Only the school writes the plan: not the board, the SWV or the parents.
  for (Rol rol : {Rol::kBestuur, Rol::kSwv, Rol::kOuder}) {
    EXPECT_EQ(Post(Pad(id, "/versies"), Inhoud(), Token(rol)).status, 403) << domain::RolCode(rol);
  }
  EXPECT_EQ(Post("/api/v1/opps", {{"leerling", fixture_.sanne.value}}, Token(Rol::kSwv)).status,
            403);
  // Another school and another SWV: as if it did not exist.
  testing::AddAccount(fixture_.db(), "anker.test", Rol::kSchool, "10AA01");
  testing::AddAccount(fixture_.db(), "vo.test", Rol::kSwv, "VO2001");
  for (const char* naam : {"anker.test", "vo.test"}) {
    auto sessie = fixture_.db().auth->Login(naam, testing::kTestWachtwoord, "test-login");
    ASSERT_TRUE(sessie.has_value());
    const int64_t voor = Audit();
    EXPECT_EQ(Get(Pad(id), sessie->token).status, 404) << naam;
    EXPECT_EQ(Get("/api/v1/opps", sessie->token).body["totaal"], 0) << naam;
    EXPECT_EQ(Get("/api/v1/opps/999", sessie->token).status, 404) << naam;
    EXPECT_EQ(Audit(), voor) << naam;
  }
  auto anker = fixture_.db().auth->Login("anker.test", testing::kTestWachtwoord, "test-login");
  ASSERT_TRUE(anker.has_value());
  EXPECT_EQ(Post(Pad(id, "/versies"), Inhoud(), anker->token).status, 404);
  EXPECT_EQ(Post(Pad(id, "/instemmingen"), json::object(), anker->token).status, 404);
  // A school makes a plan only for its own students.
  EXPECT_EQ(Post("/api/v1/opps", {{"leerling", fixture_.sanne.value}}, anker->token).status, 404);
}

}  // namespace
}  // namespace passend
