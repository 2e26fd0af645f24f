#pragma once
// GeschilQueries and SwvInstellingenQueries over SQLite.

#include "app/ports_geschil.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads disputes and the SWVs' settings through `store`'s connection pool.
class SqliteGeschillen final : public app::GeschilQueries, public app::SwvInstellingenQueries {
 public:
  explicit SqliteGeschillen(SqliteStore& store) : store_(store) {}
  domain::Result<std::optional<app::GeschilOverzicht>> FindGeschil(int64_t id) override;
  domain::Result<app::Page<app::GeschilOverzicht>> ListGeschillen(const app::LeerlingScope& scope,
                                                                  const app::GeschilFilter& filter,
                                                                  app::PageRequest page) override;
  domain::Result<domain::SwvInstellingen> FindSwvInstellingen(const std::string& swv) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
