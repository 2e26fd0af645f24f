// The thuiszitters pages (issue 6 item 5): the SWV's and the municipality's own overview with
// the list, the charts and their tables; a school's list of its own students; the national
// page with small numbers suppressed; the peildatum form; the navigation item; the SVG charts.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"
#include "web/svg_chart.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::Pagina;

class ThuiszittersPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  void SetUp() override {
    // Sanne (PO2001, GM0001): absoluut verzuim since 2 June 2025 (the clock: 1 October 2025).
    const auto res = testing::Api(fixture_.harness(), "POST", "/api/v1/verzuimmeldingen",
                                  fixture_.Login(Rol::kSwv).token,
                                  json{{"leerling", fixture_.sanne.value},
                                       {"type", "absoluut-verzuim"},
                                       {"startdatum", "2025-06-02"}});
    ASSERT_EQ(res.status, 201) << res.tekst;
  }
  testing::SecurityFixture fixture_;
};

TEST_F(ThuiszittersPages, TheSwvSeesItsOverviewWithListChartsAndTables) {
  const auto page = Get("/thuiszitters", Rol::kSwv);
  ASSERT_EQ(page.status, 200) << page.body;
  const std::string& b = page.body;
  EXPECT_NE(b.find("<h1 class=\"utrecht-heading-1\">Thuiszitters "), std::string::npos);
  EXPECT_NE(b.find("Sanne"), std::string::npos);
  EXPECT_NE(b.find("href=\"/verzuim/1\">"), std::string::npos);         // the case page
  EXPECT_NE(b.find("Langer dan 3 maanden</span>"), std::string::npos);  // the signal badge
  EXPECT_NE(b.find("utrecht-table__cell--numeric-data\">121</td>"), std::string::npos)
      << "days at home";
  // Every chart has an accessible name and description and a table with the same data.
  EXPECT_NE(
      b.find("role=\"img\" aria-labelledby=\"trend-grafiek-titel trend-grafiek-beschrijving\""),
      std::string::npos);
  EXPECT_NE(b.find("id=\"trend-tabel\""), std::string::npos);
  EXPECT_NE(b.find("id=\"leeftijd-tabel\""), std::string::npos);
  EXPECT_NE(b.find("id=\"geslacht-tabel\""), std::string::npos);
  EXPECT_NE(b.find("id=\"per-duizend-tabel\""), std::string::npos);
  EXPECT_NE(b.find("Er zijn geen tussendoelen ingesteld"), std::string::npos);
  EXPECT_NE(b.find("/api/v1/samenwerkingsverbanden/PO2001/thuiszitters/trend?peildatum=2025-10-01"),
            std::string::npos);
  EXPECT_NE(b.find("<a class=\"passend-nav__link\" href=\"/thuiszitters\">Thuiszitters</a>"),
            std::string::npos);
}

TEST_F(ThuiszittersPages, TussendoelenShowTargetsBesideTheMeasuredValue) {
  const std::string pad = "/api/v1/samenwerkingsverbanden/PO2001/instellingen";
  const std::string token = fixture_.Login(Rol::kSwv).token;
  json instellingen = testing::Api(fixture_.harness(), "GET", pad, token).body;
  instellingen["verzuim"]["tussendoelen"] = {{"basisdatum", "2024-10-01"},
                                             {"basiswaarde", 10},
                                             {"doeljaar", "2027-2028"},
                                             {"doelwaarde", 0},
                                             {"stappen", 3}};
  ASSERT_EQ(testing::Api(fixture_.harness(), "PUT", pad, token, instellingen).status, 200);
  const auto page = Get("/thuiszitters", Rol::kSwv);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Koers: <strong>Voor op schema</strong>"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"tussendoelen-grafiek\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"tussendoelen-tabel\""), std::string::npos);
  EXPECT_NE(page.body.find("2027-2028"), std::string::npos);
}

TEST_F(ThuiszittersPages, ThePeildatumFormShowsAnEarlierDayAndRefusesABadOne) {
  const auto eerder = Get("/thuiszitters?peildatum=2025-06-01", Rol::kSwv);
  ASSERT_EQ(eerder.status, 200);
  EXPECT_NE(eerder.body.find("value=\"2025-06-01\""), std::string::npos);
  EXPECT_NE(eerder.body.find("geen thuiszitters binnen uw bereik"), std::string::npos);
  EXPECT_EQ(Get("/thuiszitters?peildatum=2025-02-30", Rol::kSwv).status, 400);
}

TEST_F(ThuiszittersPages, TheMunicipalityAndTheSchoolSeeTheirOwn) {
  const auto gemeente = Get("/thuiszitters", Rol::kGemeente);
  ASSERT_EQ(gemeente.status, 200);
  EXPECT_NE(gemeente.body.find("Sanne"), std::string::npos);
  EXPECT_EQ(gemeente.body.find("id=\"tussendoelen-tabel\""), std::string::npos);
  // The school 10AA00 has no case of its own (Sanne's absoluut verzuim has no school).
  const auto school = Get("/thuiszitters", Rol::kSchool);
  ASSERT_EQ(school.status, 200);
  EXPECT_EQ(school.body.find("Sanne"), std::string::npos);
  EXPECT_NE(school.body.find("geen thuiszitters binnen uw bereik"), std::string::npos);
}

TEST_F(ThuiszittersPages, NationalRolesSeeSuppressedAggregatesOnly) {
  for (const char* pad : {"/thuiszitters", "/thuiszitters/landelijk"}) {
    const auto page = Get(pad, Rol::kInspectie);
    ASSERT_EQ(page.status, 200) << pad;
    EXPECT_NE(page.body.find("Thuiszitters in Nederland"), std::string::npos);
    EXPECT_NE(page.body.find(">&lt;5</td>"), std::string::npos);
    EXPECT_EQ(page.body.find("Sanne"), std::string::npos);
    EXPECT_EQ(page.body.find("/leerlingen/"), std::string::npos);
  }
  EXPECT_EQ(Get("/thuiszitters", Rol::kConsulent).status, 403);
  EXPECT_EQ(Get("/thuiszitters", Rol::kOuder).status, 403);
}

TEST(SvgChart, ChartsNameThemselvesAndScaleToRoundMaxima) {
  EXPECT_EQ(web::AsMaximum(0), 4);
  EXPECT_EQ(web::AsMaximum(4), 4);
  EXPECT_EQ(web::AsMaximum(5), 8);
  EXPECT_EQ(web::AsMaximum(9), 20);
  EXPECT_EQ(web::AsMaximum(41), 80);
  EXPECT_EQ(web::AsMaximum(3150), 4000);
  web::Grafiek g{"g", "Titel & co", "Beschrijving", {"a", "b"}, {{"Reeks", {3, std::nullopt}}}};
  for (const std::string& svg : {web::StaafGrafiek(g), web::LijnGrafiek(g)}) {
    EXPECT_NE(svg.find("<title id=\"g-titel\">Titel &amp; co</title>"), std::string::npos);
    EXPECT_NE(svg.find("<desc id=\"g-beschrijving\">Beschrijving</desc>"), std::string::npos);
    EXPECT_NE(svg.find("Reeks</span>"), std::string::npos);  // the legend
  }
}

}  // namespace
}  // namespace passend
