#pragma once
// Use cases of the ontwikkelingsperspectiefplan (OPP; issue 7 item 4; domain.md §3.4;
// docs/opp.md): the school makes the plan of a student enrolled with it and sets its versions,
// asks the parents' consent on the handelingsdeel (the parents get a message) and records the
// yearly evaluations; the parents give or refuse consent; school, board, SWV and parents read.
// Every change is one transaction with its event (`opp/{id}`) and an audit entry; every read
// is audited for its students before the data leaves.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/permission.h"
#include "app/ports.h"
#include "app/ports_auth.h"
#include "app/ports_opp.h"
#include "app/principal.h"

namespace passend::app {

/// A new plan as the API receives it; the school is the account's.
struct NieuwOpp {
  domain::LeerlingId leerling;
  /// The placement the 6-week term runs from; none: the start of the student's current
  /// enrolment at the school.
  std::optional<domain::Date> plaatsingsdatum;
  /// The first version, set today; none: the plan is due and the term runs.
  std::optional<domain::OppInhoud> inhoud;
};

/// A plan with where it stands and its signals on today's date.
struct OppInzicht {
  OppOverzicht overzicht;  // with versions and evaluations, except in lists
  domain::OppStand stand;
  std::vector<domain::OppSignaal> signalen;
};

/// Plans, their versions, the parents' consent and the evaluations.
class OppService {
 public:
  OppService(UnitOfWork& work, OppQueries& opps, LeerlingQueries& leerlingen, const Clock& clock,
             domain::OppTermijnen termijnen)
      : work_(work), opps_(opps), leerlingen_(leerlingen), clock_(clock), termijnen_(termijnen) {}

  /// A school makes the plan of a student enrolled with it (kForbidden for other roles,
  /// kNotFound outside the scope), with its first version when `inhoud` is given (domain
  /// Valideer and StelVersieVast; kInvalid naming the field); kConflict when the student
  /// already has a plan at that school.
  domain::Result<OppInzicht> Maak(const Principal& principal, const std::string& client,
                                  const NieuwOpp& nieuw);
  /// The plan's school sets a new version today (domain::StelVersieVast); versions are
  /// appended, never changed.
  domain::Result<OppInzicht> StelVersieVast(const Principal& principal, const std::string& client,
                                            int64_t id, domain::OppInhoud inhoud);
  /// The consent on the newest version: the school asks (`besluit` none; the parents get a
  /// message in the same transaction), the parents answer `gegeven` or `geweigerd` (a refusal
  /// keeps the last consented version in force and tells them the dispute route). The school
  /// cannot answer and the parents cannot ask (kForbidden).
  domain::Result<OppInzicht> Instemming(const Principal& principal, const std::string& client,
                                        int64_t id, std::optional<domain::Instemming> besluit,
                                        std::string toelichting);
  /// The plan's school records an evaluation with the parents (domain::LegEvaluatieVast), not
  /// after today.
  domain::Result<OppInzicht> LegEvaluatieVast(const Principal& principal, const std::string& client,
                                              int64_t id, domain::OppEvaluatie evaluatie);
  /// One plan with its versions; kNotFound when missing or outside the scope; audited.
  domain::Result<OppInzicht> Get(const Principal& principal, const std::string& client, int64_t id);
  /// Plans in scope matching `filter` (signals on today's date), newest placement first,
  /// without versions; each listed student is audited.
  domain::Result<Page<OppInzicht>> Lijst(const Principal& principal, const std::string& client,
                                         const OppFilter& filter, PageRequest page);

  /// Today's date by the service's clock (UTC).
  domain::Date Vandaag() const;
  const domain::OppTermijnen& Termijnen() const { return termijnen_; }

 private:
  OppInzicht Inzicht(OppOverzicht overzicht, bool volledig) const;
  /// Loads inside the transaction, checks `permission` and the scope, applies `change` (which
  /// appends its rows and returns the event type and payload), stores the stand, the event and
  /// an audit entry.
  domain::Result<OppInzicht> Wijzig(
      const Principal& principal, const std::string& client, int64_t id, Permission permission,
      const std::function<
          domain::Result<std::pair<std::string, std::string>>(Writer&, domain::Opp&)>& change,
      const std::string& wat);
  domain::Result<OppInzicht> Opgeslagen(int64_t id);

  UnitOfWork& work_;
  OppQueries& opps_;
  LeerlingQueries& leerlingen_;
  const Clock& clock_;
  domain::OppTermijnen termijnen_;
};

}  // namespace passend::app
