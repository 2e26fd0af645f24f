// The national basisondersteuning norm in configuration (issue 5 item 3): the committed file
// equals the built-in default; the reading is strict and names the key.
#include "app/basisondersteuning_config.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace passend::app {
namespace {

std::string Bestand() {
  std::ifstream in(std::string(PASSEND_SOURCE_DIR) + "/config/basisondersteuning.json");
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

TEST(BasisondersteuningConfig, CommittedFileEqualsTheDefault) {
  auto norm = ParseBasisondersteuningConfig(Bestand());
  ASSERT_TRUE(norm.has_value()) << norm.error().message << " " << norm.error().field;
  const auto standaard = domain::StandaardNorm();
  EXPECT_EQ(norm->label, standaard.label);
  EXPECT_EQ(norm->titel, standaard.titel);
  EXPECT_EQ(norm->geldig_vanaf, standaard.geldig_vanaf);
  EXPECT_EQ(norm->toelichting, standaard.toelichting);
  EXPECT_EQ(norm->aspecten, standaard.aspecten);
  EXPECT_EQ(norm->elementen, standaard.elementen);
  EXPECT_EQ(norm->Sleutel(), "landelijk/2026.1");
}

TEST(BasisondersteuningConfig, UnknownKeysWrongTypesAndEmptyDescriptionsNameTheKey) {
  auto root = nlohmann::json::parse(Bestand());
  auto fout = [&](nlohmann::json j) {
    auto r = ParseBasisondersteuningConfig(j.dump());
    EXPECT_FALSE(r.has_value());
    return r ? std::string() : r.error().field;
  };
  auto j = root;
  j["extra"] = 1;
  EXPECT_EQ(fout(j), "extra");
  j = root;
  j["elementen"][1]["gewicht"] = 3;
  EXPECT_EQ(fout(j), "elementen[1].gewicht");
  j = root;
  j["elementen"][2]["titel"] = 5;
  EXPECT_EQ(fout(j), "elementen[2].titel");
  j = root;
  j["elementen"][0]["omschrijving"] = "";
  EXPECT_EQ(fout(j), "elementen[0].omschrijving");
  j = root;
  j["geldigVanaf"] = "1 augustus";
  EXPECT_EQ(fout(j), "geldigVanaf");
  j = root;
  j.erase("versie");
  EXPECT_EQ(fout(j), "versie");
  EXPECT_FALSE(ParseBasisondersteuningConfig("[1, 2]").has_value());
}

TEST(BasisondersteuningConfig, AnSwvVersionKeepsTheAspectsWhenItGivesNone) {
  auto root = nlohmann::json::parse(Bestand());
  root.erase("versie");
  root.erase("aspecten");
  root["label"] = "Ondersteuningsplan 2026-2030";
  const auto standaard = domain::StandaardNorm();
  auto norm = NormUitJson(root, NormBron::kSwv, standaard.aspecten);
  ASSERT_TRUE(norm.has_value()) << norm.error().message;
  EXPECT_EQ(norm->aspecten, standaard.aspecten);
  EXPECT_EQ(norm->label, "Ondersteuningsplan 2026-2030");
  // The configuration's `versie` is not an SWV's key: its number is assigned when stored.
  root["versie"] = "3";
  EXPECT_EQ(NormUitJson(root, NormBron::kSwv, standaard.aspecten).error().field, "versie");
}

TEST(BasisondersteuningConfig, AMissingFileGivesTheDefault) {
  auto norm = LeesBasisondersteuningConfig("/nonexistent/basisondersteuning.json");
  ASSERT_TRUE(norm.has_value());
  EXPECT_EQ(norm->elementen.size(), domain::StandaardNorm().elementen.size());
}

}  // namespace
}  // namespace passend::app
