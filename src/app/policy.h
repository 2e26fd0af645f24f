#pragma once
// The one authorization policy: role × scope × action × resource, deny by default.

#include <optional>

#include "app/permission.h"
#include "app/principal.h"
#include "domain/error.h"

namespace passend::app {

/// True when `rol` holds `permission` at all (before any scope check).
bool RolMag(domain::Rol rol, Permission permission);

/// Decides a request: public routes pass; otherwise nobody logged in is kUnauthenticated
/// and a role without the permission kForbidden.
domain::Result<void> Authorize(const std::optional<Principal>& principal, Permission permission);

/// Where a student stands, as far as scope is concerned.
struct LeerlingPlaats {
  domain::LeerlingId id;
  std::string school;        // current school location, empty if none
  std::string bestuur;       // board of that school
  std::string swv;           // SWV of that school
  std::string woongemeente;  // municipality of residence
};

/// True when `principal`'s scope covers this student: the parent's own child, the school's
/// enrolled student, the board's schools, the SWV's region, the municipality's residents.
/// National roles, beheer and (until case hand-over exists) consulenten never see one.
bool InScope(const Principal& principal, const LeerlingPlaats& plaats);

/// True when `principal` may read the audit trail of this student: the SWV of the student
/// or a parent of the child.
bool MagAuditZien(const Principal& principal, const LeerlingPlaats& plaats);

}  // namespace passend::app
