#include "store/sqlite/sqlite_leerlingen.h"

#include <fmt/format.h>

#include "store/sqlite/scope_sql.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<app::Page<app::LeerlingOverzicht>> SqliteLeerlingen::ListLeerlingen(
    const app::LeerlingScope& scope, const app::LeerlingFilter& filter, app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  const std::string from =
      " FROM leerlingen l"
      " LEFT JOIN inschrijvingen i ON i.leerling_id = l.id AND i.tot IS NULL"
      " LEFT JOIN scholen s ON s.code = i.school"
      " JOIN gemeenten g ON g.code = l.gemeente"
      " WHERE (" +
      ScopeClause(scope, {"l.id", "i.school", "s.bestuur", "l.swv", "l.gemeente"}) +
      ") AND (:school IS NULL OR i.school = :school) AND (:swv IS NULL OR l.swv = :swv)"
      " AND (:gemeente IS NULL OR l.gemeente = :gemeente)"
      " AND (:naam = '' OR l.achternaam LIKE :like ESCAPE '\\' OR l.voornaam LIKE :like ESCAPE '\\'"
      "      OR (l.tussenvoegsel || ' ' || l.achternaam) LIKE :like ESCAPE '\\'"
      "      OR (l.voornaam || ' ' || l.achternaam) LIKE :like ESCAPE '\\'"
      "      OR (l.voornaam || ' ' || l.tussenvoegsel || ' ' || l.achternaam) LIKE :like"
      "         ESCAPE '\\')";
  auto bind = [&](Statement& stmt) {
    auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
    if (int i = index(":scope"); i > 0) stmt.Bind(i, std::string_view(scope.code));
    stmt.Bind(index(":school"), filter.school);
    stmt.Bind(index(":swv"), filter.swv);
    stmt.Bind(index(":gemeente"), filter.gemeente);
    stmt.Bind(index(":naam"), std::string_view(filter.naam));
    // LIKE wildcards typed by a user are taken literally.
    std::string like = "%";
    for (char c : filter.naam) {
      if (c == '%' || c == '_' || c == '\\') like += '\\';
      like += c;
    }
    like += '%';
    if (int i = index(":like"); i > 0) stmt.Bind(i, std::string_view(like));
  };
  app::Page<app::LeerlingOverzicht> result;
  result.request = page;
  {
    PASSEND_ASSIGN_OR_RETURN(auto count, lease->Prepare("SELECT count(*)" + from));
    bind(count);
    PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] bool row, count.Step());
    result.total = count.Int(0);
  }
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      lease->Prepare("SELECT l.id, l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum, "
                     "coalesce(i.school, ''), coalesce(s.naam, ''), coalesce(l.swv, ''), "
                     "l.gemeente, g.naam" +
                     from +
                     " ORDER BY l.achternaam, l.voornaam, l.id LIMIT :limit OFFSET :offset"));
  bind(stmt);
  stmt.BindLimitOffset(page.page_size, page.Offset());
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    app::LeerlingOverzicht item;
    item.id = domain::LeerlingId{stmt.Int(0)};
    item.voornaam = stmt.Text(1);
    item.tussenvoegsel = stmt.Text(2);
    item.achternaam = stmt.Text(3);
    PASSEND_ASSIGN_OR_RETURN(item.geboortedatum, domain::ParseIsoDate(stmt.Text(4)));
    item.school = stmt.Text(5);
    item.school_naam = stmt.Text(6);
    item.swv = stmt.Text(7);
    item.woongemeente = stmt.Text(8);
    item.woongemeente_naam = stmt.Text(9);
    result.items.push_back(std::move(item));
  }
  return result;
}

Result<std::optional<app::LeerlingDossier>> SqliteLeerlingen::FindDossier(domain::LeerlingId id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  app::LeerlingDossier dossier;
  {
    // The writer's FindLeerling reads the record; reused here outside a transaction.
    SqliteWriter reader(*lease);
    PASSEND_ASSIGN_OR_RETURN(auto record, reader.FindLeerling(id));
    if (!record) return std::nullopt;
    dossier.record = std::move(*record);
  }
  PASSEND_ASSIGN_OR_RETURN(auto verzorgers,
                           lease->Prepare("SELECT naam, relatie, telefoon, email FROM verzorgers "
                                          "WHERE leerling_id = ? ORDER BY id"));
  verzorgers.Bind(1, id.value);
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, verzorgers.Step());
    if (!row) break;
    dossier.record.leerling.verzorgers.push_back(
        {verzorgers.Text(0), verzorgers.Text(1), verzorgers.Text(2), verzorgers.Text(3)});
  }
  PASSEND_ASSIGN_OR_RETURN(
      auto history, lease->Prepare("SELECT i.school, s.naam, i.van, i.tot, s.bestuur FROM "
                                   "inschrijvingen i JOIN scholen s ON s.code = i.school WHERE "
                                   "i.leerling_id = ? ORDER BY i.van DESC, i.id DESC"));
  history.Bind(1, id.value);
  dossier.plaats.id = id;
  dossier.plaats.swv = dossier.record.swv;
  dossier.plaats.woongemeente = dossier.record.leerling.woongemeente.str();
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, history.Step());
    if (!row) break;
    app::InschrijvingRegel regel;
    PASSEND_ASSIGN_OR_RETURN(regel.inschrijving.school,
                             domain::Vestigingscode::Parse(history.Text(0)));
    regel.inschrijving.leerling = id;
    regel.school_naam = history.Text(1);
    PASSEND_ASSIGN_OR_RETURN(regel.inschrijving.van, domain::ParseIsoDate(history.Text(2)));
    if (!history.IsNull(3)) {
      PASSEND_ASSIGN_OR_RETURN(auto tot, domain::ParseIsoDate(history.Text(3)));
      regel.inschrijving.tot = tot;
    } else if (dossier.plaats.school.empty()) {
      dossier.plaats.school = history.Text(0);
      dossier.plaats.bestuur = history.Text(4);
      dossier.school_naam = history.Text(1);
    }
    dossier.inschrijvingen.push_back(std::move(regel));
  }
  PASSEND_ASSIGN_OR_RETURN(auto gemeente,
                           lease->Prepare("SELECT naam FROM gemeenten WHERE code = ?"));
  gemeente.Bind(1, std::string_view(dossier.plaats.woongemeente));
  PASSEND_ASSIGN_OR_RETURN(bool has_gemeente, gemeente.Step());
  if (has_gemeente) dossier.gemeente_naam = gemeente.Text(0);
  return dossier;
}

Result<std::optional<domain::LeerlingId>> SqliteLeerlingen::FindByBsnLookup(
    const std::string& lookup) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare("SELECT id FROM leerlingen WHERE bsn_lookup = ?"));
  stmt.BindBlob(1, lookup);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  return domain::LeerlingId{stmt.Int(0)};
}

Result<std::vector<app::AuditEntry>> SqliteLeerlingen::ListAudit(domain::LeerlingId id,
                                                                 int64_t limit) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare("SELECT seq, at, gebruiker, rol, organisatie, client, actie, wat "
                                "FROM audit WHERE leerling_id = ? ORDER BY seq DESC LIMIT ?"));
  stmt.Bind(1, id.value).Bind(2, limit);
  std::vector<app::AuditEntry> entries;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    app::AuditEntry entry;
    entry.seq = stmt.Int(0);
    PASSEND_ASSIGN_OR_RETURN(entry.at, domain::ParseIsoTimestamp(stmt.Text(1)));
    entry.actor = app::Actor{stmt.Text(2), stmt.Text(3), stmt.Text(4), stmt.Text(5)};
    entry.leerling = id;
    entry.actie = stmt.Text(6);
    entry.wat = stmt.Text(7);
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace passend::store::sqlite
