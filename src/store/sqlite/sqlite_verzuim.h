#pragma once
// VerzuimQueries over SQLite: scoped, filtered lists of absence cases, single reads, the
// running cases of an SWV and the anonymised input of the quarterly register; and the row
// mapping the writer shares.

#include <string_view>

#include "app/ports_verzuim.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// The columns of `verzuimmeldingen` (alias `v`) that VerzuimFromRow reads, in order.
inline constexpr std::string_view kVerzuimColumns =
    "v.id, v.leerling_id, v.type, v.gemeente, coalesce(v.school, ''), v.swv, v.startdatum, "
    "v.einddatum, v.reden_einde, v.toelichting_einde, v.aanbod_datum, v.aanbod_omschrijving, "
    "v.overgedragen_op, v.artsverklaring, v.advies_id";
/// How many columns kVerzuimColumns holds.
inline constexpr int kVerzuimColumnCount = 15;

/// Reads the kVerzuimColumns part of a row, starting at column 0.
domain::Result<app::VerzuimRecord> VerzuimFromRow(const Statement& row);

/// Binds every stored field of `record` to the named parameters of an INSERT or UPDATE
/// (`:id`, `:leerling`, `:type`, ..., `:overgedragen_op`).
void BindVerzuim(Statement& stmt, const app::VerzuimRecord& record);

/// Reads absence cases through `store`'s connection pool.
class SqliteVerzuim final : public app::VerzuimQueries {
 public:
  explicit SqliteVerzuim(SqliteStore& store) : store_(store) {}
  domain::Result<std::optional<app::VerzuimOverzicht>> FindVerzuim(int64_t id) override;
  domain::Result<app::Page<app::VerzuimOverzicht>> ListVerzuim(const app::VerzuimScope& scope,
                                                               const app::VerzuimFilter& filter,
                                                               app::PageRequest page) override;
  domain::Result<std::vector<app::VerzuimOverzicht>> LopendOp(const app::VerzuimScope& scope,
                                                              const std::string& swv,
                                                              domain::Date op) override;
  domain::Result<std::vector<domain::RegisterInvoer>> RegisterInvoerVan(const std::string& swv,
                                                                        domain::Date tot) override;
  domain::Result<std::vector<domain::Vrijstellingsadvies>> Vrijstellingsadviezen(
      domain::LeerlingId leerling) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
