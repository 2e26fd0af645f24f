#include "store/sqlite/migrations.h"

#include <fmt/format.h>

namespace passend::store::sqlite {

namespace {

// The schema version lives in SQLite's user_version header field.
domain::Result<int> SchemaVersion(Connection& connection) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare("PRAGMA user_version"));
  PASSEND_ASSIGN_OR_RETURN(bool has_row, stmt.Step());
  return has_row ? static_cast<int>(stmt.Int(0)) : 0;
}

}  // namespace

domain::Result<int> Migrate(Connection& connection) {
  PASSEND_ASSIGN_OR_RETURN(int version, SchemaVersion(connection));
  for (const Migration& migration : Migrations()) {
    if (migration.number <= version) continue;
    // Each migration and its version bump commit together, so a crash never leaves a
    // half-applied schema behind. IMMEDIATE: two processes starting at once do not both
    // migrate.
    PASSEND_RETURN_IF_ERROR(connection.Exec("BEGIN IMMEDIATE"));
    // Another process may have migrated while we waited for the lock.
    PASSEND_ASSIGN_OR_RETURN(int current, SchemaVersion(connection));
    if (current >= migration.number) {
      PASSEND_RETURN_IF_ERROR(connection.Exec("COMMIT"));
      version = current;
      continue;
    }
    auto applied = connection.Exec(migration.sql);
    if (applied) {
      applied = connection.Exec(fmt::format("PRAGMA user_version = {}", migration.number));
    }
    if (!applied) {
      (void)connection.Exec("ROLLBACK");
      return domain::Fail(applied.error().code,
                          fmt::format("Migratie {} ({}) mislukt: {}", migration.number,
                                      migration.name, applied.error().message));
    }
    PASSEND_RETURN_IF_ERROR(connection.Exec("COMMIT"));
    version = migration.number;
  }
  return version;
}

}  // namespace passend::store::sqlite
