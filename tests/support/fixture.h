#pragma once
// Test support: a temporary database with a small, hand-made registry.

#include <filesystem>
#include <memory>
#include <string>

#include "app/aanmelding_service.h"
#include "app/auth_service.h"
#include "app/bericht_service.h"
#include "app/geschil_service.h"
#include "app/leerlingen_service.h"
#include "app/opp_service.h"
#include "app/ports.h"
#include "app/swv_instellingen_service.h"
#include "app/tlv_service.h"
#include "app/verzuim_service.h"
#include "store/sqlite/sqlite_aanmeldingen.h"
#include "store/sqlite/sqlite_accounts.h"
#include "store/sqlite/sqlite_berichten.h"
#include "store/sqlite/sqlite_geschillen.h"
#include "store/sqlite/sqlite_leerlingen.h"
#include "store/sqlite/sqlite_opp.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_tlv.h"
#include "store/sqlite/sqlite_verzuim.h"

namespace passend::testing {

/// A fixed clock for tests.
class FixedClock final : public app::Clock {
 public:
  explicit FixedClock(domain::Timestamp now) : now_(now) {}
  domain::Timestamp Now() const override { return now_; }
  void Set(domain::Timestamp now) { now_ = now; }

 private:
  domain::Timestamp now_;
};

/// A fresh directory under the system temp dir, removed when destroyed.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

/// A migrated store in a temp dir, with a vault, cheap password hashing, a fixed clock
/// (2025-10-01T09:00:00Z) and the use cases over them.
struct TestDb {
  TempDir dir;
  std::unique_ptr<store::sqlite::SqliteStore> store;
  std::unique_ptr<app::BsnVault> vault;
  std::unique_ptr<app::Crypto> crypto;
  FixedClock clock{domain::Timestamp{}};
  std::unique_ptr<store::sqlite::SqliteAccounts> accounts;
  std::unique_ptr<store::sqlite::SqliteLeerlingen> leerlingen;
  std::unique_ptr<app::AuthService> auth;
  std::unique_ptr<app::LeerlingenInzage> inzage;
  std::unique_ptr<store::sqlite::SqliteAanmeldingen> aanmeldingen_store;
  std::unique_ptr<app::LeerlingRegistratie> registratie;
  std::unique_ptr<app::AanmeldingService> aanmeldingen;  // default zorgplicht terms
  std::unique_ptr<store::sqlite::SqliteGeschillen> geschillen_store;
  std::unique_ptr<app::GeschilService> geschillen;  // default GPO terms
  std::unique_ptr<app::SwvInstellingenService> instellingen;
  std::unique_ptr<store::sqlite::SqliteBerichten> berichten_store;
  std::unique_ptr<app::BerichtService> berichten;
  std::unique_ptr<store::sqlite::SqliteVerzuim> verzuim_store;
  /// Default verzuim terms, no school holidays (every weekday a school day).
  std::unique_ptr<app::VerzuimService> verzuim;
  std::unique_ptr<store::sqlite::SqliteTlv> tlv_store;
  /// Default TLV terms (4 weeks to decide, 6 to object, count date 1 October).
  std::unique_ptr<app::TlvService> tlv;
  std::unique_ptr<store::sqlite::SqliteOpps> opp_store;
  /// Default OPP terms (6 weeks after placement, yearly evaluation).
  std::unique_ptr<app::OppService> opp;
  explicit TestDb(app::AuthConfig config = {});
};

/// The password of every account AddAccount creates.
inline constexpr char kTestWachtwoord[] = "correct-paard-batterij";

/// Creates an account (password kTestWachtwoord); returns its id.
int64_t AddAccount(TestDb& db, const std::string& naam, domain::Rol rol,
                   const std::string& organisatie, std::vector<domain::LeerlingId> kinderen = {});

/// Registers a student at `school` (BSN must be valid and unique); returns the id.
domain::LeerlingId AddLeerling(TestDb& db, const std::string& voornaam, const std::string& bsn,
                               const std::string& school, const std::string& gemeente = "GM0001");

/// Fills the small registry: GM0001/GM0002, SWV PO2001 (both gemeenten) and VO2001, board
/// 10001, schools 10AA00 (bao), 10AA01 (bao), 11BB00 (sbo) in PO2001, 12CC00 (vo) in VO2001.
void SeedRegistry(app::UnitOfWork& work);

/// A test student (valid BSN `111222333` unless given).
domain::Leerling MakeLeerling(const std::string& voornaam, const std::string& bsn = "111222333");

/// The number of rows in `table`.
int64_t CountRows(store::sqlite::SqliteStore& store, const std::string& table);

}  // namespace passend::testing
