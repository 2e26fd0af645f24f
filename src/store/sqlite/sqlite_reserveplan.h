#pragma once
// ReserveplanQueries over SQLite (issue 8 items 5 and 6; migration 0017): plan versions with
// their lines and decisions, objections with their decisions, budget versions with their lines
// and consent steps.

#include "app/ports_reserveplan.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads reserve plans, objections and budgets through `store`'s connection pool.
class SqliteReserveplannen final : public app::ReserveplanQueries {
 public:
  explicit SqliteReserveplannen(SqliteStore& store) : store_(store) {}

  domain::Result<std::vector<app::ReserveplanRecord>> ReserveplannenVan(
      const std::string& swv) override;
  domain::Result<std::vector<app::ReserveplanRecord>> ReserveplannenVanJaar(int jaar) override;
  domain::Result<std::optional<app::ReserveplanRecord>> FindReserveplan(int64_t id) override;
  domain::Result<std::vector<app::ReservebezwaarRecord>> BezwarenVan(
      const std::string& swv) override;
  domain::Result<std::vector<app::ReservebezwaarRecord>> BezwarenVanJaar(int jaar) override;
  domain::Result<std::optional<app::ReservebezwaarRecord>> FindBezwaar(int64_t id) override;
  domain::Result<std::vector<app::MeerjarenbegrotingRecord>> BegrotingenVan(
      const std::string& swv) override;
  domain::Result<std::optional<app::MeerjarenbegrotingRecord>> FindBegroting(int64_t id) override;

 private:
  // `where` filters `p` (reserveplannen) with `?1` (text) or `?2` (integer).
  domain::Result<std::vector<app::ReserveplanRecord>> Plannen(std::string_view where,
                                                              const std::string& tekst,
                                                              int64_t getal);
  domain::Result<std::vector<app::ReservebezwaarRecord>> Bezwaren(std::string_view where,
                                                                  const std::string& tekst,
                                                                  int64_t getal);
  domain::Result<std::vector<app::MeerjarenbegrotingRecord>> Begrotingen(std::string_view where,
                                                                         const std::string& tekst,
                                                                         int64_t getal);

  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
