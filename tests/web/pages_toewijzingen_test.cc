// The allocation pages (issue 8 items 3 and 7): on /geld the SWV records an allocation to one
// of its schools in euros (a bad amount comes back beside its field, nothing is stored), sees
// the table per school and purpose and the spending per calendar year; the school's public
// transparency page shows it per purpose with a chart and a table, without logging in. The
// test clock stands on 1 October 2025.
#include <gtest/gtest.h>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using testing::Pagina;
using testing::Velden;

class ToewijzingPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  Pagina Post(const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), "/geld/toewijzingen", fixture_.Login(Rol::kSwv),
                             velden);
  }
  static Velden Toewijzing(const std::string& bedrag, const std::string& doel = "personeel") {
    return {{"school", "10AA00"},
            {"schooljaar", "2025-2026"},
            {"doel", doel},
            {"bedrag", bedrag},
            {"omschrijving", ""}};
  }
  testing::SecurityFixture fixture_;
};

TEST_F(ToewijzingPages, TheSwvRecordsAnAllocationInEurosAndSeesItPerSchoolAndPurpose) {
  Pagina p = Get("/geld?schooljaar=2025-2026", Rol::kSwv);
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_NE(p.body.find("Toewijzingen aan scholen 2025-2026"), std::string::npos);
  EXPECT_NE(p.body.find("In dit schooljaar is nog niets aan scholen toegewezen."),
            std::string::npos);
  EXPECT_NE(p.body.find("action=\"/geld/toewijzingen\""), std::string::npos);
  EXPECT_NE(p.body.find("<option value=\"10AA01\""), std::string::npos);  // its own schools
  EXPECT_EQ(p.body.find("<option value=\"12CC00\""), std::string::npos);  // not VO2001's

  const Pagina fout = Post(Toewijzing("veel geld"));
  EXPECT_EQ(fout.status, 400);
  EXPECT_NE(fout.body.find("Schrijf het bedrag in euro"), std::string::npos);
  EXPECT_NE(fout.body.find("value=\"veel geld\""), std::string::npos);
  EXPECT_NE(fout.body.find("In dit schooljaar is nog niets aan scholen toegewezen."),
            std::string::npos);
  const Pagina anders = Post(Toewijzing("100,00", "anders"));
  EXPECT_EQ(anders.status, 400);
  EXPECT_NE(anders.body.find("Beschrijf waarvoor het geld is"), std::string::npos);

  const Pagina goed = Post(Toewijzing("12.345,67"));
  ASSERT_EQ(goed.status, 303) << goed.body;
  EXPECT_NE(goed.location.find("/geld?schooljaar=2025-2026"), std::string::npos);
  p = Get("/geld?schooljaar=2025-2026", Rol::kSwv);
  ASSERT_EQ(p.status, 200);
  EXPECT_NE(p.body.find("href=\"/scholen/10AA00/ondersteuningsgeld?schooljaar=2025-2026\""),
            std::string::npos);
  EXPECT_NE(p.body.find("€ 12.345,67"), std::string::npos);
  // 5/12 of € 12.345,67 is € 5.144,03 (514,402.9 cents rounded); the rest € 7.201,64.
  EXPECT_NE(p.body.find("€ 5.144,03"), std::string::npos);
  EXPECT_NE(p.body.find("€ 7.201,64"), std::string::npos);
  EXPECT_NE(p.body.find("Bestedingen per kalenderjaar"), std::string::npos);
  // The Inspectie reads the table but has no form; a school has no /geld.
  p = Get("/geld?swv=PO2001&schooljaar=2025-2026", Rol::kInspectie);
  ASSERT_EQ(p.status, 200);
  EXPECT_NE(p.body.find("€ 12.345,67"), std::string::npos);
  EXPECT_EQ(p.body.find("action=\"/geld/toewijzingen\""), std::string::npos);
}

TEST_F(ToewijzingPages, TheSchoolsTransparencyPageIsPublicWithAChartAndATable) {
  ASSERT_EQ(Post(Toewijzing("12.345,67", "extra-ondersteuning")).status, 303);
  const Pagina p = testing::BekijkPubliek(fixture_.harness(), "/scholen/10AA00/ondersteuningsgeld");
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_NE(p.body.find("Ondersteuningsgeld van Basisschool De Regenboog"), std::string::npos);
  EXPECT_NE(p.body.find("€ 12.345,67"), std::string::npos);
  EXPECT_NE(p.body.find("2024-2025"), std::string::npos);  // last year too
  EXPECT_NE(p.body.find("ondersteuningsgeld-grafiek"), std::string::npos);
  EXPECT_NE(p.body.find("ondersteuningsgeld-tabel"), std::string::npos);
  // Another school of the same SWV received nothing.
  const Pagina ander =
      testing::BekijkPubliek(fixture_.harness(), "/scholen/10AA01/ondersteuningsgeld");
  ASSERT_EQ(ander.status, 200);
  EXPECT_EQ(ander.body.find("€ 12.345,67"), std::string::npos);
  // The school's public page links to it.
  const Pagina school = testing::BekijkPubliek(fixture_.harness(), "/scholen/10AA00");
  ASSERT_EQ(school.status, 200);
  EXPECT_NE(school.body.find("href=\"/scholen/10AA00/ondersteuningsgeld\""), std::string::npos);
  EXPECT_EQ(testing::BekijkPubliek(fixture_.harness(), "/scholen/99ZZ00/ondersteuningsgeld").status,
            404);
}

TEST_F(ToewijzingPages, ArrangementenShowPerSchoolOnBothPagesWithTheCountSuppressed) {
  const std::string token = fixture_.Login(Rol::kSwv).token;
  const auto arrangement = testing::Api(fixture_.harness(), "POST", "/api/v1/arrangementen", token,
                                        {{"soort", "ambulant"},
                                         {"naam", "Ambulante begeleiding gedrag"},
                                         {"omschrijving", "Twee uur per week"},
                                         {"tarief", "per-leerling-per-jaar"},
                                         {"bedrag", 450000}});
  ASSERT_EQ(arrangement.status, 201) << arrangement.body.dump();
  const auto toekenning =
      testing::Api(fixture_.harness(), "POST", "/api/v1/arrangement-toekenningen", token,
                   {{"arrangement", arrangement.body["id"]},
                    {"leerling", fixture_.sanne.value},
                    {"school", "10AA00"},
                    {"van", "2025-08-01"},
                    {"tot", "2026-07-31"}});
  ASSERT_EQ(toekenning.status, 201) << toekenning.body.dump();

  const Pagina publiek =
      testing::BekijkPubliek(fixture_.harness(), "/scholen/10AA00/ondersteuningsgeld");
  ASSERT_EQ(publiek.status, 200) << publiek.body;
  EXPECT_NE(publiek.body.find("Arrangementen voor leerlingen van deze school"), std::string::npos);
  EXPECT_NE(publiek.body.find("€ 4.500,00"), std::string::npos);
  EXPECT_NE(publiek.body.find("&lt;5"), std::string::npos);  // one child: not shown as 1
  EXPECT_EQ(publiek.body.find("Sanne"), std::string::npos);

  const Pagina geld = Get("/geld?schooljaar=2025-2026", Rol::kSwv);
  ASSERT_EQ(geld.status, 200) << geld.body;
  EXPECT_NE(geld.body.find("Arrangementen per school 2025-2026"), std::string::npos);
  EXPECT_NE(geld.body.find("aria-labelledby=\"arrangementen\""), std::string::npos);
  // 5/12 of € 4.500,00 in calendar year 2025 in the spending table.
  EXPECT_NE(geld.body.find("€ 1.875,00"), std::string::npos);
}

}  // namespace
}  // namespace passend
