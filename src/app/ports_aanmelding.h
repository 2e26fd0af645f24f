#pragma once
// Ports for reading registrations (aanmeldingen).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/paging.h"
#include "app/ports_auth.h"
#include "domain/aanmelding.h"

namespace passend::app {

/// Filters on the registration list (all optional).
struct AanmeldingFilter {
  std::optional<std::string> school;  // vestigingscode
  std::optional<std::string> swv;
  std::optional<domain::AanmeldingStatusSoort> status;
  std::optional<domain::Date> due_before;  // open written ones due before this day
};

/// A registration with the names a reader needs and where it stands for scope.
struct AanmeldingOverzicht {
  domain::Aanmelding aanmelding;
  std::string school_naam;
  std::string bestuur;  // board of the school (scope)
  std::string leerling_naam;
  bool in_geschil = false;  // a dispute refers to this registration
};

/// The day and warning days the store needs to filter on status.
struct StatusPeildatum {
  domain::Date vandaag{};
  int signaal_dagen = 7;
};

/// Reads of registrations.
class AanmeldingQueries {
 public:
  virtual ~AanmeldingQueries() = default;
  virtual domain::Result<std::optional<AanmeldingOverzicht>> FindAanmelding(int64_t id) = 0;
  /// Registrations within `scope` (school, board, SWV, children) matching `filter`, newest
  /// registration first.
  virtual domain::Result<Page<AanmeldingOverzicht>> ListAanmeldingen(const LeerlingScope& scope,
                                                                     const AanmeldingFilter& filter,
                                                                     StatusPeildatum peildatum,
                                                                     PageRequest page) = 0;
  /// How many registrations within `scope` have each status, in kAlleAanmeldingStatussen
  /// order (one pass; no student data).
  virtual domain::Result<std::vector<int64_t>> TelAanmeldingen(const LeerlingScope& scope,
                                                               StatusPeildatum peildatum) = 0;
};

}  // namespace passend::app
