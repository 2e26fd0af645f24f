#pragma once
// One demo account per role for the demo data set (never for real data).

#include <string>
#include <vector>

#include "app/auth_service.h"
#include "app/ports_auth.h"

namespace passend::app {

/// The password of every demo account. Demo databases only: it is published in the README.
inline constexpr char kDemoWachtwoord[] = "passend-demo-2026";

/// A created demo account.
struct DemoAccount {
  std::string gebruikersnaam;
  domain::Rol rol;
  std::string organisatie;  // or, for the parent, `leerling N`
};

/// Creates `<rol>.demo` for every role, scoped to the first SWV (PO), its first school, that
/// school's board and municipality, and for the parent a student of that school.
domain::Result<std::vector<DemoAccount>> MaakDemoAccounts(const Actor& actor, AuthService& auth,
                                                          RegistryQueries& registry,
                                                          LeerlingQueries& leerlingen);

}  // namespace passend::app
