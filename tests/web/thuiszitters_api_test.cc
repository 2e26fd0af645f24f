// The thuiszitters views in the API (issue 6 item 5; docs/verzuim.md "Views"): the list in
// scope per role, the peildatum parameter, the SWV and municipality overviews, the trend CSV,
// the national aggregate with small numbers suppressed, and the audit of listed students.
// The test clock stands on Wednesday 1 October 2025; the fixture has no school holidays.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

class ThuiszittersApi : public ::testing::Test {
 protected:
  Antwoord Get(const std::string& path, Rol rol) {
    return testing::Api(fixture_.harness(), "GET", path, fixture_.Login(rol).token);
  }
  void Meld(domain::LeerlingId leerling, const std::string& type, const std::string& start,
            Rol rol) {
    const auto res = testing::Api(
        fixture_.harness(), "POST", "/api/v1/verzuimmeldingen", fixture_.Login(rol).token,
        json{{"leerling", leerling.value}, {"type", type}, {"startdatum", start}});
    ASSERT_EQ(res.status, 201) << res.tekst;
  }
  int64_t Audit() { return testing::CountRows(*fixture_.db().store, "audit"); }
  static std::string Probleem(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }

  void SetUp() override {
    // Sanne (PO2001, GM0001): absoluut verzuim since Monday 2 June, past 3 months on 2 Sept.
    Meld(fixture_.sanne, "absoluut-verzuim", "2025-06-02", Rol::kSwv);
    // Bram (10AA01, PO2001, GM0002): langdurig relatief verzuim since Monday 25 August, a
    // thuiszitter after 4 school weeks: from 22 September.
    Meld(fixture_.bram, "langdurig-relatief-verzuim", "2025-08-25", Rol::kSwv);
    // Lotte (12CC00, VO2001, GM0001): sick; never a thuiszitter.
    Meld(fixture_.lotte, "ziek", "2025-09-15", Rol::kGemeente);
  }

  testing::SecurityFixture fixture_;
};

std::vector<int64_t> Leerlingen(const Antwoord& res) {
  std::vector<int64_t> ids;
  for (const auto& t : res.body["_embedded"]["thuiszitters"]) ids.push_back(t["leerling"]);
  return ids;
}

TEST_F(ThuiszittersApi, ListsTheThuiszittersInEachRolesScopeWithDaysAndSignals) {
  const auto swv = Get("/api/v1/thuiszitters", Rol::kSwv);
  ASSERT_EQ(swv.status, 200) << swv.tekst;
  EXPECT_EQ(swv.body["peildatum"], "2025-10-01");
  EXPECT_EQ(swv.body["totaal"], 2);
  EXPECT_EQ(Leerlingen(swv), (std::vector<int64_t>{fixture_.sanne.value, fixture_.bram.value}));
  const json& sanne = swv.body["_embedded"]["thuiszitters"][0];
  EXPECT_EQ(sanne["dagenThuis"], 121);  // 2 June → 1 October
  EXPECT_EQ(sanne["signalen"], json::array({"consulent", "drie-maanden"}));
  const json& bram = swv.body["_embedded"]["thuiszitters"][1];
  EXPECT_EQ(bram["dagenThuis"], 37);
  EXPECT_EQ(bram["signalen"], json::array({"consulent"}));

  // The municipality: the cases its leerplicht handles (Sanne lives in GM0001, Bram does not;
  // Lotte is sick).
  EXPECT_EQ(Leerlingen(Get("/api/v1/thuiszitters", Rol::kGemeente)),
            std::vector<int64_t>{fixture_.sanne.value});
  // The board reads its schools' cases (Bram at 10AA01); the school 10AA00 has none (Sanne's
  // absoluut verzuim has no school); the consulent has nothing handed over.
  EXPECT_EQ(Leerlingen(Get("/api/v1/thuiszitters", Rol::kBestuur)),
            std::vector<int64_t>{fixture_.bram.value});
  EXPECT_EQ(Get("/api/v1/thuiszitters", Rol::kSchool).body["totaal"], 0);
  EXPECT_EQ(Get("/api/v1/thuiszitters", Rol::kConsulent).body["totaal"], 0);
  // Filters narrow within the scope, never widen it.
  EXPECT_EQ(Get("/api/v1/thuiszitters?gemeente=GM0002", Rol::kSwv).body["totaal"], 1);
  EXPECT_EQ(Get("/api/v1/thuiszitters?swv=VO2001", Rol::kSwv).body["totaal"], 0);
  EXPECT_EQ(Get("/api/v1/thuiszitters?gemeente=GM0002", Rol::kGemeente).body["totaal"], 0);
  // National roles never receive a child.
  EXPECT_EQ(Get("/api/v1/thuiszitters", Rol::kInspectie).status, 403);
  EXPECT_EQ(Get("/api/v1/thuiszitters", Rol::kMinisterie).status, 403);
}

TEST_F(ThuiszittersApi, PeildatumIsAnIsoDateNotAfterToday) {
  // On 1 September Sanne was at home 91 days and Bram not yet a thuiszitter.
  const auto eerder = Get("/api/v1/thuiszitters?peildatum=2025-09-01", Rol::kSwv);
  ASSERT_EQ(eerder.status, 200) << eerder.tekst;
  EXPECT_EQ(eerder.body["peildatum"], "2025-09-01");
  EXPECT_EQ(Leerlingen(eerder), std::vector<int64_t>{fixture_.sanne.value});
  EXPECT_EQ(eerder.body["_embedded"]["thuiszitters"][0]["dagenThuis"], 91);
  EXPECT_EQ(eerder.body["_embedded"]["thuiszitters"][0]["signalen"],
            json::array({"consulent", "bijna-drie-maanden"}));

  for (const char* fout : {"2025-13-01", "1-10-2025", "morgen", "2025-10-02"}) {
    for (const std::string pad :
         {"/api/v1/thuiszitters", "/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/overzicht"}) {
      const auto res = Get(pad + "?peildatum=" + fout, Rol::kSwv);
      EXPECT_EQ(res.status, 400) << pad << " " << fout;
      EXPECT_EQ(res.content_type, "application/problem+json");
      EXPECT_EQ(Probleem(res), "peildatum") << fout;
    }
  }
  EXPECT_EQ(Get("/api/v1/thuiszitters/landelijk?peildatum=2025-10-02", Rol::kInspectie).status,
            400);
}

TEST_F(ThuiszittersApi, TheSwvOverviewIsTheSwvsOwn) {
  const auto res = Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/overzicht", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.tekst;
  const json& b = res.body;
  EXPECT_EQ(b["regio"]["code"], "PO2001");
  EXPECT_EQ(b["telling"]["thuiszitters"], 2);
  EXPECT_EQ(b["telling"]["langerDanDrieMaanden"], 1);
  EXPECT_EQ(b["thuiszitters"].size(), 2u);
  ASSERT_EQ(b["trend"].size(), 12u);
  EXPECT_EQ(b["trend"][0]["maand"], "2024-11");
  EXPECT_EQ(b["trend"][11]["maand"], "2025-10");
  EXPECT_EQ(b["trend"][11]["peildag"], "2025-10-01");
  EXPECT_EQ(b["trend"][7]["maand"], "2025-06");
  EXPECT_EQ(b["trend"][7]["nieuw"], 1);   // Sanne
  EXPECT_EQ(b["trend"][10]["nieuw"], 1);  // Bram, from 22 September
  // Both children were born 4 May 2016 (9 years old) and are girls.
  EXPECT_EQ(b["leeftijdsgroepen"][0], (json{{"groep", "4-11"}, {"aantal", 2}}));
  EXPECT_EQ(b["geslachten"][1], (json{{"geslacht", "V"}, {"aantal", 2}}));
  // Per 1,000: 2 thuiszitters among PO2001's 2 enrolled students; nationally 2 among 3.
  EXPECT_EQ(b["perDuizend"]["leerlingen"], 2);
  EXPECT_EQ(b["perDuizend"]["tekst"], "1000,0");
  EXPECT_EQ(b["landelijkPerDuizend"]["leerlingen"], 3);
  EXPECT_EQ(b["vergelijking"], "hoger");
  EXPECT_TRUE(b["tussendoelen"].is_null());  // no plan in the settings

  // Another SWV, and every other role that reads cases: as if it did not exist.
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/VO2001/thuiszitters/overzicht", Rol::kSwv).status,
            404);
  for (Rol rol : {Rol::kGemeente, Rol::kSchool, Rol::kBestuur, Rol::kConsulent}) {
    EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/overzicht", rol).status, 404);
  }
  EXPECT_EQ(
      Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/overzicht", Rol::kInspectie).status,
      403);
}

TEST_F(ThuiszittersApi, TussendoelenComeFromTheSwvsSettings) {
  const std::string pad = "/api/v1/samenwerkingsverbanden/PO2001/instellingen";
  json instellingen = Get(pad, Rol::kSwv).body;
  // 10 on 1 October 2024 to 0 in 2027-2028 in 3 steps: 7 (2025-2026), 4, 0.
  instellingen["verzuim"]["tussendoelen"] = {{"basisdatum", "2024-10-01"},
                                             {"basiswaarde", 10},
                                             {"doeljaar", "2027-2028"},
                                             {"doelwaarde", 0},
                                             {"stappen", 3}};
  const auto put =
      testing::Api(fixture_.harness(), "PUT", pad, fixture_.Login(Rol::kSwv).token, instellingen);
  ASSERT_EQ(put.status, 200) << put.tekst;
  const auto res = Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/overzicht", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.tekst;
  const json& t = res.body["tussendoelen"];
  EXPECT_EQ(t["schooljaar"], "2025-2026");
  EXPECT_EQ(t["gemeten"], 1);  // Sanne, longer than 3 months at home
  EXPECT_EQ(t["doel"], 7);
  EXPECT_EQ(t["verschil"], -6);
  EXPECT_EQ(t["koers"], "voor");  // 1 already meets next year's 4
  EXPECT_EQ(t["doelen"], (json::array({{{"schooljaar", "2025-2026"}, {"doel", 7}},
                                       {{"schooljaar", "2026-2027"}, {"doel", 4}},
                                       {{"schooljaar", "2027-2028"}, {"doel", 0}}})));
}

TEST_F(ThuiszittersApi, TheMunicipalityOverviewCountsItsLeerplichtCases) {
  const auto res = Get("/api/v1/gemeenten/GM0001/thuiszitters/overzicht", Rol::kGemeente);
  ASSERT_EQ(res.status, 200) << res.tekst;
  EXPECT_EQ(res.body["regio"]["soort"], "gemeente");
  EXPECT_EQ(res.body["telling"]["thuiszitters"], 1);
  EXPECT_EQ(res.body["telling"]["ziek"], 1);  // Lotte: beside, never in
  EXPECT_EQ(res.body["thuiszitters"][0]["leerling"], fixture_.sanne.value);
  EXPECT_EQ(res.body["perDuizend"]["leerlingen"], 2);  // Sanne and Lotte live in GM0001
  EXPECT_EQ(Get("/api/v1/gemeenten/GM0002/thuiszitters/overzicht", Rol::kGemeente).status, 404);
  EXPECT_EQ(Get("/api/v1/gemeenten/GM0001/thuiszitters/overzicht", Rol::kSwv).status, 404);
}

TEST_F(ThuiszittersApi, TheTrendIsAvailableAsCsv) {
  const auto res = Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/trend", Rol::kSwv);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(res.tekst.rfind("maand,peildag,thuiszitters,nieuw,langerDanDrieMaanden\r\n", 0), 0u);
  EXPECT_NE(res.tekst.find("2025-10,2025-10-01,2,0,1\r\n"), std::string::npos) << res.tekst;
  EXPECT_EQ(std::count(res.tekst.begin(), res.tekst.end(), '\n'), 13);
}

TEST_F(ThuiszittersApi, NationalRolesGetSuppressedAggregatesOnly) {
  const int64_t voor = Audit();
  for (Rol rol : {Rol::kInspectie, Rol::kMinisterie}) {
    const auto res = Get("/api/v1/thuiszitters/landelijk", rol);
    ASSERT_EQ(res.status, 200) << res.tekst;
    EXPECT_EQ(res.body["telling"]["thuiszitters"], "<5");
    EXPECT_EQ(res.body["telling"]["ziek"], "<5");
    EXPECT_EQ(res.body["telling"]["vrijstellingen"], "0");
    EXPECT_TRUE(res.body["perDuizend"].is_null());  // would reveal the hidden count
    ASSERT_EQ(res.body["samenwerkingsverbanden"].size(), 2u);
    EXPECT_EQ(res.body["samenwerkingsverbanden"][0]["samenwerkingsverband"], "PO2001");
    EXPECT_EQ(res.body["samenwerkingsverbanden"][0]["telling"]["thuiszitters"], "<5");
    EXPECT_TRUE(res.body["samenwerkingsverbanden"][0]["perDuizend"].is_null());
    EXPECT_EQ(res.body["trend"][11]["thuiszitters"], "<5");
    EXPECT_FALSE(res.body.contains("thuiszitters"));
    // No child leaves: no id, no name.
    EXPECT_EQ(res.tekst.find("\"leerling\""), std::string::npos);
    EXPECT_EQ(res.tekst.find("Sanne"), std::string::npos);
  }
  EXPECT_EQ(Audit(), voor);  // aggregates without ids are not audited
}

TEST_F(ThuiszittersApi, EveryListedStudentIsAuditedBeforeTheDataLeaves) {
  int64_t voor = Audit();
  ASSERT_EQ(Get("/api/v1/thuiszitters", Rol::kSwv).status, 200);
  EXPECT_EQ(Audit(), voor + 2);
  voor = Audit();
  ASSERT_EQ(Get("/api/v1/thuiszitters?pageSize=1", Rol::kSwv).status, 200);
  EXPECT_EQ(Audit(), voor + 1);  // only the student on the page left
  voor = Audit();
  ASSERT_EQ(Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/overzicht", Rol::kSwv).status,
            200);
  EXPECT_EQ(Audit(), voor + 2);
  voor = Audit();
  ASSERT_EQ(Get("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/trend", Rol::kSwv).status, 200);
  EXPECT_EQ(Audit(), voor);  // figures only: no child leaves
}

}  // namespace
}  // namespace passend
