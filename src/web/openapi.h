#pragma once
// The OpenAPI 3 document, generated from the route table so that it describes every route.

#include <nlohmann/json.hpp>

#include "web/router.h"

namespace passend::web {

/// Builds the OpenAPI 3.0 document for the API routes of `router`.
nlohmann::json BuildOpenApi(const Router& router);

}  // namespace passend::web
