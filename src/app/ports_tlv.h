#pragma once
// Ports for reading TLV requests and the TLV register (issue 7; domain.md §3.3).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/paging.h"
#include "app/ports_auth.h"
#include "domain/tlv.h"

namespace passend::app {

/// Where a request stands: asked (not yet two advices), complete (with the committee), decided.
enum class TlvStatus { kOpen, kCompleet, kBesloten };

/// A request with the names a reader needs and where it stands for scope.
struct TlvOverzicht {
  domain::TlvAanvraag aanvraag;  // with its advices
  std::string school_naam;       // the requesting school
  std::string bestuur;           // that school's board (scope)
  std::string leerling_naam;
};

/// Filters on the request list (all optional).
struct TlvFilter {
  std::optional<std::string> swv;
  std::optional<TlvStatus> status;
};

/// A granted TLV as the register lists it, with the school the student attends now (the open
/// enrolment), which tells where the TLV is used (grensverkeer).
struct TlvRegel {
  domain::Tlv tlv;
  std::string leerling_naam;
  std::string school;                // the school that requested it
  std::string huidige_school;        // empty without an open enrolment
  std::string huidige_school_naam;   //
  std::string huidige_school_soort;  // `so`, `vso`, `sbo`, ... (SchoolSoortCode)
  std::string huidige_school_swv;    // empty for a school outside any SWV (clusters 1, 2)
};

/// Reads of TLV requests and TLVs.
class TlvQueries {
 public:
  virtual ~TlvQueries() = default;
  /// One request with its advices and names, or none.
  virtual domain::Result<std::optional<TlvOverzicht>> FindTlvAanvraag(int64_t id) = 0;
  /// Requests within `scope` (the requesting school, its board, the SWV, the child) matching
  /// `filter`, newest first, with their advices.
  virtual domain::Result<Page<TlvOverzicht>> ListTlvAanvragen(const LeerlingScope& scope,
                                                              const TlvFilter& filter,
                                                              PageRequest page) = 0;
  /// Every granted TLV within `scope` (of `swv` when given), oldest start first.
  virtual domain::Result<std::vector<TlvRegel>> TlvsVan(const LeerlingScope& scope,
                                                        const std::optional<std::string>& swv) = 0;
  /// Granted TLVs of other SWVs whose student now attends an so or vso school of `swv`
  /// (incoming grensverkeer).
  virtual domain::Result<std::vector<TlvRegel>> TlvsOpScholenVan(const std::string& swv) = 0;
};

}  // namespace passend::app
