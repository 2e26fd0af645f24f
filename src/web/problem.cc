#include "web/problem.h"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "web/html.h"

namespace passend::web {

using domain::ErrorCode;

int StatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid:
      return 400;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kRegel:
      return 422;
    case ErrorCode::kTooManyRequests:
      return 429;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

namespace {

std::string TitleFor(int status) {
  switch (status) {
    case 400:
      return "Ongeldige invoer";
    case 401:
      return "Niet ingelogd";
    case 403:
      return "Geen toegang";
    case 404:
      return "Niet gevonden";
    case 409:
      return "Conflict";
    case 422:
      return "Niet toegestaan volgens de regels";
    case 429:
      return "Te veel pogingen";
    case 503:
      return "Tijdelijk niet beschikbaar";
    default:
      return "Interne fout";
  }
}

}  // namespace

void WriteProblem(const httplib::Request& req, httplib::Response& res, const domain::Error& error,
                  bool api, const RequestContext* context) {
  const int status = StatusFor(error.code);
  res.status = status;
  if (status >= 500) {
    // The detail stays here, in the server log; the client gets a generic sentence. Error
    // messages never hold a BSN.
    spdlog::error("{} {}: {}", req.method, req.path, error.message);
  }
  // Internal details stay in the server log; the client gets a generic Dutch sentence.
  const std::string detail =
      status >= 500 ? "Er ging iets mis aan onze kant. Probeer het later opnieuw." : error.message;
  if (api) {
    nlohmann::json body{{"type", "about:blank"},
                        {"title", TitleFor(status)},
                        {"status", status},
                        {"detail", detail},
                        {"instance", req.path}};
    if (!error.field.empty()) {
      body["invalidParams"] =
          nlohmann::json::array({nlohmann::json{{"name", error.field}, {"reason", error.message}}});
    }
    // Client text (the path) may be invalid UTF-8; replace rather than throw.
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                    "application/problem+json");
    return;
  }
  PageOptions options;
  options.title = TitleFor(status);
  options.context = context;
  const std::string body = "<h1 class=\"utrecht-heading-1\">" + Escape(TitleFor(status)) +
                           "</h1>\n<p class=\"utrecht-paragraph\">" + Escape(detail) +
                           "</p>\n<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" "
                           "href=\"/\">Naar de startpagina</a></p>\n";
  res.set_content(RenderPage(options, body), "text/html; charset=utf-8");
}

}  // namespace passend::web
