#include "store/sqlite/sqlite_geschillen.h"

#include <fmt/format.h>

#include "store/sqlite/geschil_rows.h"
#include "store/sqlite/paged_query.h"
#include "store/sqlite/scope_sql.h"
#include "store/sqlite/zaak_namen.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

// `g` is geschillen, `s` its school, `l` the student.
constexpr std::string_view kFrom =
    " FROM geschillen g JOIN scholen s ON s.code = g.school"
    " JOIN leerlingen l ON l.id = g.leerling_id";

// Reads the dispute columns followed by school name, board and the student's name parts,
// then loads the steps.
Result<app::GeschilOverzicht> OverzichtFromRow(Connection& connection, const Statement& stmt) {
  app::GeschilOverzicht o;
  PASSEND_ASSIGN_OR_RETURN(o.geschil, GeschilFromRow(stmt));
  auto namen = ZaakNamenFromRow(stmt, kGeschilColumnCount);
  o.school_naam = std::move(namen.school_naam);
  o.bestuur = std::move(namen.bestuur);
  o.leerling_naam = std::move(namen.leerling_naam);
  PASSEND_RETURN_IF_ERROR(LoadStappen(connection, o.geschil));
  return o;
}

}  // namespace

Result<std::optional<app::GeschilOverzicht>> SqliteGeschillen::FindGeschil(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format("SELECT {}{}{} WHERE g.id = ?", kGeschilColumns,
                                            kZaakNamenKolommen, kFrom)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto o, OverzichtFromRow(*lease, stmt));
  return o;
}

Result<app::Page<app::GeschilOverzicht>> SqliteGeschillen::ListGeschillen(
    const app::LeerlingScope& scope, const app::GeschilFilter& filter, app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // A dispute is running while it has no step yet or its last step has no end.
  constexpr std::string_view kLopend =
      "NOT EXISTS (SELECT 1 FROM geschil_stappen st WHERE st.geschil_id = g.id AND "
      "st.einde IS NOT NULL AND st.volgnummer = (SELECT max(volgnummer) FROM geschil_stappen "
      "m WHERE m.geschil_id = g.id))";
  const std::string where = fmt::format(
      " WHERE ({}) AND (:aanmelding IS NULL OR g.aanmelding_id = :aanmelding) AND "
      "(:lopend IS NULL OR ({}) = :lopend)",
      ScopeClause(scope, {"g.leerling_id", "g.school", "s.bestuur", "g.swv", ""}), kLopend);
  auto bind = [&](Statement& stmt) {
    auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
    stmt.Bind(index(":scope"), std::string_view(scope.code));
    if (filter.aanmelding) {
      stmt.Bind(index(":aanmelding"), *filter.aanmelding);
    } else {
      stmt.BindNull(index(":aanmelding"));
    }
    if (filter.lopend) {
      stmt.Bind(index(":lopend"), int64_t{*filter.lopend ? 1 : 0});
    } else {
      stmt.BindNull(index(":lopend"));
    }
  };
  Connection& connection = *lease;
  return PagedQuery<app::GeschilOverzicht>(
      connection, fmt::format("{}{}", kGeschilColumns, kZaakNamenKolommen),
      std::string(kFrom) + where, "g.geopend_op DESC, g.id DESC", page, bind,
      [&connection](const Statement& row) { return OverzichtFromRow(connection, row); });
}

Result<domain::SwvInstellingen> SqliteGeschillen::FindSwvInstellingen(const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  return ReadSwvInstellingen(*lease, swv);
}

}  // namespace passend::store::sqlite
