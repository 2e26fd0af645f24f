#include "web/router.h"

#include <set>

#include "web/problem.h"

namespace passend::web {

void Router::Add(Route route) { routes_.push_back(std::move(route)); }

std::string PathRegex(const std::string& path, std::vector<std::string>& names) {
  std::string regex;
  for (size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '{') {
      const size_t end = path.find('}', i);
      names.push_back(path.substr(i + 1, end - i - 1));
      regex += "([^/]+)";
      i = end;
    } else if (path[i] == '.') {
      regex += "\\.";
    } else {
      regex += path[i];
    }
  }
  return regex;
}

void Router::Install(httplib::Server& server) const {
  for (const Route& route : routes_) {
    std::vector<std::string> names;
    const std::string regex = PathRegex(route.path, names);
    std::set<std::string> allowed;
    for (const auto& param : route.query) allowed.insert(param.name);
    auto handler = [route, names, allowed](const httplib::Request& req, httplib::Response& res) {
      RequestContext context;
      context.actor = app::Actor{"anoniem", "anoniem", "", req.remote_addr};
      for (size_t i = 0; i < names.size() && i + 1 < req.matches.size(); ++i) {
        context.path[names[i]] = req.matches[i + 1].str();
      }
      // API Design Rules: unknown parameters are an error, not silently ignored.
      for (const auto& [name, value] : req.params) {
        if (allowed.count(name) == 0) {
          WriteProblem(req, res,
                       domain::Error{domain::ErrorCode::kInvalid,
                                     "Onbekende parameter '" + name + "'.", name},
                       route.IsApi());
          return;
        }
      }
      route.handler(req, res, context);
    };
    if (route.method == "GET") {
      server.Get(regex, handler);
    } else if (route.method == "POST") {
      server.Post(regex, handler);
    }
  }
}

}  // namespace passend::web
