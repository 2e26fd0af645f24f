#pragma once
// Opening a database with its key: the wiring every subcommand shares.

#include <memory>
#include <string>

#include "app/ports.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::cli {

/// An open database, its BSN vault and the system clock.
struct Context {
  std::unique_ptr<store::sqlite::SqliteStore> store;
  std::unique_ptr<app::BsnVault> vault;
  app::SystemClock clock;
};

/// Opens (and migrates) the database at `db_path`, creating its directory when needed, and
/// loads or creates the key file (`key_path`, or the default beside the database).
domain::Result<std::unique_ptr<Context>> OpenContext(const std::string& db_path,
                                                     const std::string& key_path);

}  // namespace passend::cli
