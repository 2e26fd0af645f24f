#pragma once
// DekkendAanbodQueries over SQLite (issue 5 item 7): the region's municipalities with their
// points and the needs of the region's students' latest registrations.

#include <vector>

#include "app/ports_dekkend_aanbod.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads through `store`'s connection pool.
class SqliteDekkendAanbod final : public app::DekkendAanbodQueries {
 public:
  explicit SqliteDekkendAanbod(SqliteStore& store) : store_(store) {}
  domain::Result<std::vector<app::RegioGemeente>> RegioGemeenten(const std::string& swv) override;
  domain::Result<std::vector<app::LeerlingVraag>> LeerlingVragen(const std::string& swv) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
