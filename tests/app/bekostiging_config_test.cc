#include "app/bekostiging_config.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace passend::app {
namespace {

std::string Bestand() {
  std::ifstream in(std::string(PASSEND_SOURCE_DIR) + "/config/bekostiging.json");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(BekostigingConfig, TheShippedFileParsesAndMarksItsDemoAmounts) {
  auto config = ParseBekostiging(Bestand());
  ASSERT_TRUE(config.has_value()) << config.error().message;
  EXPECT_EQ(config->reserve.teller, 35);
  EXPECT_EQ(config->reserve.noemer, 1000);
  EXPECT_EQ(config->reserve.minimum, domain::Cents::Euros(250'000));
  auto jaar = config->Schooljaar(2019);
  ASSERT_TRUE(jaar.has_value());
  EXPECT_TRUE((*jaar)->demo);
  EXPECT_GT((*jaar)->Van(domain::Sector::kVo).zware_ondersteuning, domain::Cents(0));
  EXPECT_EQ((*jaar)->po.tlv.size(), 3u);
  EXPECT_EQ(config->Verevening("PO9999", 2019), domain::Cents(0));
}

TEST(BekostigingConfig, AYearWithoutAmountsIsARuleRefusalNamingTheYear) {
  auto config = ParseBekostiging(R"({"schooljaren": {}})");
  ASSERT_TRUE(config.has_value());
  auto jaar = config->Schooljaar(2030);
  ASSERT_FALSE(jaar.has_value());
  EXPECT_EQ(jaar.error().code, domain::ErrorCode::kRegel);
  EXPECT_NE(jaar.error().message.find("2030-2031"), std::string::npos);
}

TEST(BekostigingConfig, ReadsVereveningPerSwvAndSchoolYearSigned) {
  auto config = ParseBekostiging(
      R"({"verevening": {"demo": false, "per": {"PO2001": {"2019-2020": -123456}}}})");
  ASSERT_TRUE(config.has_value()) << config.error().message;
  EXPECT_FALSE(config->verevening_demo);
  EXPECT_EQ(config->Verevening("PO2001", 2019), domain::Cents(-123'456));
  EXPECT_EQ(config->Verevening("PO2001", 2020), domain::Cents(0));
}

TEST(BekostigingConfig, RefusesFractionsUnknownKeysAndMissingAmountsNamingThePath) {
  const std::string sector =
      R"({"lichteOndersteuningCent": 1, "zwareOndersteuningCent": 2, "tlvCent": {"laag": 1, "midden": 2, "hoog": 3}})";
  auto ok = ParseBekostiging(R"({"schooljaren": {"2019-2020": {"po": )" + sector + R"(, "vo": )" +
                             sector + "}}}");
  ASSERT_TRUE(ok.has_value()) << ok.error().message;

  auto fractie = ParseBekostiging(
      R"({"signaleringswaarde": {"teller": 3.5, "noemer": 100, "minimumCent": 1}})");
  EXPECT_EQ(fractie.error().field, "signaleringswaarde.teller");
  auto onbekend = ParseBekostiging(R"({"bedragen": {}})");
  EXPECT_EQ(onbekend.error().field, "bedragen");
  auto zonder_hoog = ParseBekostiging(
      R"({"schooljaren": {"2019-2020": {"po": {"lichteOndersteuningCent": 1, "zwareOndersteuningCent": 2, "tlvCent": {"laag": 1, "midden": 2}}, "vo": )" +
      sector + "}}}");
  EXPECT_EQ(zonder_hoog.error().field, "schooljaren.2019-2020.po.tlvCent.hoog");
  auto negatief = ParseBekostiging(
      R"({"schooljaren": {"2019-2020": {"po": {"lichteOndersteuningCent": -1, "zwareOndersteuningCent": 2, "tlvCent": {"laag": 1, "midden": 2, "hoog": 3}}, "vo": )" +
      sector + "}}}");
  EXPECT_EQ(negatief.error().field, "schooljaren.2019-2020.po.lichteOndersteuningCent");
  auto fout_jaar = ParseBekostiging(R"({"schooljaren": {"2019": {}}})");
  EXPECT_EQ(fout_jaar.error().field, "schooljaren.2019");
}

}  // namespace
}  // namespace passend::app
