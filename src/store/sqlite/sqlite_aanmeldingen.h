#pragma once
// AanmeldingQueries over SQLite: scoped, filtered registration lists and single reads.

#include "app/ports_aanmelding.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads registrations through `store`'s connection pool.
class SqliteAanmeldingen final : public app::AanmeldingQueries {
 public:
  explicit SqliteAanmeldingen(SqliteStore& store) : store_(store) {}
  domain::Result<std::optional<app::AanmeldingOverzicht>> FindAanmelding(int64_t id) override;
  domain::Result<app::Page<app::AanmeldingOverzicht>> ListAanmeldingen(
      const app::LeerlingScope& scope, const app::AanmeldingFilter& filter,
      app::StatusPeildatum peildatum, app::PageRequest page) override;
  domain::Result<std::vector<int64_t>> TelAanmeldingen(const app::LeerlingScope& scope,
                                                       app::StatusPeildatum peildatum) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
