#pragma once
// Ports for reading absence cases (verzuimmeldingen, issue 6; domain.md §3.5).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/paging.h"
#include "app/ports_auth.h"
#include "domain/doorbraak.h"
#include "domain/kwartaalregistratie.h"
#include "domain/verzuim.h"
#include "domain/vrijstelling.h"

namespace passend::app {

/// An absence case as stored: the domain's case and whether (and when) it was handed to the
/// onderwijsconsulent (seed 003 §4.3).
struct VerzuimRecord {
  domain::Verzuimmelding melding;
  std::optional<domain::Date> overgedragen_op;
  /// The escalations to the doorbraakaanpak, in order (loaded for one case, not in lists).
  std::vector<domain::Doorbraak> doorbraken;
};

/// A case with the names a reader needs and where it stands for scope.
struct VerzuimOverzicht {
  VerzuimRecord record;
  std::string school_naam;  // empty without a school
  std::string bestuur;      // board of the school (scope), empty without a school
  std::string leerling_naam;
};

/// Filters on the case list (all optional).
struct VerzuimFilter {
  std::optional<std::string> swv;
  std::optional<std::string> gemeente;
  std::optional<domain::VerzuimType> type;
  /// True: not ended on `peildatum`; false: ended on or before it.
  std::optional<bool> lopend;
  domain::Date peildatum{};  // the day `lopend` is judged on (today)
};

/// Which cases an account may see: its student scope, and for the onderwijsconsulent the
/// cases of its SWV handed over to it (`alleen_overgedragen`).
struct VerzuimScope {
  LeerlingScope leerlingen;
  bool alleen_overgedragen = false;
};

/// Reads of absence cases.
class VerzuimQueries {
 public:
  virtual ~VerzuimQueries() = default;
  /// One case with its names, or none.
  virtual domain::Result<std::optional<VerzuimOverzicht>> FindVerzuim(int64_t id) = 0;
  /// Cases within `scope` matching `filter`, newest start first.
  virtual domain::Result<Page<VerzuimOverzicht>> ListVerzuim(const VerzuimScope& scope,
                                                             const VerzuimFilter& filter,
                                                             PageRequest page) = 0;
  /// Every case of `swv` within `scope` still running on `op` (started on or before it, not
  /// ended), oldest start first: the input of the thuiszitter view.
  virtual domain::Result<std::vector<VerzuimOverzicht>> LopendOp(const VerzuimScope& scope,
                                                                 const std::string& swv,
                                                                 domain::Date op) = 0;
  /// Every case of `swv` that started on or before `tot`, with the child's date of birth and
  /// sex only (the anonymised register's input; no names).
  virtual domain::Result<std::vector<domain::RegisterInvoer>> RegisterInvoerVan(
      const std::string& swv, domain::Date tot) = 0;
  /// The SWVs' advices before an exemption 5 onder a about `leerling`, newest first.
  virtual domain::Result<std::vector<domain::Vrijstellingsadvies>> Vrijstellingsadviezen(
      domain::LeerlingId leerling) = 0;
};

}  // namespace passend::app
