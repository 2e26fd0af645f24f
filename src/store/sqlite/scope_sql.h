#pragma once
// Authorization scope as SQL: rows outside an account's scope never leave the database.

#include <string>

#include "app/ports_auth.h"

namespace passend::store::sqlite {

/// The columns a query exposes for each kind of scope; an empty column means that kind of
/// scope sees nothing in this query.
struct ScopeColumns {
  std::string leerling;  // student id, for parents
  std::string school;    // school location code
  std::string bestuur;   // board code of that school
  std::string swv;
  std::string gemeente;  // municipality of residence
};

/// A WHERE condition for `scope` over `columns`; the code is bound as `:scope`. Student ids
/// are integers written into the SQL (no injection possible); nothing matches `0`.
std::string ScopeClause(const app::LeerlingScope& scope, const ScopeColumns& columns);

}  // namespace passend::store::sqlite
