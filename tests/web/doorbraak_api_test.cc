// Doorzettingsmacht and doorbraak (issue 6 item 3; seed 000 #9, seed 004) and the SWV's
// verzuim settings through the API: the SWV names who holds doorzettingsmacht, a stuck case is
// escalated (the holder recorded as it stood), one open escalation at a time, the decision
// only by SWV or municipality with who took it, one event per change. Also the settings'
// holiday region and interim targets round-trip and are validated. The test clock stands on
// Wednesday 1 October 2025. (That each SWV's region moves its clock:
// tests/app/verzuim_regio_test.cc.)
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

class DoorbraakApi : public ::testing::Test {
 protected:
  Antwoord Post(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "POST", path, token, body);
  }
  Antwoord Put(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "PUT", path, token, body);
  }
  Antwoord Get(const std::string& path, const std::string& token) {
    return testing::Api(fixture_.harness(), "GET", path, token);
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }
  int64_t Events(const std::string& type) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare("SELECT count(*) FROM events WHERE type = ?");
    stmt->Bind(1, std::string_view(type));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }
  json Instellingen() {
    auto res = Get("/api/v1/samenwerkingsverbanden/PO2001/instellingen", swv_);
    EXPECT_EQ(res.status, 200);
    return res.body;
  }

  testing::SecurityFixture fixture_;
  std::string school_ = Token(Rol::kSchool);  // 10AA00: Sanne's school, in PO2001
  std::string swv_ = Token(Rol::kSwv);        // PO2001
  std::string gemeente_ = Token(Rol::kGemeente);
};

TEST_F(DoorbraakApi, SettingsRoundTripAndAreValidated) {
  json instellingen = Instellingen();
  // The defaults: the configured region, the coordinator, advice before exemption 5a.
  EXPECT_EQ(instellingen["verzuim"]["vakantieregio"], nullptr);
  EXPECT_EQ(instellingen["verzuim"]["doorzettingsmacht"]["houder"], "coordinator");
  EXPECT_EQ(instellingen["verzuim"]["adviesVoorVrijstelling"], true);
  EXPECT_EQ(instellingen["verzuim"]["tussendoelen"], nullptr);

  instellingen["verzuim"] = {
      {"vakantieregio", "zuid"},
      {"doorzettingsmacht", {{"houder", "commissie"}, {"naam", "Doorbraaktafel Zuid"}}},
      {"adviesVoorVrijstelling", false},
      {"tussendoelen",
       {{"basisdatum", "2025-10-01"},
        {"basiswaarde", 12},
        {"doeljaar", "2028-2029"},
        {"doelwaarde", 0},
        {"stappen", 3}}}};
  auto res = Put("/api/v1/samenwerkingsverbanden/PO2001/instellingen", instellingen, swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(Instellingen()["verzuim"], instellingen["verzuim"]);

  // Bad input names the field.
  json fout = instellingen;
  fout["verzuim"]["vakantieregio"] = "oost";
  res = Put("/api/v1/samenwerkingsverbanden/PO2001/instellingen", fout, swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(res.body["invalidParams"][0]["name"], "verzuim.vakantieregio");
  fout = instellingen;
  fout["verzuim"]["tussendoelen"]["doeljaar"] = "2024-2025";  // before the base year
  res = Put("/api/v1/samenwerkingsverbanden/PO2001/instellingen", fout, swv_);
  EXPECT_EQ(res.status, 400) << res.body.dump();
  EXPECT_EQ(res.body["invalidParams"][0]["name"], "verzuim.tussendoelen.doeljaar");
  // Nothing was lost by the refusals.
  EXPECT_EQ(Instellingen()["verzuim"], instellingen["verzuim"]);
}

TEST_F(DoorbraakApi, EscalationNamesTheHolderAndTheDecisionWhoTookIt) {
  json instellingen = Instellingen();
  instellingen["verzuim"]["doorzettingsmacht"] = {{"houder", "wethouder"},
                                                  {"naam", "wethouder Onderwijs"}};
  ASSERT_EQ(Put("/api/v1/samenwerkingsverbanden/PO2001/instellingen", instellingen, swv_).status,
            200);
  auto res = Post("/api/v1/verzuimmeldingen",
                  {{"leerling", fixture_.sanne.value},
                   {"type", "langdurig-relatief-verzuim"},
                   {"startdatum", "2025-06-02"}},
                  school_);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  const std::string pad = "/api/v1/verzuimmeldingen/" + std::to_string(res.body["id"].get<int>());

  // A reason is required.
  EXPECT_EQ(Post(pad + "/doorbraken", json::object(), swv_).status, 400);
  // The onderwijsconsulent does not escalate (no verzuim-beheren): 403.
  EXPECT_EQ(Post(pad + "/doorbraken", {{"reden", "Vast."}}, Token(Rol::kConsulent)).status, 403);
  res = Post(pad + "/doorbraken",
             {{"reden", "Onderwijs en jeugdhulp komen na vier overleggen niet tot een aanbod."}},
             gemeente_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  ASSERT_EQ(res.body["doorbraken"].size(), 1u);
  const json& d = res.body["doorbraken"][0];
  EXPECT_EQ(d["volgnummer"], 1);
  EXPECT_EQ(d["aangevraagdOp"], "2025-10-01");
  EXPECT_EQ(d["doorzettingsmacht"]["houder"], "wethouder");
  EXPECT_EQ(d["doorzettingsmacht"]["naam"], "wethouder Onderwijs");
  EXPECT_EQ(d["besluit"], nullptr);
  // One open escalation at a time.
  EXPECT_EQ(Post(pad + "/doorbraken", {{"reden", "Nog eens."}}, swv_).status, 409);

  // A later change of the agreement does not rewrite whom this case was put to.
  instellingen["verzuim"]["doorzettingsmacht"] = {{"houder", "coordinator"}, {"naam", ""}};
  ASSERT_EQ(Put("/api/v1/samenwerkingsverbanden/PO2001/instellingen", instellingen, swv_).status,
            200);
  EXPECT_EQ(Get(pad, swv_).body["doorbraken"][0]["doorzettingsmacht"]["houder"], "wethouder");

  const json besluit{{"besluit", "Plaats op SO De Brug per 1 november, zorg uit de Jeugdwet."},
                     {"beslotenDoor", "J. de Vries, wethouder Onderwijs"}};
  // The school records no decision; an unknown escalation is 404; who took it is required.
  EXPECT_EQ(Post(pad + "/doorbraken/1/besluit", besluit, school_).status, 403);
  EXPECT_EQ(Post(pad + "/doorbraken/2/besluit", besluit, gemeente_).status, 404);
  res = Post(pad + "/doorbraken/1/besluit", {{"besluit", "Plaats op SO De Brug."}}, gemeente_);
  EXPECT_EQ(res.status, 400);
  res = Post(pad + "/doorbraken/1/besluit", besluit, gemeente_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["doorbraken"][0]["besluitOp"], "2025-10-01");
  EXPECT_EQ(res.body["doorbraken"][0]["beslotenDoor"], "J. de Vries, wethouder Onderwijs");
  // Once.
  EXPECT_EQ(Post(pad + "/doorbraken/1/besluit", besluit, swv_).status, 409);
  EXPECT_EQ(Events("DoorbraakGevraagd"), 1);
  EXPECT_EQ(Events("DoorbraakBesloten"), 1);
}

TEST_F(DoorbraakApi, TruancyAndSicknessDoNotGoToTheDoorbraakaanpak) {
  auto res =
      Post("/api/v1/verzuimmeldingen",
           {{"leerling", fixture_.sanne.value}, {"type", "ziek"}, {"startdatum", "2025-09-01"}},
           school_);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  const std::string pad = "/api/v1/verzuimmeldingen/" + std::to_string(res.body["id"].get<int>());
  res = Post(pad + "/doorbraken", {{"reden", "Vast."}}, school_);
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_EQ(Events("DoorbraakGevraagd"), 0);
}

}  // namespace
}  // namespace passend
