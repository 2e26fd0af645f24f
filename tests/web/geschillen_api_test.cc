// The dispute (geschil) and SWV-settings API: the flow up the ladder, the GPO's terms, each
// refusal, scope and audit.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;

using testing::Antwoord;

class GeschillenApi : public ::testing::Test {
 protected:
  // A read (GET) as the holder of `token`.
  Antwoord Send(const std::string& method, const std::string& path, const std::string& token) {
    return testing::Api(fixture_.harness(), method, path, token);
  }
  // A change with a JSON `body` as the holder of `token`.
  Antwoord Send(const std::string& method, const std::string& path, const json& body,
                const std::string& token) {
    return testing::Api(fixture_.harness(), method, path, token, body);
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }

  // Sanne's registration at 10AA00, refused on 1 October 2025 (the test clock's day).
  int64_t GeweigerdeAanmelding() {
    const auto created = Send("POST", "/api/v1/aanmeldingen",
                              {{"school", "10AA00"},
                               {"aanmelddatum", "2025-09-22"},
                               {"schriftelijk", true},
                               {"eersteKeuze", true},
                               {"ondersteuningsbehoeften", {"gedrag"}},
                               {"leerling", fixture_.sanne.value}},
                              Token(Rol::kSchool));
    EXPECT_EQ(created.status, 201) << created.body.dump();
    const int64_t id = created.body.value("id", int64_t{0});
    const auto besloten =
        Send("POST", "/api/v1/aanmeldingen/" + std::to_string(id) + "/besluiten",
             {{"uitkomst", "geweigerd"},
              {"grond", "school-vol"},
              {"datum", "2025-10-01"},
              {"hoorrecht", {{"gehoord", true}, {"zienswijze", "Ik wil hier graag naartoe."}}}},
             Token(Rol::kSchool));
    EXPECT_EQ(besloten.status, 200) << besloten.body.dump();
    return id;
  }
  int64_t Open(int64_t aanmelding, Rol rol = Rol::kOuder) {
    const auto res = Send("POST", "/api/v1/geschillen",
                          {{"aanmelding", aanmelding},
                           {"onderwerp", "toelating"},
                           {"omschrijving", "De ouders vinden dat er wel plaats is."}},
                          Token(rol));
    EXPECT_EQ(res.status, 201) << res.body.dump();
    return res.body.value("id", int64_t{0});
  }
  static std::string Pad(int64_t id, const std::string& rest = "") {
    return "/api/v1/geschillen/" + std::to_string(id) + rest;
  }

  testing::SecurityFixture fixture_;
};

TEST_F(GeschillenApi, AParentTakesADisputeUpTheLadderToTheGpo) {
  // The SWV publishes its steunpunt and a shorter term for the school step.
  json ladder = json::array();
  ladder.push_back({{"code", "school"}, {"naam", "School en ouders"}, {"termijnDagen", 7}});
  ladder.push_back({{"code", "swv"}, {"naam", "Samenwerkingsverband"}, {"termijnDagen", 28}});
  ladder.push_back({{"code", "gpo"}, {"naam", "Geschillencommissie"}, {"termijnDagen", 70}});
  const auto ingesteld =
      Send("PUT", "/api/v1/samenwerkingsverbanden/PO2001/instellingen",
           {{"meldingsplicht", false},
            {"centraalAanmeldpunt", false},
            {"ladder", ladder},
            {"steunpunt", {{"naam", "Steunpunt Eemland"}, {"email", "steunpunt@swv.nl"}}}},
           Token(Rol::kSwv));
  ASSERT_EQ(ingesteld.status, 200) << ingesteld.body.dump();

  const int64_t aanmelding = GeweigerdeAanmelding();
  const auto geopend =
      Send("POST", "/api/v1/geschillen", {{"aanmelding", aanmelding}, {"onderwerp", "toelating"}},
           Token(Rol::kOuder));
  ASSERT_EQ(geopend.status, 201) << geopend.body.dump();
  const int64_t id = geopend.body["id"];
  EXPECT_EQ(geopend.body["besluitdatum"], "2025-10-01") << "taken from the decision";
  EXPECT_EQ(geopend.body["gpo"]["indienenUiterlijk"], "2025-11-12");
  EXPECT_EQ(geopend.body["volgendeStap"]["code"], "school");
  EXPECT_EQ(geopend.body["steunpunt"]["naam"], "Steunpunt Eemland");
  EXPECT_EQ(geopend.body["ladder"].size(), 3u);

  const auto school = Send("POST", Pad(id, "/stappen"),
                           {{"stap", "school"}, {"start", "2025-10-01"}, {"eigenaar", "Directeur"}},
                           Token(Rol::kSchool));
  ASSERT_EQ(school.status, 201) << school.body.dump();
  EXPECT_EQ(school.body["huidigeStap"]["uiterlijk"], "2025-10-08");
  EXPECT_EQ(school.body["volgendeStap"]["code"], "swv");

  // The next step waits for the current one's outcome; the ladder only goes up.
  EXPECT_EQ(
      Send("POST", Pad(id, "/stappen"), {{"stap", "swv"}, {"eigenaar", "SWV"}}, Token(Rol::kOuder))
          .status,
      422);
  const auto afgerond =
      Send("POST", Pad(id, "/stappen/1/afronding"),
           {{"einde", "2025-10-01"}, {"uitkomst", "Geen overeenstemming"}}, Token(Rol::kSchool));
  ASSERT_EQ(afgerond.status, 200) << afgerond.body.dump();
  EXPECT_EQ(afgerond.body["stappen"][0]["uitkomst"], "Geen overeenstemming");
  EXPECT_EQ(
      Send("POST", Pad(id, "/stappen/1/afronding"), {{"uitkomst", "Nogmaals"}}, Token(Rol::kSchool))
          .status,
      422);
  const auto terug = Send("POST", Pad(id, "/stappen"),
                          {{"stap", "school"}, {"eigenaar", "Directeur"}}, Token(Rol::kOuder));
  EXPECT_EQ(terug.status, 422);
  EXPECT_EQ(Send("POST", Pad(id, "/stappen"), {{"stap", "veilig-thuis"}, {"eigenaar", "VT"}},
                 Token(Rol::kSchool))
                .status,
            400)
      << "no rung files a child-protection report";

  // The parents go to the GPO directly: on time, so the GPO's own terms apply.
  const auto gpo =
      Send("POST", Pad(id, "/stappen"),
           {{"stap", "gpo"}, {"start", "2025-10-01"}, {"eigenaar", "Ouders"}}, Token(Rol::kOuder));
  ASSERT_EQ(gpo.status, 201) << gpo.body.dump();
  EXPECT_EQ(gpo.body["gpo"]["verweerUiterlijk"], "2025-10-15");
  EXPECT_EQ(gpo.body["gpo"]["oordeelUiterlijk"], "2025-12-10");
  EXPECT_EQ(gpo.body["volgendeStap"], nullptr);

  // The registration shows it is disputed, and its timeline says so.
  const auto a =
      Send("GET", "/api/v1/aanmeldingen/" + std::to_string(aanmelding), Token(Rol::kSchool));
  EXPECT_EQ(a.body["inGeschil"], true);
  const auto tijdlijn =
      Send("GET", "/api/v1/aanmeldingen/" + std::to_string(aanmelding) + "/tijdlijn",
           Token(Rol::kSchool));
  EXPECT_EQ(tijdlijn.body["_embedded"]["stappen"].back()["type"], "AanmeldingInGeschil");
  // A dispute makes the registration visible to the SWV even without meldingsplicht.
  EXPECT_EQ(
      Send("GET", "/api/v1/aanmeldingen/" + std::to_string(aanmelding), Token(Rol::kSwv)).status,
      200);
}

TEST_F(GeschillenApi, OneDisputePerRegistration) {
  const int64_t aanmelding = GeweigerdeAanmelding();
  const int64_t id = Open(aanmelding);
  const auto tweede =
      Send("POST", "/api/v1/geschillen", {{"aanmelding", aanmelding}, {"onderwerp", "toelating"}},
           Token(Rol::kSchool));
  EXPECT_EQ(tweede.status, 409) << tweede.body.dump();
  EXPECT_NE(tweede.body["detail"].get<std::string>().find(std::to_string(id)), std::string::npos);
}

TEST_F(GeschillenApi, AnSwvDisputesOnlyRegistrationsItMaySee) {
  const int64_t aanmelding = GeweigerdeAanmelding();
  const json body{{"aanmelding", aanmelding}, {"onderwerp", "toelating"}};
  // Without meldingsplicht a decided registration is not the SWV's to see, nor to dispute.
  EXPECT_EQ(Send("POST", "/api/v1/geschillen", body, Token(Rol::kSwv)).status, 404);
  ASSERT_EQ(Send("PUT", "/api/v1/samenwerkingsverbanden/PO2001/instellingen",
                 {{"meldingsplicht", true}, {"centraalAanmeldpunt", false}}, Token(Rol::kSwv))
                .status,
            200);
  EXPECT_EQ(Send("POST", "/api/v1/geschillen", body, Token(Rol::kSwv)).status, 201);
}

TEST_F(GeschillenApi, AGpoStepFiledAfterSixWeeksIsRefused) {
  const int64_t id = Open(GeweigerdeAanmelding());
  const auto laat =
      Send("POST", Pad(id, "/stappen"),
           {{"stap", "gpo"}, {"start", "2025-11-13"}, {"eigenaar", "Ouders"}}, Token(Rol::kOuder));
  EXPECT_EQ(laat.status, 422) << laat.body.dump();
  EXPECT_EQ(laat.body["invalidParams"][0]["name"], "start");
  EXPECT_NE(laat.body["detail"].get<std::string>().find("12 november 2025"), std::string::npos);
  EXPECT_EQ(Send("GET", Pad(id), Token(Rol::kOuder)).body["stappen"].size(), 0u);
}

TEST_F(GeschillenApi, ScopeAndAudit) {
  const int64_t id = Open(GeweigerdeAanmelding(), Rol::kSchool);
  for (Rol rol : {Rol::kOuder, Rol::kSchool, Rol::kBestuur, Rol::kSwv}) {
    EXPECT_EQ(Send("GET", Pad(id), Token(rol)).status, 200) << domain::RolCode(rol);
  }
  for (Rol rol : {Rol::kGemeente, Rol::kConsulent, Rol::kInspectie, Rol::kMinisterie}) {
    EXPECT_EQ(Send("GET", Pad(id), Token(rol)).status, 403) << domain::RolCode(rol);
  }
  AddAccount(fixture_.db(), "anker.test", Rol::kSchool, "10AA01");
  const std::string anker =
      fixture_.db().auth->Login("anker.test", testing::kTestWachtwoord, "t")->token;
  EXPECT_EQ(Send("GET", Pad(id), anker).status, 404);
  EXPECT_EQ(
      Send("POST", Pad(id, "/stappen"), {{"stap", "school"}, {"eigenaar", "x"}}, anker).status,
      404);
  EXPECT_EQ(Send("GET", "/api/v1/geschillen", anker).body["totaal"], 0);
  EXPECT_EQ(Send("GET", "/api/v1/geschillen", Token(Rol::kOuder)).body["totaal"], 1);
  EXPECT_EQ(Send("GET", "/api/v1/geschillen?lopend=false", Token(Rol::kOuder)).body["totaal"], 0);
  EXPECT_EQ(Send("GET", "/api/v1/geschillen?lopend=misschien", Token(Rol::kOuder)).status, 400);

  const int64_t voor = testing::CountRows(*fixture_.db().store, "audit");
  ASSERT_EQ(Send("GET", Pad(id), Token(Rol::kSwv)).status, 200);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "audit"), voor + 1);
  ASSERT_EQ(Send("GET", "/api/v1/geschillen", Token(Rol::kSwv)).status, 200);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "audit"), voor + 2);
}

TEST_F(GeschillenApi, ADisputeAboutRemovalIsWithTheChildsSchool) {
  const auto res =
      Send("POST", "/api/v1/geschillen",
           {{"leerling", fixture_.sanne.value}, {"onderwerp", "verwijdering"}}, Token(Rol::kOuder));
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["school"]["code"], "10AA00");
  EXPECT_EQ(res.body["gpo"]["indienenUiterlijk"], nullptr);
  EXPECT_EQ(Send("POST", "/api/v1/geschillen",
                 {{"leerling", fixture_.bram.value}, {"onderwerp", "opp"}}, Token(Rol::kOuder))
                .status,
            404)
      << "not their child";
  EXPECT_EQ(Send("POST", "/api/v1/geschillen", {{"onderwerp", "opp"}}, Token(Rol::kOuder)).status,
            400);
  EXPECT_EQ(
      Send("POST", "/api/v1/geschillen",
           {{"leerling", fixture_.sanne.value}, {"onderwerp", "vt-melding"}}, Token(Rol::kOuder))
          .status,
      400);
}

TEST_F(GeschillenApi, SettingsArePublicAndOnlyTheSwvItselfChangesThem) {
  const auto publiek =
      fixture_.harness().Client().Get("/api/v1/samenwerkingsverbanden/PO2001/instellingen");
  ASSERT_TRUE(publiek);
  EXPECT_EQ(publiek->status, 200);
  const json standaard = json::parse(publiek->body);
  EXPECT_EQ(standaard["meldingsplicht"], false);
  EXPECT_EQ(standaard["ladder"].size(), 6u);
  EXPECT_EQ(
      fixture_.harness().Client().Get("/api/v1/samenwerkingsverbanden/XX9999/instellingen")->status,
      404);

  const json body{{"meldingsplicht", true}, {"centraalAanmeldpunt", false}};
  EXPECT_EQ(
      Send("PUT", "/api/v1/samenwerkingsverbanden/VO2001/instellingen", body, Token(Rol::kSwv))
          .status,
      403)
      << "another SWV";
  EXPECT_EQ(
      Send("PUT", "/api/v1/samenwerkingsverbanden/PO2001/instellingen", body, Token(Rol::kSchool))
          .status,
      403);
  EXPECT_EQ(Send("PUT", "/api/v1/samenwerkingsverbanden/PO2001/instellingen",
                 {{"meldingsplicht", true}}, Token(Rol::kSwv))
                .status,
            400);
  json slecht = body;
  slecht["steunpunt"] = {{"website", "http://onveilig.nl"}};
  const auto fout =
      Send("PUT", "/api/v1/samenwerkingsverbanden/PO2001/instellingen", slecht, Token(Rol::kSwv));
  EXPECT_EQ(fout.status, 400);
  EXPECT_EQ(fout.body["invalidParams"][0]["name"], "steunpunt.website");
  json leeg = body;
  leeg["ladder"] = json::array();
  EXPECT_EQ(
      Send("PUT", "/api/v1/samenwerkingsverbanden/PO2001/instellingen", leeg, Token(Rol::kSwv))
          .status,
      400);
  const std::string swv = Token(Rol::kSwv);  // logging in is an event of its own
  const int64_t events = testing::CountRows(*fixture_.db().store, "events");
  ASSERT_EQ(Send("PUT", "/api/v1/samenwerkingsverbanden/PO2001/instellingen", body, swv).status,
            200);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "events"), events + 1);
  EXPECT_EQ(json::parse(fixture_.harness()
                            .Client()
                            .Get("/api/v1/samenwerkingsverbanden/PO2001/instellingen")
                            ->body)["meldingsplicht"],
            true);
}

}  // namespace
}  // namespace passend
