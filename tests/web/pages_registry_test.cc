// The public Dutch pages: home page, SWV page, school page.
#include <gtest/gtest.h>

#include "support/server_harness.h"

namespace passend {
namespace {

class RegistryPages : public ::testing::Test {
 protected:
  std::string GetHtml(const std::string& path, int expected_status = 200) {
    auto client = harness_.Client();
    auto res = client.Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8") << path;
    return res->body;
  }
  testing::ServerHarness harness_;
};

TEST_F(RegistryPages, HomePageListsTheSwvsPerSectorInDutch) {
  const std::string html = GetHtml("/");
  EXPECT_NE(html.find("<html lang=\"nl\""), std::string::npos);
  EXPECT_NE(html.find("Direct naar de inhoud"), std::string::npos) << "skip link";
  EXPECT_NE(html.find("Primair onderwijs (PO)"), std::string::npos);
  EXPECT_NE(html.find("href=\"/samenwerkingsverbanden/PO2001\""), std::string::npos);
  EXPECT_NE(html.find("SWV VO Testregio"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos) << "works without JavaScript";
}

TEST_F(RegistryPages, SwvPageListsItsSchoolsAndFiltersBySoort) {
  const std::string html = GetHtml("/samenwerkingsverbanden/PO2001");
  EXPECT_NE(html.find("Basisschool De Regenboog"), std::string::npos);
  EXPECT_NE(html.find("SBO De Brug"), std::string::npos);
  EXPECT_EQ(html.find("Het Lyceum"), std::string::npos) << "a VO school in a PO SWV";
  const std::string sbo = GetHtml("/samenwerkingsverbanden/PO2001?type=sbo");
  EXPECT_NE(sbo.find("SBO De Brug"), std::string::npos);
  EXPECT_EQ(sbo.find("Basisschool De Regenboog"), std::string::npos);
}

TEST_F(RegistryPages, SchoolPageShowsAddressAndBoard) {
  const std::string html = GetHtml("/scholen/10AA00");
  EXPECT_NE(html.find("Stichting Testonderwijs"), std::string::npos);
  EXPECT_NE(html.find("1234 AB"), std::string::npos);
}

TEST_F(RegistryPages, UnknownPagesGiveADutch404Page) {
  EXPECT_NE(GetHtml("/samenwerkingsverbanden/PO9999", 404).find("Niet gevonden"),
            std::string::npos);
  EXPECT_NE(GetHtml("/bestaat/niet", 404).find("Niet gevonden"), std::string::npos);
}

TEST_F(RegistryPages, TextFromTheDatabaseIsEscaped) {
  auto result = harness_.db().store->Run(
      [](app::Writer& writer) -> domain::Result<void> {
        return writer.PutBestuur({"10001", "<script>alert(1)</script>"});
      },
      false);
  ASSERT_TRUE(result.has_value());
  const std::string html = GetHtml("/scholen/10AA00");
  EXPECT_EQ(html.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
}

TEST_F(RegistryPages, StylesheetsOfTheNlDesignSystemAreServed) {
  auto client = harness_.Client();
  for (const char* path :
       {"/static/passend.css", "/static/utrecht/index.css", "/static/tokens/index.css"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_NE(res->get_header_value("Content-Type").find("text/css"), std::string::npos) << path;
  }
}

}  // namespace
}  // namespace passend
