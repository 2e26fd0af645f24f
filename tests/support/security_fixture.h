#pragma once
// Test support: the server with three students and one account per role.

#include <map>
#include <string>

#include "support/server_harness.h"

namespace passend::testing {

/// Students: Sanne (10AA00, GM0001), Bram (10AA01, GM0002), Lotte (12CC00, VO2001, GM0001).
/// Accounts `<rol>.test` for every role: ouder of Sanne, school 10AA00, bestuur 10001,
/// swv PO2001, gemeente GM0001, consulent PO2001, inspectie, ministerie, beheer.
class SecurityFixture {
 public:
  explicit SecurityFixture(app::AuthConfig config = {});
  ServerHarness& harness() { return harness_; }
  TestDb& db() { return harness_.db(); }
  domain::LeerlingId sanne, bram, lotte;
  /// A fresh session for `rol`'s test account.
  app::Sessie Login(domain::Rol rol);
  /// `<rol>.test`.
  static std::string AccountName(domain::Rol rol);

 private:
  ServerHarness harness_;
};

}  // namespace passend::testing
