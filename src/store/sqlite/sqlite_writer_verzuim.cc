// The absence-case (verzuimmelding) writes of SqliteWriter.
#include <fmt/format.h>

#include "app/ports_verzuim.h"
#include "store/sqlite/sqlite_verzuim.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<int64_t> SqliteWriter::InsertVerzuim(const app::VerzuimRecord& record) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO verzuimmeldingen (leerling_id, type, gemeente, school, swv, startdatum, einddatum,
      reden_einde, toelichting_einde, aanbod_datum, aanbod_omschrijving, overgedragen_op)
    VALUES (:leerling, :type, :gemeente, :school, :swv, :startdatum, :einddatum, :reden_einde,
      :toelichting_einde, :aanbod_datum, :aanbod_omschrijving, :overgedragen_op))sql"));
  BindVerzuim(stmt, record);
  auto inserted = stmt.Run();
  if (!inserted && inserted.error().code == domain::ErrorCode::kConflict) {
    // The partial unique index of migration 0007: one open thuiszitter case per child and type.
    return domain::Fail(domain::ErrorCode::kConflict,
                        fmt::format("Deze leerling heeft al een lopende melding van het type {}. "
                                    "Beëindig die eerst, of werk die bij.",
                                    domain::VerzuimTypeNaam(record.melding.type)),
                        "leerling");
  }
  PASSEND_RETURN_IF_ERROR(inserted);
  return connection_.LastInsertId();
}

Result<void> SqliteWriter::UpdateVerzuim(const app::VerzuimRecord& record) {
  // Only what may change after registration: the end, the offer and the hand-over.
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    UPDATE verzuimmeldingen SET einddatum = :einddatum, reden_einde = :reden_einde,
      toelichting_einde = :toelichting_einde, aanbod_datum = :aanbod_datum,
      aanbod_omschrijving = :aanbod_omschrijving, overgedragen_op = :overgedragen_op
    WHERE id = :id)sql"));
  BindVerzuim(stmt, record);
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  if (sqlite3_changes(connection_.raw()) != 1) {
    return domain::Fail(domain::ErrorCode::kNotFound, "Deze verzuimmelding is niet gevonden.");
  }
  return {};
}

Result<std::optional<app::VerzuimRecord>> SqliteWriter::FindVerzuim(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare(fmt::format("SELECT {} FROM verzuimmeldingen v WHERE v.id = ?",
                                                 kVerzuimColumns)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto record, VerzuimFromRow(stmt));
  return record;
}

}  // namespace passend::store::sqlite
