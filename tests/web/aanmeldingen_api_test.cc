// The registration (aanmelding) API: the whole flow, each rule refusal, scope and audit.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;

using testing::Antwoord;

class AanmeldingenApi : public ::testing::Test {
 protected:
  Antwoord Send(const std::string& method, const std::string& path, const std::string& token,
                const json& body = json::object()) {
    return testing::Api(fixture_.harness(), method, path, token, body);
  }
  Antwoord Post(const std::string& path, const json& body, const std::string& token) {
    return Send("POST", path, token, body);
  }
  Antwoord Get(const std::string& path, const std::string& token) {
    return Send("GET", path, token);
  }
  static std::string Pad(int64_t id, const std::string& rest = "") {
    return "/api/v1/aanmeldingen/" + std::to_string(id) + rest;
  }

  // A written registration of a child new to Passend at 10AA00 on 22 September 2025 (the
  // test clock stands on 1 October 2025).
  static json NieuwKind(const std::string& bsn = "999999990") {
    return json{{"school", "10AA00"},
                {"aanmelddatum", "2025-09-22"},
                {"schriftelijk", true},
                {"eersteKeuze", true},
                {"gewensteStartdatum", "2026-01-05"},
                {"ondersteuningsbehoeften", {"gedrag", "leren"}},
                {"leerling",
                 {{"voornamen", "Noor"},
                  {"achternaam", "Jansen"},
                  {"geslacht", "V"},
                  {"geboortedatum", "2018-03-03"},
                  {"bsn", bsn},
                  {"postcode", "1234 AB"},
                  {"huisnummer", "12"}}}};
  }
  json VoorSanne(bool schriftelijk = true) {
    json body = NieuwKind();
    body["leerling"] = fixture_.sanne.value;
    body["schriftelijk"] = schriftelijk;
    return body;
  }
  static json Gehoord() { return json{{"gehoord", true}, {"zienswijze", "Ik wil naar De Brug."}}; }

  // The SWV of 10AA00 switches meldingsplicht (and the centraal aanmeldpunt) on or off.
  void Instellingen(bool meldingsplicht, bool centraal = false) {
    const auto res = Send("PUT", "/api/v1/samenwerkingsverbanden/PO2001/instellingen",
                          fixture_.Login(Rol::kSwv).token,
                          {{"meldingsplicht", meldingsplicht}, {"centraalAanmeldpunt", centraal}});
    ASSERT_EQ(res.status, 200) << res.body.dump();
  }

  int64_t Registreer(const json& body) {
    const auto res = Post("/api/v1/aanmeldingen", body, school_);
    EXPECT_EQ(res.status, 201) << res.body.dump();
    return res.body.value("id", int64_t{0});
  }

  testing::SecurityFixture fixture_;
  std::string school_ = fixture_.Login(Rol::kSchool).token;  // 10AA00
};

TEST_F(AanmeldingenApi, TheWholeFlowFromRegistrationToAPlaceElsewhere) {
  // Registration of a new child: the decision is due 6 weeks later.
  const auto created = Post("/api/v1/aanmeldingen", NieuwKind(), school_);
  ASSERT_EQ(created.status, 201) << created.body.dump();
  const int64_t id = created.body["id"];
  EXPECT_EQ(created.body["status"], "open");
  EXPECT_EQ(created.body["uitersteBeslisdatum"], "2025-11-03");
  EXPECT_EQ(created.body["dagenResterend"], 33);
  EXPECT_EQ(created.body["leerling"]["naam"], "Noor Jansen");
  EXPECT_EQ(created.body["samenwerkingsverband"], "PO2001");
  EXPECT_EQ(created.body["ondersteuningsbehoeften"], json({"gedrag", "leren"}));

  // One extension of 4 weeks: +28 days.
  const auto verlengd =
      Post(Pad(id, "/verlengingen"),
           {{"weken", 4}, {"reden", "Het onderzoek van de GGD loopt nog."}}, school_);
  ASSERT_EQ(verlengd.status, 200) << verlengd.body.dump();
  EXPECT_EQ(verlengd.body["uitersteBeslisdatum"], "2025-12-01");
  EXPECT_EQ(verlengd.body["verlenging"]["dagen"], 28);

  // A second extension is refused with a Dutch explanation.
  const auto tweede =
      Post(Pad(id, "/verlengingen"), {{"weken", 1}, {"reden", "Nog even."}}, school_);
  EXPECT_EQ(tweede.status, 422);
  EXPECT_EQ(tweede.content_type, "application/problem+json");
  EXPECT_NE(tweede.body.value("detail", "").find("één verlenging"), std::string::npos)
      << tweede.body.dump();

  // A decision without hoorrecht is refused.
  const auto zonder = Post(Pad(id, "/besluiten"), {{"uitkomst", "toegelaten"}}, school_);
  EXPECT_EQ(zonder.status, 422) << zonder.body.dump();
  EXPECT_EQ(zonder.body["invalidParams"][0]["name"], "hoorrecht");

  // Disproportionate burden without a place elsewhere is refused.
  const auto belasting = Post(
      Pad(id, "/besluiten"),
      {{"uitkomst", "geweigerd"}, {"grond", "onevenredige-belasting"}, {"hoorrecht", Gehoord()}},
      school_);
  EXPECT_EQ(belasting.status, 422) << belasting.body.dump();
  EXPECT_EQ(belasting.body["invalidParams"][0]["name"], "andereSchool");

  // A place at another school that has accepted.
  const auto besloten = Post(Pad(id, "/besluiten"),
                             {{"uitkomst", "elders-geplaatst"},
                              {"andereSchool", "11BB00"},
                              {"andereSchoolAkkoord", true},
                              {"metArrangement", true},
                              {"datum", "2025-10-01"},
                              {"hoorrecht", Gehoord()}},
                             school_);
  ASSERT_EQ(besloten.status, 200) << besloten.body.dump();
  EXPECT_EQ(besloten.body["status"], "besloten");
  EXPECT_EQ(besloten.body["besluit"]["uitkomst"], "elders-geplaatst");
  EXPECT_EQ(besloten.body["besluit"]["andereSchool"], "11BB00");
  EXPECT_EQ(besloten.body["besluit"]["hoorrecht"]["gehoord"], true);

  // A decision after a decision is refused.
  const auto nogmaals =
      Post(Pad(id, "/besluiten"), {{"uitkomst", "toegelaten"}, {"hoorrecht", Gehoord()}}, school_);
  EXPECT_EQ(nogmaals.status, 422) << nogmaals.body.dump();

  // The timeline: the three steps in order, with who took them.
  const auto tijdlijn = Get(Pad(id, "/tijdlijn"), school_);
  ASSERT_EQ(tijdlijn.status, 200) << tijdlijn.body.dump();
  const json& stappen = tijdlijn.body["_embedded"]["stappen"];
  ASSERT_EQ(stappen.size(), 3u) << tijdlijn.body.dump();
  EXPECT_EQ(stappen[0]["type"], "AanmeldingGeregistreerd");
  EXPECT_EQ(stappen[1]["type"], "AanmeldingVerlengd");
  EXPECT_EQ(stappen[2]["type"], "AanmeldingBesloten");
  for (const auto& stap : stappen) {
    EXPECT_EQ(stap["gebruiker"], "school.test");
    EXPECT_EQ(stap["rol"], "school");
    EXPECT_EQ(stap["organisatie"], "10AA00");
  }
  EXPECT_EQ(stappen[1]["gegevens"]["weken"], 4);
  EXPECT_EQ(stappen[2]["gegevens"]["uitkomst"], "elders-geplaatst");
  EXPECT_FALSE(stappen[2]["gegevens"].contains("zienswijze")) << "the child's words stay out";
  EXPECT_FALSE(tijdlijn.body.dump().find("999999990") != std::string::npos) << "no BSN";

  // With meldingsplicht, the SWV of the school reads the decided registration too.
  Instellingen(true);
  const auto swv = Get(Pad(id), fixture_.Login(Rol::kSwv).token);
  EXPECT_EQ(swv.status, 200);
  EXPECT_EQ(swv.body["besluit"]["uitkomst"], "elders-geplaatst");
}

TEST_F(AanmeldingenApi, ATooLongExtensionIs422AndZeroWeeksIs400) {
  const int64_t id = Registreer(VoorSanne());
  const auto te_lang =
      Post(Pad(id, "/verlengingen"), {{"weken", 5}, {"reden", "Onderzoek."}}, school_);
  EXPECT_EQ(te_lang.status, 422) << te_lang.body.dump();
  EXPECT_EQ(te_lang.body["invalidParams"][0]["name"], "weken");
  EXPECT_EQ(Post(Pad(id, "/verlengingen"), {{"weken", 0}, {"reden", "x"}}, school_).status, 400);
  EXPECT_EQ(Post(Pad(id, "/verlengingen"), {{"weken", "vier"}}, school_).status, 400);
  EXPECT_EQ(Post(Pad(id, "/verlengingen"), {{"weken", 2}}, school_).status, 400)
      << "the parents must hear the reason";
  // None of these changed the deadline.
  EXPECT_EQ(Get(Pad(id), school_).body["uitersteBeslisdatum"], "2025-11-03");
}

TEST_F(AanmeldingenApi, AVerbalRegistrationHasNoDeadlineAndCannotBeExtended) {
  const auto created = Post("/api/v1/aanmeldingen", VoorSanne(false), school_);
  ASSERT_EQ(created.status, 201) << created.body.dump();
  EXPECT_EQ(created.body["status"], "mondeling");
  EXPECT_EQ(created.body["uitersteBeslisdatum"], nullptr);
  EXPECT_EQ(created.body["dagenResterend"], nullptr);
  EXPECT_NE(created.body["statusToelichting"].get<std::string>().find("schriftelijk"),
            std::string::npos);
  const int64_t id = created.body["id"];
  EXPECT_EQ(Post(Pad(id, "/verlengingen"), {{"weken", 2}, {"reden", "x"}}, school_).status, 422);

  const auto lijst = Get("/api/v1/aanmeldingen?status=mondeling", school_);
  ASSERT_EQ(lijst.status, 200);
  EXPECT_EQ(lijst.body["totaal"], 1);
  EXPECT_EQ(Get("/api/v1/aanmeldingen?status=open", school_).body["totaal"], 0);
}

TEST_F(AanmeldingenApi, ListsFilterOnStatusAndDueDateWithinTheScope) {
  Registreer(VoorSanne());  // due 2025-11-03
  json oud = NieuwKind("100000034");
  oud["aanmelddatum"] = "2025-08-20";  // due 2025-10-01: today, almost due
  Registreer(oud);
  json verlopen = NieuwKind("100000046");
  verlopen["aanmelddatum"] = "2025-08-01";  // due 2025-09-12: lapsed
  const int64_t lapsed = Registreer(verlopen);

  auto totaal = [&](const std::string& query, const std::string& token) {
    const auto res = Get("/api/v1/aanmeldingen" + query, token);
    EXPECT_EQ(res.status, 200) << query << res.body.dump();
    return res.body.value("totaal", -1);
  };
  EXPECT_EQ(totaal("", school_), 3);
  EXPECT_EQ(totaal("?status=open", school_), 1);
  EXPECT_EQ(totaal("?status=bijna-verlopen", school_), 1);
  EXPECT_EQ(totaal("?status=verlopen", school_), 1);
  EXPECT_EQ(totaal("?dueBefore=2025-10-02", school_), 2);
  EXPECT_EQ(totaal("?school=10AA01", school_), 0);
  // Without meldingsplicht the SWV sees only the lapsed one: it must now act.
  EXPECT_EQ(totaal("?swv=PO2001", fixture_.Login(Rol::kSwv).token), 1);
  Instellingen(true);
  EXPECT_EQ(totaal("?swv=PO2001", fixture_.Login(Rol::kSwv).token), 3);
  EXPECT_EQ(totaal("", fixture_.Login(Rol::kBestuur).token), 3);
  EXPECT_EQ(totaal("", fixture_.Login(Rol::kOuder).token), 1) << "the parent of Sanne";
  EXPECT_EQ(Get("/api/v1/aanmeldingen?status=lopend", school_).status, 400);

  const auto detail = Get(Pad(lapsed), school_);
  EXPECT_EQ(detail.body["status"], "verlopen");
  EXPECT_EQ(detail.body["rechtOpVoorlopigePlaatsing"], true);
  EXPECT_EQ(detail.body["dagenResterend"], -19);
}

TEST_F(AanmeldingenApi, OutsideTheScopeIsNotFoundAndNationalRolesAreForbidden) {
  const int64_t id = Registreer(NieuwKind());
  AddAccount(fixture_.db(), "anker.test", Rol::kSchool, "10AA01");
  const std::string anker =
      fixture_.db().auth->Login("anker.test", testing::kTestWachtwoord, "t")->token;
  EXPECT_EQ(Get(Pad(id), anker).status, 404);
  EXPECT_EQ(Get(Pad(id, "/tijdlijn"), anker).status, 404);
  EXPECT_EQ(Post(Pad(id, "/verlengingen"), {{"weken", 2}, {"reden", "x"}}, anker).status, 404);
  EXPECT_EQ(Get("/api/v1/aanmeldingen", anker).body["totaal"], 0);
  // A school registers only at its own location, and only students it can see.
  json elders = NieuwKind("123456782");
  elders["school"] = "10AA01";
  EXPECT_EQ(Post("/api/v1/aanmeldingen", elders, school_).status, 404);
  json bram = NieuwKind();
  bram["leerling"] = fixture_.bram.value;  // enrolled at 10AA01
  EXPECT_EQ(Post("/api/v1/aanmeldingen", bram, school_).status, 404);

  EXPECT_EQ(Get(Pad(id), fixture_.Login(Rol::kInspectie).token).status, 403);
  EXPECT_EQ(Get(Pad(id), fixture_.Login(Rol::kGemeente).token).status, 403);
  EXPECT_EQ(Get(Pad(id), fixture_.Login(Rol::kOuder).token).status, 404) << "not their child";
  EXPECT_EQ(Post("/api/v1/aanmeldingen", NieuwKind(), fixture_.Login(Rol::kOuder).token).status,
            403);
  EXPECT_EQ(Post("/api/v1/aanmeldingen", NieuwKind(), fixture_.Login(Rol::kBestuur).token).status,
            403);
  EXPECT_EQ(Get(Pad(999999), school_).status, 404);
  EXPECT_EQ(Get("/api/v1/aanmeldingen/abc", school_).status, 404);
}

TEST_F(AanmeldingenApi, EveryReadIsAuditedForTheStudent) {
  const int64_t id = Registreer(VoorSanne());
  Instellingen(true);
  const std::string swv = fixture_.Login(Rol::kSwv).token;
  const int64_t voor = testing::CountRows(*fixture_.db().store, "audit");
  ASSERT_EQ(Get(Pad(id), swv).status, 200);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "audit"), voor + 1);
  ASSERT_EQ(Get(Pad(id, "/tijdlijn"), swv).status, 200);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "audit"), voor + 2);
  ASSERT_EQ(Get("/api/v1/aanmeldingen", swv).status, 200);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "audit"), voor + 3);

  const auto audit = Get("/api/v1/audit?leerling=" + std::to_string(fixture_.sanne.value), swv);
  ASSERT_EQ(audit.status, 200);
  bool gevonden = false;
  for (const auto& e : audit.body["_embedded"]["audit"]) {
    if (e["actie"] == "bekeken" && e["wat"] == "aanmelding " + std::to_string(id) &&
        e["gebruiker"] == "swv.test") {
      gevonden = true;
    }
  }
  EXPECT_TRUE(gevonden) << audit.body.dump();
}

TEST_F(AanmeldingenApi, MalformedInputIs400AndADuplicateBsnIsAConflict) {
  EXPECT_EQ(Post("/api/v1/aanmeldingen", json::object(), school_).status, 400);
  json onbekend = NieuwKind();
  onbekend["ondersteuningsbehoeften"] = {"dyslexie"};
  const auto res = Post("/api/v1/aanmeldingen", onbekend, school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(res.body["invalidParams"][0]["name"], "ondersteuningsbehoeften");
  json slecht_bsn = NieuwKind("123456789");
  EXPECT_EQ(Post("/api/v1/aanmeldingen", slecht_bsn, school_).body["invalidParams"][0]["name"],
            "bsn");
  json zonder_huisnummer = NieuwKind();
  zonder_huisnummer["leerling"].erase("huisnummer");
  EXPECT_EQ(Post("/api/v1/aanmeldingen", zonder_huisnummer, school_).status, 400);
  EXPECT_EQ(Post("/api/v1/aanmeldingen", NieuwKind("111222333"), school_).status, 409)
      << "Sanne's BSN is already registered";
  const int64_t before = testing::CountRows(*fixture_.db().store, "leerlingen");
  EXPECT_EQ(Post("/api/v1/aanmeldingen", NieuwKind(), school_).status, 201);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "leerlingen"), before + 1);
  EXPECT_EQ(Post(Pad(1, "/besluiten"), {{"uitkomst", "misschien"}}, school_).status, 400);
}

TEST_F(AanmeldingenApi, WithoutMeldingsplichtTheSwvSeesOnlyWhatItMustActOn) {
  const int64_t id = Registreer(VoorSanne());
  const std::string swv = fixture_.Login(Rol::kSwv).token;
  EXPECT_EQ(Get(Pad(id), swv).status, 404);
  EXPECT_EQ(Get("/api/v1/aanmeldingen", swv).body["totaal"], 0);
  Instellingen(true);
  EXPECT_EQ(Get(Pad(id), swv).status, 200);
  // A registration without an extra support need is not the SWV's business.
  json zonder = NieuwKind("100000058");
  zonder["ondersteuningsbehoeften"] = json::array();
  const int64_t gewoon = Registreer(zonder);
  EXPECT_EQ(Get(Pad(gewoon), swv).status, 404);
}

TEST_F(AanmeldingenApi, TheSwvRegistersOnlyAsCentraalAanmeldpunt) {
  const std::string swv = fixture_.Login(Rol::kSwv).token;
  EXPECT_EQ(Post("/api/v1/aanmeldingen", NieuwKind(), swv).status, 404);
  Instellingen(false, true);
  const auto created = Post("/api/v1/aanmeldingen", NieuwKind(), swv);
  ASSERT_EQ(created.status, 201) << created.body.dump();
  EXPECT_EQ(created.body["doorSwv"], true);
  // What it registered it keeps seeing, and it may extend and decide as the aanmeldpunt.
  const int64_t id = created.body["id"];
  EXPECT_EQ(Get(Pad(id), swv).status, 200);
  EXPECT_EQ(
      Post(Pad(id, "/verlengingen"), {{"weken", 2}, {"reden", "Dossier opvragen."}}, swv).status,
      200);
}

TEST_F(AanmeldingenApi, TheFirstChoiceSchoolHoldsTheZorgplicht) {
  const int64_t eerste = Registreer(VoorSanne());  // 10AA00, first choice
  EXPECT_EQ(Post("/api/v1/aanmeldingen", VoorSanne(), school_).status, 409)
      << "one open registration per child and school";
  // The SWV's aanmeldpunt registers Sanne at a second school of the region.
  Instellingen(false, true);
  const std::string swv = fixture_.Login(Rol::kSwv).token;
  json tweede = VoorSanne();
  tweede["school"] = "10AA01";
  const auto twee_eerste = Post("/api/v1/aanmeldingen", tweede, swv);
  EXPECT_EQ(twee_eerste.status, 422) << "two first choices";
  EXPECT_EQ(twee_eerste.body["invalidParams"][0]["name"], "eersteKeuze");
  tweede["eersteKeuze"] = false;
  const auto created = Post("/api/v1/aanmeldingen", tweede, swv);
  ASSERT_EQ(created.status, 201) << created.body.dump();
  const int64_t id = created.body["id"];
  EXPECT_EQ(Get(Pad(eerste), school_).body["zorgplichtHouder"], eerste);
  EXPECT_EQ(Get(Pad(id), swv).body["zorgplichtHouder"], eerste);
  // Once the first-choice school has decided, the duty passes to the other registration.
  ASSERT_EQ(Post(Pad(eerste, "/besluiten"), {{"uitkomst", "ingetrokken"}, {"hoorrecht", Gehoord()}},
                 school_)
                .status,
            200);
  EXPECT_EQ(Get(Pad(id), swv).body["zorgplichtHouder"], id);
}

}  // namespace
}  // namespace passend
