// The message (bericht) writes of SqliteWriter.
#include "store/sqlite/sqlite_berichten.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<int64_t> SqliteWriter::InsertBericht(const app::Bericht& bericht) {
  // Prepared once per transaction: the demo import sends the parents tens of thousands.
  PASSEND_ASSIGN_OR_RETURN(Statement * cached, Cached(bericht_, R"sql(
    INSERT INTO berichten (leerling_id, aangemaakt, onderwerp, tekst, link)
    VALUES (?, ?, ?, ?, ?))sql"));
  Statement& stmt = *cached;
  stmt.Bind(1, bericht.leerling.value)
      .Bind(2, std::string_view(domain::FormatIsoTimestamp(bericht.aangemaakt)))
      .Bind(3, std::string_view(bericht.onderwerp))
      .Bind(4, std::string_view(bericht.tekst))
      .Bind(5, std::string_view(bericht.link));
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  return connection_.LastInsertId();
}

Result<bool> SqliteWriter::MarkeerGelezen(int64_t id,
                                          const std::vector<domain::LeerlingId>& kinderen,
                                          domain::Timestamp at) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare("UPDATE berichten SET gelezen_op = coalesce(gelezen_op, ?) "
                                     "WHERE id = ? AND " +
                                     KinderenClause(kinderen)));
  stmt.Bind(1, std::string_view(domain::FormatIsoTimestamp(at))).Bind(2, id);
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  return sqlite3_changes(connection_.raw()) == 1;
}

}  // namespace passend::store::sqlite
