#pragma once
// BasisondersteuningQueries over SQLite: an SWV's norm versions, a location's accounts and the
// current account of every location of a region (issue 5 item 3; migration 0015).

#include <vector>

#include "app/ports_basisondersteuning.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads norms and accounts through `store`'s connection pool.
class SqliteBasisondersteuning final : public app::BasisondersteuningQueries {
 public:
  explicit SqliteBasisondersteuning(SqliteStore& store) : store_(store) {}
  domain::Result<std::vector<domain::Basisondersteuningsnorm>> NormVersies(
      const std::string& swv) override;
  domain::Result<std::optional<domain::BasisInvulling>> FindInvulling(
      const domain::Vestigingscode& school, std::optional<int> versie) override;
  domain::Result<std::vector<app::InvullingVersie>> InvullingVersies(
      const domain::Vestigingscode& school) override;
  domain::Result<std::vector<app::RegioInvulling>> RegioInvullingen(
      const std::string& swv) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
