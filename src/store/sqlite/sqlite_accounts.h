#pragma once
// AccountQueries over SQLite.

#include "app/ports_auth.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads accounts, sessions and tokens through `store`'s connection pool.
class SqliteAccounts final : public app::AccountQueries {
 public:
  explicit SqliteAccounts(SqliteStore& store) : store_(store) {}
  domain::Result<std::optional<app::Account>> FindAccount(
      const std::string& gebruikersnaam) override;
  domain::Result<std::optional<app::Account>> FindAccountById(int64_t id) override;
  domain::Result<std::vector<app::Account>> ListAccounts() override;
  domain::Result<std::optional<app::SessieRecord>> FindSessie(
      const std::string& token_hash) override;
  domain::Result<std::optional<app::TokenRecord>> FindToken(const std::string& token_hash) override;
  domain::Result<std::vector<app::TokenRecord>> ListTokens(int64_t account_id) override;

 private:
  domain::Result<std::vector<app::Account>> Query(const std::string& where,
                                                  const std::function<void(Statement&)>& bind);
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
