#pragma once
// ArrangementQueries over SQLite: the catalogue, scoped and filtered assignment lists, single
// reads, and the assignments per period for the money part; and the row mapping the writer
// shares (issue 7 item 1; migration 0011).

#include <string_view>
#include <vector>

#include "app/ports_arrangement.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// The columns of `arrangementen` (alias `a`) that ArrangementFromRow reads, in order.
inline constexpr std::string_view kArrangementKolommen =
    "a.id, a.swv, a.soort, a.naam, a.omschrijving, a.tarief, a.bedrag, a.actief";
/// How many columns kArrangementKolommen holds.
inline constexpr int kArrangementAantal = 8;

/// The columns of `arrangement_toekenningen` (alias `t`) with its end (alias `e`, LEFT JOIN)
/// that ToekenningFromRow reads, in order.
inline constexpr std::string_view kToekenningKolommen =
    "t.id, t.arrangement_id, t.swv, t.leerling_id, t.school, t.van, t.tot, t.bedrag, e.op, "
    "e.reden";
/// How many columns kToekenningKolommen holds.
inline constexpr int kToekenningAantal = 10;
/// The join that brings an assignment's end (alias `e`).
inline constexpr std::string_view kToekenningEindeJoin =
    " LEFT JOIN arrangement_toekenning_einden e ON e.toekenning_id = t.id";

/// Reads the kArrangementKolommen part of a row, starting at `column`.
domain::Result<domain::Arrangement> ArrangementFromRow(const Statement& row, int column = 0);
/// Reads the kToekenningKolommen part of a row, starting at column 0.
domain::Result<domain::Toekenning> ToekenningFromRow(const Statement& row);

/// Reads arrangementen through `store`'s connection pool.
class SqliteArrangementen final : public app::ArrangementQueries {
 public:
  explicit SqliteArrangementen(SqliteStore& store) : store_(store) {}
  domain::Result<std::optional<domain::Arrangement>> FindArrangement(int64_t id) override;
  domain::Result<app::Page<domain::Arrangement>> ListArrangementen(
      const app::ArrangementFilter& filter, app::PageRequest page) override;
  domain::Result<std::optional<app::ToekenningOverzicht>> FindToekenning(int64_t id) override;
  domain::Result<app::Page<app::ToekenningOverzicht>> ListToekenningen(
      const app::LeerlingScope& scope, const app::ToekenningFilter& filter,
      app::PageRequest page) override;
  domain::Result<std::vector<domain::Toekenning>> ToekenningenMetStartIn(const std::string& swv,
                                                                         domain::Date van,
                                                                         domain::Date tot) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
