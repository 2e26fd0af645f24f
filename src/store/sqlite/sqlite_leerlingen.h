#pragma once
// LeerlingQueries over SQLite: scoped student lists, files and the audit trail.

#include "app/ports_auth.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads student data through `store`'s connection pool.
class SqliteLeerlingen final : public app::LeerlingQueries {
 public:
  explicit SqliteLeerlingen(SqliteStore& store) : store_(store) {}
  domain::Result<app::Page<app::LeerlingOverzicht>> ListLeerlingen(
      const app::LeerlingScope& scope, const app::LeerlingFilter& filter,
      app::PageRequest page) override;
  domain::Result<std::optional<app::LeerlingDossier>> FindDossier(domain::LeerlingId id) override;
  domain::Result<std::optional<domain::LeerlingId>> FindByBsnLookup(
      const std::string& lookup) override;
  domain::Result<std::vector<app::AuditEntry>> ListAudit(domain::LeerlingId id,
                                                         int64_t limit) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
