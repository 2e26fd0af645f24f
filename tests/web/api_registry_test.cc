// The public registry API, against the real server on an ephemeral port.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/server_harness.h"

namespace passend {
namespace {

using nlohmann::json;

class RegistryApi : public ::testing::Test {
 protected:
  json GetJson(const std::string& path, int expected_status = 200,
               const std::string& expected_type = "application/json") {
    auto client = harness_.Client();
    auto res = client.Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << path << "\n" << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), expected_type) << path;
    return json::parse(res->body, nullptr, false);
  }
  testing::ServerHarness harness_;
};

TEST_F(RegistryApi, HealthSaysOk) { EXPECT_EQ(GetJson("/api/v1/health")["status"], "ok"); }

TEST_F(RegistryApi, ListsSwvsWithCodesCountsAndLinks) {
  json body = GetJson("/api/v1/samenwerkingsverbanden");
  ASSERT_EQ(body["totaal"], 2);
  const json& first = body["_embedded"]["samenwerkingsverbanden"][0];
  EXPECT_EQ(first["code"], "PO2001");
  EXPECT_EQ(first["sector"], "PO");
  EXPECT_EQ(first["aantalScholen"], 3);
  EXPECT_EQ(first["gemeenten"], json({"GM0001", "GM0002"}));
  EXPECT_EQ(first["_links"]["self"]["href"], "/api/v1/samenwerkingsverbanden/PO2001");
}

TEST_F(RegistryApi, GetsOneSwvByCodeInAnyCommonSpelling) {
  EXPECT_EQ(GetJson("/api/v1/samenwerkingsverbanden/VO2001")["naam"], "SWV VO Testregio");
  EXPECT_EQ(GetJson("/api/v1/samenwerkingsverbanden/vo2001")["code"], "VO2001");
}

TEST_F(RegistryApi, PaginatesWithNextAndPreviousLinks) {
  json page1 = GetJson("/api/v1/scholen?pageSize=2");
  EXPECT_EQ(page1["totaal"], 4);
  EXPECT_EQ(page1["aantalPaginas"], 2);
  EXPECT_EQ(page1["_embedded"]["scholen"].size(), 2u);
  EXPECT_FALSE(page1["_links"].contains("prev"));
  EXPECT_EQ(page1["_links"]["next"]["href"], "/api/v1/scholen?page=2&pageSize=2");
  json page2 = GetJson("/api/v1/scholen?page=2&pageSize=2");
  EXPECT_EQ(page2["_embedded"]["scholen"][0]["code"], "11BB00");
  EXPECT_EQ(page2["_links"]["prev"]["href"], "/api/v1/scholen?page=1&pageSize=2");
  EXPECT_FALSE(page2["_links"].contains("next"));
}

TEST_F(RegistryApi, FiltersSchoolsBySwvTypeAndGemeente) {
  EXPECT_EQ(GetJson("/api/v1/scholen?swv=PO2001")["totaal"], 3);
  EXPECT_EQ(GetJson("/api/v1/scholen?swv=PO2001&type=sbo")["totaal"], 1);
  EXPECT_EQ(GetJson("/api/v1/scholen?gemeente=GM0002")["totaal"], 1);
  json filtered = GetJson("/api/v1/scholen?swv=PO2001&type=bao&pageSize=1");
  EXPECT_EQ(filtered["_links"]["next"]["href"],
            "/api/v1/scholen?swv=PO2001&type=bao&page=2&pageSize=1");
}

TEST_F(RegistryApi, GetsOneSchoolWithAddressBoardAndSwv) {
  json school = GetJson("/api/v1/scholen/11BB00");
  EXPECT_EQ(school["naam"], "SBO De Brug");
  EXPECT_EQ(school["soort"], "sbo");
  EXPECT_EQ(school["brin"], "11BB");
  EXPECT_EQ(school["adres"]["postcode"], "1234 AB");
  EXPECT_EQ(school["bestuur"]["naam"], "Stichting Testonderwijs");
  EXPECT_EQ(school["samenwerkingsverband"], "PO2001");
}

TEST_F(RegistryApi, UnknownResourcesAre404ProblemsInDutch) {
  for (const char* path :
       {"/api/v1/samenwerkingsverbanden/PO9999", "/api/v1/samenwerkingsverbanden/bestaat-niet",
        "/api/v1/scholen/99ZZ99", "/api/v1/scholen/x", "/api/v1/bestaat-niet"}) {
    json problem = GetJson(path, 404, "application/problem+json");
    EXPECT_EQ(problem["status"], 404) << path;
    EXPECT_EQ(problem["title"], "Niet gevonden") << path;
    EXPECT_FALSE(problem["detail"].get<std::string>().empty()) << path;
  }
}

TEST_F(RegistryApi, BadParametersAre400ProblemsNamingTheParameter) {
  const std::pair<const char*, const char*> cases[] = {
      {"/api/v1/scholen?pageSize=1001", "pageSize"},
      {"/api/v1/scholen?pageSize=0", "pageSize"},
      {"/api/v1/scholen?page=0", "page"},
      {"/api/v1/scholen?page=twee", "page"},
      {"/api/v1/scholen?type=hbo", "type"},
      {"/api/v1/scholen?swv=XX01", "swv"},
      {"/api/v1/scholen?gemeente=Utrecht", "gemeente"},
      {"/api/v1/scholen?kleur=rood", "kleur"},
  };
  for (const auto& [path, param] : cases) {
    json problem = GetJson(path, 400, "application/problem+json");
    EXPECT_EQ(problem["status"], 400) << path;
    ASSERT_TRUE(problem.contains("invalidParams")) << path;
    EXPECT_EQ(problem["invalidParams"][0]["name"], param) << path;
  }
}

TEST_F(RegistryApi, OpenApiDocumentDescribesEveryApiRoute) {
  json doc = GetJson("/api/v1/openapi.json");
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  size_t api_routes = 0;
  for (const auto& route : harness_.server().router().routes()) {
    if (!route.IsApi()) continue;
    ++api_routes;
    std::string method = route.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(c));
    EXPECT_TRUE(doc["paths"].contains(route.path)) << route.path;
    EXPECT_TRUE(doc["paths"][route.path].contains(method)) << route.path;
    // The success response is documented with the route's status (200, or 201 for a
    // creation), and every $ref resolves to a schema in the document.
    const json& success =
        doc["paths"][route.path][method]["responses"][std::to_string(route.success_status)];
    ASSERT_TRUE(success.is_object()) << route.path;
    if (route.success_status == 204) {
      EXPECT_FALSE(success.contains("content")) << route.path;
      continue;
    }
    // JSON, or text/csv for the quarterly register: one media type per success response.
    ASSERT_EQ(success["content"].size(), 1u) << route.path;
    const std::string ref = success["content"].begin().value()["schema"]["$ref"];
    EXPECT_TRUE(doc["components"]["schemas"].contains(ref.substr(ref.rfind('/') + 1))) << ref;
  }
  EXPECT_GE(api_routes, 6u);
}

TEST_F(RegistryApi, EveryResponseCarriesTheSecurityHeaders) {
  auto client = harness_.Client();
  for (const char* path : {"/", "/api/v1/health", "/api/v1/scholen/x"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res);
    const std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(res->get_header_value("Referrer-Policy"), "no-referrer") << path;
  }
}

}  // namespace
}  // namespace passend
