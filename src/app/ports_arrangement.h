#pragma once
// Ports for reading the arrangementen catalogue and the assignments (toekenningen), and the
// money part's question: what was assigned per school over a period (issue 7 item 1; issue 8).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/paging.h"
#include "app/ports_auth.h"
#include "domain/arrangement.h"

namespace passend::app {

/// Filters on the catalogue (all optional).
struct ArrangementFilter {
  std::optional<std::string> swv;
  std::optional<bool> actief;
};

/// An assignment with the names a reader needs and where it stands for scope.
struct ToekenningOverzicht {
  domain::Toekenning toekenning;
  std::string arrangement_naam;
  domain::ArrangementSoort soort = domain::ArrangementSoort::kOndersteuningRegulier;
  domain::Tarief tarief = domain::Tarief::kPerLeerlingPerJaar;
  std::string school_naam;  // where the support is given
  std::string bestuur;      // that school's board (scope)
  std::string leerling_naam;
};

/// Filters on the assignment list (all optional).
struct ToekenningFilter {
  std::optional<std::string> swv;
  std::optional<domain::LeerlingId> leerling;
  std::optional<std::string> school;
  std::optional<int64_t> arrangement;
  /// Only assignments giving support on this day (started, not past their last day, not
  /// withdrawn).
  std::optional<domain::Date> peildatum;
};

/// Reads of arrangementen and their assignments.
class ArrangementQueries {
 public:
  virtual ~ArrangementQueries() = default;
  /// One catalogue entry, or none.
  virtual domain::Result<std::optional<domain::Arrangement>> FindArrangement(int64_t id) = 0;
  /// Catalogue entries matching `filter`, by SWV and then in the order they were added.
  virtual domain::Result<Page<domain::Arrangement>> ListArrangementen(
      const ArrangementFilter& filter, PageRequest page) = 0;
  /// One assignment with its end and names, or none.
  virtual domain::Result<std::optional<ToekenningOverzicht>> FindToekenning(int64_t id) = 0;
  /// Assignments within `scope` (the arrangement's SWV, the school where the support is given,
  /// its board, the child) matching `filter`, newest start first.
  virtual domain::Result<Page<ToekenningOverzicht>> ListToekenningen(const LeerlingScope& scope,
                                                                     const ToekenningFilter& filter,
                                                                     PageRequest page) = 0;
  /// For the money part (issue 8): every assignment of `swv`'s arrangementen that starts
  /// within [van, tot], with its end; domain::BedragenPerSchool sums them per school.
  virtual domain::Result<std::vector<domain::Toekenning>> ToekenningenMetStartIn(
      const std::string& swv, domain::Date van, domain::Date tot) = 0;
};

}  // namespace passend::app
