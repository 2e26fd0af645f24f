#include "web/router.h"

#include <set>

#include "app/auth_service.h"
#include "app/policy.h"
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

std::string CookieValue(const httplib::Request& req, const std::string& name) {
  const std::string header = req.get_header_value("Cookie");
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string part = header.substr(pos, end - pos);
    const size_t start = part.find_first_not_of(' ');
    if (start != std::string::npos) part = part.substr(start);
    if (part.rfind(name + "=", 0) == 0) return part.substr(name.size() + 1);
    pos = end + 1;
  }
  return {};
}

std::string CookieHeader(const std::string& name, const std::string& value, bool secure) {
  std::string header = name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (value.empty()) header += "; Max-Age=0";
  if (secure) header += "; Secure";
  return header;
}

namespace {

std::string BearerToken(const httplib::Request& req) {
  const std::string header = req.get_header_value("Authorization");
  constexpr std::string_view kPrefix = "Bearer ";
  if (header.size() > kPrefix.size() && header.compare(0, kPrefix.size(), kPrefix) == 0) {
    return header.substr(kPrefix.size());
  }
  return {};
}

// Constant-time comparison: a CSRF token must not leak through response timing.
bool SameSecret(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

domain::Error CsrfError() {
  return domain::Error{domain::ErrorCode::kForbidden,
                       "Dit formulier is verlopen of komt niet van deze site. Laad de pagina "
                       "opnieuw en probeer het nog eens.",
                       ""};
}

// Establishes who is asking. API: a bearer token (session or API token), or the session
// cookie; pages: the session cookie. A stale cookie on a page simply means "not logged in".
domain::Result<void> Authenticate(const httplib::Request& req, httplib::Response& res,
                                  const Route& route, app::AuthService& auth, bool secure,
                                  RequestContext& context) {
  const std::string bearer = BearerToken(req);
  if (route.IsApi() && !bearer.empty()) {
    PASSEND_ASSIGN_OR_RETURN(context.principal, auth.ResolveBearer(bearer));
    return {};
  }
  const std::string cookie = CookieValue(req, kSessieCookie);
  if (cookie.empty()) return {};
  auto sessie = auth.ResolveSessie(cookie);
  if (!sessie) {
    // Only a session that is really gone logs the user out; a busy database is a 503.
    if (sessie.error().code != domain::ErrorCode::kUnauthenticated) {
      return std::unexpected(sessie.error());
    }
    res.set_header("Set-Cookie", CookieHeader(kSessieCookie, "", secure));
    return {};
  }
  context.principal = sessie->principal;
  context.sessie_token = cookie;
  context.csrf = sessie->csrf;
  // A cookie-authenticated API call that changes something must carry the CSRF header.
  if (route.IsApi() && route.method != "GET" &&
      !SameSecret(req.get_header_value("X-CSRF-Token"), sessie->csrf)) {
    return std::unexpected(CsrfError());
  }
  return {};
}

void Deny(const httplib::Request& req, httplib::Response& res, const Route& route,
          const domain::Error& error, const RequestContext& context) {
  if (!route.IsApi() && error.code == domain::ErrorCode::kUnauthenticated &&
      route.method == "GET") {
    // People are sent to the login page and brought back afterwards.
    res.status = 303;
    res.set_header("Location", "/inloggen?terug=" + httplib::detail::encode_query_param(req.path));
    return;
  }
  if (route.IsApi() && error.code == domain::ErrorCode::kUnauthenticated) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"passend\"");
  }
  WriteProblem(req, res, error, route.IsApi(), &context);
}

}  // namespace

std::string ClientAddress(const httplib::Request& req, const std::string& trusted_proxy) {
  // Behind a trusted reverse proxy the client is the last hop the proxy appended; anyone
  // else could write any X-Forwarded-For, so it is ignored for them.
  if (trusted_proxy.empty() || req.remote_addr != trusted_proxy) return req.remote_addr;
  const std::string forwarded = req.get_header_value("X-Forwarded-For");
  if (forwarded.empty()) return req.remote_addr;
  std::string last = forwarded.substr(forwarded.rfind(',') + 1);
  const size_t start = last.find_first_not_of(' ');
  const size_t end = last.find_last_not_of(' ');
  if (start == std::string::npos) return req.remote_addr;
  return last.substr(start, end - start + 1);
}

void Router::Install(httplib::Server& server, app::AuthService& auth, bool secure_cookies,
                     const std::string& trusted_proxy) const {
  for (const Route& route : routes_) {
    std::vector<std::string> names;
    const std::string regex = PathRegex(route.path, names);
    std::set<std::string> allowed;
    for (const auto& param : route.query) allowed.insert(param.name);
    auto handler = [&route, names, allowed, &auth, secure_cookies, trusted_proxy](
                       const httplib::Request& req, httplib::Response& res) {
      RequestContext context;
      context.client = ClientAddress(req, trusted_proxy);
      for (size_t i = 0; i < names.size() && i + 1 < req.matches.size(); ++i) {
        context.path[names[i]] = req.matches[i + 1].str();
      }
      if (auto ok = Authenticate(req, res, route, auth, secure_cookies, context); !ok) {
        Deny(req, res, route, ok.error(), context);
        return;
      }
      // The one policy decides, for the permission the route declared (deny by default).
      if (auto ok = app::Authorize(context.principal, route.permission); !ok) {
        Deny(req, res, route, ok.error(), context);
        return;
      }
      if (!route.IsApi() && route.method == "POST") {
        const std::string field = req.get_param_value("_csrf");
        const std::string expected =
            route.csrf == CsrfCheck::kInlog ? CookieValue(req, kInlogCsrfCookie) : context.csrf;
        if (!SameSecret(field, expected)) {
          WriteProblem(req, res, CsrfError(), false, &context);
          return;
        }
      }
      // API Design Rules: unknown parameters are an error, not silently ignored.
      if (route.method == "GET") {
        for (const auto& [name, value] : req.params) {
          if (allowed.count(name) == 0) {
            WriteProblem(req, res,
                         domain::Error{domain::ErrorCode::kInvalid,
                                       "Onbekende parameter '" + name + "'.", name},
                         route.IsApi());
            return;
          }
        }
      }
      route.handler(req, res, context);
    };
    if (route.method == "GET") {
      server.Get(regex, handler);
    } else if (route.method == "POST") {
      server.Post(regex, handler);
    } else if (route.method == "PUT") {
      server.Put(regex, handler);
    } else if (route.method == "DELETE") {
      server.Delete(regex, handler);
    }
  }
}

}  // namespace passend::web
