#include "app/auth_service.h"

#include <nlohmann/json.hpp>

#include "app/registry_service.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

Result<void> Unauthenticated() {
  return Fail(ErrorCode::kUnauthenticated, "Uw sessie is verlopen of ongeldig. Log opnieuw in.");
}

}  // namespace

AuthService::AuthService(UnitOfWork& work, AccountQueries& accounts, const Crypto& crypto,
                         const Clock& clock, AuthConfig config)
    : work_(work),
      accounts_(accounts),
      crypto_(crypto),
      clock_(clock),
      config_(config),
      per_account_(config.max_pogingen_account, config.venster),
      per_client_(config.max_pogingen_client, config.venster),
      dummy_hash_(crypto.HashPassword(crypto.RandomToken())) {}

Result<Principal> AuthService::PrincipalOf(int64_t account_id) {
  PASSEND_ASSIGN_OR_RETURN(auto account, accounts_.FindAccountById(account_id));
  if (!account) return std::unexpected(Unauthenticated().error());
  return Principal{account->id, account->gebruikersnaam, account->rol, account->organisatie,
                   account->kinderen};
}

Result<Sessie> AuthService::Login(const std::string& gebruikersnaam, const std::string& wachtwoord,
                                  const std::string& client) {
  const domain::Timestamp now = clock_.Now();
  const std::string account_key = "account:" + gebruikersnaam;
  const std::string client_key = "client:" + client;
  if (!per_account_.TryAcquire(account_key, now)) {
    return Fail(ErrorCode::kTooManyRequests,
                "Te veel mislukte inlogpogingen. Wacht een kwartier en probeer het opnieuw.");
  }
  if (!per_client_.TryAcquire(client_key, now)) {
    per_account_.Release(account_key);
    return Fail(ErrorCode::kTooManyRequests,
                "Te veel mislukte inlogpogingen. Wacht een kwartier en probeer het opnieuw.");
  }
  auto account = accounts_.FindAccount(gebruikersnaam);
  if (!account) {
    // Not the user's failure: give the attempts back.
    per_account_.Release(account_key);
    per_client_.Release(client_key);
    return std::unexpected(account.error());
  }
  // Always verify a hash, so that an unknown name takes as long as a wrong password.
  const bool ok =
      crypto_.VerifyPassword(*account ? (*account)->wachtwoord_hash : dummy_hash_, wachtwoord) &&
      account->has_value();
  if (!ok) {
    // The reserved attempts stay counted as failures.
    return Fail(ErrorCode::kUnauthenticated, "Gebruikersnaam of wachtwoord is onjuist.",
                "wachtwoord");
  }
  per_account_.Reset(account_key);
  per_client_.Release(client_key);
  const Account& found = **account;
  Sessie sessie;
  sessie.token = crypto_.RandomToken();
  sessie.csrf = crypto_.RandomToken();
  sessie.principal =
      Principal{found.id, found.gebruikersnaam, found.rol, found.organisatie, found.kinderen};
  sessie.verloopt = now + config_.idle;
  SessieRecord record{crypto_.TokenHash(sessie.token), found.id, now, now, sessie.csrf, false};
  const Actor actor = sessie.principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_RETURN_IF_ERROR(writer.InsertSessie(record));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(
        clock_, actor, "SessieGestart", "account/" + std::to_string(found.id), "", "{}")));
    return {};
  }));
  return sessie;
}

Result<Sessie> AuthService::ResolveSessie(const std::string& token) {
  if (token.empty()) return std::unexpected(Unauthenticated().error());
  const std::string hash = crypto_.TokenHash(token);
  PASSEND_ASSIGN_OR_RETURN(auto record, accounts_.FindSessie(hash));
  if (!record || record->beeindigd) return std::unexpected(Unauthenticated().error());
  const domain::Timestamp now = clock_.Now();
  // Idle and absolute expiry (configuration): an unattended screen or a stolen cookie stops
  // working after a while, however active.
  if (now - record->laatst_gezien >= config_.idle || now - record->gestart >= config_.absoluut) {
    PASSEND_RETURN_IF_ERROR(
        work_.Run([&](Writer& writer) -> Result<void> { return writer.EndSessie(hash); }));
    return std::unexpected(Unauthenticated().error());
  }
  // Refresh the idle timer at most once a minute: one write per request would serialise reads.
  if (now - record->laatst_gezien >= std::chrono::minutes{1}) {
    PASSEND_RETURN_IF_ERROR(
        work_.Run([&](Writer& writer) -> Result<void> { return writer.TouchSessie(hash, now); }));
  }
  PASSEND_ASSIGN_OR_RETURN(auto principal, PrincipalOf(record->account_id));
  return Sessie{token, record->csrf, std::move(principal), now + config_.idle};
}

Result<Principal> AuthService::ResolveBearer(const std::string& token) {
  if (token.empty()) return std::unexpected(Unauthenticated().error());
  PASSEND_ASSIGN_OR_RETURN(auto api_token, accounts_.FindToken(crypto_.TokenHash(token)));
  if (api_token) {
    if (api_token->ingetrokken) {
      return Fail(ErrorCode::kUnauthenticated, "Dit API-token is ingetrokken.");
    }
    return PrincipalOf(api_token->account_id);
  }
  PASSEND_ASSIGN_OR_RETURN(auto sessie, ResolveSessie(token));
  return sessie.principal;
}

Result<void> AuthService::Logout(const std::string& token, const std::string& client) {
  PASSEND_ASSIGN_OR_RETURN(auto sessie, ResolveSessie(token));
  const std::string hash = crypto_.TokenHash(token);
  const Actor actor = sessie.principal.AsActor(client);
  return work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_RETURN_IF_ERROR(writer.EndSessie(hash));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, "SessieBeeindigd",
                  "account/" + std::to_string(sessie.principal.account_id), "", "{}")));
    return {};
  });
}

Result<int64_t> AuthService::AddUser(const Actor& actor, const NieuwAccount& nieuw,
                                     const std::string& wachtwoord) {
  if (nieuw.gebruikersnaam.size() < 3 || nieuw.gebruikersnaam.size() > 64 ||
      nieuw.gebruikersnaam.find_first_of(" \t\r\n") != std::string::npos) {
    return Fail(ErrorCode::kInvalid, "Een gebruikersnaam heeft 3 tot 64 tekens en geen spaties.",
                "gebruikersnaam");
  }
  if (wachtwoord.size() < kMinWachtwoordLengte) {
    return Fail(ErrorCode::kInvalid, "Een wachtwoord heeft minstens 12 tekens.", "wachtwoord");
  }
  PASSEND_ASSIGN_OR_RETURN(auto organisatie, domain::ValidateScope(nieuw.rol, nieuw.organisatie));
  if (nieuw.rol == domain::Rol::kOuder && nieuw.kinderen.empty()) {
    return Fail(ErrorCode::kInvalid, "Een ouderaccount hoort bij minstens één leerling.",
                "leerling");
  }
  if (nieuw.rol != domain::Rol::kOuder && !nieuw.kinderen.empty()) {
    return Fail(ErrorCode::kInvalid, "Alleen een ouderaccount hoort bij leerlingen.", "leerling");
  }
  Account account{0,           nieuw.gebruikersnaam, nieuw.rol,
                  organisatie, nieuw.kinderen,       crypto_.HashPassword(wachtwoord),
                  clock_.Now()};
  int64_t id = 0;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(bool bestaat, writer.OrganisatieBestaat(account.rol, organisatie));
    if (!bestaat) {
      return Fail(ErrorCode::kNotFound,
                  "Organisatie " + organisatie + " staat niet in het register.", "organisatie");
    }
    for (const auto& kind : account.kinderen) {
      PASSEND_ASSIGN_OR_RETURN(auto leerling, writer.FindLeerling(kind));
      if (!leerling) {
        return Fail(ErrorCode::kNotFound,
                    "Leerling " + std::to_string(kind.value) + " bestaat niet.", "leerling");
      }
    }
    PASSEND_ASSIGN_OR_RETURN(id, writer.InsertAccount(account));
    nlohmann::json kinderen = nlohmann::json::array();
    for (const auto& kind : account.kinderen) kinderen.push_back(kind.value);
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, "AccountAangemaakt", "account/" + std::to_string(id), "",
                  nlohmann::json{{"gebruikersnaam", account.gebruikersnaam},
                                 {"rol", domain::RolCode(account.rol)},
                                 {"organisatie", account.organisatie},
                                 {"leerlingen", kinderen}}
                      .dump())));
    return {};
  }));
  return id;
}

Result<std::vector<Account>> AuthService::ListUsers() {
  PASSEND_ASSIGN_OR_RETURN(auto accounts, accounts_.ListAccounts());
  for (auto& account : accounts) account.wachtwoord_hash.clear();
  return accounts;
}

Result<NieuwToken> AuthService::CreateToken(const Actor& actor, const std::string& gebruikersnaam,
                                            const std::string& label) {
  PASSEND_ASSIGN_OR_RETURN(auto account, accounts_.FindAccount(gebruikersnaam));
  if (!account) {
    return Fail(ErrorCode::kNotFound, "Er is geen gebruiker met deze naam.", "gebruikersnaam");
  }
  NieuwToken nieuw;
  nieuw.token = crypto_.RandomToken();
  TokenRecord record{0, account->id, label, clock_.Now(), std::nullopt};
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(nieuw.id, writer.InsertToken(record, crypto_.TokenHash(nieuw.token)));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, "TokenAangemaakt", "account/" + std::to_string(account->id), "",
                  nlohmann::json{{"token", nieuw.id}, {"label", label}}.dump())));
    return {};
  }));
  return nieuw;
}

Result<void> AuthService::RevokeToken(const Actor& actor, int64_t id) {
  return work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_RETURN_IF_ERROR(writer.RevokeToken(id, clock_.Now()));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, "TokenIngetrokken", "token/" + std::to_string(id), "", "{}")));
    return {};
  });
}

std::string AuthService::GeneratePassword() const { return crypto_.RandomToken().substr(0, 20); }

}  // namespace passend::app
