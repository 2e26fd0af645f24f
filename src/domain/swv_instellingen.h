#pragma once
// What each samenwerkingsverband (SWV) configures for registrations and disputes
// (domain.md §3.1, §3.6): meldingsplicht, a centraal aanmeldpunt, its escalation ladder and
// the ouder- en jeugdsteunpunt parents can turn to. Pure: no I/O.

#include <string>
#include <vector>

#include "domain/aanmelding.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/geschil.h"
#include "domain/verzuim_instellingen.h"

namespace passend::domain {

/// The SWV's ouder- en jeugdsteunpunt: whom parents contact when they disagree.
struct Steunpunt {
  std::string naam;
  std::string telefoon;
  std::string email;
  std::string website;
};

/// One SWV's settings; the defaults apply to an SWV that has configured nothing.
struct SwvInstellingen {
  /// Every registration with an extra support need is visible to the SWV at once. Off by
  /// default: the SWV then sees only what it must act on (data minimisation, AVG art. 5).
  bool meldingsplicht = false;
  /// The SWV registers on behalf of its schools.
  bool centraal_aanmeldpunt = false;
  std::vector<LadderStap> ladder = StandaardLadder();
  Steunpunt steunpunt;
  /// Verzuim and thuiszitters (issue 6): holiday region, doorzettingsmacht, exemption advice,
  /// interim targets.
  VerzuimInstellingen verzuim;
};

/// Checks the settings: a valid ladder (ValideerLadder), a plausible contact point
/// (kInvalid naming `steunpunt.email`, `steunpunt.website`, ...) and the verzuim settings
/// (fields prefixed `verzuim.`).
Result<void> Valideer(const SwvInstellingen& instellingen);

/// Whether an SWV without meldingsplicht still sees a registration: one it must act on
/// because the term lapsed (the child has a right to provisional placement), one it made
/// itself as centraal aanmeldpunt, or one in a dispute.
struct SwvZichtbaarheid {
  bool door_swv = false;    // registered by the SWV
  bool in_geschil = false;  // a dispute refers to it
};

/// True when the SWV with `instellingen` may see `aanmelding` on day `op`.
bool SwvZiet(const SwvInstellingen& instellingen, const Aanmelding& aanmelding,
             const ZorgplichtTermijnen& termijnen, SwvZichtbaarheid zichtbaarheid, Date op);

}  // namespace passend::domain
