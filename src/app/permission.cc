#include "app/permission.h"

namespace passend::app {

std::string_view PermissionName(Permission permission) {
  switch (permission) {
    case Permission::kPubliek:
      return "publiek";
  }
  return "onbekend";
}

}  // namespace passend::app
