#pragma once
// JSON for messages to parents (berichten).

#include <nlohmann/json.hpp>

#include "app/ports_bericht.h"

namespace passend::web {

/// One message: id, student, when, subject, text, link and whether it was read.
nlohmann::json ToJson(const app::Bericht& bericht);

}  // namespace passend::web
