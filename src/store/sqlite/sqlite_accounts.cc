#include "store/sqlite/sqlite_accounts.h"

namespace passend::store::sqlite {

using domain::Result;

Result<std::vector<app::Account>> SqliteAccounts::Query(
    const std::string& where, const std::function<void(Statement&)>& bind) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare("SELECT id, gebruikersnaam, rol, organisatie, wachtwoord_hash, "
                                "aangemaakt FROM accounts " +
                                where + " ORDER BY gebruikersnaam"));
  bind(stmt);
  std::vector<app::Account> accounts;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    app::Account account;
    account.id = stmt.Int(0);
    account.gebruikersnaam = stmt.Text(1);
    PASSEND_ASSIGN_OR_RETURN(account.rol, domain::ParseRol(stmt.Text(2)));
    account.organisatie = stmt.Text(3);
    account.wachtwoord_hash = stmt.Text(4);
    PASSEND_ASSIGN_OR_RETURN(account.aangemaakt, domain::ParseIsoTimestamp(stmt.Text(5)));
    accounts.push_back(std::move(account));
  }
  PASSEND_ASSIGN_OR_RETURN(auto kinderen,
                           lease->Prepare("SELECT leerling_id FROM account_leerlingen WHERE "
                                          "account_id = ? ORDER BY leerling_id"));
  for (auto& account : accounts) {
    kinderen.Bind(1, account.id);
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, kinderen.Step());
      if (!row) break;
      account.kinderen.push_back(domain::LeerlingId{kinderen.Int(0)});
    }
    kinderen.Reset();
  }
  return accounts;
}

Result<std::optional<app::Account>> SqliteAccounts::FindAccount(const std::string& gebruikersnaam) {
  PASSEND_ASSIGN_OR_RETURN(auto found, Query("WHERE gebruikersnaam = ?", [&](Statement& stmt) {
                             stmt.Bind(1, std::string_view(gebruikersnaam));
                           }));
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

Result<std::optional<app::Account>> SqliteAccounts::FindAccountById(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto found,
                           Query("WHERE id = ?", [&](Statement& stmt) { stmt.Bind(1, id); }));
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

Result<std::vector<app::Account>> SqliteAccounts::ListAccounts() {
  return Query("", [](Statement&) {});
}

Result<std::optional<app::SessieRecord>> SqliteAccounts::FindSessie(const std::string& token_hash) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare("SELECT account_id, gestart, laatst_gezien, csrf, beeindigd "
                                "FROM sessies WHERE token_hash = ?"));
  stmt.BindBlob(1, token_hash);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  app::SessieRecord sessie;
  sessie.token_hash = token_hash;
  sessie.account_id = stmt.Int(0);
  PASSEND_ASSIGN_OR_RETURN(sessie.gestart, domain::ParseIsoTimestamp(stmt.Text(1)));
  PASSEND_ASSIGN_OR_RETURN(sessie.laatst_gezien, domain::ParseIsoTimestamp(stmt.Text(2)));
  sessie.csrf = stmt.Text(3);
  sessie.beeindigd = stmt.Int(4) != 0;
  return sessie;
}

namespace {

Result<app::TokenRecord> TokenFromRow(const Statement& stmt) {
  app::TokenRecord token;
  token.id = stmt.Int(0);
  token.account_id = stmt.Int(1);
  token.label = stmt.Text(2);
  PASSEND_ASSIGN_OR_RETURN(token.aangemaakt, domain::ParseIsoTimestamp(stmt.Text(3)));
  if (!stmt.IsNull(4)) {
    PASSEND_ASSIGN_OR_RETURN(auto at, domain::ParseIsoTimestamp(stmt.Text(4)));
    token.ingetrokken = at;
  }
  return token;
}

constexpr std::string_view kTokenSelect =
    "SELECT id, account_id, label, aangemaakt, ingetrokken FROM api_tokens ";

}  // namespace

Result<std::optional<app::TokenRecord>> SqliteAccounts::FindToken(const std::string& token_hash) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare(std::string(kTokenSelect) + "WHERE token_hash = ?"));
  stmt.BindBlob(1, token_hash);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto token, TokenFromRow(stmt));
  return token;
}

Result<std::vector<app::TokenRecord>> SqliteAccounts::ListTokens(int64_t account_id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(std::string(kTokenSelect) + "WHERE account_id = ? ORDER BY id"));
  stmt.Bind(1, account_id);
  std::vector<app::TokenRecord> tokens;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto token, TokenFromRow(stmt));
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace passend::store::sqlite
