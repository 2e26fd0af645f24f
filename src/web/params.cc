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

domain::Result<app::PageRequest> PageParams(const httplib::Request& req, int default_size) {
  PASSEND_ASSIGN_OR_RETURN(int64_t page, IntParam(req, "page", 1));
  PASSEND_ASSIGN_OR_RETURN(int64_t size, IntParam(req, "pageSize", default_size));
  return app::MakePageRequest(page, size);
}

}  // namespace passend::web
