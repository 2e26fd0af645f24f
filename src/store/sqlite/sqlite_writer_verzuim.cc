// The absence-case (verzuimmelding) writes of SqliteWriter.
#include <fmt/format.h>

#include "app/ports_verzuim.h"
#include "store/sqlite/doorbraak_rows.h"
#include "store/sqlite/sqlite_verzuim.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<int64_t> SqliteWriter::InsertVerzuim(const app::VerzuimRecord& record) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO verzuimmeldingen (leerling_id, type, gemeente, school, swv, startdatum, einddatum,
      reden_einde, toelichting_einde, aanbod_datum, aanbod_omschrijving, overgedragen_op,
      artsverklaring, advies_id)
    VALUES (:leerling, :type, :gemeente, :school, :swv, :startdatum, :einddatum, :reden_einde,
      :toelichting_einde, :aanbod_datum, :aanbod_omschrijving, :overgedragen_op, :artsverklaring,
      :advies))sql"));
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
  // Only what may change after registration: the end, the offer, the hand-over and the
  // escalations.
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
  return SaveDoorbraken(connection_, record.melding.id, record.doorbraken);
}

Result<std::optional<app::VerzuimRecord>> SqliteWriter::FindVerzuim(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare(fmt::format("SELECT {} FROM verzuimmeldingen v WHERE v.id = ?",
                                                 kVerzuimColumns)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto record, VerzuimFromRow(stmt));
  PASSEND_ASSIGN_OR_RETURN(record.doorbraken, LoadDoorbraken(connection_, id));
  return record;
}

Result<int64_t> SqliteWriter::InsertVrijstellingsadvies(const domain::Vrijstellingsadvies& advies,
                                                        const std::string& gegeven_door) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO vrijstellingsadviezen (leerling_id, swv, datum, advies, gegeven_door)
    VALUES (?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, advies.leerling.value)
      .Bind(2, std::string_view(advies.swv.str()))
      .Bind(3, std::string_view(domain::FormatIsoDate(advies.datum)))
      .Bind(4, std::string_view(advies.advies))
      .Bind(5, std::string_view(gegeven_door));
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  return connection_.LastInsertId();
}

Result<std::optional<domain::Vrijstellingsadvies>> SqliteWriter::LaatsteVrijstellingsadvies(
    domain::LeerlingId leerling, const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto adviezen, ReadVrijstellingsadviezen(connection_, leerling, swv));
  if (adviezen.empty()) return std::nullopt;
  return adviezen.front();
}

}  // namespace passend::store::sqlite
