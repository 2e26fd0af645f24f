#pragma once
// Policy parameters from configuration (config/passend.json): the law's terms and the
// security settings live in a file, never in code.

#include <string_view>

#include "app/auth_service.h"
#include "domain/error.h"
#include "domain/geschil.h"
#include "domain/zorgplicht.h"

namespace passend::app {

/// Every configurable parameter, with the current law and practice as defaults.
struct PassendConfig {
  AuthConfig sessie;
  domain::ZorgplichtTermijnen zorgplicht;
  domain::GpoTermijnen gpo;
};

/// Parses the JSON text of a configuration file. Missing keys keep their default; unknown
/// keys (other than `_`-prefixed comments) and values that are not positive whole numbers are
/// errors that name the key.
domain::Result<PassendConfig> ParseConfig(std::string_view json_text);

}  // namespace passend::app
