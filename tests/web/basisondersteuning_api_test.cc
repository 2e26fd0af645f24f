// The basisondersteuning API (issue 5 item 3): the national norm and an SWV's own versions
// (public to read; only the SWV itself sets them, one event per version), a location's account
// against the norm in force (public to read; only the school itself writes; a 400 names the
// field), and the SWV's overview of its own region with its CSV (another SWV: 404).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

class BasisondersteuningApi : public ::testing::Test {
 protected:
  Antwoord Get(const std::string& path, const std::string& token = "") {
    return testing::Api(fixture_.harness(), "GET", path, token);
  }
  Antwoord Put(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "PUT", path, token, body);
  }
  Antwoord Post(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "POST", path, token, body);
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }
  static std::string Veld(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }
  int64_t Tel(const std::string& sql, const std::string& arg) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare(sql);
    stmt->Bind(1, std::string_view(arg));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }
  int64_t Events(const std::string& subject) {
    return Tel("SELECT count(*) FROM events WHERE subject = ?", subject);
  }
  // Every element of `norm` answered `voldoet`, except `anders` with its judgement.
  static json Invulling(const json& norm, const std::string& anders = "",
                        const std::string& oordeel = "voldoet") {
    json elementen = json::array();
    for (const auto& e : norm["elementen"]) {
      const bool dit = e["code"] == anders;
      elementen.push_back({{"element", e["code"]},
                           {"hoe", "Zo doen wij " + e["titel"].get<std::string>()},
                           {"oordeel", dit ? oordeel : "voldoet"},
                           {"toelichting", dit ? "Volgt in het voorjaar." : ""}});
    }
    return json{{"toelichting", "Onze basis."}, {"elementen", std::move(elementen)}};
  }
  json EigenNorm(const std::string& geldig_vanaf) {
    return json{{"titel", "Basisondersteuning PO2001 2026-2030"},
                {"label", "Ondersteuningsplan 2026-2030"},
                {"geldigVanaf", geldig_vanaf},
                {"elementen",
                 {{{"code", "veilig-klimaat"},
                   {"aspect", "basiskwaliteit"},
                   {"titel", "Veilig klimaat"},
                   {"omschrijving", "Elke school volgt de sociale veiligheid jaarlijks."}},
                  {{"code", "rekenen"},
                   {"aspect", "preventieve-interventies"},
                   {"titel", "Rekenen"},
                   {"omschrijving", "Elke school heeft een aanpak voor rekenproblemen."}}}}};
  }

  testing::SecurityFixture fixture_;
};

TEST_F(BasisondersteuningApi, TheNationalNormIsPublicAndAppliesUntilTheSwvSetsItsOwn) {
  auto res = Get("/api/v1/basisondersteuning");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["sleutel"], "landelijk/2026.1");
  EXPECT_EQ(res.body["aspecten"].size(), 4u);

  res = Get("/api/v1/samenwerkingsverbanden/PO2001/basisondersteuning");
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_TRUE(res.body["landelijk"].get<bool>());
  EXPECT_EQ(res.body["norm"]["sleutel"], "landelijk/2026.1");
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/PO9999/basisondersteuning").status, 404);
}

TEST_F(BasisondersteuningApi, OnlyTheSwvItselfSetsVersionsOfItsNormEachWithAnEvent) {
  const std::string swv = Token(Rol::kSwv);
  const std::string pad = "/api/v1/samenwerkingsverbanden/PO2001/basisondersteuning";
  EXPECT_EQ(Post(pad, EigenNorm("2020-01-01"), Token(Rol::kSchool)).status, 403);
  EXPECT_EQ(Post(pad, EigenNorm("2020-01-01"), "").status, 401);
  EXPECT_EQ(
      Post("/api/v1/samenwerkingsverbanden/VO2001/basisondersteuning", EigenNorm("2020-01-01"), swv)
          .status,
      403);

  // Malformed: 400 naming the field, in Dutch.
  json fout = EigenNorm("2020-01-01");
  fout["elementen"][1]["omschrijving"] = "";
  auto res = Post(pad, fout, swv);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "elementen[1].omschrijving");
  EXPECT_EQ(res.content_type, "application/problem+json");
  fout = EigenNorm("2020-01-01");
  fout["elementen"][0]["aspect"] = "onbekend";
  EXPECT_EQ(Veld(Post(pad, fout, swv)), "elementen[0].aspect");
  fout = EigenNorm("1 januari");
  EXPECT_EQ(Veld(Post(pad, fout, swv)), "geldigVanaf");
  fout = EigenNorm("2020-01-01");
  fout["vinkjes"] = true;
  EXPECT_EQ(Veld(Post(pad, fout, swv)), "vinkjes");
  EXPECT_EQ(Events("basisondersteuningsnorm/PO2001"), 0);

  res = Post(pad, EigenNorm("2020-01-01"), swv);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["norm"]["sleutel"], "PO2001/1");
  EXPECT_TRUE(res.body["inKracht"].get<bool>());
  // A version not yet valid is kept, and the one in force stays.
  res = Post(pad, EigenNorm("2999-01-01"), swv);
  ASSERT_EQ(res.status, 201);
  EXPECT_EQ(res.body["norm"]["versie"], 2);
  EXPECT_FALSE(res.body["inKracht"].get<bool>());
  EXPECT_EQ(Events("basisondersteuningsnorm/PO2001"), 2);

  res = Get(pad);
  ASSERT_EQ(res.status, 200);
  EXPECT_FALSE(res.body["landelijk"].get<bool>());
  EXPECT_EQ(res.body["norm"]["sleutel"], "PO2001/1");
  EXPECT_EQ(res.body["versies"].size(), 2u);
  EXPECT_EQ(Get(pad + "?versie=2").body["norm"]["geldigVanaf"], "2999-01-01");
  EXPECT_EQ(Get(pad + "?versie=3").status, 404);
  EXPECT_EQ(Get(pad + "?versie=nul").status, 400);
  // Versions are append-only in the database too.
  auto lease = fixture_.db().store->Borrow();
  EXPECT_FALSE((*lease)->Exec("UPDATE basisondersteuning_normen SET titel = 'x'").has_value());
  EXPECT_FALSE((*lease)->Exec("DELETE FROM basisondersteuning_norm_elementen").has_value());
}

TEST_F(BasisondersteuningApi, TheSchoolDescribesEveryElementOfTheNormInForceForItsOwnLocation) {
  const std::string school = Token(Rol::kSchool);  // 10AA00
  const json norm = Get("/api/v1/basisondersteuning").body;
  const std::string pad = "/api/v1/scholen/10AA00/basisondersteuning";

  auto res = Get(pad);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(res.body["invulling"].is_null());

  EXPECT_EQ(Put("/api/v1/scholen/10AA01/basisondersteuning", Invulling(norm), school).status, 403);
  EXPECT_EQ(Put(pad, Invulling(norm), Token(Rol::kSwv)).status, 403);
  EXPECT_EQ(Put(pad, Invulling(norm), "").status, 401);
  EXPECT_EQ(Put("/api/v1/scholen/99ZZ00/basisondersteuning", Invulling(norm), school).status, 403);

  // A shortfall without explanation, an empty how, an unknown judgement, a missing element.
  json fout = Invulling(norm, "vroegsignalering", "deels");
  fout["elementen"][3]["toelichting"] = "";
  res = Put(pad, fout, school);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "elementen[3].toelichting");
  EXPECT_NE(res.body.value("detail", "").find("Licht toe"), std::string::npos);
  fout = Invulling(norm);
  fout["elementen"][0]["hoe"] = " ";
  EXPECT_EQ(Veld(Put(pad, fout, school)), "elementen[0].hoe");
  fout = Invulling(norm);
  fout["elementen"][2]["oordeel"] = "ja";
  EXPECT_EQ(Veld(Put(pad, fout, school)), "elementen[2].oordeel");
  fout = Invulling(norm);
  fout["elementen"].erase(fout["elementen"].size() - 1);
  EXPECT_EQ(Veld(Put(pad, fout, school)), "elementen");
  EXPECT_EQ(Events("basisondersteuning/10AA00"), 0);

  res = Put(pad, Invulling(norm, "vroegsignalering", "deels"), school);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["invulling"]["versie"], 1);
  EXPECT_EQ(res.body["invulling"]["norm"], "landelijk/2026.1");
  EXPECT_FALSE(res.body["oudereNorm"].get<bool>());
  EXPECT_EQ(Events("basisondersteuning/10AA00"), 1);
  res = Put(pad, Invulling(norm), school);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(Events("basisondersteuning/10AA00"), 2);

  // Everyone reads it, with its versions; an old version stays readable.
  res = Get(pad);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["versies"].size(), 2u);
  EXPECT_EQ(res.body["invulling"]["elementen"][3]["oordeel"], "voldoet");
  EXPECT_FALSE(res.body.dump().contains("school.test"));  // no account names in public
  res = Get(pad + "?versie=1");
  EXPECT_EQ(res.body["invulling"]["elementen"][3]["oordeel"], "deels");
  EXPECT_EQ(Get(pad + "?versie=9").status, 404);
  EXPECT_EQ(Get("/api/v1/scholen/99ZZ00/basisondersteuning").status, 404);
  // The event names the actor; the audit of the change is the event (no personal data).
  EXPECT_EQ(Tel("SELECT count(*) FROM events WHERE subject = ? AND gebruiker = 'school.test'",
                "basisondersteuning/10AA00"),
            2);
}

TEST_F(BasisondersteuningApi, TheSwvSeesItsOwnRegionPerSchoolAndElementAndDownloadsIt) {
  const json norm = Get("/api/v1/basisondersteuning").body;
  ASSERT_EQ(Put("/api/v1/scholen/10AA00/basisondersteuning", Invulling(norm, "opp", "nog-niet"),
                Token(Rol::kSchool))
                .status,
            200);
  const std::string swv = Token(Rol::kSwv);
  const std::string pad = "/api/v1/samenwerkingsverbanden/PO2001/basisondersteuning/overzicht";
  EXPECT_EQ(Get(pad, Token(Rol::kSchool)).status, 403);
  EXPECT_EQ(Get(pad, Token(Rol::kInspectie)).status, 403);
  EXPECT_EQ(Get(pad).status, 401);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/VO2001/basisondersteuning/overzicht", swv).status,
            404);

  auto res = Get(pad, swv);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  const size_t n = norm["elementen"].size();
  ASSERT_EQ(res.body["scholen"].size(), 3u);  // 10AA00, 10AA01, 11BB00
  json regenboog;
  for (const auto& s : res.body["scholen"]) {
    if (s["school"] == "10AA00") regenboog = s;
  }
  ASSERT_TRUE(regenboog.is_object());
  EXPECT_EQ(regenboog["standen"]["opp"], "nog-niet");
  EXPECT_EQ(regenboog["telling"]["voldoet"], n - 1);
  EXPECT_EQ(res.body["totaal"]["nietBeschreven"], 2 * n);
  for (const auto& e : res.body["elementen"]) {
    EXPECT_EQ(e["telling"]["nietBeschreven"], 2) << e["code"];
    EXPECT_EQ(e["telling"]["nogNiet"], e["code"] == "opp" ? 1 : 0) << e["code"];
  }

  // After the SWV sets its own norm, the account answers an older version.
  ASSERT_EQ(Post("/api/v1/samenwerkingsverbanden/PO2001/basisondersteuning",
                 {{"titel", "Eigen norm"},
                  {"geldigVanaf", "2020-01-01"},
                  {"elementen",
                   {{{"code", "opp"},
                     {"aspect", "planmatig-werken"},
                     {"titel", "OPP"},
                     {"omschrijving", "Tijdig een OPP."}},
                    {{"code", "nieuw"},
                     {"aspect", "planmatig-werken"},
                     {"titel", "Nieuw"},
                     {"omschrijving", "Iets nieuws."}}}}},
                 swv)
                .status,
            201);
  res = Get(pad, swv);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["scholenMetOudereNorm"], 1);
  EXPECT_EQ(res.body["elementen"].size(), 2u);

  auto csv = testing::Api(fixture_.harness(), "GET", pad + "/export", swv);
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type.rfind("text/csv", 0), 0u);
  EXPECT_NE(csv.tekst.find("swv,norm,school,naam,versie"), std::string::npos) << csv.tekst;
  EXPECT_NE(csv.tekst.find("10AA00"), std::string::npos);
  EXPECT_NE(csv.tekst.find("niet-beschreven"), std::string::npos);
  EXPECT_EQ(Get(pad + "/export", Token(Rol::kSchool)).status, 403);
}

}  // namespace
}  // namespace passend
