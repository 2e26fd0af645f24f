#pragma once
// The OpenAPI 3 document, generated from the route table so that it describes every route.

#include <nlohmann/json.hpp>
#include <string>

#include "web/router.h"

namespace passend::web {

/// Builds the OpenAPI 3.0 document for the API routes of `router`.
nlohmann::json BuildOpenApi(const Router& router);

/// The schema of a paginated list: `_embedded.{embedded}` holds items of schema `item`, with
/// `_links`, `page`, `pageSize`, `totaal` and `aantalPaginas`.
nlohmann::json PageSchema(const std::string& embedded, const std::string& item);

}  // namespace passend::web
