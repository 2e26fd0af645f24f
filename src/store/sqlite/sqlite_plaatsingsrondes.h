#pragma once
// PlaatsingsrondeQueries over SQLite (issue 5 item 5; migration 0016): the children awaiting
// a place in an SWV and the stored rounds with their current lines. LeesPlaatsingsronde is
// the one read of a round, used by the queries and by the writer inside a transaction.

#include <optional>
#include <vector>

#include "app/ports_plaatsingsronde.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Round `id` with its closing and its current lines (the newest per registration, in the
/// round's order), or none.
domain::Result<std::optional<domain::Plaatsingsronde>> LeesPlaatsingsronde(Connection& connection,
                                                                           int64_t id);

/// Reads placement rounds through `store`'s connection pool.
class SqlitePlaatsingsrondes final : public app::PlaatsingsrondeQueries {
 public:
  explicit SqlitePlaatsingsrondes(SqliteStore& store) : store_(store) {}
  domain::Result<std::vector<app::WachtendKind>> WachtendeKinderen(const std::string& swv) override;
  domain::Result<std::optional<app::RondeOverzicht>> FindRonde(int64_t id) override;
  domain::Result<std::vector<domain::Plaatsingsronde>> Rondes(const std::string& swv) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
