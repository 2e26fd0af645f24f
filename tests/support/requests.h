#pragma once
// Test support: requests against the ServerHarness as an API client (bearer token, JSON) and
// as a browser (session cookie, form posts with the CSRF field), so each test file states
// only what it checks.

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "app/auth_service.h"
#include "support/server_harness.h"

namespace passend::testing {

/// An API answer: status, the parsed body (discarded when not JSON), the raw text.
struct Antwoord {
  int status = 0;
  nlohmann::json body;
  std::string tekst;
  std::string content_type;
};

/// A page answer: status, HTML and the redirect target.
struct Pagina {
  int status = 0;
  std::string body;
  std::string location;
};

/// Form fields in the order they are posted.
using Velden = std::vector<std::pair<std::string, std::string>>;

/// `method` (GET, POST, PUT) on `path` with a bearer `token` and, except for GET, `body`.
Antwoord Api(ServerHarness& server, const std::string& method, const std::string& path,
             const std::string& token, const nlohmann::json& body = nlohmann::json::object());

/// GET of a page as the logged-in `sessie` (or anonymously with an empty token).
Pagina Bekijk(ServerHarness& server, const std::string& path, const app::Sessie& sessie);
/// GET of a page without logging in.
Pagina BekijkPubliek(ServerHarness& server, const std::string& path);
/// Posts a form as `sessie` with its CSRF token (or `csrf` when given).
Pagina Verstuur(ServerHarness& server, const std::string& path, const app::Sessie& sessie,
                const Velden& velden, const std::string* csrf = nullptr);

}  // namespace passend::testing
