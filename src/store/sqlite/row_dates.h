#pragma once
// Optional ISO dates in and out of SQLite columns (NULL when absent).

#include <optional>
#include <string>

#include "domain/date.h"
#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// The date in `column`, or none when it is NULL; kInvalid when it is not an ISO date.
domain::Result<std::optional<domain::Date>> OptionalDate(const Statement& row, int column);

/// `date` as ISO text for binding, or none (binds NULL).
std::optional<std::string> OptionalIso(const std::optional<domain::Date>& date);

}  // namespace passend::store::sqlite
