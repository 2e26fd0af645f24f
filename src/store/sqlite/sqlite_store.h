#pragma once
// The SQLite implementation of the app/ ports: the embedded default store.

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "app/ports.h"
#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// A SQLite database file shared by all threads through a small connection pool.
class SqliteStore final : public app::RegistryQueries,
                          public app::UnitOfWork,
                          public app::EventLog {
 public:
  /// Opens the database at `path` (created if missing) and applies pending migrations.
  static domain::Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);

  /// The schema version after migrations.
  int schema_version() const { return schema_version_; }
  const std::string& path() const { return path_; }

  // app::RegistryQueries
  domain::Result<app::Page<app::SwvOverzicht>> ListSamenwerkingsverbanden(
      app::PageRequest page) override;
  domain::Result<std::optional<app::SwvOverzicht>> FindSamenwerkingsverband(
      const domain::SwvCode& code) override;
  domain::Result<app::Page<app::SchoolOverzicht>> ListScholen(const app::SchoolFilter& filter,
                                                              app::PageRequest page) override;
  domain::Result<std::optional<app::SchoolOverzicht>> FindSchool(
      const domain::Vestigingscode& code) override;
  domain::Result<std::optional<domain::Gemeente>> FindGemeente(
      const domain::GemeenteCode& code) override;
  domain::Result<std::vector<app::Telling>> TelLeerlingen(
      const std::optional<domain::SwvCode>& swv) override;

  // app::UnitOfWork
  domain::Result<void> Run(const std::function<domain::Result<void>(app::Writer&)>& work,
                           bool bulk) override;

  // app::EventLog
  domain::Result<std::vector<app::Event>> ListEvents(const std::string& subject,
                                                     int64_t limit) override;

  /// A connection borrowed from the pool; returned when destroyed.
  class Lease {
   public:
    Lease(SqliteStore& store, std::unique_ptr<Connection> connection)
        : store_(&store), connection_(std::move(connection)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    Connection& operator*() { return *connection_; }
    Connection* operator->() { return connection_.get(); }

   private:
    SqliteStore* store_;
    std::unique_ptr<Connection> connection_;
  };

  /// Borrows a connection (opening a new one when all are in use).
  domain::Result<Lease> Borrow();

 private:
  explicit SqliteStore(std::string path) : path_(std::move(path)) {}
  domain::Result<std::vector<domain::GemeenteCode>> GemeentenVan(Connection& connection,
                                                                 const std::string& swv);

  std::string path_;
  int schema_version_ = 0;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace passend::store::sqlite
