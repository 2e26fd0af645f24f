// Allocations of support money from an SWV to its schools (issue 8 items 3 and 7): validation
// naming the field, the SWV's own scope (another SWV's 404, a school recording 403), one event
// per record, corrections as new records, the spending per calendar year with 5/12–7/12, and
// the public transparency answer per school. The test clock stands on 1 October 2025; PO2001
// has the primary schools 10AA00 and 10AA01, VO2001 has 12CC00.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

constexpr char kPad[] = "/api/v1/samenwerkingsverbanden/PO2001/toewijzingen";

class ToewijzingenApi : public ::testing::Test {
 protected:
  Antwoord Post(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "POST", path, token, body);
  }
  Antwoord Get(const std::string& path, const std::string& token) {
    return testing::Api(fixture_.harness(), "GET", path, token);
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }
  // A GET without any credentials (the public routes).
  Antwoord Publiek(const std::string& path) {
    auto res = fixture_.harness().Client().Get(path);
    Antwoord uit;
    if (!res) return uit;
    uit.status = res->status;
    uit.body = json::parse(res->body, nullptr, false);
    return uit;
  }
  static json Toewijzing(const std::string& school, const std::string& doel, int64_t bedrag,
                         const std::string& omschrijving = "") {
    return json{{"school", school},
                {"schooljaar", "2025-2026"},
                {"doel", doel},
                {"bedrag", bedrag},
                {"omschrijving", omschrijving}};
  }
  static std::string Veld(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }
  int64_t Tel(const std::string& sql, const std::string& param) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare(sql);
    stmt->Bind(1, std::string_view(param));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }

  testing::SecurityFixture fixture_;
  std::string swv_ = Token(Rol::kSwv);  // PO2001
};

TEST_F(ToewijzingenApi, MalformedInputIs400NamingTheField) {
  struct Geval {
    json body;
    const char* veld;
  };
  json zonder_school = Toewijzing("10AA00", "personeel", 100);
  zonder_school.erase("school");
  json fout_jaar = Toewijzing("10AA00", "personeel", 100);
  fout_jaar["schooljaar"] = "2025";
  json breuk = Toewijzing("10AA00", "personeel", 100);
  breuk["bedrag"] = 12.5;
  const Geval gevallen[] = {
      {zonder_school, "school"},
      {fout_jaar, "schooljaar"},
      {Toewijzing("10AA00", "koffie", 100), "doel"},
      {Toewijzing("10AA00", "personeel", 0), "bedrag"},
      {breuk, "bedrag"},
      {Toewijzing("10AA00", "anders", 100), "omschrijving"},
      {Toewijzing("10AA00", "personeel", -100), "omschrijving"},
      {Toewijzing("XYZ", "personeel", 100), "school"},
  };
  for (const auto& geval : gevallen) {
    auto res = Post(kPad, geval.body, swv_);
    EXPECT_EQ(res.status, 400) << geval.body.dump() << res.body.dump();
    EXPECT_EQ(Veld(res), geval.veld) << geval.body.dump();
  }
  EXPECT_EQ(Tel("SELECT count(*) FROM toewijzingen WHERE swv = ?", "PO2001"), 0);
}

TEST_F(ToewijzingenApi, EachRecordIsOneEventAndTotalsArePerSchoolAndPurpose) {
  auto res = Post(kPad, Toewijzing("10AA00", "basisondersteuning", 1'234'567), swv_);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  const int64_t id = res.body["id"].get<int64_t>();
  EXPECT_EQ(res.body["schoolNaam"], "Basisschool De Regenboog");
  EXPECT_EQ(
      Tel("SELECT count(*) FROM events WHERE subject = ?", "toewijzing/" + std::to_string(id)), 1);
  EXPECT_EQ(Tel("SELECT count(*) FROM events WHERE type = ?", "ToewijzingVastgelegd"), 1);
  ASSERT_EQ(Post(kPad, Toewijzing("10AA00", "personeel", 500'000), swv_).status, 201);
  ASSERT_EQ(
      Post(kPad, Toewijzing("10AA01", "anders", 99, "Schoolmaatschappelijk werk"), swv_).status,
      201);
  // A correction is a new record; taking back more than was allocated is refused (422).
  res = Post(kPad, Toewijzing("10AA00", "personeel", -500'001, "Te veel"), swv_);
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_EQ(Veld(res), "bedrag");
  ASSERT_EQ(Post(kPad, Toewijzing("10AA00", "personeel", -100'000, "Te veel geboekt"), swv_).status,
            201);
  EXPECT_EQ(Tel("SELECT count(*) FROM events WHERE type = ?", "ToewijzingVastgelegd"), 4);

  res = Get(std::string(kPad) + "?schooljaar=2025-2026", swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["toewijzingen"].size(), 4u);
  EXPECT_EQ(res.body["totaal"], 1'234'567 + 500'000 + 99 - 100'000);
  EXPECT_EQ(res.body["perDoel"]["personeel"], 400'000);
  ASSERT_EQ(res.body["perSchool"].size(), 2u);
  EXPECT_EQ(res.body["perSchool"][0]["school"], "10AA00");
  EXPECT_EQ(res.body["perSchool"][0]["totaal"], 1'634'567);
  EXPECT_EQ(res.body["perSchool"][0]["perDoel"]["basisondersteuning"], 1'234'567);
  // 5/12 and 7/12 of 1,634,666 cents: 681,110.83 rounds to 681,111; the rest is 953,555.
  EXPECT_EQ(res.body["augustusTotDecember"], 681'111);
  EXPECT_EQ(res.body["januariTotJuli"], 953'555);
  const json& bestedingen = res.body["bestedingenPerKalenderjaar"];
  ASSERT_EQ(bestedingen.size(), 2u);
  EXPECT_EQ(bestedingen[0]["jaar"], 2025);
  EXPECT_EQ(bestedingen[0]["toewijzingen"], 681'111);
  EXPECT_EQ(bestedingen[1]["jaar"], 2026);
  EXPECT_EQ(bestedingen[1]["toewijzingen"], 953'555);
  EXPECT_TRUE(bestedingen[0]["organisatiekosten"].is_null());
  // Another school year has none.
  res = Get(std::string(kPad) + "?schooljaar=2024-2025", swv_);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["totaal"], 0);
  // Append-only in the store itself.
  auto lease = fixture_.db().store->Borrow();
  EXPECT_FALSE((*lease)->Exec("DELETE FROM toewijzingen").has_value());
  EXPECT_FALSE((*lease)->Exec("UPDATE toewijzingen SET bedrag = 1").has_value());
}

TEST_F(ToewijzingenApi, OnlyTheSwvItselfRecordsForItsOwnSchools) {
  // A school of another SWV: refused by rule, naming the field.
  auto res = Post(kPad, Toewijzing("12CC00", "personeel", 100), swv_);
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_EQ(Veld(res), "school");
  // Another SWV's allocations: 404 to read and to record.
  EXPECT_EQ(Post("/api/v1/samenwerkingsverbanden/VO2001/toewijzingen",
                 Toewijzing("12CC00", "personeel", 100), swv_)
                .status,
            404);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/VO2001/toewijzingen", swv_).status, 404);
  // A school may not record (403); national roles read but do not record.
  EXPECT_EQ(Post(kPad, Toewijzing("10AA00", "personeel", 100), Token(Rol::kSchool)).status, 403);
  const std::string inspectie = Token(Rol::kInspectie);
  EXPECT_EQ(Post(kPad, Toewijzing("10AA00", "personeel", 100), inspectie).status, 403);
  EXPECT_EQ(Get(kPad, inspectie).status, 200);
  EXPECT_EQ(Get(kPad, Token(Rol::kSchool)).status, 403);
  EXPECT_EQ(Tel("SELECT count(*) FROM toewijzingen WHERE swv = ?", "PO2001"), 0);
}

TEST_F(ToewijzingenApi, TheSchoolsTransparencyIsPublicPerPurposeThisYearAndLast) {
  ASSERT_EQ(Post(kPad, Toewijzing("10AA00", "extra-ondersteuning", 300'000), swv_).status, 201);
  json vorig = Toewijzing("10AA00", "personeel", 120'000);
  vorig["schooljaar"] = "2024-2025";
  ASSERT_EQ(Post(kPad, vorig, swv_).status, 201);
  ASSERT_EQ(Post(kPad, Toewijzing("10AA01", "personeel", 777), swv_).status, 201);

  auto res = Publiek("/api/v1/scholen/10AA00/ondersteuningsgeld");
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["swv"], "PO2001");
  const json& jaren = res.body["jaren"];
  ASSERT_EQ(jaren.size(), 2u);
  EXPECT_EQ(jaren[0]["schooljaar"], "2025-2026");
  EXPECT_EQ(jaren[0]["totaal"], 300'000);  // not the other school's 777
  EXPECT_EQ(jaren[0]["perDoel"]["extra-ondersteuning"], 300'000);
  EXPECT_EQ(jaren[0]["augustusTotDecember"], 125'000);
  EXPECT_EQ(jaren[1]["schooljaar"], "2024-2025");
  EXPECT_EQ(jaren[1]["totaal"], 120'000);
  // Nothing about who recorded it, nor any student.
  EXPECT_EQ(res.body.dump().find("vastgelegdDoor"), std::string::npos);
  EXPECT_EQ(Publiek("/api/v1/scholen/99ZZ00/ondersteuningsgeld").status, 404);
  EXPECT_EQ(Publiek("/api/v1/scholen/10AA00/ondersteuningsgeld?schooljaar=2025").status, 400);
}

TEST_F(ToewijzingenApi, ArrangementenCountPerSchoolInTheSpendingAndTheTransparencyView) {
  // Two assignments at 10AA00 starting this school year: 4,500.00 and 1,234.56 euros.
  auto arrangement = Post("/api/v1/arrangementen",
                          json{{"soort", "ambulant"},
                               {"naam", "Ambulante begeleiding gedrag"},
                               {"omschrijving", "Twee uur per week"},
                               {"tarief", "per-leerling-per-jaar"},
                               {"bedrag", 450000}},
                          swv_);
  ASSERT_EQ(arrangement.status, 201) << arrangement.body.dump();
  const int64_t id = arrangement.body["id"];
  auto toekenning = [&](domain::LeerlingId leerling, std::optional<int64_t> bedrag) {
    json body{{"arrangement", id},
              {"leerling", leerling.value},
              {"school", "10AA00"},
              {"van", "2025-08-01"},
              {"tot", "2026-07-31"}};
    if (bedrag) body["bedrag"] = *bedrag;
    const auto res = Post("/api/v1/arrangement-toekenningen", body, swv_);
    ASSERT_EQ(res.status, 201) << res.body.dump();
  };
  toekenning(fixture_.sanne, std::nullopt);
  toekenning(fixture_.bram, 123456);
  ASSERT_EQ(Post(kPad, Toewijzing("10AA00", "personeel", 100'000), swv_).status, 201);

  auto overzicht = Get(kPad, swv_);
  ASSERT_EQ(overzicht.status, 200) << overzicht.body.dump();
  EXPECT_EQ(overzicht.body["arrangementen"]["bedrag"], 573456);
  EXPECT_EQ(overzicht.body["arrangementen"]["aantal"], "<5");  // two children: suppressed
  ASSERT_EQ(overzicht.body["arrangementenPerSchool"].size(), 1u);
  EXPECT_EQ(overzicht.body["arrangementenPerSchool"][0]["school"], "10AA00");
  // Calendar year 2025 holds 5/12 of it (238,940), 2026 the other 7/12 (334,516): no cent lost.
  const json& bestedingen = overzicht.body["bestedingenPerKalenderjaar"];
  ASSERT_EQ(bestedingen.size(), 2u);
  EXPECT_EQ(bestedingen[0]["arrangementenAugustusTotDecember"], 238940);
  EXPECT_EQ(bestedingen[0]["arrangementenJanuariTotJuli"], 0);
  EXPECT_EQ(bestedingen[1]["arrangementenJanuariTotJuli"], 334516);
  EXPECT_EQ(bestedingen[0]["arrangementen"].get<int64_t>() +
                bestedingen[1]["arrangementen"].get<int64_t>(),
            573456);
  EXPECT_EQ(bestedingen[0]["toewijzingen"], 41667);  // the allocation apart: 5/12 of 100,000

  auto publiek = Publiek("/api/v1/scholen/10AA00/ondersteuningsgeld");
  ASSERT_EQ(publiek.status, 200) << publiek.body.dump();
  EXPECT_EQ(publiek.body["jaren"][0]["arrangementen"]["bedrag"], 573456);
  EXPECT_EQ(publiek.body["jaren"][0]["arrangementen"]["aantal"], "<5");
  EXPECT_EQ(publiek.body["jaren"][0]["totaal"], 100'000);  // allocations stay apart
  EXPECT_EQ(publiek.body["jaren"][1]["arrangementen"]["bedrag"], 0);
  EXPECT_EQ(Publiek("/api/v1/scholen/10AA01/ondersteuningsgeld")
                .body["jaren"][0]["arrangementen"]["bedrag"],
            0);
  // No student's name in the public answer.
  EXPECT_EQ(publiek.body.dump().find("Sanne"), std::string::npos);
}

}  // namespace
}  // namespace passend
