#include "web/params.h"

#include <charconv>

namespace passend::web {

std::optional<std::string> QueryValue(const httplib::Request& req, const std::string& name) {
  if (!req.has_param(name)) return std::nullopt;
  return req.get_param_value(name);
}

domain::Result<int64_t> IntParam(const httplib::Request& req, const std::string& name,
                                 int64_t fallback) {
  auto value = QueryValue(req, name);
  if (!value) return fallback;
  int64_t out = 0;
  const char* end = value->data() + value->size();
  auto [ptr, ec] = std::from_chars(value->data(), end, out);
  if (ec != std::errc() || ptr != end) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "De parameter '" + name + "' moet een geheel getal zijn.", name);
  }
  return out;
}

std::string BaseWithFilters(const httplib::Request& req, const std::string& path,
                            std::initializer_list<const char*> names) {
  std::string base = path;
  char sep = '?';
  for (const char* name : names) {
    auto value = QueryValue(req, name);
    if (!value || value->empty()) continue;
    base += sep;
    base += name;
    base += '=';
    base += httplib::detail::encode_query_param(*value);
    sep = '&';
  }
  return base;
}

domain::Result<nlohmann::json> JsonBody(const httplib::Request& req) {
  nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "Stuur een JSON-object (Content-Type: application/json).", "body");
  }
  return body;
}

domain::Result<int64_t> ParseId(const std::string& text, const std::string& not_found) {
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value <= 0) {
    return domain::Fail(domain::ErrorCode::kNotFound, not_found);
  }
  return value;
}

domain::Result<app::PageRequest> PageParams(const httplib::Request& req, int default_size) {
  PASSEND_ASSIGN_OR_RETURN(int64_t page, IntParam(req, "page", 1));
  PASSEND_ASSIGN_OR_RETURN(int64_t size, IntParam(req, "pageSize", default_size));
  return app::MakePageRequest(page, size);
}

}  // namespace passend::web
