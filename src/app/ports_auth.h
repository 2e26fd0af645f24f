#pragma once
// Ports for accounts, sessions, API tokens, the audit trail and the student file.

#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/paging.h"
#include "app/policy.h"
#include "app/ports.h"
#include "domain/rol.h"
#include "domain/timestamp.h"

namespace passend::app {

/// A user account as stored.
struct Account {
  int64_t id = 0;
  std::string gebruikersnaam;
  domain::Rol rol = domain::Rol::kBeheer;
  std::string organisatie;
  std::vector<domain::LeerlingId> kinderen;  // ouder only
  std::string wachtwoord_hash;               // argon2id, libsodium's string format
  domain::Timestamp aangemaakt;
};

/// A login session; the token itself is never stored, only its hash.
struct SessieRecord {
  std::string token_hash;
  int64_t account_id = 0;
  domain::Timestamp gestart;
  domain::Timestamp laatst_gezien;
  std::string csrf;  // per-session token for form posts
  bool beeindigd = false;
};

/// A long-lived API token (created with `passend token create`).
struct TokenRecord {
  int64_t id = 0;
  int64_t account_id = 0;
  std::string label;
  domain::Timestamp aangemaakt;
  std::optional<domain::Timestamp> ingetrokken;
};

/// One entry of the audit trail: who did what with which student's data.
struct AuditEntry {
  int64_t seq = 0;
  domain::Timestamp at;
  Actor actor;
  domain::LeerlingId leerling;
  std::string actie;  // `bekeken`, `in lijst`, `gezocht`, `gewijzigd`, `inzage bekeken`
  std::string wat;    // what was read or changed, in Dutch
};

/// Hashing and randomness (libsodium in store/).
class Crypto {
 public:
  virtual ~Crypto() = default;
  /// argon2id hash in libsodium's self-describing string format.
  virtual std::string HashPassword(const std::string& password) const = 0;
  /// Constant-time verification against HashPassword's output.
  virtual bool VerifyPassword(const std::string& hash, const std::string& password) const = 0;
  /// A fresh random token: 32 bytes, URL-safe base64 without padding.
  virtual std::string RandomToken() const = 0;
  /// The hash under which a token is stored and looked up.
  virtual std::string TokenHash(const std::string& token) const = 0;
};

/// Reads of accounts, sessions and tokens.
class AccountQueries {
 public:
  virtual ~AccountQueries() = default;
  virtual domain::Result<std::optional<Account>> FindAccount(const std::string& gebruikersnaam) = 0;
  virtual domain::Result<std::optional<Account>> FindAccountById(int64_t id) = 0;
  virtual domain::Result<std::vector<Account>> ListAccounts() = 0;
  virtual domain::Result<std::optional<SessieRecord>> FindSessie(const std::string& token_hash) = 0;
  virtual domain::Result<std::optional<TokenRecord>> FindToken(const std::string& token_hash) = 0;
  virtual domain::Result<std::vector<TokenRecord>> ListTokens(int64_t account_id) = 0;
};

/// Filters on the student list (all optional; `naam` matches first or last name).
struct LeerlingFilter {
  std::optional<std::string> school;
  std::optional<std::string> swv;
  std::optional<std::string> gemeente;
  std::string naam;
};

/// The part of the student table an account may see, as the store filters it.
struct LeerlingScope {
  enum class Soort { kGeen, kKinderen, kSchool, kBestuur, kSwv, kGemeente };
  Soort soort = Soort::kGeen;
  std::string code;
  std::vector<domain::LeerlingId> kinderen;
};

/// A student in a list.
struct LeerlingOverzicht {
  domain::LeerlingId id;
  std::string voornaam;
  std::string tussenvoegsel;
  std::string achternaam;
  domain::Date geboortedatum{};
  std::string school;  // current school location code, empty if none
  std::string school_naam;
  std::string swv;
  std::string woongemeente;
  std::string woongemeente_naam;
};

/// An enrolment with its school's name, for the file.
struct InschrijvingRegel {
  domain::Inschrijving inschrijving;
  std::string school_naam;
};

/// A student's file: the record, where they stand, and their enrolment history.
struct LeerlingDossier {
  LeerlingRecord record;  // includes the sealed BSN
  LeerlingPlaats plaats;
  std::string school_naam;
  std::string gemeente_naam;
  std::vector<InschrijvingRegel> inschrijvingen;  // newest first
};

/// Reads of student data and the audit trail.
class LeerlingQueries {
 public:
  virtual ~LeerlingQueries() = default;
  virtual domain::Result<Page<LeerlingOverzicht>> ListLeerlingen(const LeerlingScope& scope,
                                                                 const LeerlingFilter& filter,
                                                                 PageRequest page) = 0;
  virtual domain::Result<std::optional<LeerlingDossier>> FindDossier(domain::LeerlingId id) = 0;
  virtual domain::Result<std::optional<domain::LeerlingId>> FindByBsnLookup(
      const std::string& lookup) = 0;
  virtual domain::Result<std::vector<AuditEntry>> ListAudit(domain::LeerlingId id,
                                                            int64_t limit) = 0;
};

}  // namespace passend::app
