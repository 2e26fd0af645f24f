#pragma once
// Use cases of the arrangementen (issue 7 item 1; domain.md §3.3, §3.7; docs/arrangementen.md):
// the SWV keeps its catalogue of support packages (add, change the price, deactivate) and
// assigns them to students for a period, at a school, for an amount; schools, boards and
// parents read the assignments in their scope; the money part asks what was assigned per
// school over a period. Every change is one transaction with its event (`arrangement/{id}` or
// `arrangementtoekenning/{id}`) and an audit entry; every read of assignments is audited for
// its students before the data leaves.

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "app/permission.h"
#include "app/ports.h"
#include "app/ports_arrangement.h"
#include "app/ports_auth.h"
#include "app/principal.h"

namespace passend::app {

/// A change of a catalogue entry: only the fields given change.
struct ArrangementWijziging {
  std::optional<std::string> naam;
  std::optional<std::string> omschrijving;
  std::optional<domain::Tarief> tarief;
  std::optional<domain::Cents> bedrag;
  std::optional<bool> actief;
};

/// An assignment as the API receives it; the SWV is the arrangement's.
struct NieuweToekenning {
  int64_t arrangement = 0;
  domain::LeerlingId leerling;
  std::string school;  // the location where the support is given
  domain::Date van{};
  domain::Date tot{};
  std::optional<domain::Cents> bedrag;  // the catalogue's amount when absent
};

/// What the assignments of an SWV's arrangementen starting in a period add up to per school.
struct ArrangementBedragen {
  std::string swv;
  domain::Periode periode;
  std::map<std::string, domain::SchoolBedrag> per_school;  // by school location code
  domain::Cents totaal;
  int aantal = 0;
};

/// The SWV's catalogue and the assignments.
class ArrangementService {
 public:
  ArrangementService(UnitOfWork& work, ArrangementQueries& arrangementen,
                     LeerlingQueries& leerlingen, const Clock& clock)
      : work_(work), arrangementen_(arrangementen), leerlingen_(leerlingen), clock_(clock) {}

  /// The catalogue (not personal data): of `filter.swv`, or for an SWV account its own when
  /// absent; `arrangement-lezen`.
  domain::Result<Page<domain::Arrangement>> Catalogus(const Principal& principal,
                                                      ArrangementFilter filter, PageRequest page);
  /// One catalogue entry (kNotFound when missing; an SWV sees only its own).
  domain::Result<domain::Arrangement> Get(const Principal& principal, int64_t id);
  /// An SWV adds a package to its own catalogue (domain::Valideer; kInvalid naming the field).
  domain::Result<domain::Arrangement> NieuwArrangement(const Principal& principal,
                                                       const std::string& client,
                                                       domain::Arrangement arrangement);
  /// The SWV changes its entry (price, name, description, active); kNotFound for another
  /// SWV's; the change is an event, the entry is never deleted.
  domain::Result<domain::Arrangement> WijzigArrangement(const Principal& principal,
                                                        const std::string& client, int64_t id,
                                                        const ArrangementWijziging& wijziging);

  /// The SWV assigns one of its active packages (kRegel for an inactive one) to a student in
  /// its scope (kNotFound naming `leerling` otherwise) at an existing school (kInvalid naming
  /// `school`); the amount defaults to the catalogue's.
  domain::Result<ToekenningOverzicht> KenToe(const Principal& principal, const std::string& client,
                                             const NieuweToekenning& nieuw);
  /// The SWV ends an assignment early or withdraws it (domain::Beeindig); a record of its own.
  domain::Result<ToekenningOverzicht> Beeindig(const Principal& principal,
                                               const std::string& client, int64_t id,
                                               domain::ToekenningEinde einde);
  /// One assignment; kNotFound when missing or outside the scope; audited.
  domain::Result<ToekenningOverzicht> GetToekenning(const Principal& principal,
                                                    const std::string& client, int64_t id);
  /// Assignments in scope, newest start first; each listed student is audited.
  domain::Result<Page<ToekenningOverzicht>> Toekenningen(const Principal& principal,
                                                         const std::string& client,
                                                         const ToekenningFilter& filter,
                                                         PageRequest page);
  /// For the money part (issue 8): the amounts assigned per school by `swv`'s arrangementen
  /// starting in `periode` (domain::BedragenPerSchool). Only that SWV's own account (kNotFound
  /// for another SWV); figures per school, no student, so not audited.
  domain::Result<ArrangementBedragen> BedragenPerSchool(const Principal& principal,
                                                        const std::string& swv,
                                                        domain::Periode periode);

  /// Today's date by the service's clock (UTC).
  domain::Date Vandaag() const;

 private:
  domain::Result<ToekenningOverzicht> Opgeslagen(int64_t id);

  UnitOfWork& work_;
  ArrangementQueries& arrangementen_;
  LeerlingQueries& leerlingen_;
  const Clock& clock_;
};

}  // namespace passend::app
