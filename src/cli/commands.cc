#include "cli/commands.h"

#include <fmt/format.h>
#include <pthread.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <thread>

#include "app/demo_import.h"
#include "app/registry_service.h"
#include "cli/context.h"
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
      app::CliActor("demo"), engine::DemoOptions{*scale, seed, {}},
      [&](std::string_view phase, int64_t done, int64_t total) { printer(phase, done, total); });
  if (!telling) return Report(telling.error());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << fmt::format(
      "Demogegevens geladen in {:.1f} s: {} gemeenten, {} samenwerkingsverbanden, {} besturen, "
      "{} scholen, {} leerlingen, {} events.\n",
      seconds, telling->gemeenten, telling->samenwerkingsverbanden, telling->besturen,
      telling->scholen, telling->leerlingen, telling->events);
  return 0;
}

int Serve(const std::string& db, const std::string& key, const std::string& bind, int port,
          const std::string& assets) {
  // Block the stop signals in every thread; one thread waits for them and stops the server
  // (calling stop() from a signal handler would not be async-signal-safe).
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto context = OpenContext(db, key);
  if (!context) return Report(context.error());
  auto& ctx = **context;
  app::PubliekRegister publiek(*ctx.store);
  web::Services services{publiek};
  web::ServerOptions options;
  options.bind = bind;
  options.port = port;
  if (!assets.empty()) options.asset_root = assets;
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
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string assets;
  serve->add_option("--bind", bind, "Adres om op te luisteren")->capture_default_str();
  serve->add_option("--port", port, "Poort (0: een vrije poort)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  serve->add_option("--assets", assets, "Map met web/static en node_modules");

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

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e);
  }
  if (*serve) return Serve(db, key, bind, port, assets);
  if (*demo) return Demo(db, key, scale, seed);
  if (*digest) return Digest(db, key);
  if (*migrate) {
    auto context = OpenContext(db, key);
    if (!context) return Report(context.error());
    std::cout << "Schema op versie " << (*context)->store->schema_version() << ".\n";
    return 0;
  }
  return 1;
}

}  // namespace passend::cli
