#include "support/requests.h"

#include <gtest/gtest.h>

namespace passend::testing {

namespace {

std::string Cookie(const app::Sessie& sessie) {
  return std::string(web::kSessieCookie) + "=" + sessie.token;
}

Pagina AlsPagina(const httplib::Result& res, const std::string& path) {
  EXPECT_TRUE(res) << path;
  if (!res) return {};
  return {res->status, res->body, res->get_header_value("Location")};
}

}  // namespace

Antwoord Api(ServerHarness& server, const std::string& method, const std::string& path,
             const std::string& token, const nlohmann::json& body) {
  auto client = server.Client();
  httplib::Headers headers{{"Authorization", "Bearer " + token}};
  httplib::Result res = method == "GET" ? client.Get(path, headers)
                        : method == "PUT"
                            ? client.Put(path, headers, body.dump(), "application/json")
                            : client.Post(path, headers, body.dump(), "application/json");
  EXPECT_TRUE(res) << method << " " << path;
  if (!res) return {};
  return {res->status, nlohmann::json::parse(res->body, nullptr, false), res->body,
          res->get_header_value("Content-Type")};
}

Pagina Bekijk(ServerHarness& server, const std::string& path, const app::Sessie& sessie) {
  return AlsPagina(server.Client().Get(path, {{"Cookie", Cookie(sessie)}}), path);
}

Pagina BekijkPubliek(ServerHarness& server, const std::string& path) {
  return AlsPagina(server.Client().Get(path), path);
}

Pagina Verstuur(ServerHarness& server, const std::string& path, const app::Sessie& sessie,
                const Velden& velden, const std::string* csrf) {
  std::string body =
      "_csrf=" + httplib::detail::encode_query_param(csrf != nullptr ? *csrf : sessie.csrf);
  for (const auto& [naam, waarde] : velden) {
    body += "&" + naam + "=" + httplib::detail::encode_query_param(waarde);
  }
  return AlsPagina(server.Client().Post(path, {{"Cookie", Cookie(sessie)}}, body,
                                        "application/x-www-form-urlencoded"),
                   path);
}

}  // namespace passend::testing
