// Defences found in review: hostile bytes in URLs, redirects, parallel guessing, proxies,
// and scope that follows a student to another region.
#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "app/registry_service.h"
#include "app/throttle.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;

TEST(Hardening, InvalidUtf8InThePathIsAnErrorNotACrash) {
  testing::ServerHarness harness;
  auto client = harness.Client();
  for (const char* path : {"/api/v1/scholen/%FF", "/api/v1/bestaat-niet%FF", "/scholen/%C3%28",
                           "/api/v1/scholen?%FF=1"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_GE(res->status, 400) << path;
    EXPECT_LT(res->status, 500) << path;
  }
  auto alive = client.Get("/api/v1/health");
  ASSERT_TRUE(alive);
  EXPECT_EQ(alive->status, 200);
}

TEST(Hardening, TheLoginPageOnlyReturnsToLocalPaths) {
  testing::ServerHarness harness;
  auto client = harness.Client();
  for (const char* terug : {"/%09/evil.example", "//evil.example", "/\\evil.example",
                            "https://evil.example", "/%0a/evil.example", "javascript:alert(1)"}) {
    auto res = client.Get(std::string("/inloggen?terug=") + terug);
    ASSERT_TRUE(res) << terug;
    EXPECT_NE(res->body.find("name=\"terug\" value=\"\""), std::string::npos) << terug;
  }
  auto ok = client.Get("/inloggen?terug=/leerlingen%3Fnaam%3Djan");
  EXPECT_NE(ok->body.find("value=\"/leerlingen?naam=jan\""), std::string::npos);
}

TEST(Hardening, ParallelGuessesCannotExceedTheThrottle) {
  testing::SecurityFixture fixture;
  std::atomic<int> unauthorized{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 12; ++i) {
    threads.emplace_back([&] {
      auto client = fixture.harness().Client();
      nlohmann::json body{{"gebruikersnaam", "swv.test"}, {"wachtwoord", "fout-wachtwoord"}};
      auto res = client.Post("/api/v1/sessies", body.dump(), "application/json");
      if (res && res->status == 401) ++unauthorized;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_LE(unauthorized.load(), 5) << "more password checks than the limit allows";
}

TEST(Throttle, ReservesAndReleasesAttempts) {
  app::Throttle throttle(2, std::chrono::minutes{15});
  const domain::Timestamp now{};
  EXPECT_TRUE(throttle.TryAcquire("k", now));
  EXPECT_TRUE(throttle.TryAcquire("k", now));
  EXPECT_FALSE(throttle.TryAcquire("k", now));
  throttle.Release("k");
  EXPECT_TRUE(throttle.TryAcquire("k", now));
  EXPECT_TRUE(throttle.TryAcquire("k", now + std::chrono::minutes{15})) << "window passed";
}

TEST(ClientAddress, TrustsForwardedForOnlyFromTheConfiguredProxy) {
  httplib::Request req;
  req.remote_addr = "10.0.0.5";
  req.headers.emplace("X-Forwarded-For", "1.2.3.4, 198.51.100.7");
  EXPECT_EQ(web::ClientAddress(req, ""), "10.0.0.5");
  EXPECT_EQ(web::ClientAddress(req, "10.0.0.9"), "10.0.0.5");
  EXPECT_EQ(web::ClientAddress(req, "10.0.0.5"), "198.51.100.7");
}

TEST(Hardening, AStudentsScopeMovesWithTheirEnrolment) {
  testing::SecurityFixture fixture;
  auto& db = fixture.db();
  app::LeerlingRegistratie registratie(*db.store, *db.vault, db.clock);
  ASSERT_TRUE(registratie.SchrijfIn({"t", "swv", "PO2001", "x"}, fixture.sanne,
                                    *domain::Vestigingscode::Parse("12CC00"),
                                    *domain::ParseIsoDate("2025-08-25")));
  auto dossier = db.leerlingen->FindDossier(fixture.sanne);
  ASSERT_TRUE(dossier.has_value() && dossier->has_value());
  EXPECT_EQ((*dossier)->plaats.swv, "VO2001");
  const std::string po = fixture.Login(Rol::kSwv).token;  // PO2001
  auto client = fixture.harness().Client();
  auto res = client.Get("/api/v1/leerlingen/" + std::to_string(fixture.sanne.value),
                        {{"Authorization", "Bearer " + po}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404) << "the old SWV no longer sees the student";
}

}  // namespace
}  // namespace passend
