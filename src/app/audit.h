#pragma once
// Recording reads of students in the audit trail, before the data leaves (security baseline):
// the one place that writes "who read which student" for every use case.

#include <string>
#include <vector>

#include "app/actor.h"
#include "app/ports.h"

namespace passend::app {

/// Appends one audit entry per distinct student of `leerlingen` (`actie`, `wat`) in one
/// transaction; nothing when the list is empty.
domain::Result<void> AuditLeerlingen(UnitOfWork& work, const Clock& clock, const Actor& actor,
                                     const std::vector<domain::LeerlingId>& leerlingen,
                                     const std::string& actie, const std::string& wat);

}  // namespace passend::app
