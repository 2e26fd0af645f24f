#include "support/security_fixture.h"

#include <gtest/gtest.h>

namespace passend::testing {

using domain::Rol;

std::string SecurityFixture::AccountName(Rol rol) {
  return std::string(domain::RolCode(rol)) + ".test";
}

SecurityFixture::SecurityFixture(app::AuthConfig config) : harness_(config) {
  sanne = AddLeerling(db(), "Sanne", "111222333", "10AA00", "GM0001");
  bram = AddLeerling(db(), "Bram", "123456782", "10AA01", "GM0002");
  lotte = AddLeerling(db(), "Lotte", "100000009", "12CC00", "GM0001");
  const std::map<Rol, std::string> orgs{{Rol::kSchool, "10AA00"},
                                        {Rol::kBestuur, "10001"},
                                        {Rol::kSwv, "PO2001"},
                                        {Rol::kGemeente, "GM0001"},
                                        {Rol::kConsulent, "PO2001"}};
  for (Rol rol : domain::kAlleRollen) {
    auto org = orgs.find(rol);
    AddAccount(db(), AccountName(rol), rol, org == orgs.end() ? "" : org->second,
               rol == Rol::kOuder ? std::vector<domain::LeerlingId>{sanne}
                                  : std::vector<domain::LeerlingId>{});
  }
}

app::Sessie SecurityFixture::Login(Rol rol) {
  auto sessie = db().auth->Login(AccountName(rol), kTestWachtwoord, "test-login");
  EXPECT_TRUE(sessie.has_value()) << AccountName(rol);
  return sessie.value_or(app::Sessie{});
}

}  // namespace passend::testing
