#include "store/sqlite/sqlite_berichten.h"

#include <fmt/format.h>

#include "store/sqlite/scope_sql.h"

namespace passend::store::sqlite {

using domain::Result;

std::string KinderenClause(const std::vector<domain::LeerlingId>& kinderen) {
  return ScopeClause(app::LeerlingScope{app::LeerlingScope::Soort::kKinderen, "", kinderen},
                     {"leerling_id", "", "", "", ""});
}

Result<app::Page<app::Bericht>> SqliteBerichten::ListBerichten(
    const std::vector<domain::LeerlingId>& kinderen, app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  const std::string where = " WHERE " + KinderenClause(kinderen);
  app::Page<app::Bericht> result;
  result.request = page;
  {
    PASSEND_ASSIGN_OR_RETURN(auto count, lease->Prepare("SELECT count(*) FROM berichten" + where));
    PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] bool row, count.Step());
    result.total = count.Int(0);
  }
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format("SELECT id, leerling_id, aangemaakt, onderwerp, tekst, "
                                            "link, gelezen_op FROM berichten{} ORDER BY id DESC "
                                            "LIMIT :limit OFFSET :offset",
                                            where)));
  stmt.BindLimitOffset(page.page_size, page.Offset());
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    app::Bericht b;
    b.id = stmt.Int(0);
    b.leerling = domain::LeerlingId{stmt.Int(1)};
    PASSEND_ASSIGN_OR_RETURN(b.aangemaakt, domain::ParseIsoTimestamp(stmt.Text(2)));
    b.onderwerp = stmt.Text(3);
    b.tekst = stmt.Text(4);
    b.link = stmt.Text(5);
    if (!stmt.IsNull(6)) {
      PASSEND_ASSIGN_OR_RETURN(auto gelezen, domain::ParseIsoTimestamp(stmt.Text(6)));
      b.gelezen_op = gelezen;
    }
    result.items.push_back(std::move(b));
  }
  return result;
}

Result<int64_t> SqliteBerichten::TelOngelezen(const std::vector<domain::LeerlingId>& kinderen) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare("SELECT count(*) FROM berichten WHERE " + KinderenClause(kinderen) +
                                " AND gelezen_op IS NULL"));
  PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] bool row, stmt.Step());
  return stmt.Int(0);
}

}  // namespace passend::store::sqlite
