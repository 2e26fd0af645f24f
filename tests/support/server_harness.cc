#include "support/server_harness.h"

#include <gtest/gtest.h>

#include "app/basisondersteuning_config.h"

namespace passend::testing {

ServerHarness::ServerHarness(app::AuthConfig config) : db_(config) {
  SeedRegistry(*db_.store);
  publiek_ = std::make_unique<app::PubliekRegister>(*db_.store);
  thuiszitters_store_ = std::make_unique<store::sqlite::SqliteThuiszitters>(*db_.store);
  thuiszitters_ = std::make_unique<app::ThuiszittersOverzichtService>(
      *db_.store, db_.clock, *thuiszitters_store_, *db_.verzuim, *db_.instellingen);
  // The shipped money parameters (config/bekostiging.json), so the tests see what users see.
  auto bekostiging =
      app::LeesBekostiging(std::string(PASSEND_SOURCE_DIR) + "/config/bekostiging.json");
  EXPECT_TRUE(bekostiging.has_value());
  arrangementen_store_ = std::make_unique<store::sqlite::SqliteArrangementen>(*db_.store);
  geld_store_ = std::make_unique<store::sqlite::SqliteGeld>(*db_.store);
  geld_ = std::make_unique<app::GeldService>(*db_.store, *geld_store_, *db_.tlv_store,
                                             *arrangementen_store_, *db_.store, db_.clock,
                                             bekostiging.value_or(app::BekostigingConfig{}), 10, 1);
  arrangementen_ = std::make_unique<app::ArrangementService>(*db_.store, *arrangementen_store_,
                                                             *db_.leerlingen, db_.clock);
  ondersteuning_store_ = std::make_unique<store::sqlite::SqliteOndersteuning>(*db_.store);
  ondersteuning_ = std::make_unique<app::OndersteuningService>(
      *db_.store, *ondersteuning_store_, *db_.store, *db_.leerlingen, db_.clock, afstand_,
      app::OndersteuningConfig{});
  dekkend_aanbod_store_ = std::make_unique<store::sqlite::SqliteDekkendAanbod>(*db_.store);
  dekkend_aanbod_ = std::make_unique<app::DekkendAanbodService>(
      *db_.store, *ondersteuning_store_, *dekkend_aanbod_store_, *db_.store, db_.clock, afstand_,
      app::OndersteuningConfig{});
  services_ = std::make_unique<web::Services>(
      web::Services{*publiek_, *db_.auth, *db_.inzage, *db_.aanmeldingen, *db_.geschillen,
                    *db_.instellingen, *db_.berichten, *db_.verzuim, *thuiszitters_, *db_.tlv,
                    *arrangementen_, *geld_, *db_.opp, *ondersteuning_, false});
  plaatsingsronde_store_ = std::make_unique<store::sqlite::SqlitePlaatsingsrondes>(*db_.store);
  plaatsingsrondes_ = std::make_unique<app::PlaatsingsrondeService>(
      *db_.store, *plaatsingsronde_store_, *ondersteuning_store_, db_.clock, afstand_,
      *ondersteuning_);
  services_->plaatsingsrondes = plaatsingsrondes_.get();
  services_->dekkend_aanbod = dekkend_aanbod_.get();
  // The national norm as committed (config/basisondersteuning.json), as users see it.
  auto basisnorm = app::LeesBasisondersteuningConfig(std::string(PASSEND_SOURCE_DIR) +
                                                     "/config/basisondersteuning.json");
  EXPECT_TRUE(basisnorm.has_value());
  basisondersteuning_store_ = std::make_unique<store::sqlite::SqliteBasisondersteuning>(*db_.store);
  basisondersteuning_ = std::make_unique<app::BasisondersteuningService>(
      *db_.store, *basisondersteuning_store_, *db_.store, db_.clock,
      basisnorm.value_or(domain::StandaardNorm()));
  services_->basisondersteuning = basisondersteuning_.get();
  // Reserve plans with the shipped threshold rule and plan duty (issue 8 items 5 and 6).
  const app::BekostigingConfig geldregels = bekostiging.value_or(app::BekostigingConfig{});
  reserveplan_store_ = std::make_unique<store::sqlite::SqliteReserveplannen>(*db_.store);
  reserveplannen_ = std::make_unique<app::ReserveplanService>(
      *db_.store, *reserveplan_store_, *geld_store_, *db_.store, db_.clock, geldregels.reserve,
      geldregels.reserveplan);
  services_->reserveplannen = reserveplannen_.get();
  web::ServerOptions options;
  options.port = 0;
  options.threads = 4;
  server_ = std::make_unique<web::Server>(*services_, options);
  auto port = server_->Bind();
  EXPECT_TRUE(port.has_value());
  port_ = port.value_or(0);
  thread_ = std::thread([this] { server_->Serve(); });
}

ServerHarness::~ServerHarness() {
  server_->Stop();
  thread_.join();
}

httplib::Client ServerHarness::Client() const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  return client;
}

}  // namespace passend::testing
