// The money pages (issue 8): the SWV sees its income for the school year with every line's
// formula and the demo warning, records year accounts in euros through the form (a bad amount
// comes back beside its field, nothing is stored), and sees them against the threshold with a
// chart; the Inspectie chooses an SWV and reads the national overview; a school has no money
// page. The test clock stands on 1 October 2025.
#include <gtest/gtest.h>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using testing::Pagina;
using testing::Velden;

class GeldPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  Pagina Post(const std::string& path, Rol rol, const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), path, fixture_.Login(rol), velden);
  }
  static Velden Jaarrekening(const std::string& baten) {
    return {{"jaar", "2024"},
            {"batenTotaal", baten},
            {"lastenTotaal", "19.000.000,00"},
            {"eigenVermogen", "1.000.000,00"},
            {"organisatiekosten", "2.400.000,00"}};
  }
  testing::SecurityFixture fixture_;
};

TEST_F(GeldPages, TheSwvSeesItsIncomeWithFormulasAndTheDemoWarning) {
  const Pagina p = Get("/geld?schooljaar=2025-2026", Rol::kSwv);
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_NE(p.body.find("Baten schooljaar 2025-2026"), std::string::npos);
  EXPECT_NE(p.body.find("2 × "), std::string::npos);  // Sanne and Bram times the norm amount
  EXPECT_NE(p.body.find("voorbeeldbedragen"), std::string::npos);
  EXPECT_NE(p.body.find("Er is nog geen jaarrekening vastgelegd."), std::string::npos);
  EXPECT_NE(p.body.find("action=\"/geld/jaarrekeningen\""), std::string::npos);
}

TEST_F(GeldPages, RecordingAccountsInEurosShowsThemAgainstTheThreshold) {
  const Pagina fout = Post("/geld/jaarrekeningen", Rol::kSwv, Jaarrekening("twintig miljoen"));
  EXPECT_EQ(fout.status, 400);
  EXPECT_NE(fout.body.find("Schrijf het bedrag in euro"), std::string::npos);
  EXPECT_NE(fout.body.find("value=\"twintig miljoen\""), std::string::npos);
  EXPECT_NE(fout.body.find("Er is nog geen jaarrekening vastgelegd."), std::string::npos);

  const Pagina goed = Post("/geld/jaarrekeningen", Rol::kSwv, Jaarrekening("20.000.000,00"));
  ASSERT_EQ(goed.status, 303) << goed.body;
  const Pagina p = Get("/geld", Rol::kSwv);
  ASSERT_EQ(p.status, 200);
  EXPECT_NE(p.body.find("2024 (versie 1)"), std::string::npos);
  EXPECT_NE(p.body.find("€ 700.000,00"), std::string::npos);  // 3.5 % of € 20 million
  EXPECT_NE(p.body.find("€ 300.000,00"), std::string::npos);  // the reserve above it
  EXPECT_NE(p.body.find("12,00 %"), std::string::npos);       // organisation costs
  EXPECT_NE(p.body.find("<svg"), std::string::npos);
}

TEST_F(GeldPages, TheInspectieChoosesAnSwvAndReadsTheNationalOverview) {
  ASSERT_EQ(Post("/geld/jaarrekeningen", Rol::kSwv, Jaarrekening("20.000.000,00")).status, 303);
  Pagina p = Get("/geld", Rol::kInspectie);
  ASSERT_EQ(p.status, 200);
  EXPECT_NE(p.body.find("name=\"swv\""), std::string::npos);
  EXPECT_EQ(p.body.find("Baten schooljaar"), std::string::npos);
  p = Get("/geld?swv=PO2001", Rol::kInspectie);
  ASSERT_EQ(p.status, 200);
  EXPECT_NE(p.body.find("Baten schooljaar 2025-2026"), std::string::npos);
  EXPECT_EQ(p.body.find("action=\"/geld/jaarrekeningen\""), std::string::npos);
  p = Get("/geld/landelijk?jaar=2024", Rol::kInspectie);
  ASSERT_EQ(p.status, 200);
  EXPECT_NE(p.body.find("€ 300.000,00"), std::string::npos);
  EXPECT_NE(p.body.find("organisatiekosten-grafiek"), std::string::npos);
  EXPECT_EQ(Get("/geld", Rol::kSchool).status, 403);
}

}  // namespace
}  // namespace passend
