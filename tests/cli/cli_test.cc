// The passend command line, run as a real process.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "support/fixture.h"

namespace passend {
namespace {

struct CliRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

CliRun Passend(const std::string& args, const std::string& input = "") {
  // Input (a password) goes through a pipe; the test's own strings hold no quote.
  const std::string command = (input.empty() ? "" : "printf '%s\\n' '" + input + "' | ") +
                              std::string(PASSEND_BINARY) + " " + args + " 2>&1";
  CliRun run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    run.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string Digest(const std::string& db) {
  CliRun run = Passend("digest --db " + db);
  EXPECT_EQ(run.exit_code, 0) << run.output;
  return run.output;
}

TEST(DemoCommand, SameSeedGivesIdenticalDataAndAnotherSeedOtherData) {
  testing::TempDir dir;
  const std::string a = dir.File("a.db"), b = dir.File("b.db"), c = dir.File("c.db");
  CliRun first = Passend("demo --db " + a + " --scale regio --seed 7");
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_NE(first.output.find("Demogegevens geladen"), std::string::npos);
  ASSERT_EQ(Passend("demo --db " + b + " --scale regio --seed 7").exit_code, 0);
  ASSERT_EQ(Passend("demo --db " + c + " --scale regio --seed 8").exit_code, 0);
  const std::string digest_a = Digest(a);
  EXPECT_EQ(digest_a.size(), 65u) << digest_a;  // 64 hex digits and a newline
  EXPECT_EQ(digest_a, Digest(b));
  EXPECT_NE(digest_a, Digest(c));
}

TEST(DemoCommand, RefusesToMixDemoDataIntoADatabaseWithData) {
  testing::TempDir dir;
  const std::string db = dir.File("a.db");
  ASSERT_EQ(Passend("demo --db " + db + " --scale regio --seed 1").exit_code, 0);
  CliRun again = Passend("demo --db " + db + " --scale regio --seed 1");
  EXPECT_NE(again.exit_code, 0);
  EXPECT_NE(again.output.find("al gegevens"), std::string::npos) << again.output;
}

TEST(DemoCommand, RejectsAnUnknownScale) {
  testing::TempDir dir;
  CliRun run = Passend("demo --db " + dir.File("a.db") + " --scale wereld");
  EXPECT_NE(run.exit_code, 0);
  EXPECT_NE(run.output.find("regio"), std::string::npos) << run.output;
}

TEST(ServeCommand, SaysClearlyWhenThePortIsTaken) {
  testing::TempDir dir;
  // Hold a port so that serve cannot bind it.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(listen(fd, 1), 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  const int port = ntohs(addr.sin_port);
  CliRun run = Passend("serve --db " + dir.File("a.db") + " --port " + std::to_string(port));
  close(fd);
  EXPECT_NE(run.exit_code, 0);
  EXPECT_NE(run.output.find("al in gebruik"), std::string::npos) << run.output;
}

TEST(ServeCommand, SaysClearlyWhenTheDatabaseCannotBeOpened) {
  CliRun run =
      Passend("serve --db /proc/passend/kan-niet.db --key-file /tmp/passend-test-unused.key");
  EXPECT_NE(run.exit_code, 0);
  EXPECT_NE(run.output.find("kan niet worden"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace passend

namespace passend {
namespace {

// The board of the demo school account, read from `user list`.
std::string DemoBestuur(const std::string& db) {
  const std::string list = Passend("user list --db " + db).output;
  const size_t line = list.find("bestuur.demo");
  if (line == std::string::npos) return "00000";
  const size_t code = list.find_first_of("0123456789", line);
  return list.substr(code, 5);
}

CliRun PassendWithInput(const std::string& input, const std::string& args) {
  return Passend(args, input);
}

TEST(UserCommand, AddsAccountsWithScopeAndListsThem) {
  testing::TempDir dir;
  const std::string db = "--db " + dir.File("a.db");
  ASSERT_EQ(Passend("demo " + db + " --scale regio --seed 3").exit_code, 0);
  CliRun unknown = PassendWithInput(
      "een-lang-wachtwoord", "user add " + db + " --user ib.test --role school --org 99zz99");
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.output.find("niet in het register"), std::string::npos) << unknown.output;
  CliRun added = PassendWithInput(
      "een-lang-wachtwoord",
      "user add " + db + " --user ib.test --role bestuur --org " + DemoBestuur(dir.File("a.db")));
  EXPECT_EQ(added.exit_code, 0) << added.output;
  CliRun generated =
      Passend("user add " + db + " --user regio.swv --role swv --org PO2601 --generate-password");
  EXPECT_EQ(generated.exit_code, 0) << generated.output;
  EXPECT_NE(generated.output.find("Wachtwoord: "), std::string::npos);
  CliRun wrong_org = PassendWithInput("een-lang-wachtwoord",
                                      "user add " + db + " --user x.test --role swv --org 12AB00");
  EXPECT_NE(wrong_org.exit_code, 0);
  CliRun short_pw = PassendWithInput("kort", "user add " + db + " --user y.test --role beheer");
  EXPECT_NE(short_pw.exit_code, 0);
  EXPECT_NE(short_pw.output.find("12 tekens"), std::string::npos) << short_pw.output;
  CliRun parent_without_child =
      PassendWithInput("een-lang-wachtwoord", "user add " + db + " --user z.test --role ouder");
  EXPECT_NE(parent_without_child.exit_code, 0);
  CliRun parent = PassendWithInput(
      "een-lang-wachtwoord", "user add " + db + " --user ouder.test --role ouder --leerling 5");
  EXPECT_EQ(parent.exit_code, 0) << parent.output;

  CliRun list = Passend("user list " + db);
  ASSERT_EQ(list.exit_code, 0);
  EXPECT_NE(list.output.find("ib.test"), std::string::npos);
  EXPECT_NE(list.output.find("regio.swv"), std::string::npos);
  EXPECT_NE(list.output.find("school.demo"), std::string::npos) << "demo accounts";
  EXPECT_EQ(list.output.find("x.test"), std::string::npos);
  EXPECT_EQ(list.output.find("$argon2id"), std::string::npos) << "no hashes in listings";
}

TEST(TokenCommand, CreatesAndRevokesTokens) {
  testing::TempDir dir;
  const std::string db = "--db " + dir.File("a.db");
  ASSERT_EQ(Passend("demo " + db + " --scale regio --seed 3").exit_code, 0);
  CliRun created = Passend("token create " + db + " --user swv.demo --label koppeling");
  ASSERT_EQ(created.exit_code, 0) << created.output;
  EXPECT_NE(created.output.find("Token 1 "), std::string::npos) << created.output;
  EXPECT_EQ(Passend("token revoke " + db + " --id 1").exit_code, 0);
  EXPECT_NE(Passend("token revoke " + db + " --id 1").exit_code, 0) << "already revoked";
  EXPECT_NE(Passend("token create " + db + " --user niemand").exit_code, 0);
}

}  // namespace
}  // namespace passend

namespace passend {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), {}};
}

// `passend serve --port 0` in the background, with its output in `log`.
struct BackgroundServer {
  int pid = 0;
  std::string port;  // empty when it did not start listening within 5 s
};

BackgroundServer StartServer(const testing::TempDir& dir, const std::string& log) {
  BackgroundServer server;
  const std::string command = std::string(PASSEND_BINARY) + " serve --db " + dir.File("a.db") +
                              " --port 0 > " + log + " 2>&1 & echo $!";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return server;
  if (fscanf(pipe, "%d", &server.pid) != 1) server.pid = 0;
  pclose(pipe);
  for (int i = 0; i < 100; ++i) {
    usleep(50'000);
    const std::string text = ReadFile(log);
    const size_t at = text.find("luistert op http://127.0.0.1:");
    if (at == std::string::npos) continue;
    const size_t begin = text.find(':', at + 20) + 1;
    server.port = text.substr(begin, text.find('/', begin) - begin);
    break;
  }
  return server;
}

TEST(ServeCommand, StopsCleanlyOnSigterm) {
  testing::TempDir dir;
  const std::string log = dir.File("serve.log");
  const BackgroundServer server = StartServer(dir, log);
  ASSERT_FALSE(server.port.empty()) << ReadFile(log);
  ASSERT_EQ(kill(server.pid, SIGTERM), 0);
  bool gone = false;
  for (int i = 0; i < 100 && !gone; ++i) {
    usleep(50'000);
    gone = kill(server.pid, 0) != 0;
  }
  EXPECT_TRUE(gone) << "still running after SIGTERM";
  EXPECT_NE(ReadFile(log).find("Passend is gestopt."), std::string::npos) << ReadFile(log);
}

TEST(ServeCommand, ASecondServerOnTheSamePortIsRefused) {
  testing::TempDir dir;
  const std::string log = dir.File("first.log");
  const BackgroundServer first = StartServer(dir, log);
  ASSERT_FALSE(first.port.empty()) << ReadFile(log);
  CliRun second = Passend("serve --db " + dir.File("b.db") + " --port " + first.port);
  kill(first.pid, SIGTERM);
  EXPECT_NE(second.exit_code, 0);
  EXPECT_NE(second.output.find("al in gebruik"), std::string::npos) << second.output;
}

}  // namespace
}  // namespace passend

namespace passend {
namespace {

TEST(ServeCommand, RefusesABadConfigurationNamingTheKey) {
  testing::TempDir dir;
  const std::string config = dir.File("passend.json");
  std::ofstream(config) << R"({"zorgplicht": {"maxVerlengingDagen": -4}})";
  CliRun run = Passend("serve --db " + dir.File("a.db") + " --port 0 --config " + config);
  EXPECT_NE(run.exit_code, 0);
  EXPECT_NE(run.output.find("zorgplicht.maxVerlengingDagen"), std::string::npos) << run.output;
  CliRun missing = Passend("serve --db " + dir.File("a.db") + " --config " + dir.File("nee.json"));
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.output.find("kan niet worden gelezen"), std::string::npos) << missing.output;
}

}  // namespace
}  // namespace passend
