#include "store/sqlite/scope_sql.h"

namespace passend::store::sqlite {

std::string ScopeClause(const app::LeerlingScope& scope, const ScopeColumns& columns) {
  using Soort = app::LeerlingScope::Soort;
  auto on = [](const std::string& column) {
    return column.empty() ? std::string("0") : column + " = :scope";
  };
  switch (scope.soort) {
    case Soort::kGeen:
      return "0";
    case Soort::kKinderen: {
      if (scope.kinderen.empty() || columns.leerling.empty()) return "0";
      std::string ids;
      for (const auto& id : scope.kinderen) {
        if (!ids.empty()) ids += ',';
        ids += std::to_string(id.value);
      }
      return columns.leerling + " IN (" + ids + ")";
    }
    case Soort::kSchool:
      return on(columns.school);
    case Soort::kBestuur:
      return on(columns.bestuur);
    case Soort::kSwv:
      return on(columns.swv);
    case Soort::kGemeente:
      return on(columns.gemeente);
  }
  return "0";
}

}  // namespace passend::store::sqlite
