#pragma once
// Numbered schema migrations, applied in order at start-up.

#include <string_view>
#include <vector>

#include "domain/error.h"
#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// One migration: its number (the file's prefix), name and SQL.
struct Migration {
  int number;
  std::string_view name;
  std::string_view sql;
};

/// All migrations, ordered by number (generated from migrations/*.sql).
const std::vector<Migration>& Migrations();

/// Applies every migration newer than the database's `user_version`, each in its own
/// transaction; returns the schema version reached.
domain::Result<int> Migrate(Connection& connection);

}  // namespace passend::store::sqlite
