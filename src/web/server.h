#pragma once
// The HTTP server: routes, static assets, security headers, error responses.

#include <httplib.h>

#include <atomic>
#include <memory>
#include <string>

#include "domain/error.h"
#include "web/router.h"
#include "web/services.h"

namespace passend::web {

/// Where and how to serve.
struct ServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;                              // 0: an ephemeral port (tests)
  std::string asset_root = PASSEND_SOURCE_DIR;  // holds web/static and node_modules
  int threads = 8;
  std::string trusted_proxy;  // address of a TLS-terminating reverse proxy, if any
};

/// The Passend web server (API and pages in one process).
class Server {
 public:
  Server(const Services& services, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds the socket; returns the port (useful with port 0). Fails with a clear Dutch
  /// message when the port is taken.
  domain::Result<int> Bind();
  /// Serves until Stop() is called. Call after Bind().
  void Serve();
  /// Stops serving; safe to call from another thread.
  void Stop();

  const Router& router() const { return router_; }

 private:
  ServerOptions options_;
  Router router_;
  std::atomic<bool> serving_{false};
  std::atomic<bool> stopping_{false};
  std::unique_ptr<httplib::Server> http_;
};

/// The security headers every response carries (CSP without inline script, nosniff, ...).
void ApplySecurityHeaders(httplib::Response& res);

}  // namespace passend::web
