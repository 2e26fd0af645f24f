#pragma once
// Test support: the real web server on an ephemeral port over a seeded test database.

#include <httplib.h>

#include <memory>
#include <thread>

#include "app/basisondersteuning_service.h"
#include "app/dekkend_aanbod_service.h"
#include "app/geld_service.h"
#include "app/ondersteuning_service.h"
#include "app/plaatsingsronde_service.h"
#include "app/registry_service.h"
#include "app/reserveplan_service.h"
#include "store/sqlite/sqlite_arrangementen.h"
#include "store/sqlite/sqlite_basisondersteuning.h"
#include "store/sqlite/sqlite_dekkend_aanbod.h"
#include "store/sqlite/sqlite_geld.h"
#include "store/sqlite/sqlite_ondersteuning.h"
#include "store/sqlite/sqlite_plaatsingsrondes.h"
#include "store/sqlite/sqlite_reserveplan.h"
#include "store/sqlite/sqlite_thuiszitters.h"
#include "support/fixture.h"
#include "web/server.h"

namespace passend::testing {

/// Starts the server on 127.0.0.1:0 in a background thread; stops it when destroyed.
class ServerHarness {
 public:
  explicit ServerHarness(app::AuthConfig config = {});
  ~ServerHarness();
  ServerHarness(const ServerHarness&) = delete;
  ServerHarness& operator=(const ServerHarness&) = delete;

  /// A client for the running server.
  httplib::Client Client() const;
  int port() const { return port_; }
  TestDb& db() { return db_; }
  /// The arrangementen use cases the server runs (issue 7 item 1).
  app::ArrangementService& arrangementen() { return *arrangementen_; }
  /// The support-profile use cases the server runs (issue 5 items 1, 2 and 4).
  app::OndersteuningService& ondersteuning() { return *ondersteuning_; }
  /// The basisondersteuning use cases the server runs (issue 5 item 3).
  app::BasisondersteuningService& basisondersteuning() { return *basisondersteuning_; }
  /// The placement-round use cases the server runs (issue 5 item 5).
  app::PlaatsingsrondeService& plaatsingsrondes() { return *plaatsingsrondes_; }
  const web::Server& server() const { return *server_; }

 private:
  TestDb db_;
  std::unique_ptr<app::PubliekRegister> publiek_;
  std::unique_ptr<store::sqlite::SqliteThuiszitters> thuiszitters_store_;
  std::unique_ptr<app::ThuiszittersOverzichtService> thuiszitters_;
  std::unique_ptr<store::sqlite::SqliteArrangementen> arrangementen_store_;
  std::unique_ptr<app::ArrangementService> arrangementen_;
  std::unique_ptr<store::sqlite::SqliteOndersteuning> ondersteuning_store_;
  engine::HemelsbredeAfstand afstand_;
  std::unique_ptr<app::OndersteuningService> ondersteuning_;
  std::unique_ptr<store::sqlite::SqliteBasisondersteuning> basisondersteuning_store_;
  std::unique_ptr<app::BasisondersteuningService> basisondersteuning_;
  std::unique_ptr<store::sqlite::SqlitePlaatsingsrondes> plaatsingsronde_store_;
  std::unique_ptr<app::PlaatsingsrondeService> plaatsingsrondes_;
  std::unique_ptr<store::sqlite::SqliteDekkendAanbod> dekkend_aanbod_store_;
  std::unique_ptr<app::DekkendAanbodService> dekkend_aanbod_;
  std::unique_ptr<store::sqlite::SqliteGeld> geld_store_;
  std::unique_ptr<app::GeldService> geld_;
  std::unique_ptr<store::sqlite::SqliteReserveplannen> reserveplan_store_;
  std::unique_ptr<app::ReserveplanService> reserveplannen_;
  std::unique_ptr<web::Services> services_;
  std::unique_ptr<web::Server> server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace passend::testing
