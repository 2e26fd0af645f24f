#pragma once
// The use cases the web layer calls; built once by the CLI and shared by all handlers.

#include "app/registry_service.h"

namespace passend::web {

/// References to the application's use cases (owned by the caller).
struct Services {
  app::PubliekRegister& publiek;
};

}  // namespace passend::web
