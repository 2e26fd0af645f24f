// Downloads of the money figures (issue 8 item 9): the year figures and the income lines as CSV
// (exact text, whole cents) and as XLSX (a real workbook), a wrong format refused naming the
// parameter, another SWV's figures missing. The test clock stands on 1 October 2025.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"
#include "web/export_tabel.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

class GeldExport : public ::testing::Test {
 protected:
  Antwoord Get(const std::string& path) {
    return testing::Api(fixture_.harness(), "GET", path, swv_);
  }
  testing::SecurityFixture fixture_;
  std::string swv_ = fixture_.Login(Rol::kSwv).token;
};

TEST(ExportTabel, CsvQuotesOnlyWhereNeededAndXlsxIsAWorkbook) {
  const web::ExportTabel t{"Blad",
                           {"naam", "bedragCent"},
                           {{std::string("De Brug, Zwolle"), int64_t{123456}},
                            {std::string("Zeg \"ja\""), int64_t{-5}}}};
  EXPECT_EQ(web::AlsCsv(t),
            "naam,bedragCent\r\n\"De Brug, Zwolle\",123456\r\n\"Zeg \"\"ja\"\"\",-5\r\n");
  auto xlsx = web::AlsXlsx(t);
  ASSERT_TRUE(xlsx.has_value());
  ASSERT_GT(xlsx->size(), 1000u);
  EXPECT_EQ(xlsx->substr(0, 4), std::string("PK\x03\x04", 4));  // a zip container
  EXPECT_NE(xlsx->find("xl/worksheets/sheet1.xml"), std::string::npos);
}

TEST_F(GeldExport, YearFiguresAsCsvInWholeCentsWithTheThreshold) {
  ASSERT_EQ(testing::Api(fixture_.harness(), "POST",
                         "/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen", swv_,
                         json{{"jaar", 2024},
                              {"batenTotaal", 2'000'000'000},
                              {"lastenTotaal", 1'900'000'000},
                              {"eigenVermogen", 100'000'000},
                              {"organisatiekosten", 240'000'000}})
                .status,
            201);
  const Antwoord csv = Get("/api/v1/samenwerkingsverbanden/PO2001/jaarcijfers");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(csv.tekst,
            "swv,jaar,versie,batenTotaalCent,lastenTotaalCent,eigenVermogenCent,"
            "organisatiekostenCent,signaleringswaardeCent,bovenmatigeReserveCent,"
            "organisatiekostenAandeelBp,onbesteedAandeelBp\r\n"
            "PO2001,2024,1,2000000000,1900000000,100000000,240000000,70000000,30000000,1200,500"
            "\r\n");
  const Antwoord xlsx = Get("/api/v1/samenwerkingsverbanden/PO2001/jaarcijfers?formaat=xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.content_type, web::kXlsxType);
  EXPECT_EQ(xlsx.tekst.substr(0, 2), "PK");
}

TEST_F(GeldExport, IncomeLinesWithTheirFormulasAndATotal) {
  const Antwoord csv =
      Get("/api/v1/samenwerkingsverbanden/PO2001/baten/export?schooljaar=2025-2026");
  ASSERT_EQ(csv.status, 200) << csv.tekst;
  EXPECT_EQ(csv.tekst.rfind("swv,schooljaar,teldatum,code,omschrijving,aantal,perEenheidCent,"
                            "bedragCent,formule\r\n",
                            0),
            0u);
  EXPECT_NE(csv.tekst.find("PO2001,2025-2026,2025-10-01,lichte-ondersteuning,"), std::string::npos);
  EXPECT_NE(csv.tekst.find(",totaal,Totaal,"), std::string::npos);
}

TEST_F(GeldExport, AWrongFormatIsRefusedAndAnotherSwvsFiguresAreMissing) {
  const Antwoord pdf = Get("/api/v1/samenwerkingsverbanden/PO2001/jaarcijfers?formaat=pdf");
  EXPECT_EQ(pdf.status, 400);
  EXPECT_NE(pdf.tekst.find("formaat"), std::string::npos);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/VO2001/jaarcijfers").status, 404);
}

}  // namespace
}  // namespace passend
