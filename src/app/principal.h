#pragma once
// The logged-in account a request acts for.

#include <cstdint>
#include <string>
#include <vector>

#include "app/actor.h"
#include "domain/registry.h"
#include "domain/rol.h"

namespace passend::app {

/// An authenticated account: its role and the scope the role covers.
struct Principal {
  int64_t account_id = 0;
  std::string gebruikersnaam;
  domain::Rol rol = domain::Rol::kBeheer;
  std::string organisatie;                   // scope code; empty for ouder and national roles
  std::vector<domain::LeerlingId> kinderen;  // ouder only
  /// The actor for events and audit, seen from `client`.
  Actor AsActor(const std::string& client) const {
    return Actor{gebruikersnaam, std::string(domain::RolCode(rol)), organisatie, client};
  }
};

}  // namespace passend::app
