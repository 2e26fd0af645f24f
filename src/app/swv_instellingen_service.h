#pragma once
// Use cases of an SWV's settings: anyone may read them (the ladder and the steunpunt are
// public information for parents); only the SWV itself changes them, with an event.

#include <string>

#include "app/ports.h"
#include "app/ports_geschil.h"
#include "app/principal.h"

namespace passend::app {

/// Reads and changes the SWVs' settings.
class SwvInstellingenService {
 public:
  SwvInstellingenService(UnitOfWork& work, SwvInstellingenQueries& queries,
                         RegistryQueries& registry, const Clock& clock)
      : work_(work), queries_(queries), registry_(registry), clock_(clock) {}

  /// The settings of SWV `swv` (the defaults when it configured nothing); kNotFound for an
  /// unknown SWV.
  domain::Result<domain::SwvInstellingen> Get(const domain::SwvCode& swv);
  /// Replaces the settings of `swv`; only an account of that SWV (kForbidden otherwise).
  domain::Result<domain::SwvInstellingen> Wijzig(const Principal& principal,
                                                 const std::string& client,
                                                 const domain::SwvCode& swv,
                                                 const domain::SwvInstellingen& instellingen);

 private:
  UnitOfWork& work_;
  SwvInstellingenQueries& queries_;
  RegistryQueries& registry_;
  const Clock& clock_;
};

}  // namespace passend::app
