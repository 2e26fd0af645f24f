// Scope, national roles, throttling, CSRF, session expiry, tokens and the audit trail.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;

class Security : public ::testing::Test {
 protected:
  explicit Security(app::AuthConfig config = {}) : fixture_(config) {}

  httplib::Result Get(const std::string& path, const std::string& token) {
    auto client = fixture_.harness().Client();
    return client.Get(path, {{"Authorization", "Bearer " + token}});
  }
  int Status(const std::string& path, const std::string& token) {
    auto res = Get(path, token);
    return res ? res->status : -1;
  }
  std::string Leerling(domain::LeerlingId id) {
    return "/api/v1/leerlingen/" + std::to_string(id.value);
  }
  std::vector<int64_t> ListedIds(const std::string& token, const std::string& query = "") {
    auto res = Get("/api/v1/leerlingen" + query, token);
    EXPECT_TRUE(res && res->status == 200) << (res ? res->body : "");
    std::vector<int64_t> ids;
    if (!res) return ids;
    const json body = json::parse(res->body);
    for (const auto& l : body["_embedded"]["leerlingen"]) {
      ids.push_back(l["id"].get<int64_t>());
    }
    return ids;
  }
  int64_t AuditRows(domain::LeerlingId id) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare("SELECT count(*) FROM audit WHERE leerling_id = ?");
    stmt->Bind(1, id.value);
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }

  testing::SecurityFixture fixture_;
};

TEST_F(Security, ASchoolReadsOnlyItsOwnStudents) {
  const std::string token = fixture_.Login(Rol::kSchool).token;
  EXPECT_EQ(Status(Leerling(fixture_.sanne), token), 200);
  // Another school's student does not exist as far as this school can tell.
  EXPECT_EQ(Status(Leerling(fixture_.bram), token), 404);
  EXPECT_EQ(Status(Leerling(fixture_.lotte), token), 404);
  EXPECT_EQ(ListedIds(token), std::vector<int64_t>{fixture_.sanne.value});
  // A filter cannot widen the scope.
  EXPECT_TRUE(ListedIds(token, "?school=10AA01").empty());
}

TEST_F(Security, AParentSeesOnlyTheirOwnChild) {
  const std::string token = fixture_.Login(Rol::kOuder).token;
  EXPECT_EQ(Status(Leerling(fixture_.sanne), token), 200);
  EXPECT_EQ(Status(Leerling(fixture_.bram), token), 404);
  EXPECT_EQ(ListedIds(token), std::vector<int64_t>{fixture_.sanne.value});
  EXPECT_EQ(Status("/api/v1/audit?leerling=" + std::to_string(fixture_.sanne.value), token), 200);
  EXPECT_EQ(Status("/api/v1/audit?leerling=" + std::to_string(fixture_.bram.value), token), 404);
}

TEST_F(Security, AMunicipalitySeesOnlyItsResidents) {
  const std::string token = fixture_.Login(Rol::kGemeente).token;  // GM0001
  EXPECT_EQ(Status(Leerling(fixture_.sanne), token), 200);
  EXPECT_EQ(Status(Leerling(fixture_.lotte), token), 200);
  EXPECT_EQ(Status(Leerling(fixture_.bram), token), 404);  // lives in GM0002
  EXPECT_EQ(ListedIds(token).size(), 2u);
}

TEST_F(Security, AnSwvSeesItsRegionAndAConsulentNothingYet) {
  const std::string swv = fixture_.Login(Rol::kSwv).token;  // PO2001
  EXPECT_EQ(ListedIds(swv).size(), 2u);                     // Sanne and Bram, not Lotte (VO)
  EXPECT_EQ(Status(Leerling(fixture_.lotte), swv), 404);
  const std::string consulent = fixture_.Login(Rol::kConsulent).token;
  EXPECT_TRUE(ListedIds(consulent).empty());
  EXPECT_EQ(Status(Leerling(fixture_.sanne), consulent), 404);
}

TEST_F(Security, NationalRolesReceiveNoPersonalFieldAnywhere) {
  const std::vector<std::string> personal{"voornaam",   "achternaam", "bsn",  "geboortedatum",
                                          "verzorgers", "Sanne",      "Bram", "Lotte",
                                          "111222333",  "9999 ZZ"};
  for (Rol rol : {Rol::kInspectie, Rol::kMinisterie}) {
    const std::string token = fixture_.Login(rol).token;
    for (const auto& route : fixture_.harness().server().router().routes()) {
      // The OpenAPI document names the fields of every schema; it holds no data.
      if (route.method != "GET" || !route.IsApi() || route.path == "/api/v1/openapi.json") {
        continue;
      }
      std::string path = route.path;
      path =
          std::regex_replace(path, std::regex(R"(\{id\})"), std::to_string(fixture_.sanne.value));
      path = std::regex_replace(path, std::regex(R"(/samenwerkingsverbanden/\{code\})"),
                                "/samenwerkingsverbanden/PO2001");
      path = std::regex_replace(path, std::regex(R"(/scholen/\{code\})"), "/scholen/10AA00");
      auto res = Get(path, token);
      ASSERT_TRUE(res) << path;
      for (const auto& word : personal) {
        EXPECT_EQ(res->body.find(word), std::string::npos)
            << domain::RolCode(rol) << " got '" << word << "' from " << path;
      }
    }
  }
}

TEST_F(Security, StatisticsSuppressCountsBelowFive) {
  const std::string token = fixture_.Login(Rol::kInspectie).token;
  auto res = Get("/api/v1/statistieken/leerlingen", token);
  ASSERT_TRUE(res && res->status == 200);
  bool saw_suppressed = false;
  const json body = json::parse(res->body);
  for (const auto& row : body["tellingen"]) {
    const std::string aantal = row["aantal"];
    EXPECT_TRUE(aantal == "0" || aantal == "<5" || std::stoi(aantal) >= 5) << aantal;
    saw_suppressed |= aantal == "<5";
  }
  EXPECT_TRUE(saw_suppressed) << "the fixture has schools with 1 student";
}

TEST_F(Security, EveryReadOfAStudentLeavesAnAuditEntry) {
  const app::Sessie school = fixture_.Login(Rol::kSchool);
  const int64_t before = AuditRows(fixture_.sanne);
  ASSERT_EQ(Status(Leerling(fixture_.sanne), school.token), 200);
  EXPECT_EQ(AuditRows(fixture_.sanne), before + 1);
  ASSERT_EQ(ListedIds(school.token).size(), 1u);
  EXPECT_EQ(AuditRows(fixture_.sanne), before + 2);
  // A refused read leaves none (there was nothing to read).
  const int64_t bram_before = AuditRows(fixture_.bram);
  EXPECT_EQ(Status(Leerling(fixture_.bram), school.token), 404);
  EXPECT_EQ(AuditRows(fixture_.bram), bram_before);

  // The parent sees who looked, with role, organisation and client address.
  const std::string ouder = fixture_.Login(Rol::kOuder).token;
  auto res = Get("/api/v1/audit?leerling=" + std::to_string(fixture_.sanne.value), ouder);
  ASSERT_TRUE(res && res->status == 200);
  const json audit = json::parse(res->body)["_embedded"]["audit"];
  bool found = false;
  for (const auto& entry : audit) {
    if (entry["gebruiker"] == "school.test" && entry["actie"] == "bekeken") {
      found = true;
      EXPECT_EQ(entry["rol"], "school");
      EXPECT_EQ(entry["organisatie"], "10AA00");
      EXPECT_EQ(entry["clientAdres"], "127.0.0.1");
    }
  }
  EXPECT_TRUE(found) << audit.dump(2);
}

TEST_F(Security, TheAuditTrailIsAppendOnly) {
  ASSERT_EQ(Status(Leerling(fixture_.sanne), fixture_.Login(Rol::kSchool).token), 200);
  const int64_t rows = AuditRows(fixture_.sanne);
  ASSERT_GE(rows, 2);  // the registration and the read
  auto lease = fixture_.db().store->Borrow();
  EXPECT_FALSE((*lease)->Exec("UPDATE audit SET gebruiker = 'niemand'").has_value());
  EXPECT_FALSE((*lease)->Exec("DELETE FROM audit").has_value());
  EXPECT_EQ(AuditRows(fixture_.sanne), rows);
}

TEST_F(Security, BsnSearchTakesTheBsnInTheBodyAndNeverEchoesIt) {
  auto client = fixture_.harness().Client();
  const httplib::Headers auth{{"Authorization", "Bearer " + fixture_.Login(Rol::kSchool).token}};
  auto found =
      client.Post("/api/v1/leerlingen/zoeken", auth, R"({"bsn":"111222333"})", "application/json");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->status, 200);
  EXPECT_EQ(json::parse(found->body)["id"], fixture_.sanne.value);
  auto other =
      client.Post("/api/v1/leerlingen/zoeken", auth, R"({"bsn":"123456782"})", "application/json");
  EXPECT_EQ(other->status, 404);  // Bram is at another school
  auto invalid =
      client.Post("/api/v1/leerlingen/zoeken", auth, R"({"bsn":"123456789"})", "application/json");
  EXPECT_EQ(invalid->status, 400);
  EXPECT_EQ(invalid->body.find("123456789"), std::string::npos);
  // The file shows the BSN masked only.
  auto file = Get(Leerling(fixture_.sanne), fixture_.Login(Rol::kSchool).token);
  EXPECT_EQ(json::parse(file->body)["bsn"], "*****2333");
  EXPECT_EQ(file->body.find("111222333"), std::string::npos);
}

TEST_F(Security, LoginIsThrottledAfterRepeatedFailuresPerAccount) {
  auto client = fixture_.harness().Client();
  auto login = [&](const std::string& password) {
    json body{{"gebruikersnaam", "school.test"}, {"wachtwoord", password}};
    return client.Post("/api/v1/sessies", body.dump(), "application/json")->status;
  };
  EXPECT_EQ(login(testing::kTestWachtwoord), 201);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(login("fout-wachtwoord"), 401);
  // Locked now, even with the right password.
  EXPECT_EQ(login(testing::kTestWachtwoord), 429);
  // The window passes.
  fixture_.db().clock.Set(fixture_.db().clock.Now() + std::chrono::minutes{16});
  EXPECT_EQ(login(testing::kTestWachtwoord), 201);
}

TEST_F(Security, LoginIsThrottledPerClientAddressAcrossAccounts) {
  auto client = fixture_.harness().Client();
  for (int i = 0; i < 20; ++i) {
    json body{{"gebruikersnaam", "onbekend" + std::to_string(i)}, {"wachtwoord", "x"}};
    client.Post("/api/v1/sessies", body.dump(), "application/json");
  }
  json good{{"gebruikersnaam", "swv.test"}, {"wachtwoord", testing::kTestWachtwoord}};
  EXPECT_EQ(client.Post("/api/v1/sessies", good.dump(), "application/json")->status, 429);
}

TEST_F(Security, FormPostsWithoutTheCsrfTokenAreRefused) {
  auto client = fixture_.harness().Client();
  const app::Sessie sessie = fixture_.Login(Rol::kSchool);
  const httplib::Headers cookie{{"Cookie", std::string(web::kSessieCookie) + "=" + sessie.token}};
  const std::string form = "application/x-www-form-urlencoded";
  EXPECT_EQ(client.Post("/uitloggen", cookie, "", form)->status, 403);
  EXPECT_EQ(client.Post("/uitloggen", cookie, "_csrf=verkeerd", form)->status, 403);
  // Still logged in after the refused posts.
  EXPECT_TRUE(fixture_.db().auth->ResolveSessie(sessie.token).has_value());
  auto ok = client.Post("/uitloggen", cookie, "_csrf=" + sessie.csrf, form);
  EXPECT_EQ(ok->status, 303);
  EXPECT_FALSE(fixture_.db().auth->ResolveSessie(sessie.token).has_value());
  // The login form needs its pre-session token as cookie and field.
  const std::string login =
      "gebruikersnaam=school.test&wachtwoord=" + std::string(testing::kTestWachtwoord);
  EXPECT_EQ(client.Post("/inloggen", login + "&_csrf=abc", form)->status, 403);
  auto in = client.Post("/inloggen", {{"Cookie", std::string(web::kInlogCsrfCookie) + "=abc"}},
                        login + "&_csrf=abc", form);
  EXPECT_EQ(in->status, 303);
  const std::string set_cookie = in->get_header_value("Set-Cookie");
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Strict"), std::string::npos);
}

TEST_F(Security, CookieAuthenticatedApiChangesNeedTheCsrfHeader) {
  auto client = fixture_.harness().Client();
  const app::Sessie sessie = fixture_.Login(Rol::kSchool);
  const std::string cookie = std::string(web::kSessieCookie) + "=" + sessie.token;
  EXPECT_EQ(client.Delete("/api/v1/sessies/huidige", {{"Cookie", cookie}})->status, 403);
  EXPECT_EQ(client.Get("/api/v1/gebruikers/ik", {{"Cookie", cookie}})->status, 200);
  EXPECT_EQ(
      client.Delete("/api/v1/sessies/huidige", {{"Cookie", cookie}, {"X-CSRF-Token", sessie.csrf}})
          ->status,
      204);
}

TEST_F(Security, ApiTokensWorkUntilRevoked) {
  auto token =
      fixture_.db().auth->CreateToken({"test", "beheer", "", "x"}, "swv.test", "koppeling");
  ASSERT_TRUE(token.has_value());
  EXPECT_EQ(Status("/api/v1/gebruikers/ik", token->token), 200);
  ASSERT_TRUE(fixture_.db().auth->RevokeToken({"test", "beheer", "", "x"}, token->id));
  EXPECT_EQ(Status("/api/v1/gebruikers/ik", token->token), 401);
  EXPECT_EQ(Status("/api/v1/gebruikers/ik", "verzonnen-token"), 401);
  EXPECT_FALSE(fixture_.db().auth->RevokeToken({"test", "beheer", "", "x"}, 999).has_value());
}

TEST_F(Security, SessionsExpireWhenIdle) {
  const std::string token = fixture_.Login(Rol::kSwv).token;
  auto& clock = fixture_.db().clock;
  clock.Set(clock.Now() + std::chrono::minutes{29});
  EXPECT_EQ(Status("/api/v1/gebruikers/ik", token), 200);  // and refreshes the idle timer
  clock.Set(clock.Now() + std::chrono::minutes{29});
  EXPECT_EQ(Status("/api/v1/gebruikers/ik", token), 200);
  clock.Set(clock.Now() + std::chrono::minutes{31});
  EXPECT_EQ(Status("/api/v1/gebruikers/ik", token), 401);
}

TEST_F(Security, SessionsExpireAfterTheAbsoluteLimitHoweverActive) {
  const std::string token = fixture_.Login(Rol::kSwv).token;
  auto& clock = fixture_.db().clock;
  for (int i = 0; i < 23; ++i) {  // active every 20 minutes for 7 h 40 min
    clock.Set(clock.Now() + std::chrono::minutes{20});
    ASSERT_EQ(Status("/api/v1/gebruikers/ik", token), 200) << i;
  }
  clock.Set(clock.Now() + std::chrono::minutes{20});  // 8 h
  EXPECT_EQ(Status("/api/v1/gebruikers/ik", token), 401);
}

TEST_F(Security, APageAsksAnonymousVisitorsToLogInAndComesBack) {
  auto client = fixture_.harness().Client();
  auto res = client.Get("/leerlingen");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 303);
  EXPECT_EQ(res->get_header_value("Location"), "/inloggen?terug=/leerlingen");
  auto form = client.Get("/inloggen?terug=/leerlingen");
  EXPECT_EQ(form->status, 200);
  EXPECT_NE(form->body.find("name=\"terug\" value=\"/leerlingen\""), std::string::npos);
  // Not to another site.
  auto evil = client.Get("/inloggen?terug=//evil.example");
  EXPECT_EQ(evil->body.find("evil.example"), std::string::npos);
}

TEST_F(Security, AWrongPasswordIsShownBesideTheFieldInDutch) {
  auto client = fixture_.harness().Client();
  auto res = client.Post("/inloggen", {{"Cookie", std::string(web::kInlogCsrfCookie) + "=t"}},
                         "_csrf=t&gebruikersnaam=school.test&wachtwoord=fout",
                         "application/x-www-form-urlencoded");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  EXPECT_NE(res->body.find("id=\"wachtwoord-fout\""), std::string::npos);
  EXPECT_NE(res->body.find("aria-describedby=\"wachtwoord-fout\""), std::string::npos);
  EXPECT_NE(res->body.find("Gebruikersnaam of wachtwoord is onjuist."), std::string::npos);
}

}  // namespace
}  // namespace passend
