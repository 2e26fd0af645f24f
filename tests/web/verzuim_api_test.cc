// The verzuim API (issue 6): absence cases from registration to the end, each refusal, scope
// per role, the thuiszitter view (sick children never counted), the 4-school-week hand-over
// to the onderwijsconsulent, the Inspectie's quarterly CSV, audit on reads, one event per
// change. The test clock stands on Wednesday 1 October 2025; the fixture has no holidays, so
// 4 school weeks are exactly 28 days.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;

using testing::Antwoord;

class VerzuimApi : public ::testing::Test {
 protected:
  Antwoord Post(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "POST", path, token, body);
  }
  Antwoord Get(const std::string& path, const std::string& token) {
    return testing::Api(fixture_.harness(), "GET", path, token);
  }
  static std::string Pad(int64_t id, const std::string& rest = "") {
    return "/api/v1/verzuimmeldingen/" + std::to_string(id) + rest;
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }
  int64_t Meld(const json& body, const std::string& token) {
    const auto res = Post("/api/v1/verzuimmeldingen", body, token);
    EXPECT_EQ(res.status, 201) << res.body.dump();
    return res.body.value("id", int64_t{0});
  }
  json Melding(domain::LeerlingId leerling, const std::string& type, const std::string& start) {
    return json{{"leerling", leerling.value}, {"type", type}, {"startdatum", start}};
  }
  int64_t Events(int64_t id) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare("SELECT count(*) FROM events WHERE subject = ?");
    stmt->Bind(1, std::string_view("verzuim/" + std::to_string(id)));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }
  int64_t Audit() { return testing::CountRows(*fixture_.db().store, "audit"); }

  testing::SecurityFixture fixture_;
  std::string school_ = Token(Rol::kSchool);  // 10AA00: Sanne's school
  std::string swv_ = Token(Rol::kSwv);        // PO2001
};

TEST_F(VerzuimApi, TheWholeFlowFromReportToFittingOfferAndEnd) {
  // Langdurig relatief verzuim from Monday 25 August: a thuiszitter from 22 September.
  const auto created =
      Post("/api/v1/verzuimmeldingen",
           Melding(fixture_.sanne, "langdurig-relatief-verzuim", "2025-08-25"), school_);
  ASSERT_EQ(created.status, 201) << created.body.dump();
  const int64_t id = created.body["id"];
  EXPECT_EQ(created.body["school"], "10AA00");  // the student's current school by default
  EXPECT_EQ(created.body["gemeente"], "GM0001");
  EXPECT_EQ(created.body["swv"], "PO2001");
  EXPECT_EQ(created.body["thuiszitter"], true);
  EXPECT_EQ(created.body["thuiszitterVanaf"], "2025-09-22");
  EXPECT_EQ(created.body["consulentVanaf"], "2025-09-22");
  EXPECT_EQ(created.body["drieMaandenVanaf"], "2025-11-25");
  EXPECT_EQ(created.body["dagenThuis"], 37);
  EXPECT_EQ(created.body["signalen"], json::array({"consulent"}));
  EXPECT_EQ(Events(id), 1);

  const auto aanbod =
      Post(Pad(id, "/aanbiedingen"),
           {{"datum", "2025-09-30"}, {"omschrijving", "Plaats op SBO De Brug"}}, swv_);
  ASSERT_EQ(aanbod.status, 200) << aanbod.body.dump();
  EXPECT_EQ(aanbod.body["aanbod"]["datum"], "2025-09-30");
  EXPECT_EQ(aanbod.body["signalen"], json::array());  // with an offer nothing is left to force
  EXPECT_EQ(Events(id), 2);

  const auto einde =
      Post(Pad(id, "/beeindigingen"), {{"einddatum", "2025-10-01"}, {"reden", "andere-school"}},
           Token(Rol::kGemeente));
  ASSERT_EQ(einde.status, 200) << einde.body.dump();
  EXPECT_EQ(einde.body["loopt"], false);
  EXPECT_EQ(einde.body["redenEinde"], "andere-school");
  EXPECT_EQ(Events(id), 3);

  const auto lijst = Get("/api/v1/verzuimmeldingen?lopend=false", swv_);
  ASSERT_EQ(lijst.status, 200) << lijst.body.dump();
  ASSERT_EQ(lijst.body["totaal"], 1);
  EXPECT_EQ(lijst.body["_embedded"]["verzuimmeldingen"][0]["id"], id);
  EXPECT_EQ(Get("/api/v1/verzuimmeldingen?lopend=true", swv_).body["totaal"], 0);
}

TEST_F(VerzuimApi, RefusesMalformedInputWith400AndRuleBreachesWith422Or409) {
  auto probleem = [](const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  };
  auto res =
      Post("/api/v1/verzuimmeldingen", Melding(fixture_.sanne, "spijbelen", "2025-09-01"), school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(probleem(res), "type");
  res = Post("/api/v1/verzuimmeldingen", {{"leerling", fixture_.sanne.value}, {"type", "ziek"}},
             school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(probleem(res), "startdatum");
  // A start after today cannot be a first day of absence.
  res = Post("/api/v1/verzuimmeldingen", Melding(fixture_.sanne, "ziek", "2025-10-02"), school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(probleem(res), "startdatum");

  // The leerplicht of the municipality registers exemptions (Leerplichtwet art. 5).
  const std::string gemeente = Token(Rol::kGemeente);
  json vijf_a = Melding(fixture_.sanne, "vrijstelling-5a", "2025-09-01");
  // Leerplichtwet art. 7: the doctor's statement is required (400 naming it) ...
  res = Post("/api/v1/verzuimmeldingen", vijf_a, gemeente);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(probleem(res), "artsverklaring");
  // ... and by default the SWV's advice on the education perspective comes first (seed 000
  // #8): 422 naming `advies`.
  vijf_a["artsverklaring"] = "2025-08-20";
  res = Post("/api/v1/verzuimmeldingen", vijf_a, gemeente);
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_EQ(probleem(res), "advies");
  // Only the SWV gives that advice.
  const json advies{{"leerling", fixture_.sanne.value},
                    {"advies", "Onderwijs is mogelijk in een kleine groep, 10 uur per week."}};
  EXPECT_EQ(Post("/api/v1/vrijstellingsadviezen", advies, gemeente).status, 403);
  ASSERT_EQ(Post("/api/v1/vrijstellingsadviezen", advies, swv_).status, 201);
  const auto adviezen =
      Get("/api/v1/leerlingen/" + std::to_string(fixture_.sanne.value) + "/vrijstellingsadviezen",
          gemeente);
  ASSERT_EQ(adviezen.status, 200);
  ASSERT_EQ(adviezen.body["adviezen"].size(), 1u);
  EXPECT_EQ(adviezen.body["adviezen"][0]["datum"], "2025-10-01");
  const int64_t id = Meld(vijf_a, gemeente);
  {
    const auto created = Get(Pad(id), gemeente);
    EXPECT_EQ(created.body["advies"], adviezen.body["adviezen"][0]["id"]);
    // One year from the statement: up to 19 August 2026; renewal before 1 July 2026.
    EXPECT_EQ(created.body["vrijstelling"]["geldigTotEnMet"], "2026-08-19");
    EXPECT_EQ(created.body["vrijstelling"]["verlengenVoor"], "2026-07-01");
    EXPECT_EQ(created.body["vrijstelling"]["signalen"], json::array());
  }
  // An exemption does not end in an exemption (domain rule): 422.
  res = Post(Pad(id, "/beeindigingen"), {{"einddatum", "2025-09-20"}, {"reden", "vrijstelling"}},
             gemeente);
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_EQ(res.content_type, "application/problem+json");
  // An end on the start day: 400 naming the field.
  res = Post(Pad(id, "/beeindigingen"), {{"einddatum", "2025-09-01"}, {"reden", "verhuisd"}},
             gemeente);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(probleem(res), "einddatum");
  ASSERT_EQ(Post(Pad(id, "/beeindigingen"), {{"einddatum", "2025-09-20"}, {"reden", "verhuisd"}},
                 gemeente)
                .status,
            200);
  // Ended twice: 409. An offer after the end belongs to a new case: 422.
  EXPECT_EQ(Post(Pad(id, "/beeindigingen"), {{"einddatum", "2025-09-25"}, {"reden", "verhuisd"}},
                 gemeente)
                .status,
            409);
  EXPECT_EQ(
      Post(Pad(id, "/aanbiedingen"), {{"datum", "2025-09-25"}, {"omschrijving", "SBO"}}, gemeente)
          .status,
      422);
  // Refusals change nothing: one event for the report, one for the end.
  EXPECT_EQ(Events(id), 2);
}

TEST_F(VerzuimApi, OneOpenThuiszitterCasePerChildAndType) {
  const json melding = Melding(fixture_.sanne, "langdurig-relatief-verzuim", "2025-08-25");
  const int64_t id = Meld(melding, school_);
  const auto tweede = Post("/api/v1/verzuimmeldingen", melding, school_);
  EXPECT_EQ(tweede.status, 409) << tweede.body.dump();
  EXPECT_NE(tweede.body.value("detail", "").find("al een lopende melding"), std::string::npos)
      << tweede.body.dump();
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "verzuimmeldingen"), 1);
  // Relatief verzuim is reported again at every 16 hours: no such limit.
  Meld(Melding(fixture_.sanne, "relatief-verzuim", "2025-09-01"), school_);
  Meld(Melding(fixture_.sanne, "relatief-verzuim", "2025-09-22"), school_);
  // Once the first case has ended, a new one may start.
  ASSERT_EQ(Post(Pad(id, "/beeindigingen"),
                 {{"einddatum", "2025-09-15"}, {"reden", "terug-naar-school"}}, school_)
                .status,
            200);
  Meld(Melding(fixture_.sanne, "langdurig-relatief-verzuim", "2025-09-22"), school_);
}

TEST_F(VerzuimApi, HandsOverToTheConsulentOnlyAfterFourSchoolWeeks) {
  // From Monday 15 September: 4 school weeks end on Monday 13 October.
  const int64_t id =
      Meld(Melding(fixture_.sanne, "langdurig-relatief-verzuim", "2025-09-15"), school_);
  const std::string consulent = Token(Rol::kConsulent);
  // Not handed over yet: the consultant does not see the case.
  EXPECT_EQ(Get(Pad(id), consulent).status, 404);

  auto res = Post(Pad(id, "/overdrachten"), json::object(), swv_);
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_NE(res.body.value("detail", "").find("13 oktober 2025"), std::string::npos)
      << res.body.dump();
  // Only the SWV hands over.
  EXPECT_EQ(Post(Pad(id, "/overdrachten"), json::object(), school_).status, 403);
  EXPECT_EQ(Events(id), 1);

  fixture_.db().clock.Set(std::chrono::sys_days{std::chrono::year{2025} / 10 / 13} +
                          std::chrono::hours{9});
  // Twelve days later the sessions have expired: log in again.
  swv_ = Token(Rol::kSwv);
  school_ = Token(Rol::kSchool);
  const std::string consulent_later = Token(Rol::kConsulent);
  res = Post(Pad(id, "/overdrachten"), json::object(), swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["overgedragenOp"], "2025-10-13");
  EXPECT_EQ(Events(id), 2);
  EXPECT_EQ(Post(Pad(id, "/overdrachten"), json::object(), swv_).status, 409);

  // Now the consultant of PO2001 reads it, and lists only handed-over cases.
  EXPECT_EQ(Get(Pad(id), consulent_later).status, 200);
  Meld(Melding(fixture_.sanne, "ziek", "2025-10-06"), school_);
  const auto lijst = Get("/api/v1/verzuimmeldingen", consulent_later);
  ASSERT_EQ(lijst.status, 200);
  EXPECT_EQ(lijst.body["totaal"], 1);

  // Relatief verzuim never makes a thuiszitter, so it never goes to the consultant.
  const int64_t relatief = Meld(Melding(fixture_.sanne, "relatief-verzuim", "2025-08-25"), school_);
  EXPECT_EQ(Post(Pad(relatief, "/overdrachten"), json::object(), swv_).status, 422);
}

TEST_F(VerzuimApi, ScopePerRole) {
  const int64_t sanne =
      Meld(Melding(fixture_.sanne, "langdurig-relatief-verzuim", "2025-08-25"), school_);
  // Bram lives in GM0002 and is not registered anywhere any more: the SWV reports it.
  const int64_t bram = Meld(Melding(fixture_.bram, "absoluut-verzuim", "2025-06-02"), swv_);
  // School 10AA00 cannot report for Bram (10AA01): 404, as if he did not exist.
  EXPECT_EQ(Post("/api/v1/verzuimmeldingen", Melding(fixture_.bram, "ziek", "2025-09-01"), school_)
                .status,
            404);

  EXPECT_EQ(Get(Pad(sanne), school_).status, 200);
  EXPECT_EQ(Get(Pad(bram), school_).status, 404);
  EXPECT_EQ(Get(Pad(bram), swv_).status, 200);
  const std::string gemeente = Token(Rol::kGemeente);  // GM0001: Sanne's, not Bram's
  EXPECT_EQ(Get(Pad(sanne), gemeente).status, 200);
  EXPECT_EQ(Get(Pad(bram), gemeente).status, 404);
  const std::string bestuur = Token(Rol::kBestuur);  // the board of 10AA00; Bram has no school
  EXPECT_EQ(Get(Pad(sanne), bestuur).status, 200);
  EXPECT_EQ(Get(Pad(bram), bestuur).status, 404);
  EXPECT_EQ(Get("/api/v1/verzuimmeldingen", gemeente).body["totaal"], 1);
  EXPECT_EQ(Get("/api/v1/verzuimmeldingen", swv_).body["totaal"], 2);
  EXPECT_EQ(Get("/api/v1/verzuimmeldingen?gemeente=GM0002", swv_).body["totaal"], 1);
  EXPECT_EQ(Get("/api/v1/verzuimmeldingen?type=absoluut-verzuim", swv_).body["totaal"], 1);
  // A bestuur reads but does not change; parents and national roles get nothing.
  EXPECT_EQ(
      Post(Pad(sanne, "/aanbiedingen"), {{"datum", "2025-09-30"}, {"omschrijving", "x"}}, bestuur)
          .status,
      403);
  for (Rol rol : {Rol::kOuder, Rol::kInspectie, Rol::kMinisterie, Rol::kBeheer}) {
    EXPECT_EQ(Get(Pad(sanne), Token(rol)).status, 403) << domain::RolCode(rol);
    EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters", Token(rol)).status, 403);
  }
  EXPECT_EQ(Get(Pad(sanne), "").status, 401);
}

TEST_F(VerzuimApi, ThuiszittersWithDaysAtHomeAndSignalsNeverCountSickChildren) {
  const int64_t sanne =
      Meld(Melding(fixture_.sanne, "langdurig-relatief-verzuim", "2025-08-25"), school_);
  const int64_t bram = Meld(Melding(fixture_.bram, "absoluut-verzuim", "2025-06-02"), swv_);
  Meld(Melding(fixture_.sanne, "ziek", "2025-09-01"), school_);
  Meld(Melding(fixture_.sanne, "vrijstelling-5b", "2025-09-01"), Token(Rol::kGemeente));
  // Lotte is in VO2001: never in PO2001's view.
  Meld(Melding(fixture_.lotte, "absoluut-verzuim", "2025-09-01"), Token(Rol::kGemeente));

  const auto res = Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters", swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["peildatum"], "2025-10-01");
  const json& telling = res.body["telling"];
  EXPECT_EQ(telling["thuiszitters"], 2);
  EXPECT_EQ(telling["ziek"], 1);
  EXPECT_EQ(telling["vrijstellingen"], 1);
  EXPECT_EQ(telling["langerDanDrieMaanden"], 1);
  const json& lijst = res.body["thuiszitters"];
  ASSERT_EQ(lijst.size(), 2u);
  // Longest at home first: Bram since 2 June, past 3 months (2 September).
  EXPECT_EQ(lijst[0]["id"], bram);
  EXPECT_EQ(lijst[0]["dagenThuis"], 121);
  EXPECT_EQ(lijst[0]["signalen"], json::array({"consulent", "drie-maanden"}));
  EXPECT_EQ(lijst[1]["id"], sanne);
  EXPECT_EQ(lijst[1]["signalen"], json::array({"consulent"}));

  // The school sees only its own location's thuiszitters.
  const auto school = Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters", school_);
  ASSERT_EQ(school.status, 200);
  EXPECT_EQ(school.body["thuiszitters"].size(), 1u);
}

TEST_F(VerzuimApi, QuarterlyRegisterIsAnonymisedCsvForTheSwvItself) {
  Meld(Melding(fixture_.sanne, "langdurig-relatief-verzuim", "2025-08-25"), school_);
  Meld(Melding(fixture_.bram, "absoluut-verzuim", "2025-06-02"), swv_);
  Meld(Melding(fixture_.sanne, "ziek", "2025-09-01"), school_);
  const std::string pad = "/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/kwartaalregistratie";

  const auto res = Get(pad + "?kwartaal=2025-Q3", swv_);
  ASSERT_EQ(res.status, 200) << res.tekst;
  EXPECT_EQ(res.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(res.tekst.rfind("meldingnummer,type,leeftijd,geslacht,gemeente,school,startdatum,", 0),
            0u)
      << res.tekst;
  // A header and two thuiszitters; the sick report is not in the register.
  int regels = 0;
  for (char c : res.tekst) regels += c == '\n' ? 1 : 0;
  EXPECT_EQ(regels, 3) << res.tekst;
  EXPECT_EQ(res.tekst.find("ziek"), std::string::npos);
  for (const char* persoonlijk : {"Sanne", "Bram", "Dijk", "111222333", "123456782"}) {
    EXPECT_EQ(res.tekst.find(persoonlijk), std::string::npos) << persoonlijk;
  }

  EXPECT_EQ(Get(pad, swv_).status, 400);  // the quarter is required
  EXPECT_EQ(Get(pad + "?kwartaal=2025-Q5", swv_).status, 400);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/VO2001/thuiszitters/kwartaalregistratie"
                "?kwartaal=2025-Q3",
                swv_)
                .status,
            404);
  EXPECT_EQ(Get(pad + "?kwartaal=2025-Q3", school_).status, 403);
}

TEST_F(VerzuimApi, EveryReadIsAuditedForTheStudentBeforeItLeaves) {
  const int64_t id =
      Meld(Melding(fixture_.sanne, "langdurig-relatief-verzuim", "2025-08-25"), school_);
  int64_t voor = Audit();
  ASSERT_EQ(Get(Pad(id), swv_).status, 200);
  EXPECT_EQ(Audit(), voor + 1);
  ASSERT_EQ(Get("/api/v1/verzuimmeldingen", swv_).status, 200);
  EXPECT_EQ(Audit(), voor + 2);
  ASSERT_EQ(Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters", swv_).status, 200);
  EXPECT_EQ(Audit(), voor + 3);
  // A read outside the scope leaves nothing and records nothing.
  ASSERT_EQ(Get(Pad(id), Token(Rol::kConsulent)).status, 404);
  EXPECT_EQ(Audit(), voor + 3);
  // A change is audited with its event.
  voor = Audit();
  ASSERT_EQ(Post(Pad(id, "/aanbiedingen"), {{"datum", "2025-09-30"}, {"omschrijving", "SBO"}}, swv_)
                .status,
            200);
  EXPECT_EQ(Audit(), voor + 1);
  const auto audit = Get("/api/v1/audit?leerling=" + std::to_string(fixture_.sanne.value), swv_);
  ASSERT_EQ(audit.status, 200);
  bool gevonden = false;
  for (const auto& e : audit.body["_embedded"]["audit"]) {
    if (e.value("wat", "") == "verzuimmelding " + std::to_string(id)) gevonden = true;
  }
  EXPECT_TRUE(gevonden) << audit.body.dump();
}

}  // namespace
}  // namespace passend
