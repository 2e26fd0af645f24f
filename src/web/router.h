#pragma once
// The route table: every route names its method, path, permission and Dutch summary, so that
// authorization, the OpenAPI document and the tests all read one list.

#include <httplib.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/permission.h"
#include "app/principal.h"

namespace passend::app {
class AuthService;
}

namespace passend::web {

/// A query parameter a route accepts (anything else is a 400).
struct QueryParam {
  std::string name;
  std::string description;      // Dutch
  std::string type = "string";  // OpenAPI type: string or integer
};

/// What a handler knows about the request beyond httplib's view.
struct RequestContext {
  std::optional<app::Principal> principal;  // the logged-in account, if any
  std::string sessie_token;                 // the cookie session's token (pages), if any
  std::string csrf;                         // the CSRF token for forms on this page
  std::map<std::string, std::string> path;  // path parameters by name
  std::string client;                       // client address
  /// The actor for events and audit.
  app::Actor actor() const {
    return principal ? principal->AsActor(client) : app::Actor{"anoniem", "anoniem", "", client};
  }
};

using Handler =
    std::function<void(const httplib::Request&, httplib::Response&, const RequestContext&)>;

/// How a form post proves it came from our own page.
enum class CsrfCheck {
  kSessie,  // the session's CSRF token in field `_csrf` (every form of a logged-in user)
  kInlog,   // the login form: a pre-session token, double-submitted as cookie and field
};

/// One route.
struct Route {
  std::string method;  // GET, POST, PUT or DELETE
  std::string path;    // OpenAPI template, e.g. `/api/v1/scholen/{code}`
  app::Permission permission = app::Permission::kGeen;  // kGeen: denied, and tests fail
  std::string summary;                                  // Dutch, for the OpenAPI document
  std::vector<QueryParam> query;
  std::string response_schema;  // OpenAPI schema name for the success response (API routes)
  Handler handler;
  CsrfCheck csrf = CsrfCheck::kSessie;  // page form posts only
  int success_status = 200;             // for the OpenAPI document
  std::string request_schema = {};      // OpenAPI schema name of a JSON request body
  /// True for routes under /api/ (JSON, problem+json, OpenAPI).
  bool IsApi() const { return path.rfind("/api/", 0) == 0; }
};

/// Names of the cookies Passend sets.
inline constexpr char kSessieCookie[] = "passend_sessie";
inline constexpr char kInlogCsrfCookie[] = "passend_inlog_csrf";

/// Collects routes and installs them on an httplib server.
class Router {
 public:
  /// Registers a route.
  void Add(Route route);
  const std::vector<Route>& routes() const { return routes_; }
  /// Installs every route on `server`, wrapping each handler with what every route shares:
  /// authentication, the policy check for the route's permission, CSRF for form posts and
  /// unknown query parameters. Requests from `trusted_proxy` (if set) are attributed to the
  /// last address in their X-Forwarded-For header.
  void Install(httplib::Server& server, app::AuthService& auth, bool secure_cookies,
               const std::string& trusted_proxy = "") const;

 private:
  std::vector<Route> routes_;
};

/// Turns an OpenAPI path template into an httplib regex and the names of its parameters.
std::string PathRegex(const std::string& path, std::vector<std::string>& names);

/// The client's address: the peer, or behind `trusted_proxy` the last X-Forwarded-For hop.
std::string ClientAddress(const httplib::Request& req, const std::string& trusted_proxy);

/// The value of cookie `name` in the request, or empty.
std::string CookieValue(const httplib::Request& req, const std::string& name);

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/, Secure when `secure`;
/// an empty value with Max-Age=0 deletes the cookie.
std::string CookieHeader(const std::string& name, const std::string& value, bool secure);

}  // namespace passend::web
