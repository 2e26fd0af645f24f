#pragma once
// Doorbraak: escalating a stuck absence case to the region's breakthrough procedure, decided
// by whoever holds doorzettingsmacht (seed 000 #9: «doorbraakaanpak wanneer onderwijs en zorg
// niet tot een aanbod komen»; seed 004, «Doorzettingsmacht»; domain.md §3.5). Pure: no I/O.

#include <optional>
#include <span>
#include <string>

#include "domain/date.h"
#include "domain/error.h"
#include "domain/verzuim.h"
#include "domain/verzuim_instellingen.h"

namespace passend::domain {

/// One escalation of one case: who asked and why, who holds doorzettingsmacht, and the
/// decision with who took it.
struct Doorbraak {
  int volgnummer = 0;  // 1, 2, ... within the case
  Date aangevraagd_op{};
  std::string aangevraagd_door;  // the account that escalated (organisation and name)
  std::string reden;             // why the partners are stuck
  /// The holder of doorzettingsmacht under the SWV's agreement when the case was escalated.
  Doorzettingsmacht doorzettingsmacht;
  std::optional<Date> besluit_op;
  std::string besluit;        // the decision that breaks through, e.g. the place and funding
  std::string besloten_door;  // who took it, by name and function
};

/// Escalates `melding` on `op`: only a running case of a child at home (absoluut or langdurig
/// relatief verzuim, or an exemption whose education perspective is stuck), with a reason of
/// 1 to 4,000 characters, and not while an earlier escalation awaits its decision
/// (kConflict). Returns the new escalation, numbered after `eerdere`.
Result<Doorbraak> VraagDoorbraak(const Verzuimmelding& melding, std::span<const Doorbraak> eerdere,
                                 Date op, std::string aangevraagd_door, std::string reden,
                                 Doorzettingsmacht doorzettingsmacht);

/// Records the decision on `doorbraak` taken on `op` by `besloten_door`: once (kConflict), not
/// before the escalation, with a decision text and who took it (kInvalid naming `besluit`,
/// `beslotenDoor`, `datum`).
Result<void> BesluitDoorbraak(Doorbraak& doorbraak, Date op, std::string besluit,
                              std::string besloten_door);

}  // namespace passend::domain
