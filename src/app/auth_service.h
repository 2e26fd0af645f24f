#pragma once
// Use cases of accounts: log in and out, resolve sessions and tokens, manage users and tokens.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "app/ports_auth.h"
#include "app/principal.h"
#include "app/throttle.h"

namespace passend::app {

/// Session and throttling parameters (configuration, not code).
struct AuthConfig {
  std::chrono::seconds idle{std::chrono::minutes{30}};     // idle expiry
  std::chrono::seconds absoluut{std::chrono::hours{8}};    // absolute expiry
  int max_pogingen_account = 5;                            // failures per account per window
  int max_pogingen_client = 20;                            // failures per client per window
  std::chrono::seconds venster{std::chrono::minutes{15}};  // throttling window
};

/// A session as handed to the client: the secret token and the CSRF token for its forms.
struct Sessie {
  std::string token;
  std::string csrf;
  Principal principal;
  domain::Timestamp verloopt;  // when it expires if idle
};

/// A new account.
struct NieuwAccount {
  std::string gebruikersnaam;
  domain::Rol rol = domain::Rol::kBeheer;
  std::string organisatie;
  std::vector<domain::LeerlingId> kinderen;
};

/// A freshly created API token; the secret is shown once and never stored.
struct NieuwToken {
  int64_t id = 0;
  std::string token;
};

/// Accounts, sessions and tokens.
class AuthService {
 public:
  AuthService(UnitOfWork& work, AccountQueries& accounts, const Crypto& crypto, const Clock& clock,
              AuthConfig config = {});

  /// Checks the password and starts a session. Fails with kUnauthenticated (one message for
  /// unknown name and wrong password) or kTooManyRequests when throttled.
  domain::Result<Sessie> Login(const std::string& gebruikersnaam, const std::string& wachtwoord,
                               const std::string& client);
  /// Resolves a session token; fails (kUnauthenticated) when unknown, ended or expired.
  /// Refreshes the idle timer.
  domain::Result<Sessie> ResolveSessie(const std::string& token);
  /// Resolves a bearer token: a session token or an API token.
  domain::Result<Principal> ResolveBearer(const std::string& token);
  /// Ends a session.
  domain::Result<void> Logout(const std::string& token, const std::string& client);

  /// Creates an account with `wachtwoord` (at least 12 characters).
  domain::Result<int64_t> AddUser(const Actor& actor, const NieuwAccount& account,
                                  const std::string& wachtwoord);
  /// All accounts (without password hashes).
  domain::Result<std::vector<Account>> ListUsers();
  /// Creates an API token for `gebruikersnaam`.
  domain::Result<NieuwToken> CreateToken(const Actor& actor, const std::string& gebruikersnaam,
                                         const std::string& label);
  /// Revokes API token `id`; later requests with it get 401.
  domain::Result<void> RevokeToken(const Actor& actor, int64_t id);

  /// A random single-use token for a form that has no session yet (the login form).
  std::string NewFormToken() const { return crypto_.RandomToken(); }

  /// A random password for `--generate-password`.
  std::string GeneratePassword() const;

  const AuthConfig& config() const { return config_; }

 private:
  domain::Result<Principal> PrincipalOf(int64_t account_id);

  UnitOfWork& work_;
  AccountQueries& accounts_;
  const Crypto& crypto_;
  const Clock& clock_;
  AuthConfig config_;
  Throttle per_account_;
  Throttle per_client_;
  std::string dummy_hash_;  // verified against for unknown names, so timing does not tell
};

/// The minimum password length for accounts.
inline constexpr size_t kMinWachtwoordLengte = 12;

}  // namespace passend::app
