#pragma once
// Opening a database with its key: the wiring every subcommand shares.

#include <memory>
#include <string>

#include "app/aanmelding_service.h"
#include "app/arrangement_service.h"
#include "app/auth_service.h"
#include "app/basisondersteuning_service.h"
#include "app/bericht_service.h"
#include "app/config.h"
#include "app/dekkend_aanbod_service.h"
#include "app/geld_service.h"
#include "app/geschil_service.h"
#include "app/leerlingen_service.h"
#include "app/ondersteuning_service.h"
#include "app/opp_service.h"
#include "app/plaatsingsronde_service.h"
#include "app/ports.h"
#include "app/reserveplan_service.h"
#include "app/swv_instellingen_service.h"
#include "app/thuiszitters_overzicht_service.h"
#include "app/tlv_service.h"
#include "app/verzuim_service.h"
#include "store/sqlite/sqlite_aanmeldingen.h"
#include "store/sqlite/sqlite_accounts.h"
#include "store/sqlite/sqlite_arrangementen.h"
#include "store/sqlite/sqlite_basisondersteuning.h"
#include "store/sqlite/sqlite_berichten.h"
#include "store/sqlite/sqlite_dekkend_aanbod.h"
#include "store/sqlite/sqlite_geld.h"
#include "store/sqlite/sqlite_geschillen.h"
#include "store/sqlite/sqlite_leerlingen.h"
#include "store/sqlite/sqlite_ondersteuning.h"
#include "store/sqlite/sqlite_opp.h"
#include "store/sqlite/sqlite_plaatsingsrondes.h"
#include "store/sqlite/sqlite_reserveplan.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_thuiszitters.h"
#include "store/sqlite/sqlite_tlv.h"
#include "store/sqlite/sqlite_verzuim.h"

namespace passend::cli {

/// Where the school holidays are read from (relative to the working directory, like
/// config/passend.json).
inline constexpr char kVakantiesBestand[] = "config/vakanties.json";
/// The holiday region of every SWV until it is a per-SWV setting: `midden` (the region of
/// the demo data, Utrecht).
inline constexpr domain::Vakantieregio kStandaardVakantieregio = domain::Vakantieregio::kMidden;

/// An open database, its BSN vault, crypto, the system clock and the use cases over them.
struct Context {
  std::unique_ptr<store::sqlite::SqliteStore> store;
  std::unique_ptr<app::BsnVault> vault;
  std::unique_ptr<app::Crypto> crypto;
  app::SystemClock clock;
  std::unique_ptr<store::sqlite::SqliteAccounts> accounts;
  std::unique_ptr<store::sqlite::SqliteLeerlingen> leerlingen;
  std::unique_ptr<app::AuthService> auth;
  std::unique_ptr<app::LeerlingenInzage> inzage;
  std::unique_ptr<store::sqlite::SqliteAanmeldingen> aanmeldingen_store;
  std::unique_ptr<app::LeerlingRegistratie> registratie;
  std::unique_ptr<app::AanmeldingService> aanmeldingen;
  std::unique_ptr<store::sqlite::SqliteGeschillen> geschillen_store;
  std::unique_ptr<app::GeschilService> geschillen;
  std::unique_ptr<app::SwvInstellingenService> instellingen;
  std::unique_ptr<store::sqlite::SqliteBerichten> berichten_store;
  std::unique_ptr<app::BerichtService> berichten;
  std::unique_ptr<store::sqlite::SqliteVerzuim> verzuim_store;
  std::unique_ptr<app::VerzuimService> verzuim;
  std::unique_ptr<store::sqlite::SqliteThuiszitters> thuiszitters_store;
  std::unique_ptr<app::ThuiszittersOverzichtService> thuiszitters;
  std::unique_ptr<store::sqlite::SqliteTlv> tlv_store;
  std::unique_ptr<app::TlvService> tlv;
  std::unique_ptr<store::sqlite::SqliteGeld> geld_store;
  std::unique_ptr<app::GeldService> geld;
  std::unique_ptr<store::sqlite::SqliteReserveplannen> reserveplan_store;
  std::unique_ptr<app::ReserveplanService> reserveplannen;
  std::unique_ptr<store::sqlite::SqliteArrangementen> arrangementen_store;
  std::unique_ptr<app::ArrangementService> arrangementen;
  std::unique_ptr<store::sqlite::SqliteOpps> opp_store;
  std::unique_ptr<app::OppService> opp;
  std::unique_ptr<store::sqlite::SqliteOndersteuning> ondersteuning_store;
  engine::HemelsbredeAfstand afstand;  // straight line until a road-distance source exists
  std::unique_ptr<app::OndersteuningService> ondersteuning;
  std::unique_ptr<store::sqlite::SqliteBasisondersteuning> basisondersteuning_store;
  std::unique_ptr<app::BasisondersteuningService> basisondersteuning;
  std::unique_ptr<store::sqlite::SqliteDekkendAanbod> dekkend_aanbod_store;
  std::unique_ptr<app::DekkendAanbodService> dekkend_aanbod;
  std::unique_ptr<store::sqlite::SqlitePlaatsingsrondes> plaatsingsronde_store;
  std::unique_ptr<app::PlaatsingsrondeService> plaatsingsrondes;
};

/// Opens (and migrates) the database at `db_path`, creating its directory when needed, and
/// loads or creates the key file (`key_path`, or the default beside the database). The
/// policy parameters (`config`, from config/passend.json) reach the use cases from here, and
/// so do the school holidays of every region from `vakanties_path` (config/vakanties.json;
/// docs/verzuim.md; `vakantieregio` for SWVs that chose none): a missing file means no
/// holidays, a malformed one is an error. The taxonomy of support needs comes from
/// `ondersteuning_path` (config/ondersteuning.json; missing: the built-in one).
domain::Result<std::unique_ptr<Context>> OpenContext(
    const std::string& db_path, const std::string& key_path, const app::PassendConfig& config = {},
    const std::string& vakanties_path = kVakantiesBestand,
    domain::Vakantieregio vakantieregio = kStandaardVakantieregio,
    const std::string& ondersteuning_path = app::kOndersteuningBestand);

}  // namespace passend::cli
