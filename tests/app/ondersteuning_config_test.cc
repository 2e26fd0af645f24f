// The taxonomy of support needs in configuration (issue 5 item 1): the committed file equals
// the built-in default; a file may add needs with a new version, never drop one registrations
// use; errors name the key.
#include "app/ondersteuning_config.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace passend::app {
namespace {

std::string Bestand() {
  std::ifstream in(std::string(PASSEND_SOURCE_DIR) + "/config/ondersteuning.json");
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

TEST(OndersteuningConfig, CommittedFileEqualsTheDefaults) {
  auto config = ParseOndersteuningConfig(Bestand());
  ASSERT_TRUE(config.has_value()) << config.error().message;
  const OndersteuningConfig standaard;
  EXPECT_EQ(config->taxonomie.versie, standaard.taxonomie.versie);
  EXPECT_EQ(config->taxonomie.geldig_vanaf, standaard.taxonomie.geldig_vanaf);
  ASSERT_EQ(config->taxonomie.behoeften.size(), standaard.taxonomie.behoeften.size());
  for (size_t i = 0; i < standaard.taxonomie.behoeften.size(); ++i) {
    EXPECT_EQ(config->taxonomie.behoeften[i].code, standaard.taxonomie.behoeften[i].code);
    EXPECT_EQ(config->taxonomie.behoeften[i].naam, standaard.taxonomie.behoeften[i].naam);
    EXPECT_EQ(config->taxonomie.behoeften[i].omschrijving,
              standaard.taxonomie.behoeften[i].omschrijving);
  }
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(config->taxonomie.niveaus[i].omschrijving,
              standaard.taxonomie.niveaus[i].omschrijving);
  }
  EXPECT_EQ(config->suggesties.max_meter, standaard.suggesties.max_meter);
  EXPECT_EQ(config->suggesties.overschot_meter, standaard.suggesties.overschot_meter);
  EXPECT_EQ(config->suggesties.max_suggesties, standaard.suggesties.max_suggesties);
  EXPECT_EQ(config->suggesties.max_afgevallen, standaard.suggesties.max_afgevallen);
  EXPECT_EQ(config->dekkend_aanbod.max_meter, standaard.dekkend_aanbod.max_meter);
}

TEST(OndersteuningConfig, DekkendAanbodDistancesPerLevelParsedStrictly) {
  auto json = nlohmann::json::parse(Bestand());
  json["dekkendAanbod"]["maxAfstandKm"] = {{"basis", 5}, {"specialistisch", 60}};
  auto config = ParseOndersteuningConfig(json.dump());
  ASSERT_TRUE(config.has_value()) << config.error().message;
  using domain::Ondersteuningsniveau;
  EXPECT_EQ(config->dekkend_aanbod.MaxMeter(Ondersteuningsniveau::kBasis), 5'000);
  EXPECT_EQ(config->dekkend_aanbod.MaxMeter(Ondersteuningsniveau::kExtra), std::nullopt);
  EXPECT_EQ(config->dekkend_aanbod.MaxMeter(Ondersteuningsniveau::kSpecialistisch), 60'000);
  json["dekkendAanbod"]["maxAfstandKm"] = {{"gespecialiseerd", 60}};
  EXPECT_EQ(ParseOndersteuningConfig(json.dump()).error().field,
            "dekkendAanbod.maxAfstandKm.gespecialiseerd");
  json["dekkendAanbod"]["maxAfstandKm"] = {{"extra", 0}};
  EXPECT_EQ(ParseOndersteuningConfig(json.dump()).error().field,
            "dekkendAanbod.maxAfstandKm.extra");
  json["dekkendAanbod"]["maxAfstandKm"] = {{"extra", 12.5}};
  EXPECT_EQ(ParseOndersteuningConfig(json.dump()).error().field,
            "dekkendAanbod.maxAfstandKm.extra");
  json["dekkendAanbod"]["maxAfstand"] = 3;
  EXPECT_EQ(ParseOndersteuningConfig(json.dump()).error().field, "dekkendAanbod.maxAfstand");
}

TEST(OndersteuningConfig, ANewVersionMayAddANeed) {
  auto json = nlohmann::json::parse(Bestand());
  json["versie"] = "2027.1";
  json["geldigVanaf"] = "2027-08-01";
  json["behoeften"].push_back({{"code", "hechting"}, {"naam", "Hechting"}});
  auto config = ParseOndersteuningConfig(json.dump());
  ASSERT_TRUE(config.has_value()) << config.error().message;
  EXPECT_EQ(config->taxonomie.versie, "2027.1");
  EXPECT_NE(config->taxonomie.Vind("hechting"), nullptr);
}

TEST(OndersteuningConfig, ErrorsNameTheKey) {
  auto json = nlohmann::json::parse(Bestand());
  json["behoeften"].erase(1);  // gedrag
  EXPECT_EQ(ParseOndersteuningConfig(json.dump()).error().field, "behoeften");
  json = nlohmann::json::parse(Bestand());
  json["niveaus"][2]["code"] = "gespecialiseerd";
  EXPECT_EQ(ParseOndersteuningConfig(json.dump()).error().field, "niveaus[2].code");
  json = nlohmann::json::parse(Bestand());
  json["suggesties"]["maxAfstand"] = 3;
  EXPECT_EQ(ParseOndersteuningConfig(json.dump()).error().field, "suggesties.maxAfstand");
  json = nlohmann::json::parse(Bestand());
  json["geldigVanaf"] = "2026-02-30";
  EXPECT_EQ(ParseOndersteuningConfig(json.dump()).error().field, "geldigVanaf");
  EXPECT_EQ(ParseOndersteuningConfig("{\"kleur\": 1}").error().field, "kleur");
}

}  // namespace
}  // namespace passend::app
