#pragma once
// Ports for disputes (geschillen) and each SWV's settings.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/paging.h"
#include "app/ports_auth.h"
#include "domain/geschil.h"
#include "domain/swv_instellingen.h"

namespace passend::app {

/// A dispute as stored: who and what it is about, the ladder it climbs and its steps.
struct GeschilRecord {
  int64_t id = 0;
  domain::LeerlingId leerling;
  std::optional<int64_t> aanmelding;  // the registration whose decision is disputed
  domain::Vestigingscode school;
  std::string swv;  // the school's SWV (scope), empty for a school outside any SWV
  domain::Onderwerp onderwerp = domain::Onderwerp::kToelating;
  std::optional<domain::Date> besluitdatum;  // the disputed decision, for the GPO's term
  std::string omschrijving;
  domain::Date geopend_op{};
  std::vector<domain::LadderStap> ladder;
  std::vector<domain::Stap> stappen;
};

/// A dispute with the names a reader needs and its board (scope).
struct GeschilOverzicht {
  GeschilRecord geschil;
  std::string school_naam;
  std::string bestuur;
  std::string leerling_naam;
};

/// Filters on the dispute list (all optional).
struct GeschilFilter {
  std::optional<int64_t> aanmelding;
  std::optional<bool> lopend;  // true: the current step is open or none started yet
};

/// Reads of disputes.
class GeschilQueries {
 public:
  virtual ~GeschilQueries() = default;
  virtual domain::Result<std::optional<GeschilOverzicht>> FindGeschil(int64_t id) = 0;
  /// Disputes within `scope`, newest first.
  virtual domain::Result<Page<GeschilOverzicht>> ListGeschillen(const LeerlingScope& scope,
                                                                const GeschilFilter& filter,
                                                                PageRequest page) = 0;
};

/// Reads of the SWVs' settings.
class SwvInstellingenQueries {
 public:
  virtual ~SwvInstellingenQueries() = default;
  /// The settings of `swv`; the defaults when it configured nothing (or is unknown).
  virtual domain::Result<domain::SwvInstellingen> FindSwvInstellingen(const std::string& swv) = 0;
};

}  // namespace passend::app
