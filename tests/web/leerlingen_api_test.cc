// The student API for a permitted reader: search, filters, the file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/security_fixture.h"

namespace passend {
namespace {

using nlohmann::json;

class LeerlingenApi : public ::testing::Test {
 protected:
  json GetJson(const std::string& path) {
    auto client = fixture_.harness().Client();
    auto res = client.Get(path, {{"Authorization", "Bearer " + token_}});
    EXPECT_TRUE(res && res->status == 200) << path << (res ? res->body : "");
    return res ? json::parse(res->body, nullptr, false) : json();
  }
  size_t Found(const std::string& naam) {
    const json body =
        GetJson("/api/v1/leerlingen?naam=" + httplib::detail::encode_query_param(naam));
    return body["_embedded"]["leerlingen"].size();
  }
  testing::SecurityFixture fixture_;
  std::string token_ = fixture_.Login(domain::Rol::kSwv).token;  // PO2001: Sanne and Bram
};

TEST_F(LeerlingenApi, FindsStudentsByAnyPartOfTheirNameIncludingTussenvoegsel) {
  EXPECT_EQ(Found("Sanne"), 1u);
  EXPECT_EQ(Found("dijk"), 2u);  // both are "van Dijk"
  EXPECT_EQ(Found("van Dijk"), 2u);
  EXPECT_EQ(Found("Sanne van Dijk"), 1u);
  EXPECT_EQ(Found("Sanne Dijk"), 1u);
  EXPECT_EQ(Found("%"), 0u) << "wildcards are taken literally";
  EXPECT_EQ(Found("Lotte"), 0u) << "outside the SWV";
}

TEST_F(LeerlingenApi, FiltersBySchoolAndShowsTheMunicipalityByName) {
  const json body = GetJson("/api/v1/leerlingen?school=10AA01");
  ASSERT_EQ(body["totaal"], 1);
  const json& bram = body["_embedded"]["leerlingen"][0];
  EXPECT_EQ(bram["voornaam"], "Bram");
  EXPECT_EQ(bram["woongemeente"]["naam"], "Tweedestad");
}

TEST_F(LeerlingenApi, TheFileHoldsGuardiansAndEnrolments) {
  const json file = GetJson("/api/v1/leerlingen/" + std::to_string(fixture_.sanne.value));
  EXPECT_EQ(file["verzorgers"][0]["relatie"], "moeder");
  EXPECT_EQ(file["inschrijvingen"][0]["school"], "10AA00");
  EXPECT_EQ(file["inschrijvingen"][0]["tot"], nullptr);
  EXPECT_EQ(file["samenwerkingsverband"], "PO2001");
}

}  // namespace
}  // namespace passend
