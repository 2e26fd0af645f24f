// Reserve plans, objections and the multi-year budget through the API (issue 8 items 5 and 6):
// the plan must cover the reserve above the threshold (422 naming regels), a line before the
// accounts' year is malformed (400 naming it), concept → OPR consent → approval with 409 out
// of order, a refusal sends the plan back, a new version replaces it; the budget is withheld
// after the deadline and released by the approval; an objection is decided by the ministry
// only; the budget's consent steps; scope per role; every change one event and one audit entry;
// the tables refuse UPDATE and DELETE. The test clock stands on 1 October 2025, so the 2023
// accounts' deadline (31 January 2025) has passed and the 2024 accounts' has not.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

constexpr char kBasis[] = "/api/v1/samenwerkingsverbanden/PO2001";

class ReserveplanApi : public ::testing::Test {
 protected:
  ReserveplanApi() {
    // € 10,000,000.00 income: threshold € 350,000.00; equity € 1,000,000.00 → € 650,000.00
    // above it, in 2023 and 2024.
    for (int jaar : {2023, 2024}) {
      auto res = Post("/jaarrekeningen", json{{"jaar", jaar},
                                              {"batenTotaal", 1'000'000'000},
                                              {"lastenTotaal", 950'000'000},
                                              {"eigenVermogen", 100'000'000},
                                              {"organisatiekosten", 100'000'000}});
      EXPECT_EQ(res.status, 201) << res.body.dump();
    }
  }
  Antwoord Post(const std::string& pad, const json& body, Rol rol = Rol::kSwv) {
    return testing::Api(fixture_.harness(), "POST", kBasis + pad, Token(rol), body);
  }
  Antwoord Get(const std::string& pad, Rol rol = Rol::kSwv) {
    return testing::Api(fixture_.harness(), "GET", kBasis + pad, Token(rol));
  }
  std::string Token(Rol rol) {
    auto& token = tokens_[rol];
    if (token.empty()) token = fixture_.Login(rol).token;
    return token;
  }
  static std::string Veld(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }
  static json Plan(int jaar, std::vector<std::pair<int, int64_t>> regels) {
    json lijst = json::array();
    for (const auto& [j, bedrag] : regels) {
      lijst.push_back({{"jaar", j}, {"bedrag", bedrag}, {"doel", "Ambulante begeleiding"}});
    }
    return json{{"jaarrekeningJaar", jaar}, {"regels", lijst}, {"toelichting", "Afbouw"}};
  }
  int64_t Tel(const std::string& tabel) { return testing::CountRows(*fixture_.db().store, tabel); }
  // The 2023 entry of the overview.
  json Jaar2023() {
    auto res = Get("/reserveplannen");
    EXPECT_EQ(res.status, 200) << res.body.dump();
    for (const json& j : res.body["jaren"]) {
      if (j["jaarrekeningJaar"] == 2023) return j;
    }
    ADD_FAILURE() << "no 2023 entry: " << res.body.dump();
    return json();
  }

  testing::SecurityFixture fixture_;
  std::map<Rol, std::string> tokens_;
};

TEST_F(ReserveplanApi, WithheldAfterTheDeadlineAndReleasedByTheApprovedPlan) {
  json jaar = Jaar2023();
  EXPECT_EQ(jaar["bovenmatigeReserve"], 65'000'000);
  EXPECT_EQ(jaar["inhouding"]["stand"], "ingehouden");
  EXPECT_EQ(jaar["inhouding"]["deadline"], "2025-01-31");
  EXPECT_EQ(jaar["inhouding"]["ingehoudenVanaf"], "2025-02-01");

  // Too little: the plan must spend at least the € 650,000.00 above the threshold.
  auto res = Post("/reserveplannen", Plan(2023, {{2024, 30'000'000}, {2025, 34'999'999}}));
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_EQ(Veld(res), "regels");
  // A year that is not after the accounts' year is malformed, named by its line.
  res = Post("/reserveplannen", Plan(2023, {{2024, 30'000'000}, {2023, 35'000'000}}));
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "regels[1].jaar");
  res = Post("/reserveplannen",
             json{{"jaarrekeningJaar", 2023},
                  {"regels", json::array({{{"jaar", 2024}, {"bedrag", 1.5}, {"doel", "x"}}})}});
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "regels[0].bedrag");
  EXPECT_EQ(Tel("reserveplannen"), 0);

  const int64_t audit = Tel("audit");
  const int64_t events = Tel("events");
  res = Post("/reserveplannen", Plan(2023, {{2024, 30'000'000}, {2025, 35'000'000}}));
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["versie"], 1);
  EXPECT_EQ(res.body["stand"], "concept");
  EXPECT_EQ(res.body["totaal"], 65'000'000);
  const std::string id = std::to_string(res.body["id"].get<int64_t>());
  EXPECT_EQ(Tel("audit"), audit + 1);
  EXPECT_EQ(Tel("events"), events + 1);

  // Internal supervision approves only what the OPR consented to.
  res = Post("/reserveplannen/" + id + "/goedkeuring",
             json{{"besluit", "goedgekeurd"}, {"datum", "2025-09-15"}});
  EXPECT_EQ(res.status, 409) << res.body.dump();
  res = Post("/reserveplannen/" + id + "/instemming",
             json{{"besluit", "gegeven"}, {"datum", "2025-10-02"}});
  EXPECT_EQ(res.status, 400);  // in the future
  EXPECT_EQ(Veld(res), "datum");
  res = Post("/reserveplannen/" + id + "/instemming",
             json{{"besluit", "gegeven"}, {"datum", "2025-10-01"}});
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["stand"], "instemming-opr");
  EXPECT_EQ(Jaar2023()["inhouding"]["stand"], "ingehouden");  // consent alone releases nothing
  res = Post("/reserveplannen/" + id + "/goedkeuring",
             json{{"besluit", "goedgekeurd"}, {"datum", "2025-10-01"}});
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["stand"], "goedgekeurd");
  EXPECT_EQ(res.body["goedgekeurdOp"], "2025-10-01");
  EXPECT_EQ(Tel("audit"), audit + 3);
  EXPECT_EQ(Tel("events"), events + 3);

  jaar = Jaar2023();
  EXPECT_EQ(jaar["inhouding"]["stand"], "vrijgegeven");
  EXPECT_EQ(jaar["inhouding"]["beeindigdOp"], "2025-10-01");
  EXPECT_EQ(jaar["planInWerking"], std::stoll(id));
  // Nothing follows an approval.
  EXPECT_EQ(Post("/reserveplannen/" + id + "/instemming",
                 json{{"besluit", "gegeven"}, {"datum", "2025-10-01"}})
                .status,
            409);
}

TEST_F(ReserveplanApi, ARefusalSendsThePlanBackAndANewVersionReplacesIt) {
  auto res = Post("/reserveplannen", Plan(2024, {{2025, 65'000'000}}));
  ASSERT_EQ(res.status, 201) << res.body.dump();
  const std::string eerste = std::to_string(res.body["id"].get<int64_t>());
  res = Post("/reserveplannen/" + eerste + "/instemming",
             json{{"besluit", "geweigerd"}, {"datum", "2025-10-01"}});
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "toelichting");
  res = Post("/reserveplannen/" + eerste + "/instemming",
             json{{"besluit", "geweigerd"},
                  {"datum", "2025-10-01"},
                  {"toelichting", "Te weinig voor de scholen zelf"}});
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["stand"], "concept");
  EXPECT_EQ(res.body["teruggestuurd"], true);

  res = Post("/reserveplannen", Plan(2024, {{2025, 40'000'000}, {2026, 25'000'000}}));
  ASSERT_EQ(res.status, 201);
  EXPECT_EQ(res.body["versie"], 2);
  // The replaced version takes no decisions.
  EXPECT_EQ(Post("/reserveplannen/" + eerste + "/instemming",
                 json{{"besluit", "gegeven"}, {"datum", "2025-10-01"}})
                .status,
            409);
  res = Get("/reserveplannen/" + eerste);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["vervangen"], true);
  // 2024's deadline (31 January 2026) has not passed: nothing is withheld yet.
  res = Get("/reserveplannen");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["jaren"][0]["jaarrekeningJaar"], 2024);
  EXPECT_EQ(res.body["jaren"][0]["inhouding"]["stand"], "nog-niet");
  EXPECT_EQ(res.body["jaren"][0]["versies"].size(), 2u);
}

TEST_F(ReserveplanApi, NoPlanWithoutAccountsOrAReserveAboveTheThreshold) {
  auto res = Post("/reserveplannen", Plan(2022, {{2023, 65'000'000}}));
  EXPECT_EQ(res.status, 422);
  EXPECT_EQ(Veld(res), "jaarrekeningJaar");
  ASSERT_EQ(Post("/jaarrekeningen", json{{"jaar", 2022},
                                         {"batenTotaal", 1'000'000'000},
                                         {"lastenTotaal", 950'000'000},
                                         {"eigenVermogen", 10'000'000},
                                         {"organisatiekosten", 100'000'000}})
                .status,
            201);
  res = Post("/reserveplannen", Plan(2022, {{2023, 65'000'000}}));
  EXPECT_EQ(res.status, 422);
  EXPECT_EQ(Veld(res), "jaarrekeningJaar");
}

TEST_F(ReserveplanApi, TheSwvObjectsAndOnlyTheMinistryDecides) {
  auto res = Post("/bezwaren-reserve", json{{"jaarrekeningJaar", 2023},
                                            {"onderwerp", "inhouding"},
                                            {"argumenten", ""},
                                            {"ingediendOp", "2025-03-01"}});
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "argumenten");
  const int64_t audit = Tel("audit");
  res = Post("/bezwaren-reserve",
             json{{"jaarrekeningJaar", 2023},
                  {"onderwerp", "cijfers"},
                  {"argumenten", "DUO telde 40 leerlingen dubbel; de baten waren lager."},
                  {"ingediendOp", "2025-03-01"}});
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(Tel("audit"), audit + 1);
  const std::string id = std::to_string(res.body["id"].get<int64_t>());
  const json uitspraak{{"uitkomst", "gegrond"},
                       {"motivering", "De telling is gecorrigeerd."},
                       {"datum", "2025-05-01"}};
  // The SWV and the Inspectie do not decide; the ministry does, once.
  EXPECT_EQ(Post("/bezwaren-reserve/" + id + "/uitspraak", uitspraak).status, 403);
  EXPECT_EQ(Post("/bezwaren-reserve/" + id + "/uitspraak", uitspraak, Rol::kInspectie).status, 403);
  res = Post("/bezwaren-reserve/" + id + "/uitspraak",
             json{{"uitkomst", "gegrond"}, {"motivering", "x"}, {"datum", "2025-02-01"}},
             Rol::kMinisterie);
  EXPECT_EQ(res.status, 400);  // before the objection was filed
  EXPECT_EQ(Veld(res), "datum");
  res = Post("/bezwaren-reserve/" + id + "/uitspraak", uitspraak, Rol::kMinisterie);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["uitspraak"]["uitkomst"], "gegrond");
  EXPECT_EQ(Tel("audit"), audit + 2);
  EXPECT_EQ(Post("/bezwaren-reserve/" + id + "/uitspraak", uitspraak, Rol::kMinisterie).status,
            409);
  // A well-founded objection lifts the withholding from its date.
  const json jaar = Jaar2023();
  EXPECT_EQ(jaar["inhouding"]["stand"], "opgeheven");
  EXPECT_EQ(jaar["inhouding"]["beeindigdOp"], "2025-05-01");
  res = Get("/bezwaren-reserve", Rol::kInspectie);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["bezwaren"].size(), 1u);
}

TEST_F(ReserveplanApi, TheMultiYearBudgetWithTheOprsConsent) {
  json regels = json::array();
  for (int jaar : {2026, 2027, 2028}) {
    regels.push_back(
        {{"jaar", jaar}, {"soort", "baten"}, {"doel", "Rijksbijdrage"}, {"bedrag", 1'000'000'000}});
    regels.push_back({{"jaar", jaar},
                      {"soort", "lasten"},
                      {"doel", "Arrangementen"},
                      {"bedrag", 1'020'000'000}});
  }
  json kort = {{"eersteJaar", 2026}, {"regels", json::array({regels[0], regels[1]})}};
  auto res = Post("/meerjarenbegrotingen", kort);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "regels");
  res = Post("/meerjarenbegrotingen", json{{"eersteJaar", 2026}, {"regels", regels}});
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["versie"], 1);
  EXPECT_EQ(res.body["totalen"].size(), 3u);
  EXPECT_EQ(res.body["totalen"][0]["saldo"], -20'000'000);
  EXPECT_TRUE(res.body["instemmingOpr"].is_null());
  const std::string id = std::to_string(res.body["id"].get<int64_t>());
  EXPECT_EQ(Post("/meerjarenbegrotingen/" + id + "/instemming",
                 json{{"stand", "gegeven"}, {"datum", "2025-09-01"}})
                .status,
            409);
  ASSERT_EQ(Post("/meerjarenbegrotingen/" + id + "/instemming",
                 json{{"stand", "gevraagd"}, {"datum", "2025-09-01"}})
                .status,
            201);
  res = Post("/meerjarenbegrotingen/" + id + "/instemming",
             json{{"stand", "gegeven"}, {"datum", "2025-09-30"}});
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["instemmingOpr"], "gegeven");
  res = Get("/meerjarenbegrotingen", Rol::kMinisterie);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["meerjarenbegrotingen"][0]["instemmingStappen"].size(), 2u);
  EXPECT_EQ(Tel("meerjarenbegroting_instemming"), 2);
}

TEST_F(ReserveplanApi, ScopePerRole) {
  // Another SWV's plans are missing, not forbidden; schools and parents have no part; national
  // roles read but do not record.
  EXPECT_EQ(testing::Api(fixture_.harness(), "GET",
                         "/api/v1/samenwerkingsverbanden/VO2001/reserveplannen", Token(Rol::kSwv))
                .status,
            404);
  EXPECT_EQ(Get("/reserveplannen", Rol::kSchool).status, 403);
  EXPECT_EQ(Get("/reserveplannen", Rol::kOuder).status, 403);
  EXPECT_EQ(Get("/reserveplannen", Rol::kInspectie).status, 200);
  EXPECT_EQ(Post("/reserveplannen", Plan(2023, {{2024, 65'000'000}}), Rol::kMinisterie).status,
            403);
  auto res =
      testing::Api(fixture_.harness(), "GET", "/api/v1/geld/reserveplannen/landelijk?jaar=2023",
                   Token(Rol::kInspectie));
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["bovenSignaleringswaarde"], 1);
  EXPECT_EQ(res.body["ingehouden"], 1);
  EXPECT_EQ(res.body["metGoedgekeurdPlan"], 0);
}

TEST_F(ReserveplanApi, TheRecordsAreAppendOnly) {
  ASSERT_EQ(Post("/reserveplannen", Plan(2023, {{2024, 65'000'000}})).status, 201);
  auto lease = fixture_.db().store->Borrow();
  ASSERT_TRUE(lease);
  for (const char* sql :
       {"UPDATE reserveplannen SET bovenmatige_reserve = 1", "DELETE FROM reserveplannen",
        "UPDATE reserveplan_regels SET bedrag = 1", "DELETE FROM reserveplan_regels"}) {
    EXPECT_FALSE((*lease)->Exec(sql)) << sql;
  }
  EXPECT_EQ(Tel("reserveplan_regels"), 1);
}

}  // namespace
}  // namespace passend
