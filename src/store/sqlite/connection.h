#pragma once
// A thin RAII layer over the SQLite C API; failures become domain::Error values.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace passend::store::sqlite {

/// A prepared statement. Bind parameters are 1-based, columns 0-based.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);
  /// Binds binary data (a BLOB).
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);
  /// Binds text, or NULL when absent.
  Statement& Bind(int index, const std::optional<std::string>& text);

  /// Advances: true when a row is available, false when done; errors are values.
  domain::Result<bool> Step();
  /// Binds `:limit` and `:offset` (the named parameters every paged query uses).
  Statement& BindLimitOffset(int64_t limit, int64_t offset);

  /// Steps to completion (for statements that return no rows) and resets.
  domain::Result<void> Run();
  /// Resets for another execution and clears bindings.
  void Reset();

  int64_t Int(int column) const;
  double Real(int column) const;
  std::string Text(int column) const;
  std::string Blob(int column) const;
  bool IsNull(int column) const;
  /// The underlying handle (for parameter look-up by name).
  sqlite3_stmt* raw() const { return stmt_; }
  /// Number of result columns.
  int ColumnCount() const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

/// One open database connection.
class Connection {
 public:
  /// Opens (creating if needed) the database at `path` with foreign keys on, WAL mode and a
  /// busy timeout. Fails with a Dutch message naming the path.
  static domain::Result<Connection> Open(const std::string& path);

  Connection(Connection&& other) noexcept;
  Connection& operator=(Connection&& other) noexcept;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  /// Runs one or more SQL statements without results.
  domain::Result<void> Exec(std::string_view sql);
  /// Prepares a statement.
  domain::Result<Statement> Prepare(std::string_view sql);
  /// The rowid of the last insert.
  int64_t LastInsertId() const;
  sqlite3* raw() const { return db_; }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

/// Turns an SQLite result code into an Error (constraint failures become kConflict).
domain::Error SqliteError(sqlite3* db, int code, std::string_view what);

}  // namespace passend::store::sqlite
