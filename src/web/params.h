#pragma once
// Parsing of query parameters, with errors that name the parameter.

#include <httplib.h>

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/paging.h"
#include "domain/error.h"

namespace passend::web {

/// The value of query parameter `name`, if present.
std::optional<std::string> QueryValue(const httplib::Request& req, const std::string& name);

/// An integer query parameter, `fallback` when absent; a 400-error naming it when malformed.
domain::Result<int64_t> IntParam(const httplib::Request& req, const std::string& name,
                                 int64_t fallback);

/// `page` and `pageSize` (default 1 and `default_size`), validated.
domain::Result<app::PageRequest> PageParams(const httplib::Request& req, int default_size = 100);

/// The collection URL with the given filters that are present, for pagination links
/// (`/api/v1/scholen?swv=PO2001`).
std::string BaseWithFilters(const httplib::Request& req, const std::string& path,
                            std::initializer_list<const char*> names);

/// The request body as a JSON object; a 400 naming `body` otherwise.
domain::Result<nlohmann::json> JsonBody(const httplib::Request& req);

/// A positive integer id from a path; a malformed id cannot exist, so it is a 404 with
/// `not_found` as the message.
domain::Result<int64_t> ParseId(const std::string& text, const std::string& not_found);

/// Parses an optional parameter with `parse`, naming the parameter in the error.
template <typename T, typename Parse>
domain::Result<std::optional<T>> OptionalParam(const httplib::Request& req, const std::string& name,
                                               Parse parse) {
  auto value = QueryValue(req, name);
  if (!value || value->empty()) return std::optional<T>();
  auto parsed = parse(*value);
  if (!parsed) {
    domain::Error error = parsed.error();
    error.code = domain::ErrorCode::kInvalid;
    error.field = name;
    return std::unexpected(std::move(error));
  }
  return std::optional<T>(std::move(*parsed));
}

}  // namespace passend::web
