#pragma once
// Small helpers every handler uses to answer.

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "domain/error.h"
#include "web/html.h"
#include "web/problem.h"

namespace passend::web {

/// Answers with a JSON body.
inline void WriteJson(httplib::Response& res, const nlohmann::json& body, int status = 200) {
  res.status = status;
  // Stored text may hold invalid UTF-8 (imported data); replace rather than throw.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

/// Answers with a page in the shell.
inline void WriteHtml(httplib::Response& res, const PageOptions& options, const std::string& body) {
  res.set_content(RenderPage(options, body), "text/html; charset=utf-8");
}

/// True when `result` holds a value; otherwise writes its error (problem+json when `api`,
/// a Dutch page otherwise) and returns false.
template <typename T>
bool Check(const httplib::Request& req, httplib::Response& res, const domain::Result<T>& result,
           bool api = true) {
  if (result) return true;
  WriteProblem(req, res, result.error(), api);
  return false;
}

/// As Check, for pages: the error page shows who is logged in.
template <typename T>
bool Check(const httplib::Request& req, httplib::Response& res, const domain::Result<T>& result,
           const RequestContext& context) {
  if (result) return true;
  WriteProblem(req, res, result.error(), false, &context);
  return false;
}

/// Sends the browser to `location` with 303 See Other (after a form post).
inline void SeeOther(httplib::Response& res, const std::string& location) {
  res.status = 303;
  res.set_header("Location", location);
}

}  // namespace passend::web
