#pragma once
// Permissions: every route declares the one it needs (deny by default).

#include <string_view>

namespace passend::app {

/// What a request needs to be allowed.
enum class Permission {
  kPubliek,  // public information: no login needed, no personal data
};

/// A stable name for documentation and tests (`publiek`).
std::string_view PermissionName(Permission permission);

}  // namespace passend::app
