#pragma once
// ThuiszitterQueries over SQLite: the cases of a region with the child's date of birth and
// sex, and the student counts behind the per-1,000 figure.

#include "app/ports_thuiszitters.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads for the thuiszitters views through `store`'s connection pool.
class SqliteThuiszitters final : public app::ThuiszitterQueries {
 public:
  explicit SqliteThuiszitters(SqliteStore& store) : store_(store) {}
  domain::Result<std::vector<app::ThuiszitterBron>> Zaken(
      const app::ThuiszitterSelectie& selectie, const std::optional<app::VerzuimScope>& scope,
      domain::Date van, domain::Date tot, bool met_namen) override;
  domain::Result<std::optional<app::RegioGegevens>> Regio(
      const app::ThuiszitterSelectie& selectie) override;
  domain::Result<std::vector<app::RegioGegevens>> Swvs() override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
