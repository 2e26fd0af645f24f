// `passend plaatsing` and `passend loting` run as real processes on instance files (issue 5
// item 6): the plain and full forms, and clear errors for bad files.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "support/fixture.h"

namespace passend {
namespace {

struct Uitvoer {
  int exit_code = -1;
  std::string out;  // stdout only; stderr goes to `err`
  std::string err;
};

Uitvoer Passend(const std::string& args, const testing::TempDir& dir) {
  const std::string err_file = dir.File("stderr.txt");
  const std::string command = std::string(PASSEND_BINARY) + " " + args + " 2>" + err_file;
  Uitvoer run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_file);
  run.err.assign(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>());
  return run;
}

std::string Write(const testing::TempDir& dir, const std::string& name, const std::string& text) {
  const std::string path = dir.File(name);
  std::ofstream(path) << text;
  return path;
}

TEST(PlaatsingCommand, SolvesThePlainFormOptimally) {
  testing::TempDir dir;
  // Nearest-first would give k1 → s1 and k2 → s2 (1 + 10); the optimum swaps them (2 + 2).
  const std::string file = Write(dir, "plain.json", R"({
    "kinderen": ["k1", "k2", "k3"],
    "scholen": {"s1": 1, "s2": 1},
    "kosten": [["k1", "s1", 1], ["k1", "s2", 2], ["k2", "s1", 2], ["k2", "s2", 10]],
    "nietGeplaatstKosten": 100})");
  Uitvoer run = Passend("plaatsing --instance " + file, dir);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["toewijzing"], nlohmann::json({{"k1", "s2"}, {"k2", "s1"}}));
  EXPECT_EQ(json["totaleKosten"], 104);
  ASSERT_EQ(json["nietGeplaatst"].size(), 1u);
  EXPECT_EQ(json["nietGeplaatst"][0]["kind"], "k3");
  EXPECT_EQ(json["nietGeplaatst"][0]["reden"], "geen-school");
}

TEST(PlaatsingCommand, SolvesTheFullFormWithNeedsAndCoordinates) {
  testing::TempDir dir;
  const std::string file = Write(dir, "vol.json", R"({
    "kinderen": [
      {"id": "k1", "locatie": {"lat": 52.09, "lon": 5.12}, "behoeften": {"gedrag": "extra"}},
      {"id": "k2", "locatie": {"lat": 52.37, "lon": 4.89},
       "behoeften": {"visueel": "gespecialiseerd"}}],
    "scholen": [
      {"id": "s1", "locatie": {"lat": 52.09, "lon": 5.11}, "capaciteit": 3,
       "aanbod": {"gedrag": {"niveau": "extra", "plaatsen": 1}}},
      {"id": "s2", "locatie": {"lat": 52.11, "lon": 5.13}, "capaciteit": 2}],
    "maxAfstandKm": 20, "nietGeplaatstKosten": 50000})");
  Uitvoer run = Passend("plaatsing --instance " + file, dir);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["toewijzing"], nlohmann::json({{"k1", "s1"}}));
  // k1 → s1 is 0.01° of longitude at 52.09° N: 683.2 m, so 683; k2 is escalated.
  EXPECT_EQ(json["totaleKosten"], 683 + 50000);
  EXPECT_EQ(json["nietGeplaatst"][0]["toelichting"], "Geen school binnen 20 km.");
  EXPECT_EQ(json["nietGeplaatst"][0]["behoefte"], "visueel");
}

TEST(PlaatsingCommand, ReadsTheTaxonomysLevelSpellingAndTheOldAlias) {
  // `specialistisch` is the level's one spelling; `gespecialiseerd` is still read as an alias;
  // any other word is refused naming the field.
  testing::TempDir dir;
  auto instantie = [](const std::string& niveau) {
    return R"({"kinderen": [{"id": "k1", "locatie": {"lat": 52.0, "lon": 5.0},
                 "behoeften": {"zien": ")" +
           niveau + R"("}}],
               "scholen": [{"id": "s1", "locatie": {"lat": 52.0, "lon": 5.0}, "capaciteit": 1}],
               "nietGeplaatstKosten": 10})";
  };
  Uitvoer nieuw =
      Passend("plaatsing --instance " + Write(dir, "n.json", instantie("specialistisch")), dir);
  Uitvoer oud =
      Passend("plaatsing --instance " + Write(dir, "o.json", instantie("gespecialiseerd")), dir);
  ASSERT_EQ(nieuw.exit_code, 0) << nieuw.err;
  EXPECT_EQ(nieuw.out, oud.out);
  EXPECT_EQ(nlohmann::json::parse(nieuw.out)["nietGeplaatst"][0]["toelichting"],
            "Geen school binnen bereik biedt zien op niveau specialistisch.");
  Uitvoer fout = Passend("plaatsing --instance " + Write(dir, "f.json", instantie("hoog")), dir);
  EXPECT_EQ(fout.exit_code, 2);
  EXPECT_NE(fout.err.find("kinderen[0].behoeften.zien"), std::string::npos) << fout.err;
}

TEST(LotingCommand, IsReproducibleFromItsSeedAndHonoursPriorities) {
  testing::TempDir dir;
  const std::string file = Write(dir, "lot.json", R"({
    "kinderen": {"k1": ["s1", "s2"], "k2": ["s1"], "k3": ["s2", "s1"], "k4": []},
    "scholen": {"s1": 1, "s2": 1},
    "prioriteiten": {"s1": ["k2"]}})");
  Uitvoer a = Passend("loting --instance " + file + " --seed 7", dir);
  Uitvoer b = Passend("loting --instance " + file + " --seed 7", dir);
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  const auto json = nlohmann::json::parse(a.out);
  EXPECT_EQ(json["toewijzing"], nlohmann::json({{"k2", "s1"}, {"k3", "s2"}}));
  EXPECT_EQ(json["seed"], 7);
  ASSERT_EQ(json["nietGeplaatst"].size(), 2u);
  EXPECT_EQ(json["nietGeplaatst"][0]["kind"], "k1");
  EXPECT_EQ(json["nietGeplaatst"][0]["reden"], "alle-keuzes-vol");
  EXPECT_EQ(json["nietGeplaatst"][1]["reden"], "geen-voorkeur");
}

TEST(PlaatsingCommand, RefusesABadFileWithAClearErrorAndExitCode2) {
  testing::TempDir dir;
  const std::string kapot = Write(dir, "kapot.json", R"({"kinderen": [)");
  Uitvoer run = Passend("plaatsing --instance " + kapot, dir);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find("geen geldige JSON"), std::string::npos) << run.err;

  const std::string veld = Write(dir, "veld.json", R"({"kinderen": ["k1"], "scholen": {"s1": 1},
    "kosten": [["k1", "s1", "duur"]], "nietGeplaatstKosten": 5})");
  run = Passend("plaatsing --instance " + veld, dir);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("kosten[0]: verwacht een geheel getal"), std::string::npos) << run.err;

  run = Passend("plaatsing --instance " + dir.File("bestaat-niet.json"), dir);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("kan"), std::string::npos) << run.err;
}

TEST(LotingCommand, RefusesAnUnknownSchoolNamingTheField) {
  testing::TempDir dir;
  const std::string file = Write(dir, "lot.json", R"({
    "kinderen": {"k1": ["s9"]}, "scholen": {"s1": 1}})");
  Uitvoer run = Passend("loting --instance " + file + " --seed 1", dir);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("kinderen.k1: onbekende school s9"), std::string::npos) << run.err;
  const std::string lijst = Write(dir, "lijst.json", "[1, 2]");
  run = Passend("loting --instance " + lijst + " --seed 1", dir);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("JSON-object"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace passend
