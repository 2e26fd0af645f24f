#include "store/sqlite/sqlite_store.h"

#include <fmt/format.h>

#include "store/sqlite/migrations.h"
#include "store/sqlite/registry_rows.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::ErrorCode;
using domain::Result;

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
  std::unique_ptr<SqliteStore> store(new SqliteStore(path));
  PASSEND_ASSIGN_OR_RETURN(auto connection, Connection::Open(path));
  PASSEND_ASSIGN_OR_RETURN(store->schema_version_, Migrate(connection));
  store->idle_.push_back(std::make_unique<Connection>(std::move(connection)));
  return store;
}

SqliteStore::Lease::~Lease() {
  if (!connection_) return;
  std::lock_guard lock(store_->mutex_);
  store_->idle_.push_back(std::move(connection_));
}

Result<SqliteStore::Lease> SqliteStore::Borrow() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(connection));
    }
  }
  PASSEND_ASSIGN_OR_RETURN(auto connection, Connection::Open(path_));
  return Lease(*this, std::make_unique<Connection>(std::move(connection)));
}

Result<std::vector<domain::GemeenteCode>> SqliteStore::GemeentenVan(Connection& connection,
                                                                    const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      connection.Prepare("SELECT gemeente FROM swv_gemeenten WHERE swv = ? ORDER BY gemeente"));
  stmt.Bind(1, std::string_view(swv));
  std::vector<domain::GemeenteCode> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto code, domain::GemeenteCode::Parse(stmt.Text(0)));
    result.push_back(std::move(code));
  }
  return result;
}

namespace {

// Counts are current (open) enrolments, from the per-school totals that triggers keep in step
// with the enrolment table (migration 0003): the same source for every page and figure.
constexpr std::string_view kSwvSelect = R"sql(
  SELECT s.code, s.naam,
         (SELECT count(*) FROM scholen WHERE swv = s.code),
         (SELECT coalesce(sum(t.aantal), 0) FROM scholen sc
          JOIN school_tellingen t ON t.school = sc.code WHERE sc.swv = s.code)
  FROM samenwerkingsverbanden s)sql";

}  // namespace

Result<app::Page<app::SwvOverzicht>> SqliteStore::ListSamenwerkingsverbanden(
    app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, Borrow());
  app::Page<app::SwvOverzicht> result;
  result.request = page;
  {
    PASSEND_ASSIGN_OR_RETURN(auto count,
                             lease->Prepare("SELECT count(*) FROM samenwerkingsverbanden"));
    PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] bool row, count.Step());
    result.total = count.Int(0);
  }
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(std::string(kSwvSelect) + " ORDER BY s.code LIMIT ? OFFSET ?"));
  stmt.Bind(1, static_cast<int64_t>(page.page_size)).Bind(2, page.Offset());
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto overzicht, SwvFromRow(stmt));
    result.items.push_back(std::move(overzicht));
  }
  for (auto& item : result.items) {
    PASSEND_ASSIGN_OR_RETURN(item.swv.gemeenten, GemeentenVan(*lease, item.swv.code.str()));
  }
  return result;
}

Result<std::optional<app::SwvOverzicht>> SqliteStore::FindSamenwerkingsverband(
    const domain::SwvCode& code) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare(std::string(kSwvSelect) + " WHERE s.code = ?"));
  stmt.Bind(1, std::string_view(code.str()));
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, SwvFromRow(stmt));
  PASSEND_ASSIGN_OR_RETURN(overzicht.swv.gemeenten, GemeentenVan(*lease, code.str()));
  return overzicht;
}

Result<app::Page<app::SchoolOverzicht>> SqliteStore::ListScholen(const app::SchoolFilter& filter,
                                                                 app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, Borrow());
  // Only the filters given become conditions, so that SQLite can use the swv and gemeente
  // indexes ("?1 IS NULL OR ..." would force a scan of every school).
  std::string where = " WHERE 1";
  if (filter.swv) where += " AND s.swv = ?1";
  if (filter.soort) where += " AND s.soort = ?2";
  if (filter.gemeente) where += " AND s.gemeente = ?3";
  auto bind_filter = [&](Statement& stmt) {
    stmt.Bind(1, filter.swv ? std::optional(filter.swv->str()) : std::nullopt);
    stmt.Bind(2, filter.soort ? std::optional(std::string(domain::SchoolSoortCode(*filter.soort)))
                              : std::nullopt);
    stmt.Bind(3, filter.gemeente ? std::optional(filter.gemeente->str()) : std::nullopt);
  };
  app::Page<app::SchoolOverzicht> result;
  result.request = page;
  {
    PASSEND_ASSIGN_OR_RETURN(auto count, lease->Prepare("SELECT count(*) FROM scholen s" + where));
    bind_filter(count);
    PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] bool row, count.Step());
    result.total = count.Int(0);
  }
  PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(std::string(kSchoolSelect) + where +
                                                     " ORDER BY s.code LIMIT ?4 OFFSET ?5"));
  bind_filter(stmt);
  stmt.Bind(4, static_cast<int64_t>(page.page_size)).Bind(5, page.Offset());
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto overzicht, SchoolFromRow(stmt));
    result.items.push_back(std::move(overzicht));
  }
  return result;
}

Result<std::optional<app::SchoolOverzicht>> SqliteStore::FindSchool(
    const domain::Vestigingscode& code) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare(std::string(kSchoolSelect) + " WHERE s.code = ?"));
  stmt.Bind(1, std::string_view(code.str()));
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, SchoolFromRow(stmt));
  return overzicht;
}

Result<std::optional<domain::Gemeente>> SqliteStore::FindGemeente(
    const domain::GemeenteCode& code) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare("SELECT code, naam, provincie FROM gemeenten WHERE code = ?"));
  stmt.Bind(1, std::string_view(code.str()));
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  return domain::Gemeente{code, stmt.Text(1), stmt.Text(2)};
}

Result<std::vector<app::Telling>> SqliteStore::TelLeerlingen(
    const std::optional<domain::SwvCode>& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
    SELECT coalesce(s.swv, ''), s.soort, sum(t.aantal)
    FROM scholen s JOIN school_tellingen t ON t.school = s.code
    WHERE ?1 IS NULL OR s.swv = ?1
    GROUP BY s.swv, s.soort ORDER BY s.swv, s.soort)sql"));
  stmt.Bind(1, swv ? std::optional(swv->str()) : std::nullopt);
  std::vector<app::Telling> tellingen;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto soort, domain::ParseSchoolSoort(stmt.Text(1)));
    tellingen.push_back(app::Telling{stmt.Text(0), soort, stmt.Int(2)});
  }
  return tellingen;
}

namespace {

// The secondary indexes and triggers of the tables a bulk import fills. Building an index
// once from sorted data is several times faster than keeping it up to date through millions
// of random inserts; the per-school totals the triggers keep are recounted once at the end.
constexpr std::string_view kBulkTables = "'leerlingen', 'verzorgers', 'inschrijvingen'";

// Recounts what the triggers of migration 0003 keep: open enrolments per school.
constexpr std::string_view kRecountTellingen = R"sql(
  DELETE FROM school_tellingen;
  INSERT INTO school_tellingen (school, aantal)
    SELECT s.code, count(i.id) FROM scholen s
    LEFT JOIN inschrijvingen i ON i.school = s.code AND i.tot IS NULL
    GROUP BY s.code;)sql";

struct SchemaObject {
  std::string type;  // index or trigger
  std::string name;
  std::string sql;
};

Result<std::vector<SchemaObject>> BulkSchemaObjects(Connection& connection) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      connection.Prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', "
                         "'trigger') AND sql IS NOT NULL AND tbl_name IN (" +
                         std::string(kBulkTables) + ") ORDER BY type, name"));
  std::vector<SchemaObject> objects;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    objects.push_back({stmt.Text(0), stmt.Text(1), stmt.Text(2)});
  }
  return objects;
}

// Runs `work` with the bulk tables' indexes and triggers dropped, then recounts and builds
// them again, all in the caller's transaction: a failure (a duplicate BSN, say) rolls
// everything back.
Result<void> WithoutIndexes(Connection& connection, const std::function<Result<void>()>& work) {
  PASSEND_ASSIGN_OR_RETURN(auto objects, BulkSchemaObjects(connection));
  for (const auto& object : objects) {
    PASSEND_RETURN_IF_ERROR(
        connection.Exec((object.type == "index" ? "DROP INDEX " : "DROP TRIGGER ") + object.name));
  }
  PASSEND_RETURN_IF_ERROR(work());
  PASSEND_RETURN_IF_ERROR(connection.Exec(kRecountTellingen));
  for (const auto& object : objects) {
    PASSEND_RETURN_IF_ERROR(connection.Exec(object.sql));
  }
  return {};
}

}  // namespace

Result<void> SqliteStore::Run(const std::function<Result<void>(app::Writer&)>& work, bool bulk) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, Borrow());
  if (bulk) {
    // A bulk import writes a gigabyte of new pages. In WAL mode each page is written twice
    // (log, then checkpoint); with a rollback journal new pages need no journal at all, and
    // the transaction stays atomic. If another connection keeps WAL in place, WAL it is.
    (void)lease->Exec("PRAGMA journal_mode=DELETE");
    PASSEND_RETURN_IF_ERROR(lease->Exec("PRAGMA cache_size=-1000000"));
  }
  // IMMEDIATE takes the write lock up front, so two writers never deadlock on upgrade.
  PASSEND_RETURN_IF_ERROR(lease->Exec("BEGIN IMMEDIATE"));
  Result<void> outcome;
  {
    SqliteWriter writer(*lease);
    if (bulk) {
      outcome = WithoutIndexes(*lease, [&] { return work(writer); });
    } else {
      outcome = work(writer);
    }
  }
  if (outcome) {
    outcome = lease->Exec("COMMIT");
  }
  if (!outcome) {
    (void)lease->Exec("ROLLBACK");
  }
  if (bulk) {
    (void)lease->Exec("PRAGMA cache_size=-2000");
    (void)lease->Exec("PRAGMA journal_mode=WAL");
  }
  return outcome;
}

Result<std::vector<app::Event>> SqliteStore::ListEvents(const std::string& subject, int64_t limit) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      lease->Prepare("SELECT seq, at, gebruiker, rol, organisatie, client, type, subject, swv, "
                     "payload FROM events WHERE (?1 = '' OR subject = ?1) ORDER BY seq LIMIT ?2"));
  stmt.Bind(1, std::string_view(subject)).Bind(2, limit);
  std::vector<app::Event> events;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto event, EventFromRow(stmt));
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace passend::store::sqlite
