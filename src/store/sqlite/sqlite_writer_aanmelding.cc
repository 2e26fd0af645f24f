// The registration (aanmelding) writes of SqliteWriter.
#include <fmt/format.h>

#include "store/sqlite/aanmelding_rows.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<int64_t> SqliteWriter::InsertAanmelding(
    const domain::Aanmelding& aanmelding, const std::optional<domain::Date>& uiterste_beslisdatum) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO aanmeldingen (leerling_id, school, swv, aanmelddatum, schriftelijk, compleet_op,
      gewenste_startdatum, eerste_keuze, vooraanmelding, ondersteuningsbehoeften,
      beslistermijn_dagen, uiterste_beslisdatum, verlenging_dagen, verlenging_reden, verlengd_op,
      uitkomst, besluit_datum, besluit, door_swv)
    VALUES (:leerling, :school, :swv, :aanmelddatum, :schriftelijk, :compleet_op,
      :gewenste_startdatum, :eerste_keuze, :vooraanmelding, :ondersteuningsbehoeften,
      :beslistermijn_dagen, :uiterste, :verlenging_dagen, :verlenging_reden, :verlengd_op,
      :uitkomst, :besluit_datum, :besluit, :door_swv))sql"));
  BindAanmelding(stmt, aanmelding, uiterste_beslisdatum);
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  return connection_.LastInsertId();
}

Result<void> SqliteWriter::UpdateAanmelding(
    const domain::Aanmelding& aanmelding, const std::optional<domain::Date>& uiterste_beslisdatum) {
  // Only what may change after registration: the extension and the decision.
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    UPDATE aanmeldingen SET uiterste_beslisdatum = :uiterste,
      verlenging_dagen = :verlenging_dagen, verlenging_reden = :verlenging_reden,
      verlengd_op = :verlengd_op, uitkomst = :uitkomst, besluit_datum = :besluit_datum,
      besluit = :besluit
    WHERE id = :id)sql"));
  BindAanmelding(stmt, aanmelding, uiterste_beslisdatum);
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  if (sqlite3_changes(connection_.raw()) != 1) {
    return domain::Fail(domain::ErrorCode::kNotFound, "Deze aanmelding is niet gevonden.");
  }
  return {};
}

Result<std::optional<domain::Aanmelding>> SqliteWriter::FindAanmelding(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare(fmt::format("SELECT {} FROM aanmeldingen a WHERE a.id = ?",
                                                 kAanmeldingColumns)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto aanmelding, AanmeldingFromRow(stmt));
  return aanmelding;
}

Result<std::vector<domain::Aanmelding>> SqliteWriter::OpenAanmeldingenVan(
    domain::LeerlingId leerling) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare(fmt::format(
                     "SELECT {} FROM aanmeldingen a WHERE a.leerling_id = ? AND a.uitkomst IS "
                     "NULL ORDER BY a.aanmelddatum, a.id",
                     kAanmeldingColumns)));
  stmt.Bind(1, leerling.value);
  std::vector<domain::Aanmelding> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto aanmelding, AanmeldingFromRow(stmt));
    result.push_back(std::move(aanmelding));
  }
  return result;
}

}  // namespace passend::store::sqlite
