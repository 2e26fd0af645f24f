#pragma once
// OppQueries over SQLite: scoped, filtered lists of plans and single reads with their versions,
// consent steps and evaluations; and the loading the writer shares (migration 0010).

#include <string_view>

#include "app/ports_opp.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// The columns of `opps` (alias `o`) that OppFromRow reads, in order.
inline constexpr std::string_view kOppColumns =
    "o.id, o.leerling_id, o.school, o.swv, o.onderwijs, o.plaatsingsdatum, "
    "o.vaststellen_uiterlijk, o.vastgesteld_op, o.laatste_versie, o.instemming, "
    "o.versie_in_werking, o.laatste_evaluatie, o.evaluatie_uiterlijk";
/// How many columns kOppColumns holds.
inline constexpr int kOppColumnCount = 13;

/// Reads the kOppColumns part of a row, starting at column 0: the plan (without versions or
/// evaluations) and its stored stand.
domain::Result<std::pair<domain::Opp, domain::OppStand>> OppFromRow(const Statement& row);

/// Loads the versions (with their consent steps) and evaluations of `opp` (by its id).
domain::Result<void> LoadOppDelen(Connection& connection, domain::Opp& opp);

/// Reads plans through `store`'s connection pool.
class SqliteOpps final : public app::OppQueries {
 public:
  explicit SqliteOpps(SqliteStore& store) : store_(store) {}
  domain::Result<std::optional<app::OppOverzicht>> FindOpp(int64_t id) override;
  domain::Result<app::Page<app::OppOverzicht>> ListOpps(const app::LeerlingScope& scope,
                                                        const app::OppFilter& filter,
                                                        domain::Date vandaag,
                                                        app::PageRequest page) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
