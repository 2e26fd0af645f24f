#pragma once
// GeldQueries over SQLite (issue 8): enrolments on the count date and the year accounts'
// latest versions.

#include "app/ports_geld.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads the money part's records through `store`'s connection pool.
class SqliteGeld final : public app::GeldQueries {
 public:
  explicit SqliteGeld(SqliteStore& store) : store_(store) {}

  domain::Result<int64_t> LeerlingenOpTeldatum(const std::string& swv,
                                               domain::Date teldatum) override;
  domain::Result<std::optional<app::JaarrekeningRecord>> FindJaarrekening(const std::string& swv,
                                                                          int jaar) override;
  domain::Result<std::vector<app::JaarrekeningRecord>> JaarrekeningenVan(
      const std::string& swv) override;
  domain::Result<std::vector<app::JaarrekeningRecord>> JaarrekeningenVanJaar(int jaar) override;
  domain::Result<std::vector<app::ToewijzingRecord>> ToewijzingenVan(const std::string& swv,
                                                                     int van, int tot) override;
  domain::Result<std::vector<app::ToewijzingRecord>> ToewijzingenAan(const std::string& school,
                                                                     int van, int tot) override;

 private:
  domain::Result<std::vector<app::JaarrekeningRecord>> Lees(std::string_view where,
                                                            const std::string& swv, int jaar);
  domain::Result<std::vector<app::ToewijzingRecord>> LeesToewijzingen(std::string_view where,
                                                                      const std::string& code,
                                                                      int van, int tot);

  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
