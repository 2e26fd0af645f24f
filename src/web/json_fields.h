#pragma once
// Reading fields of a JSON request body with Dutch errors that name the field (kInvalid,
// 400), and writing optional dates.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/besluit.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/registry.h"

namespace passend::web {

/// The text in `field`; empty when absent and not `required`.
domain::Result<std::string> JsonText(const nlohmann::json& body, const std::string& field,
                                     bool required);
/// The boolean in `field`; none when absent and not `required`.
domain::Result<std::optional<bool>> JsonFlag(const nlohmann::json& body, const std::string& field,
                                             bool required);
/// The integer in `field`; none when absent.
domain::Result<std::optional<int64_t>> JsonInt(const nlohmann::json& body,
                                               const std::string& field);
/// The ISO date (JJJJ-MM-DD) in `field`; none when absent.
domain::Result<std::optional<domain::Date>> JsonDate(const nlohmann::json& body,
                                                     const std::string& field);
/// The required student id in `leerling` (a positive integer; kInvalid naming it otherwise).
domain::Result<domain::LeerlingId> VerplichteLeerling(const nlohmann::json& body);

/// The required ISO date in `field`; kInvalid "Geef {wat} op." naming it when absent.
domain::Result<domain::Date> VerplichteDatum(const nlohmann::json& body, const char* field,
                                             const char* wat);

/// A parse error of a known field (a code, an enum) as malformed input: kInvalid (400)
/// naming `field`, with the parser's message.
template <typename T>
domain::Result<T> AlsVeldfout(domain::Result<T> value, const char* field) {
  if (!value) {
    domain::Error error = value.error();
    error.code = domain::ErrorCode::kInvalid;
    error.field = field;
    return std::unexpected(std::move(error));
  }
  return value;
}

/// The required student's view in `hoorrecht`: `{"gehoord": true, "zienswijze": ...}` or
/// `{"gehoord": false, "reden": ...}` (seed 000 #4); kInvalid naming `hoorrecht` when malformed
/// (the domain checks the texts).
domain::Result<domain::Hoorrecht> JsonHoorrecht(const nlohmann::json& body);
/// `{"gehoord", "zienswijze", "reden"}` with empty texts as null.
nlohmann::json HoorrechtJson(const domain::Hoorrecht& hoorrecht);

/// An ISO date string, or JSON null.
nlohmann::json DateOrNull(const std::optional<domain::Date>& date);

}  // namespace passend::web
