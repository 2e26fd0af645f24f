#include "web/server.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "web/problem.h"
#include "web/routes.h"

namespace passend::web {

void ApplySecurityHeaders(httplib::Response& res) {
  // No inline script or style anywhere: pages load only same-origin files.
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                 "form-action 'self'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cross-Origin-Opener-Policy", "same-origin");
  res.set_header("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
}

Server::Server(const Services& services, ServerOptions options)
    : options_(std::move(options)), http_(std::make_unique<httplib::Server>()) {
  AddAllRoutes(router_, services);
  router_.Install(*http_, services.auth, services.secure_cookies, options_.trusted_proxy);

  namespace fs = std::filesystem;
  const fs::path root(options_.asset_root);
  // More specific mounts first; httplib falls through to the next mount when a file is absent.
  http_->set_mount_point("/static/utrecht",
                         (root / "node_modules/@utrecht/component-library-css/dist").string());
  http_->set_mount_point("/static/tokens",
                         (root / "node_modules/@utrecht/design-tokens/dist").string());
  http_->set_mount_point("/static", (root / "web/static").string());

  http_->set_post_routing_handler(
      [](const httplib::Request&, httplib::Response& res) { ApplySecurityHeaders(res); });
  http_->set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const bool api = req.path.rfind("/api/", 0) == 0;
        domain::Error error{
            res.status == 404 ? domain::ErrorCode::kNotFound : domain::ErrorCode::kInvalid,
            res.status == 404 ? "Deze pagina of dit gegeven bestaat niet."
                              : "Het verzoek kon niet worden verwerkt.",
            ""};
        const int status = res.status;
        WriteProblem(req, res, error, api);
        res.status = status;
        return httplib::Server::HandlerResponse::Handled;
      }));
  http_->set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        // The adapter edge: a library exception becomes a 500 with a generic message; the
        // detail goes to the log only (it never contains a BSN: those are not in URLs).
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          spdlog::error("{} {}: {}", req.method, req.path, e.what());
        } catch (...) {
          spdlog::error("{} {}: onbekende fout", req.method, req.path);
        }
        try {
          WriteProblem(req, res, domain::Error{domain::ErrorCode::kInternal, "", ""},
                       req.path.rfind("/api/", 0) == 0);
        } catch (...) {
          // Nothing may escape: httplib's worker threads do not catch, and the process would end.
          res.status = 500;
          res.set_content("Interne fout", "text/plain; charset=utf-8");
        }
      });
  http_->set_logger([](const httplib::Request& req, const httplib::Response& res) {
    // Path only, never the query string: filters may name people.
    spdlog::info("{} {} {}", req.method, req.path, res.status);
  });
  // Without TCP_NODELAY, small keep-alive responses wait for the client's delayed ACK
  // (about 40 ms each); measured in docs/performance.md.
  http_->set_tcp_nodelay(true);
  // httplib's default adds SO_REUSEPORT, which lets a second server share the port silently
  // (and split the in-memory login throttle). Only SO_REUSEADDR, for quick restarts.
  http_->set_socket_options([](socket_t sock) {
    int one = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  });
  const int threads = options_.threads;
  http_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
}

Server::~Server() { Stop(); }

domain::Result<int> Server::Bind() {
  int port = options_.port;
  bool ok = false;
  if (port == 0) {
    port = http_->bind_to_any_port(options_.bind);
    ok = port > 0;
  } else {
    ok = http_->bind_to_port(options_.bind, port);
  }
  if (!ok) {
    return domain::Fail(domain::ErrorCode::kUnavailable,
                        fmt::format("Kan niet luisteren op {}:{}. Is de poort al in gebruik? Kies "
                                    "een andere met --port.",
                                    options_.bind, options_.port));
  }
  return port;
}

// Serve and Stop may race (a signal or a test ending right after start). Each announces
// itself before looking at the other (sequentially consistent atomics), so either Serve sees
// the stop and never listens, or Stop sees Serve and waits until httplib is running, because
// httplib's stop() does nothing before that.
void Server::Serve() {
  serving_ = true;
  if (!stopping_) http_->listen_after_bind();
  serving_ = false;
}

void Server::Stop() {
  stopping_ = true;
  if (!http_) return;
  for (int i = 0; i < 5000 && serving_ && !http_->is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  http_->stop();
}

}  // namespace passend::web
