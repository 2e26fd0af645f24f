#include "cli/commands.h"

#include <fmt/format.h>
#include <pthread.h>
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <thread>

#include "app/config.h"
#include "app/demo_accounts.h"
#include "app/demo_import.h"
#include "app/registry_service.h"
#include "cli/context.h"
#include "cli/plaatsing_json.h"
#include "store/sqlite/digest.h"
#include "web/server.h"

namespace passend::cli {

namespace {

int Report(const domain::Error& error) {
  std::cerr << "passend: " << error.message << "\n";
  return error.code == domain::ErrorCode::kInvalid ? 2 : 1;
}

// Progress on stderr: one rewritten line on a terminal, a line per 10 % otherwise (CI logs).
class ProgressPrinter {
 public:
  ProgressPrinter() : tty_(isatty(STDERR_FILENO) != 0) {}
  void operator()(std::string_view phase, int64_t done, int64_t total) {
    if (total <= 0) return;
    const int percent = static_cast<int>(done * 100 / total);
    if (tty_) {
      std::fprintf(stderr, "\r%-12.*s %9lld / %lld (%3d %%)", static_cast<int>(phase.size()),
                   phase.data(), static_cast<long long>(done), static_cast<long long>(total),
                   percent);
      if (done >= total) std::fputc('\n', stderr);
    } else if (phase != last_phase_ || percent / 10 != last_decile_ || done >= total) {
      std::fprintf(stderr, "%.*s: %lld / %lld (%d %%)\n", static_cast<int>(phase.size()),
                   phase.data(), static_cast<long long>(done), static_cast<long long>(total),
                   percent);
    }
    last_phase_ = std::string(phase);
    last_decile_ = percent / 10;
  }

 private:
  bool tty_;
  std::string last_phase_;
  int last_decile_ = -1;
};

int Demo(const std::string& db, const std::string& key, const std::string& scale_text,
         uint64_t seed) {
  auto scale = engine::ParseDemoScale(scale_text);
  if (!scale) return Report(scale.error());
  auto context = OpenContext(db, key);
  if (!context) return Report(context.error());
  auto& ctx = **context;
  app::DemoImport import(*ctx.store, *ctx.store, *ctx.vault, ctx.clock);
  ProgressPrinter printer;
  const auto started = std::chrono::steady_clock::now();
  auto telling = import.Run(
      app::CliActor("demo"), engine::DemoOptions{.scale = *scale, .seed = seed},
      [&](std::string_view phase, int64_t done, int64_t total) { printer(phase, done, total); });
  if (!telling) return Report(telling.error());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << fmt::format(
      "Demogegevens geladen in {:.1f} s: {} gemeenten, {} samenwerkingsverbanden, {} besturen, "
      "{} scholen, {} leerlingen, {} aanmeldingen, {} geschillen, {} verzuimmeldingen, {} "
      "TLV-aanvragen, {} arrangementtoekenningen, {} events.\n",
      seconds, telling->gemeenten, telling->samenwerkingsverbanden, telling->besturen,
      telling->scholen, telling->leerlingen, telling->aanmeldingen, telling->geschillen,
      telling->verzuimmeldingen, telling->tlv_aanvragen, telling->toekenningen, telling->events);
  auto accounts =
      app::MaakDemoAccounts(app::CliActor("demo"), *ctx.auth, *ctx.store, *ctx.leerlingen);
  if (!accounts) return Report(accounts.error());
  std::cout << "Demo-accounts (wachtwoord " << app::kDemoWachtwoord << "):\n";
  for (const auto& account : *accounts) {
    std::cout << fmt::format("  {:<18} {:<28} {}\n", account.gebruikersnaam,
                             domain::RolNaam(account.rol), account.organisatie);
  }
  return 0;
}

// Reads the policy parameters; a missing default file means the built-in defaults (the
// current law), a missing file the user named is an error.
domain::Result<app::PassendConfig> LoadConfig(const std::string& path, bool required) {
  std::ifstream in(path);
  if (!in) {
    if (!required) return app::PassendConfig{};
    return domain::Fail(domain::ErrorCode::kInvalid,
                        fmt::format("Het configuratiebestand '{}' kan niet worden gelezen.", path));
  }
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  auto config = app::ParseConfig(text);
  if (!config) {
    return domain::Fail(domain::ErrorCode::kInvalid, path + ": " + config.error().message,
                        config.error().field);
  }
  return config;
}

struct ServeOptions {
  std::string config = "config/passend.json";
  bool config_given = false;
  bool idle_given = false;
  bool absoluut_given = false;
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string assets;
  int idle_minuten = 30;
  int absoluut_uren = 8;
  bool secure_cookies = false;
  std::string trusted_proxy;
};

int Serve(const std::string& db, const std::string& key, const ServeOptions& serve) {
  // Block the stop signals in every thread; one thread waits for them and stops the server
  // (calling stop() from a signal handler would not be async-signal-safe).
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto config = LoadConfig(serve.config, serve.config_given);
  if (!config) return Report(config.error());
  // Command-line flags override the file.
  if (serve.idle_given) config->sessie.idle = std::chrono::minutes{serve.idle_minuten};
  if (serve.absoluut_given) config->sessie.absoluut = std::chrono::hours{serve.absoluut_uren};
  auto context = OpenContext(db, key, *config);
  if (!context) return Report(context.error());
  auto& ctx = **context;
  app::PubliekRegister publiek(*ctx.store);
  web::Services services{publiek,           *ctx.auth,          *ctx.inzage,
                         *ctx.aanmeldingen, *ctx.geschillen,    *ctx.instellingen,
                         *ctx.berichten,    *ctx.verzuim,       *ctx.thuiszitters,
                         *ctx.tlv,          *ctx.arrangementen, *ctx.geld,
                         *ctx.opp,          *ctx.ondersteuning, serve.secure_cookies};
  services.plaatsingsrondes = ctx.plaatsingsrondes.get();
  services.dekkend_aanbod = ctx.dekkend_aanbod.get();
  services.basisondersteuning = ctx.basisondersteuning.get();
  services.reserveplannen = ctx.reserveplannen.get();
  web::ServerOptions options;
  options.bind = serve.bind;
  options.port = serve.port;
  if (!serve.assets.empty()) options.asset_root = serve.assets;
  options.trusted_proxy = serve.trusted_proxy;
  const std::string& bind = serve.bind;
  web::Server server(services, options);
  auto bound = server.Bind();
  if (!bound) return Report(bound.error());
  std::cout << fmt::format("Passend luistert op http://{}:{}/ (stoppen met Ctrl-C)\n", bind, *bound)
            << std::flush;
  std::thread waiter([&] {
    int received = 0;
    sigwait(&signals, &received);
    server.Stop();
  });
  server.Serve();
  // Serve() also returns if the listener fails; wake the waiter so it can finish.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  std::cout << "Passend is gestopt.\n";
  return 0;
}

// Reads a password from standard input (one line), without echo when it is a terminal.
std::string ReadPassword() {
  termios saved{};
  const bool tty = isatty(STDIN_FILENO) != 0 && tcgetattr(STDIN_FILENO, &saved) == 0;
  if (tty) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

struct UserOptions {
  std::string user;
  std::string role;
  std::string org;
  std::vector<int64_t> leerlingen;
  bool generate = false;
  std::string label;
  int64_t token_id = 0;
};

int UserAdd(const std::string& db, const std::string& key, const UserOptions& o) {
  auto rol = domain::ParseRol(o.role);
  if (!rol) return Report(rol.error());
  auto context = OpenContext(db, key);
  if (!context) return Report(context.error());
  auto& ctx = **context;
  std::string password;
  if (o.generate) {
    password = ctx.auth->GeneratePassword();
  } else {
    if (isatty(STDIN_FILENO) != 0) std::cerr << "Wachtwoord (minstens 12 tekens): ";
    password = ReadPassword();
  }
  app::NieuwAccount account{o.user, *rol, o.org, {}};
  for (int64_t id : o.leerlingen) account.kinderen.push_back(domain::LeerlingId{id});
  auto id = ctx.auth->AddUser(app::CliActor("cli"), account, password);
  if (!id) return Report(id.error());
  std::cout << fmt::format("Gebruiker {} aangemaakt (rol {}).\n", o.user, o.role);
  if (o.generate) std::cout << "Wachtwoord: " << password << "\n";
  return 0;
}

int UserList(const std::string& db, const std::string& key) {
  auto context = OpenContext(db, key);
  if (!context) return Report(context.error());
  auto users = (*context)->auth->ListUsers();
  if (!users) return Report(users.error());
  std::cout << fmt::format("{:<24} {:<11} {:<10} {}\n", "gebruiker", "rol", "organisatie",
                           "leerlingen");
  for (const auto& u : *users) {
    std::string kinderen;
    for (const auto& k : u.kinderen) {
      if (!kinderen.empty()) kinderen += ',';
      kinderen += std::to_string(k.value);
    }
    std::cout << fmt::format("{:<24} {:<11} {:<10} {}\n", u.gebruikersnaam, domain::RolCode(u.rol),
                             u.organisatie, kinderen);
  }
  return 0;
}

int TokenCreate(const std::string& db, const std::string& key, const UserOptions& o) {
  auto context = OpenContext(db, key);
  if (!context) return Report(context.error());
  auto token = (*context)->auth->CreateToken(app::CliActor("cli"), o.user, o.label);
  if (!token) return Report(token.error());
  std::cerr << "Token " << token->id << " voor " << o.user
            << " (bewaar het nu; het wordt niet opnieuw getoond):\n";
  std::cout << token->token << "\n";
  return 0;
}

int TokenRevoke(const std::string& db, const std::string& key, const UserOptions& o) {
  auto context = OpenContext(db, key);
  if (!context) return Report(context.error());
  auto ok = (*context)->auth->RevokeToken(app::CliActor("cli"), o.token_id);
  if (!ok) return Report(ok.error());
  std::cout << "Token " << o.token_id << " ingetrokken.\n";
  return 0;
}

int Digest(const std::string& db, const std::string& key) {
  auto context = OpenContext(db, key);
  if (!context) return Report(context.error());
  auto digest = store::sqlite::RegistryDigest(*(*context)->store, *(*context)->vault);
  if (!digest) return Report(digest.error());
  std::cout << *digest << "\n";
  return 0;
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App cli{"Passend: een passende plek voor elk kind (passend onderwijs)", "passend"};
  cli.require_subcommand(1);
  std::string db = "var/passend.db";
  std::string key;
  auto add_db = [&](CLI::App* sub) {
    sub->add_option("--db", db, "Pad naar de SQLite-database")->capture_default_str();
    sub->add_option("--key-file", key, "Sleutelbestand voor BSN's (standaard: databasepad + .key)");
  };

  auto* serve = cli.add_subcommand("serve", "Start de webserver (API en pagina's)");
  add_db(serve);
  ServeOptions serve_options;
  serve->add_option("--bind", serve_options.bind, "Adres om op te luisteren")
      ->capture_default_str();
  serve->add_option("--port", serve_options.port, "Poort (0: een vrije poort)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  serve->add_option("--assets", serve_options.assets, "Map met web/static en node_modules");
  auto* config_option =
      serve->add_option("--config", serve_options.config,
                        "Beleidsparameters (termijnen, sessies); standaard config/passend.json");
  auto* idle_option = serve->add_option("--idle-minuten", serve_options.idle_minuten,
                                        "Sessie verloopt na zoveel minuten zonder activiteit "
                                        "(overschrijft de configuratie)");
  idle_option->check(CLI::Range(1, 24 * 60));
  auto* absoluut_option = serve->add_option(
      "--absoluut-uren", serve_options.absoluut_uren,
      "Sessie verloopt in elk geval na zoveel uren (overschrijft de configuratie)");
  absoluut_option->check(CLI::Range(1, 24 * 7));
  serve->add_flag("--secure-cookies", serve_options.secure_cookies,
                  "Cookies alleen over HTTPS (achter een TLS-proxy)");
  serve->add_option("--trusted-proxy", serve_options.trusted_proxy,
                    "Adres van de TLS-proxy; van dit adres geldt X-Forwarded-For als client");

  auto* demo = cli.add_subcommand("demo", "Vul een lege database met synthetische demogegevens");
  add_db(demo);
  std::string scale = "regio";
  uint64_t seed = 1;
  demo->add_option("--scale", scale, "regio of land")->capture_default_str();
  demo->add_option("--seed", seed, "Startwaarde; dezelfde seed geeft dezelfde gegevens")
      ->capture_default_str();

  auto* digest = cli.add_subcommand("digest", "Vingerafdruk van de registerinhoud");
  add_db(digest);

  auto* migrate = cli.add_subcommand("migrate", "Pas databasemigraties toe");
  add_db(migrate);

  UserOptions user_options;
  auto* user = cli.add_subcommand("user", "Gebruikersaccounts");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Maak een account (wachtwoord via stdin)");
  add_db(user_add);
  user_add->add_option("--user", user_options.user, "Gebruikersnaam")->required();
  user_add
      ->add_option("--role", user_options.role,
                   "ouder, school, bestuur, swv, gemeente, consulent, inspectie, "
                   "ministerie of beheer")
      ->required();
  user_add->add_option("--org", user_options.org,
                       "Organisatiecode: vestiging (school), bestuursnummer, SWV-code, GM-code");
  user_add->add_option("--leerling", user_options.leerlingen,
                       "Leerling-id van een kind (ouder; herhaalbaar)");
  user_add->add_flag("--generate-password", user_options.generate,
                     "Maak een wachtwoord aan en toon het");
  auto* user_list = user->add_subcommand("list", "Toon alle accounts");
  add_db(user_list);

  auto* token = cli.add_subcommand("token", "API-tokens");
  token->require_subcommand(1);
  auto* token_create = token->add_subcommand("create", "Maak een bearer-token voor de API");
  add_db(token_create);
  token_create->add_option("--user", user_options.user, "Gebruikersnaam")->required();
  token_create->add_option("--label", user_options.label, "Waarvoor het token is");
  auto* token_revoke = token->add_subcommand("revoke", "Trek een token in");
  add_db(token_revoke);
  token_revoke->add_option("--id", user_options.token_id, "Tokennummer")->required();

  // Issue 5 item 6: the placement solvers on an instance file (docs/placement.md).
  std::string instance;
  uint64_t loting_seed = 0;
  auto* plaatsing =
      cli.add_subcommand("plaatsing", "Minimale-kostenplaatsing van een instantie (JSON)");
  plaatsing->add_option("--instance", instance, "Instantiebestand (JSON)")->required();
  auto* loting = cli.add_subcommand("loting", "Voorkeursronde met loting (deferred acceptance)");
  loting->add_option("--instance", instance, "Instantiebestand (JSON)")->required();
  loting->add_option("--seed", loting_seed, "Startwaarde van de loting")->required();

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e);
  }
  serve_options.config_given = config_option->count() > 0;
  serve_options.idle_given = idle_option->count() > 0;
  serve_options.absoluut_given = absoluut_option->count() > 0;
  if (*serve) return Serve(db, key, serve_options);
  if (*user_add) return UserAdd(db, key, user_options);
  if (*user_list) return UserList(db, key);
  if (*token_create) return TokenCreate(db, key, user_options);
  if (*token_revoke) return TokenRevoke(db, key, user_options);
  if (*demo) return Demo(db, key, scale, seed);
  if (*digest) return Digest(db, key);
  if (*plaatsing) return PlaatsingCommando(instance);
  if (*loting) return LotingCommando(instance, loting_seed);
  if (*migrate) {
    auto context = OpenContext(db, key);
    if (!context) return Report(context.error());
    std::cout << "Schema op versie " << (*context)->store->schema_version() << ".\n";
    return 0;
  }
  return 1;
}

}  // namespace passend::cli
