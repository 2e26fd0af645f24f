// The reserve plan and multi-year budget pages (issue 8 items 5 and 6): the SWV sees its
// withheld budget, records a plan in euros (a bad amount beside its line, a plan too small
// beside the lines, nothing stored), the OPR's consent and supervision's approval, and sees the
// withholding released; it files an objection that only the ministry decides; it records a
// multi-year budget shown as a table with a chart and asks the OPR's consent; /geld links both
// beside the year accounts. The test clock stands on 1 October 2025.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::Pagina;
using testing::Velden;

class ReserveplanPages : public ::testing::Test {
 protected:
  ReserveplanPages() {
    // 2023 accounts € 650,000.00 above the threshold; the deadline (31 January 2025) passed.
    auto res = testing::Api(fixture_.harness(), "POST",
                            "/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen",
                            fixture_.Login(Rol::kSwv).token,
                            json{{"jaar", 2023},
                                 {"batenTotaal", 1'000'000'000},
                                 {"lastenTotaal", 950'000'000},
                                 {"eigenVermogen", 100'000'000},
                                 {"organisatiekosten", 100'000'000}});
    EXPECT_EQ(res.status, 201);
  }
  Pagina Get(const std::string& path, Rol rol = Rol::kSwv) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  Pagina Post(const std::string& path, const Velden& velden, Rol rol = Rol::kSwv) {
    return testing::Verstuur(fixture_.harness(), path, fixture_.Login(rol), velden);
  }
  static Velden Plan(const std::string& bedrag1, const std::string& bedrag2) {
    return {{"jaarrekeningJaar", "2023"},        {"regels[0].jaar", "2024"},
            {"regels[0].bedrag", bedrag1},       {"regels[0].doel", "Onderwijsassistenten"},
            {"regels[1].jaar", "2025"},          {"regels[1].bedrag", bedrag2},
            {"regels[1].doel", "Arrangementen"}, {"toelichting", ""}};
  }
  // The id in the first `action="/geld/reserveplannen/{id}/...` of `body`.
  static std::string PlanId(const std::string& body) {
    const std::string prefix = "action=\"/geld/reserveplannen/";
    const size_t begin = body.find(prefix);
    if (begin == std::string::npos) return "";
    const size_t start = begin + prefix.size();
    return body.substr(start, body.find('/', start) - start);
  }
  testing::SecurityFixture fixture_;
};

TEST_F(ReserveplanPages, TheSwvRecordsAPlanItsConsentAndApprovalAndTheWithholdingIsLifted) {
  Pagina p = Get("/geld/reserveplannen");
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_NE(p.body.find("Budget ingehouden</strong> sinds 1 februari 2025"), std::string::npos);
  EXPECT_NE(p.body.find("€ 650.000,00"), std::string::npos);

  Pagina fout = Post("/geld/reserveplannen", Plan("veel", "350.000,00"));
  EXPECT_EQ(fout.status, 400);
  EXPECT_NE(fout.body.find("id=\"plan-regel-0-bedrag-fout\""), std::string::npos);
  EXPECT_NE(fout.body.find("value=\"veel\""), std::string::npos);
  fout = Post("/geld/reserveplannen", Plan("300.000,00", "349.999,99"));
  EXPECT_EQ(fout.status, 422);
  EXPECT_NE(fout.body.find("id=\"plan-regels-fout\""), std::string::npos);
  EXPECT_NE(fout.body.find("ten minste dat bedrag"), std::string::npos);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "reserveplannen"), 0);

  Pagina goed = Post("/geld/reserveplannen", Plan("300.000,00", "350.000,00"));
  ASSERT_EQ(goed.status, 303) << goed.body;
  p = Get("/geld/reserveplannen");
  EXPECT_NE(p.body.find("Bestedingsplan jaarrekening 2023"), std::string::npos);
  EXPECT_NE(p.body.find("Concept: wacht op de instemming van de OPR"), std::string::npos);
  const std::string id = PlanId(p.body);
  ASSERT_FALSE(id.empty()) << p.body;

  fout = Post("/geld/reserveplannen/" + id + "/instemming",
              {{"besluit", "geweigerd"}, {"datum", "2025-10-01"}, {"toelichting", ""}});
  EXPECT_EQ(fout.status, 400);
  EXPECT_NE(fout.body.find("id=\"instemming-" + id + "-toelichting-fout\""), std::string::npos);
  ASSERT_EQ(Post("/geld/reserveplannen/" + id + "/instemming",
                 {{"besluit", "gegeven"}, {"datum", "2025-10-01"}, {"toelichting", ""}})
                .status,
            303);
  p = Get("/geld/reserveplannen");
  EXPECT_NE(p.body.find("action=\"/geld/reserveplannen/" + id + "/goedkeuring\""),
            std::string::npos);
  ASSERT_EQ(Post("/geld/reserveplannen/" + id + "/goedkeuring",
                 {{"besluit", "goedgekeurd"}, {"datum", "2025-10-01"}, {"toelichting", ""}})
                .status,
            303);
  p = Get("/geld/reserveplannen");
  EXPECT_EQ(p.body.find("Budget ingehouden</strong>"), std::string::npos);
  EXPECT_NE(p.body.find("Ingehouden budget vrijgegeven na goedkeuring van het plan (ingehouden "
                        "vanaf 1 februari 2025, tot 1 oktober 2025)"),
            std::string::npos);
  // The money page sums it up beside the year accounts.
  p = Get("/geld");
  ASSERT_EQ(p.status, 200);
  EXPECT_NE(p.body.find("Bestedingsplannen en meerjarenbegroting"), std::string::npos);
  EXPECT_NE(p.body.find("href=\"/geld/reserveplannen\""), std::string::npos);
}

TEST_F(ReserveplanPages, AnObjectionIsFiledByTheSwvAndDecidedByTheMinistry) {
  Pagina fout = Post("/geld/bezwaren-reserve", {{"jaarrekeningJaar", "2023"},
                                                {"onderwerp", "inhouding"},
                                                {"argumenten", ""},
                                                {"ingediendOp", "2025-03-01"}});
  EXPECT_EQ(fout.status, 400);
  EXPECT_NE(fout.body.find("id=\"bezwaar-argumenten-fout\""), std::string::npos);
  ASSERT_EQ(Post("/geld/bezwaren-reserve", {{"jaarrekeningJaar", "2023"},
                                            {"onderwerp", "inhouding"},
                                            {"argumenten", "De telling van DUO klopt niet."},
                                            {"ingediendOp", "2025-03-01"}})
                .status,
            303);
  // The SWV sees it undecided and has no decision form; the ministry has one.
  Pagina p = Get("/geld/reserveplannen");
  EXPECT_NE(p.body.find("Nog niet beslist"), std::string::npos);
  EXPECT_EQ(p.body.find("/uitspraak\""), std::string::npos);
  p = Get("/geld/reserveplannen?swv=PO2001", Rol::kMinisterie);
  ASSERT_EQ(p.status, 200) << p.body;
  const size_t actie = p.body.find("action=\"/geld/bezwaren-reserve/");
  ASSERT_NE(actie, std::string::npos);
  const size_t start = actie + std::string("action=\"/geld/bezwaren-reserve/").size();
  const std::string id = p.body.substr(start, p.body.find('/', start) - start);
  EXPECT_EQ(Get("/geld/reserveplannen?swv=PO2001", Rol::kInspectie).body.find("/uitspraak\""),
            std::string::npos);
  const Pagina beslist = Post("/geld/bezwaren-reserve/" + id + "/uitspraak",
                              {{"swv", "PO2001"},
                               {"uitkomst", "gegrond"},
                               {"motivering", "De telling is gecorrigeerd."},
                               {"datum", "2025-04-01"}},
                              Rol::kMinisterie);
  ASSERT_EQ(beslist.status, 303) << beslist.body;
  EXPECT_NE(beslist.location.find("/geld/reserveplannen?swv=PO2001"), std::string::npos);
  p = Get("/geld/reserveplannen");
  EXPECT_NE(p.body.find("Inhouding opgeheven: bezwaar gegrond"), std::string::npos);
  EXPECT_NE(p.body.find("De telling is gecorrigeerd."), std::string::npos);
}

TEST_F(ReserveplanPages, TheMultiYearBudgetWithATableAChartAndTheOprsConsent) {
  Pagina p = Get("/geld/meerjarenbegroting");
  ASSERT_EQ(p.status, 200);
  EXPECT_NE(p.body.find("Er is nog geen meerjarenbegroting vastgelegd."), std::string::npos);
  Velden velden{{"eersteJaar", "2026"}, {"toelichting", ""}};
  for (int i = 0; i < 3; ++i) {
    const std::string n = "regels[" + std::to_string(i) + "]";
    velden.push_back({n + ".jaar", std::to_string(2026 + i)});
    velden.push_back({n + ".soort", "baten"});
    velden.push_back({n + ".doel", "Rijksbijdrage"});
    velden.push_back({n + ".bedrag", i == 1 ? "tien miljoen" : "10.000.000,00"});
  }
  Pagina fout = Post("/geld/meerjarenbegroting", velden);
  EXPECT_EQ(fout.status, 400);
  EXPECT_NE(fout.body.find("id=\"begroting-regel-1-bedrag-fout\""), std::string::npos);
  velden[9].second = "10.200.000,00";
  velden.push_back({"regels[3].jaar", "2026"});
  velden.push_back({"regels[3].soort", "lasten"});
  velden.push_back({"regels[3].doel", "Arrangementen"});
  velden.push_back({"regels[3].bedrag", "9.500.000,00"});
  ASSERT_EQ(Post("/geld/meerjarenbegroting", velden).status, 303);
  p = Get("/geld/meerjarenbegroting");
  EXPECT_NE(p.body.find("Meerjarenbegroting 2026–2028 (versie 1)"), std::string::npos);
  EXPECT_NE(p.body.find("€ 500.000,00"), std::string::npos);  // 2026's balance
  EXPECT_NE(p.body.find("<svg"), std::string::npos);
  EXPECT_NE(p.body.find("nog niet gevraagd"), std::string::npos);
  ASSERT_EQ(Post("/geld/meerjarenbegroting/" + std::to_string(1) + "/instemming",
                 {{"stand", "gevraagd"}, {"datum", "2025-09-15"}})
                .status,
            303);
  p = Get("/geld/meerjarenbegroting?swv=PO2001", Rol::kInspectie);
  ASSERT_EQ(p.status, 200);
  EXPECT_NE(p.body.find("gevraagd op 15 september 2025"), std::string::npos);
  EXPECT_EQ(p.body.find("method=\"post\" action=\"/geld/meerjarenbegroting"), std::string::npos);
}

}  // namespace
}  // namespace passend
