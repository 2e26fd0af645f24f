// Messages to parents (berichten): written with the change they report, read by the parent
// only, marked as read; the API and the page.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;

using testing::Antwoord;

class Berichten : public ::testing::Test {
 protected:
  Antwoord Send(const std::string& method, const std::string& path, const std::string& token,
                const json& body = json::object()) {
    return testing::Api(fixture_.harness(), method, path, token, body);
  }
  // Sanne's written registration at 10AA00 on 22 September 2025: due 3 November.
  int64_t Registreer() {
    const auto res = Send("POST", "/api/v1/aanmeldingen", school_,
                          {{"school", "10AA00"},
                           {"aanmelddatum", "2025-09-22"},
                           {"schriftelijk", true},
                           {"eersteKeuze", true},
                           {"ondersteuningsbehoeften", {"gedrag"}},
                           {"leerling", fixture_.sanne.value}});
    EXPECT_EQ(res.status, 201) << res.tekst;
    return res.body.value("id", int64_t{0});
  }
  json Berichtenlijst(const std::string& token) {
    const auto res = Send("GET", "/api/v1/berichten", token);
    EXPECT_EQ(res.status, 200) << res.tekst;
    return res.body;
  }

  testing::SecurityFixture fixture_;
  std::string school_ = fixture_.Login(Rol::kSchool).token;
  std::string ouder_ = fixture_.Login(Rol::kOuder).token;  // the parent of Sanne
};

TEST_F(Berichten, TheParentsHearOfEachStepWithTheReasonForAnExtension) {
  const int64_t id = Registreer();
  json lijst = Berichtenlijst(ouder_);
  ASSERT_EQ(lijst["totaal"], 1) << lijst.dump();
  const json ontvangen = lijst["_embedded"]["berichten"][0];
  EXPECT_EQ(ontvangen["onderwerp"], "Aanmelding ontvangen");
  EXPECT_NE(ontvangen["tekst"].get<std::string>().find("uiterlijk 3 november 2025"),
            std::string::npos)
      << ontvangen.dump();
  EXPECT_EQ(ontvangen["link"], "/aanmeldingen/" + std::to_string(id));

  const std::string pad = "/api/v1/aanmeldingen/" + std::to_string(id);
  ASSERT_EQ(Send("POST", pad + "/verlengingen", school_,
                 {{"weken", 3}, {"reden", "Het onderzoek van de GGD loopt nog."}})
                .status,
            200);
  // A refused second extension tells the parents nothing: the message is part of the change.
  ASSERT_EQ(Send("POST", pad + "/verlengingen", school_, {{"weken", 1}, {"reden", "x"}}).status,
            422);
  ASSERT_EQ(Send("POST", pad + "/besluiten", school_,
                 {{"uitkomst", "toegelaten"},
                  {"hoorrecht", {{"gehoord", true}, {"zienswijze", "Fijn."}}}})
                .status,
            200);
  lijst = Berichtenlijst(ouder_);
  ASSERT_EQ(lijst["totaal"], 3) << lijst.dump();
  EXPECT_EQ(lijst["ongelezen"], 3);
  const json& berichten = lijst["_embedded"]["berichten"];
  EXPECT_EQ(berichten[0]["onderwerp"], "Besluit over de aanmelding") << "newest first";
  EXPECT_EQ(berichten[1]["onderwerp"], "Beslistermijn verlengd");
  const std::string verlengd = berichten[1]["tekst"];
  EXPECT_NE(verlengd.find("3 weken"), std::string::npos) << verlengd;
  EXPECT_NE(verlengd.find("GGD"), std::string::npos) << "the reason reaches the parents";
  EXPECT_NE(verlengd.find("24 november 2025"), std::string::npos) << verlengd;

  const int64_t eerste = berichten[2]["id"];
  EXPECT_EQ(Send("POST", "/api/v1/berichten/" + std::to_string(eerste) + "/gelezen", ouder_).status,
            204);
  lijst = Berichtenlijst(ouder_);
  EXPECT_EQ(lijst["ongelezen"], 2);
  EXPECT_EQ(lijst["_embedded"]["berichten"][2]["gelezen"], true);
}

TEST_F(Berichten, OnlyTheParentOfTheChildReadsThem) {
  Registreer();
  const int64_t id = Berichtenlijst(ouder_)["_embedded"]["berichten"][0]["id"];
  AddAccount(fixture_.db(), "ouder.bram", Rol::kOuder, "", {fixture_.bram});
  const std::string ander =
      fixture_.db().auth->Login("ouder.bram", testing::kTestWachtwoord, "t")->token;
  EXPECT_EQ(Berichtenlijst(ander)["totaal"], 0);
  EXPECT_EQ(Send("POST", "/api/v1/berichten/" + std::to_string(id) + "/gelezen", ander).status,
            404);
  EXPECT_EQ(Send("GET", "/api/v1/berichten", school_).status, 403);
  EXPECT_EQ(Send("GET", "/api/v1/berichten", fixture_.Login(Rol::kSwv).token).status, 403);
  EXPECT_EQ(Berichtenlijst(ouder_)["ongelezen"], 1) << "unchanged by the other parent";
}

TEST_F(Berichten, ThePageShowsThemAndMarksOneAsRead) {
  Registreer();
  const app::Sessie sessie = fixture_.Login(Rol::kOuder);
  const std::string cookie = std::string(web::kSessieCookie) + "=" + sessie.token;
  auto client = fixture_.harness().Client();
  auto pagina = client.Get("/berichten", {{"Cookie", cookie}});
  ASSERT_TRUE(pagina);
  ASSERT_EQ(pagina->status, 200);
  EXPECT_NE(pagina->body.find("Aanmelding ontvangen"), std::string::npos);
  EXPECT_NE(pagina->body.find("U heeft 1 ongelezen bericht."), std::string::npos);
  EXPECT_NE(pagina->body.find("href=\"/berichten\">Berichten</a>"), std::string::npos)
      << "navigation";
  const int64_t id = Berichtenlijst(ouder_)["_embedded"]["berichten"][0]["id"];
  auto post = client.Post("/berichten/" + std::to_string(id) + "/gelezen", {{"Cookie", cookie}},
                          "_csrf=" + httplib::detail::encode_query_param(sessie.csrf),
                          "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 303);
  pagina = client.Get("/berichten", {{"Cookie", cookie}});
  EXPECT_NE(pagina->body.find("U heeft alles gelezen."), std::string::npos);
  EXPECT_EQ(pagina->body.find("Markeer als gelezen"), std::string::npos);
}

}  // namespace
}  // namespace passend
