// The arrangementen writes of SqliteWriter (issue 7 item 1; migration 0011).
#include <fmt/format.h>

#include "store/sqlite/sqlite_arrangementen.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<int64_t> SqliteWriter::InsertArrangement(const domain::Arrangement& a) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO arrangementen (swv, soort, naam, omschrijving, tarief, bedrag, actief)
    VALUES (?, ?, ?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, std::string_view(a.swv.str()))
      .Bind(2, domain::ArrangementSoortCode(a.soort))
      .Bind(3, std::string_view(a.naam))
      .Bind(4, std::string_view(a.omschrijving))
      .Bind(5, domain::TariefCode(a.tarief))
      .Bind(6, a.bedrag.value())
      .Bind(7, int64_t{a.actief ? 1 : 0});
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  return connection_.LastInsertId();
}

Result<void> SqliteWriter::UpdateArrangement(const domain::Arrangement& a) {
  // The SWV and the kind stay what they were: a different package is a new entry.
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    UPDATE arrangementen SET naam = ?, omschrijving = ?, tarief = ?, bedrag = ?, actief = ?
    WHERE id = ?)sql"));
  stmt.Bind(1, std::string_view(a.naam))
      .Bind(2, std::string_view(a.omschrijving))
      .Bind(3, domain::TariefCode(a.tarief))
      .Bind(4, a.bedrag.value())
      .Bind(5, int64_t{a.actief ? 1 : 0})
      .Bind(6, a.id);
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  if (sqlite3_changes(connection_.raw()) != 1) {
    return domain::Fail(domain::ErrorCode::kNotFound, "Dit arrangement is niet gevonden.");
  }
  return {};
}

Result<std::optional<domain::Arrangement>> SqliteWriter::FindArrangement(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare(fmt::format("SELECT {} FROM arrangementen a WHERE a.id = ?",
                                                 kArrangementKolommen)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  return ArrangementFromRow(stmt);
}

Result<int64_t> SqliteWriter::InsertToekenning(const domain::Toekenning& t,
                                               const std::string& door) {
  PASSEND_ASSIGN_OR_RETURN(auto* stmt, Cached(toekenning_, R"sql(
    INSERT INTO arrangement_toekenningen (arrangement_id, swv, leerling_id, school, van, tot,
      bedrag, toegekend_door)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?))sql"));
  stmt->Bind(1, t.arrangement)
      .Bind(2, std::string_view(t.swv.str()))
      .Bind(3, t.leerling.value)
      .Bind(4, std::string_view(t.school.str()))
      .Bind(5, std::string_view(domain::FormatIsoDate(t.van)))
      .Bind(6, std::string_view(domain::FormatIsoDate(t.tot)))
      .Bind(7, t.bedrag.value())
      .Bind(8, std::string_view(door));
  PASSEND_RETURN_IF_ERROR(stmt->Run());
  return connection_.LastInsertId();
}

Result<void> SqliteWriter::InsertToekenningEinde(const domain::Toekenning& t,
                                                 const std::string& door) {
  if (!t.einde) {
    return domain::Fail(domain::ErrorCode::kInternal, "Een einde zonder datum opgeslagen.");
  }
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO arrangement_toekenning_einden (toekenning_id, swv, op, reden, vastgelegd_door)
    VALUES (?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, t.id)
      .Bind(2, std::string_view(t.swv.str()))
      .Bind(3, std::string_view(domain::FormatIsoDate(t.einde->op)))
      .Bind(4, std::string_view(t.einde->reden))
      .Bind(5, std::string_view(door));
  auto inserted = stmt.Run();
  if (!inserted && inserted.error().code == domain::ErrorCode::kConflict) {
    return domain::Fail(domain::ErrorCode::kConflict, "Deze toekenning is al beëindigd.");
  }
  return inserted;
}

Result<std::optional<domain::Toekenning>> SqliteWriter::FindToekenning(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare(fmt::format("SELECT {} FROM arrangement_toekenningen t{}"
                                                 " WHERE t.id = ?",
                                                 kToekenningKolommen, kToekenningEindeJoin)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  return ToekenningFromRow(stmt);
}

}  // namespace passend::store::sqlite
