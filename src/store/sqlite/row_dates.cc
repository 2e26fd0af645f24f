#include "store/sqlite/row_dates.h"

namespace passend::store::sqlite {

domain::Result<std::optional<domain::Date>> OptionalDate(const Statement& row, int column) {
  if (row.IsNull(column)) return std::optional<domain::Date>();
  PASSEND_ASSIGN_OR_RETURN(auto date, domain::ParseIsoDate(row.Text(column)));
  return std::optional<domain::Date>(date);
}

std::optional<std::string> OptionalIso(const std::optional<domain::Date>& date) {
  if (!date) return std::nullopt;
  return domain::FormatIsoDate(*date);
}

}  // namespace passend::store::sqlite
