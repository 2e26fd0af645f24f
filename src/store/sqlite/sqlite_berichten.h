#pragma once
// BerichtQueries over SQLite.

#include "app/ports_bericht.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads messages to parents through `store`'s connection pool.
class SqliteBerichten final : public app::BerichtQueries {
 public:
  explicit SqliteBerichten(SqliteStore& store) : store_(store) {}
  domain::Result<app::Page<app::Bericht>> ListBerichten(
      const std::vector<domain::LeerlingId>& kinderen, app::PageRequest page) override;
  domain::Result<int64_t> TelOngelezen(const std::vector<domain::LeerlingId>& kinderen) override;

 private:
  SqliteStore& store_;
};

/// The WHERE condition for the messages about `kinderen` (column `leerling_id`).
std::string KinderenClause(const std::vector<domain::LeerlingId>& kinderen);

}  // namespace passend::store::sqlite
