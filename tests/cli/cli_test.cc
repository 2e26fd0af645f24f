// The passend command line, run as a real process.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <string>

#include "support/fixture.h"

namespace passend {
namespace {

struct CliRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

CliRun Passend(const std::string& args) {
  const std::string command = std::string(PASSEND_BINARY) + " " + args + " 2>&1";
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
