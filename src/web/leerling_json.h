#pragma once
// JSON representations of personal data: students, their files, the audit trail, accounts.

#include <nlohmann/json.hpp>

#include "app/auth_service.h"
#include "app/leerlingen_service.h"

namespace passend::web {

/// A student in a list.
nlohmann::json ToJson(const app::LeerlingOverzicht& leerling);
/// A student's file; the BSN only masked.
nlohmann::json ToJson(const app::LeerlingInzicht& inzicht);
/// One audit entry.
nlohmann::json ToJson(const app::AuditEntry& entry);
/// An account without secrets.
nlohmann::json ToJson(const app::Account& account);
/// The logged-in account.
nlohmann::json ToJson(const app::Principal& principal);

}  // namespace passend::web
