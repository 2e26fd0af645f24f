// The account, session, token and audit writes of SqliteWriter.
#include <sqlite3.h>

#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<int64_t> SqliteWriter::InsertAccount(const app::Account& account) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO accounts (gebruikersnaam, rol, organisatie, wachtwoord_hash, aangemaakt)
    VALUES (?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, std::string_view(account.gebruikersnaam))
      .Bind(2, domain::RolCode(account.rol))
      .Bind(3, std::string_view(account.organisatie))
      .Bind(4, std::string_view(account.wachtwoord_hash))
      .Bind(5, std::string_view(domain::FormatIsoTimestamp(account.aangemaakt)));
  if (auto ok = stmt.Run(); !ok) {
    if (ok.error().code == domain::ErrorCode::kConflict) {
      return domain::Fail(domain::ErrorCode::kConflict, "Deze gebruikersnaam bestaat al.",
                          "gebruikersnaam");
    }
    return std::unexpected(ok.error());
  }
  const int64_t id = connection_.LastInsertId();
  PASSEND_ASSIGN_OR_RETURN(
      auto link, connection_.Prepare(
                     "INSERT INTO account_leerlingen (account_id, leerling_id) VALUES (?, ?)"));
  for (const auto& kind : account.kinderen) {
    link.Bind(1, id).Bind(2, kind.value);
    PASSEND_RETURN_IF_ERROR(link.Run());
  }
  return id;
}

Result<void> SqliteWriter::InsertSessie(const app::SessieRecord& sessie) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO sessies (token_hash, account_id, gestart, laatst_gezien, csrf, beeindigd)
    VALUES (?, ?, ?, ?, ?, 0))sql"));
  stmt.BindBlob(1, sessie.token_hash)
      .Bind(2, sessie.account_id)
      .Bind(3, std::string_view(domain::FormatIsoTimestamp(sessie.gestart)))
      .Bind(4, std::string_view(domain::FormatIsoTimestamp(sessie.laatst_gezien)))
      .Bind(5, std::string_view(sessie.csrf));
  return stmt.Run();
}

Result<void> SqliteWriter::TouchSessie(const std::string& token_hash, domain::Timestamp at) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare("UPDATE sessies SET laatst_gezien = ? WHERE token_hash = ?"));
  stmt.Bind(1, std::string_view(domain::FormatIsoTimestamp(at))).BindBlob(2, token_hash);
  return stmt.Run();
}

Result<void> SqliteWriter::EndSessie(const std::string& token_hash) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare("UPDATE sessies SET beeindigd = 1 WHERE token_hash = ?"));
  stmt.BindBlob(1, token_hash);
  return stmt.Run();
}

Result<int64_t> SqliteWriter::InsertToken(const app::TokenRecord& token,
                                          const std::string& token_hash) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO api_tokens (account_id, token_hash, label, aangemaakt) VALUES (?, ?, ?, ?))sql"));
  stmt.Bind(1, token.account_id)
      .BindBlob(2, token_hash)
      .Bind(3, std::string_view(token.label))
      .Bind(4, std::string_view(domain::FormatIsoTimestamp(token.aangemaakt)));
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  return connection_.LastInsertId();
}

Result<void> SqliteWriter::RevokeToken(int64_t token_id, domain::Timestamp at) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare("UPDATE api_tokens SET ingetrokken = ? WHERE id = ? AND "
                                     "ingetrokken IS NULL"));
  stmt.Bind(1, std::string_view(domain::FormatIsoTimestamp(at))).Bind(2, token_id);
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  if (sqlite3_changes(connection_.raw()) == 0) {
    return domain::Fail(domain::ErrorCode::kNotFound,
                        "Er is geen actief token met nummer " + std::to_string(token_id) + ".",
                        "token");
  }
  return {};
}

Result<bool> SqliteWriter::OrganisatieBestaat(domain::Rol rol, const std::string& code) {
  std::string_view table;
  switch (rol) {
    case domain::Rol::kSchool:
      table = "scholen";
      break;
    case domain::Rol::kBestuur:
      table = "besturen";
      break;
    case domain::Rol::kSwv:
    case domain::Rol::kConsulent:
      table = "samenwerkingsverbanden";
      break;
    case domain::Rol::kGemeente:
      table = "gemeenten";
      break;
    default:
      return true;
  }
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare("SELECT 1 FROM " + std::string(table) + " WHERE code = ?"));
  stmt.Bind(1, std::string_view(code));
  return stmt.Step();
}

Result<void> SqliteWriter::AppendAudit(const app::AuditEntry& entry) {
  PASSEND_ASSIGN_OR_RETURN(Statement * stmt, Cached(audit_, R"sql(
    INSERT INTO audit (at, gebruiker, rol, organisatie, client, leerling_id, actie, wat)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?))sql"));
  stmt->Bind(1, std::string_view(domain::FormatIsoTimestamp(entry.at)))
      .Bind(2, std::string_view(entry.actor.gebruiker))
      .Bind(3, std::string_view(entry.actor.rol))
      .Bind(4, std::string_view(entry.actor.organisatie))
      .Bind(5, std::string_view(entry.actor.client))
      .Bind(6, entry.leerling.value)
      .Bind(7, std::string_view(entry.actie))
      .Bind(8, std::string_view(entry.wat));
  return stmt->Run();
}

}  // namespace passend::store::sqlite
