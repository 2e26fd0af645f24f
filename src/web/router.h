#pragma once
// The route table: every route names its method, path, permission and Dutch summary, so that
// authorization, the OpenAPI document and the tests all read one list.

#include <httplib.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/permission.h"

namespace passend::web {

/// A query parameter a route accepts (anything else is a 400).
struct QueryParam {
  std::string name;
  std::string description;      // Dutch
  std::string type = "string";  // OpenAPI type: string or integer
};

/// What a handler knows about the request beyond httplib's view.
struct RequestContext {
  app::Actor actor;
  std::map<std::string, std::string> path;  // path parameters by name
};

using Handler =
    std::function<void(const httplib::Request&, httplib::Response&, const RequestContext&)>;

/// One route.
struct Route {
  std::string method;  // GET or POST
  std::string path;    // OpenAPI template, e.g. `/api/v1/scholen/{code}`
  app::Permission permission = app::Permission::kPubliek;
  std::string summary;  // Dutch, for the OpenAPI document
  std::vector<QueryParam> query;
  std::string response_schema;  // OpenAPI schema name for 200 (API routes)
  Handler handler;
  /// True for routes under /api/ (JSON, problem+json, OpenAPI).
  bool IsApi() const { return path.rfind("/api/", 0) == 0; }
};

/// Collects routes and installs them on an httplib server.
class Router {
 public:
  /// Registers a route. Every route must declare its permission (the type makes it required).
  void Add(Route route);
  const std::vector<Route>& routes() const { return routes_; }
  /// Installs every route on `server`, wrapping each handler with the checks every route
  /// shares (unknown query parameters, path parameters).
  void Install(httplib::Server& server) const;

 private:
  std::vector<Route> routes_;
};

/// Turns an OpenAPI path template into an httplib regex and the names of its parameters.
std::string PathRegex(const std::string& path, std::vector<std::string>& names);

}  // namespace passend::web
