#include "store/sqlite/connection.h"

#include <fmt/format.h>

#include <utility>

namespace passend::store::sqlite {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

Error SqliteError(sqlite3* db, int code, std::string_view what) {
  const char* detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  const int primary = code & 0xff;
  ErrorCode kind = ErrorCode::kInternal;
  if (primary == SQLITE_CONSTRAINT) kind = ErrorCode::kConflict;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_CANTOPEN ||
      primary == SQLITE_READONLY || primary == SQLITE_FULL) {
    kind = ErrorCode::kUnavailable;
  }
  // The SQLite detail is technical English; it is kept for the log, behind a Dutch lead.
  return Error{kind, fmt::format("Databasefout bij {}: {}", what, detail), ""};
}

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = std::exchange(other.db_, nullptr);
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}
Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}
Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}
Statement& Statement::Bind(int index, const std::optional<std::string>& text) {
  return text ? Bind(index, std::string_view(*text)) : BindNull(index);
}

Statement& Statement::BindLimitOffset(int64_t limit, int64_t offset) {
  Bind(sqlite3_bind_parameter_index(stmt_, ":limit"), limit);
  return Bind(sqlite3_bind_parameter_index(stmt_, ":offset"), offset);
}

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Error error = SqliteError(db_, rc, "uitvoeren");
  sqlite3_reset(stmt_);
  return std::unexpected(std::move(error));
}

Result<void> Statement::Run() {
  auto stepped = Step();
  Reset();
  if (!stepped) return std::unexpected(stepped.error());
  return {};
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::Real(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::Text(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return {reinterpret_cast<const char*>(text),
          static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}
std::string Statement::Blob(int column) const {
  const void* data = sqlite3_column_blob(stmt_, column);
  if (data == nullptr) return {};
  return {static_cast<const char*>(data), static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}
int Statement::ColumnCount() const { return sqlite3_column_count(stmt_); }
bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Result<Connection> Connection::Open(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return domain::Fail(ErrorCode::kUnavailable,
                        fmt::format("De database '{}' kan niet worden geopend: {}. Controleer het "
                                    "pad en de rechten.",
                                    path, detail));
  }
  Connection connection(db);
  sqlite3_busy_timeout(db, 5000);
  // WAL lets readers work while one writer commits; foreign keys are off by default in SQLite.
  // Memory-mapped reads: every pooled connection reads the same pages from the OS page cache
  // without a pread copy per page (a national overview touches tens of thousands of rows;
  // docs/performance.md, "Memory-mapped reads").
  if (auto ok = connection.Exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
                                "PRAGMA synchronous=NORMAL; PRAGMA mmap_size=4294967296;");
      !ok) {
    return domain::Fail(
        ErrorCode::kUnavailable,
        fmt::format("De database '{}' kan niet worden gebruikt: {}", path, ok.error().message));
  }
  return connection;
}

Connection::Connection(Connection&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

Connection::~Connection() { sqlite3_close_v2(db_); }

Result<void> Connection::Exec(std::string_view sql) {
  char* message = nullptr;
  const std::string owned(sql);
  const int rc = sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    Error error = SqliteError(db_, rc, "uitvoeren");
    sqlite3_free(message);
    return std::unexpected(std::move(error));
  }
  return {};
}

Result<Statement> Connection::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return std::unexpected(SqliteError(db_, rc, "voorbereiden"));
  return Statement(db_, stmt);
}

int64_t Connection::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }

}  // namespace passend::store::sqlite
