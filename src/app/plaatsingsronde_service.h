#pragma once
// Use cases of the placement round (issue 5 item 5; docs/placement.md): an SWV's staff start a
// round for the children awaiting a place (the engine's minimum-cost placement or preference
// round on the stored profiles and places), review it, edit lines and confirm or discard it.
// Every change is one transaction with its event and audit entries; a read of a round (names)
// is audited before it leaves. Nothing is placed: no enrolment or decision is written.

#include <optional>
#include <string>
#include <vector>

#include "app/ondersteuning_service.h"
#include "app/permission.h"
#include "app/ports.h"
#include "app/ports_ondersteuning.h"
#include "app/ports_plaatsingsronde.h"
#include "app/principal.h"
#include "engine/passende_scholen.h"

namespace passend::app {

/// A round as asked: the solver and its parameters (all but `soort` optional).
struct NieuweRonde {
  domain::RondeSoort soort = domain::RondeSoort::kMinimaleKosten;
  std::optional<uint64_t> seed;  // voorkeur: drawn and stored when absent
  std::optional<int64_t> max_afstand_km;
  std::optional<int64_t> tekort_boete;
  std::optional<int64_t> niet_geplaatst_kosten;
};

/// A person's change of one line: another school, or none (unplaced: the SWV escalates).
struct RondeWijziging {
  int64_t aanmelding = 0;
  std::optional<std::string> school;
  std::string reden;
};

/// A round in the SWV's list (no names).
struct RondeSamenvatting {
  domain::Plaatsingsronde ronde;  // with its current lines
  int64_t voorgesteld = 0;        // lines with a school
  int64_t niet_geplaatst = 0;
};

/// The placement rounds of an SWV.
class PlaatsingsrondeService {
 public:
  PlaatsingsrondeService(UnitOfWork& work, PlaatsingsrondeQueries& rondes,
                         OndersteuningsprofielQueries& profielen, const Clock& clock,
                         const engine::Afstandsbron& afstand,
                         const OndersteuningService& ondersteuning)
      : work_(work),
        rondes_(rondes),
        profielen_(profielen),
        clock_(clock),
        afstand_(afstand),
        ondersteuning_(ondersteuning) {}

  /// Starts a round for `swv` (kPlaatsingsrondeBeheren; another SWV: kNotFound): gathers the
  /// children awaiting a place and the region's locations with their places left per need,
  /// runs the solver and stores the proposal with its event and one audit entry per child.
  /// kRegel when no child awaits a place; kInvalid naming the field for bad parameters.
  domain::Result<RondeOverzicht> Start(const Principal& principal, const std::string& client,
                                       const std::string& swv, const NieuweRonde& nieuw);
  /// The rounds of `swv`, newest first (kPlaatsingsrondeLezen; another SWV: kNotFound).
  domain::Result<std::vector<RondeSamenvatting>> Lijst(const Principal& principal,
                                                       const std::string& swv);
  /// Round `id` of `swv` with the children's names, audited before it leaves
  /// (kPlaatsingsrondeLezen; kNotFound outside the SWV or for an unknown id).
  domain::Result<RondeOverzicht> Ronde(const Principal& principal, const std::string& client,
                                       const std::string& swv, int64_t id);
  /// Changes one line of a proposal (kConflict when closed): a location of the SWV's region
  /// (kRegel naming `school` otherwise) with capacity and distance warnings, or unplaced to
  /// escalate; a reason is required. A new line with its event and an audit entry.
  domain::Result<domain::RondeRegel> Wijzig(const Principal& principal, const std::string& client,
                                            const std::string& swv, int64_t id,
                                            const RondeWijziging& wijziging);
  /// Confirms (`bevestigen`) or discards the proposal (kConflict when closed). Confirming
  /// sends each child's parents a message with the proposed school or the escalation; neither
  /// writes an enrolment or a decision. One transaction with its event and audit entries.
  domain::Result<RondeOverzicht> Sluit(const Principal& principal, const std::string& client,
                                       const std::string& swv, int64_t id, bool bevestigen,
                                       const std::string& toelichting);

 private:
  UnitOfWork& work_;
  PlaatsingsrondeQueries& rondes_;
  OndersteuningsprofielQueries& profielen_;
  const Clock& clock_;
  const engine::Afstandsbron& afstand_;
  const OndersteuningService& ondersteuning_;
};

}  // namespace passend::app
