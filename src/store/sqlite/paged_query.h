#pragma once
// One paged list query: the total and one page of rows over the same FROM and WHERE.

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "app/paging.h"
#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// Runs `SELECT count(*) <from_where>` and `SELECT <columns> <from_where> ORDER BY <order_by>`
/// for `page`; `bind(Statement&)` binds the named parameters of both, `read(const
/// Statement&)` returns a Result<T> per row.
template <typename T, typename Bind, typename Read>
domain::Result<app::Page<T>> PagedQuery(Connection& connection, std::string_view columns,
                                        std::string_view from_where, std::string_view order_by,
                                        app::PageRequest page, const Bind& bind, const Read& read) {
  app::Page<T> result;
  result.request = page;
  {
    PASSEND_ASSIGN_OR_RETURN(auto count,
                             connection.Prepare(fmt::format("SELECT count(*){}", from_where)));
    bind(count);
    PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] bool row, count.Step());
    result.total = count.Int(0);
  }
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection.Prepare(fmt::format("SELECT {}{} ORDER BY {} LIMIT :limit OFFSET "
                                                ":offset",
                                                columns, from_where, order_by)));
  bind(stmt);
  stmt.BindLimitOffset(page.page_size, page.Offset());
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(T item, read(stmt));
    result.items.push_back(std::move(item));
  }
  return result;
}

}  // namespace passend::store::sqlite
