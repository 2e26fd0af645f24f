// Policy parameters from the configuration file.
#include "app/config.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace passend::app {
namespace {

TEST(Config, TheCommittedFileHoldsTheCurrentLaw) {
  std::ifstream in(std::string(PASSEND_SOURCE_DIR) + "/config/passend.json");
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  auto config = ParseConfig(text);
  ASSERT_TRUE(config.has_value()) << config.error().message;
  EXPECT_EQ(config->zorgplicht.beslistermijn_dagen, 42);   // WPO art. 40: 6 weeks
  EXPECT_EQ(config->zorgplicht.max_verlenging_dagen, 28);  // once at most 4 weeks
  EXPECT_EQ(config->gpo.indienen_dagen, 42);
  EXPECT_EQ(config->gpo.oordeel_dagen, 70);
  EXPECT_EQ(config->sessie.idle, std::chrono::minutes{30});
  EXPECT_EQ(config->sessie.absoluut, std::chrono::hours{8});
}

TEST(Config, MissingKeysKeepTheirDefaultsAndGivenOnesApply) {
  auto config = ParseConfig(R"({"zorgplicht": {"beslistermijnDagen": 35}})");
  ASSERT_TRUE(config.has_value());
  EXPECT_EQ(config->zorgplicht.beslistermijn_dagen, 35);
  EXPECT_EQ(config->zorgplicht.max_verlenging_dagen, 28);
  EXPECT_EQ(config->sessie.max_pogingen_account, 5);
}

TEST(Config, RefusesUnknownKeysAndBadValuesNamingTheKey) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"zorgplicht": {"beslistermijn": 42}})", "zorgplicht.beslistermijn"},
      {R"({"zorgplicht": {"beslistermijnDagen": 0}})", "zorgplicht.beslistermijnDagen"},
      {R"({"zorgplicht": {"beslistermijnDagen": "zes weken"}})", "zorgplicht.beslistermijnDagen"},
      {R"({"gpo": {"oordeelDagen": 7.5}})", "gpo.oordeelDagen"},
      {R"({"onbekend": {}})", "onbekend"},
      {R"({"sessie": {"absoluutUren": 1, "inactiefMinuten": 120}})", "sessie.absoluutUren"},
  };
  for (const auto& [text, key] : cases) {
    auto config = ParseConfig(text);
    ASSERT_FALSE(config.has_value()) << text;
    EXPECT_EQ(config.error().field, key) << text;
  }
  EXPECT_FALSE(ParseConfig("geen json").has_value());
}

}  // namespace
}  // namespace passend::app
