#pragma once
// Vrijstelling 5 onder a (Leerplichtwet art. 5 onder a, art. 7; domain.md §3.5): an exemption
// on physical or psychological grounds, on the statement of a doctor the municipality
// appointed, for one year, renewed before 1 July; and the SWV's education-perspective advice
// that precedes it (seed 000 #8). Pure: no I/O, no clock.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/registry.h"
#include "domain/verzuim.h"

namespace passend::domain {

/// The exemption's parameters (config/passend.json, section `vrijstelling`).
struct VrijstellingTermijnen {
  /// domain.md §3.5: «lasts a year». Counted in calendar months from the doctor's statement.
  int geldig_maanden = 12;
  /// Days before the renewal deadline (1 July) at which the reminder starts.
  int herinnering_dagen = 60;
  /// How old the SWV's advice may be when the exemption is registered.
  int advies_geldig_maanden = 12;
};

/// The SWV's advice on the child's education perspective before an exemption 5 onder a
/// (seed 000 #8: «dat het onderwijskundig perspectief wordt betrokken bij het besluit tot een
/// vrijstelling (5 onder a)»).
struct Vrijstellingsadvies {
  int64_t id = 0;
  LeerlingId leerling;
  SwvCode swv;
  Date datum{};
  std::string advies;  // the advice itself, e.g. what education is possible with which support
};

/// Checks an advice given on `vandaag`: a text of 1 to 4,000 characters and a date not after
/// `vandaag` (errors name `advies` and `datum`).
Result<void> Valideer(const Vrijstellingsadvies& advies, Date vandaag);

/// The last day of an exemption 5 onder a whose doctor's statement is dated `artsverklaring`:
/// `geldig_maanden` calendar months later, minus one day (statement 1 March 2026: up to and
/// including 28 February 2027).
Date GeldigTotEnMet(Date artsverklaring, const VrijstellingTermijnen& termijnen);

/// The renewal deadline: the parents renew before 1 July preceding the school year in which
/// the exemption would lapse (Leerplichtwet art. 7: «vóór 1 juli»), so 1 July of the start
/// year of the school year that contains `geldig_tot_en_met`. When that 1 July lies before the
/// statement itself, the deadline is the last day of the exemption.
Date VerlengenVoor(Date artsverklaring, const VrijstellingTermijnen& termijnen);

/// Reminders on an exemption 5 onder a.
enum class VrijstellingSignaal {
  kVerlengen,  // the renewal deadline is near or passed: ask the parents for a new statement
  kVerlopen,   // past its last day and not ended: the child is of compulsory school age again
};

/// `vrijstelling-verlengen`, `vrijstelling-verlopen` (API spelling).
std::string_view VrijstellingSignaalCode(VrijstellingSignaal signaal);

/// Where an exemption 5 onder a stands on one day.
struct VrijstellingStatus {
  Date artsverklaring{};
  Date geldig_tot_en_met{};
  Date verlengen_voor{};
  std::vector<VrijstellingSignaal> signalen;
};

/// The status of a `kVrijstelling5a` case on `op`; none for other types or without a
/// statement. No signals once the case has ended (renewed, or the child went back to school).
std::optional<VrijstellingStatus> Vrijstelling5aOp(const Verzuimmelding& melding, Date op,
                                                   const VrijstellingTermijnen& termijnen);

/// Checks the exemption-specific fields of a case registered on `vandaag`: an exemption 5
/// onder a needs the doctor's statement (`artsverklaring`), dated on or before `vandaag` and
/// at most one term before the start; the other types have none. When `advies_nodig` (the
/// SWV's setting), `advies` must be given by the case's SWV for the same child, on or before
/// `vandaag` and at most `advies_geldig_maanden` old (kRegel naming `advies`).
Result<void> ValideerVrijstelling(const Verzuimmelding& melding,
                                  const std::optional<Vrijstellingsadvies>& advies,
                                  bool advies_nodig, Date vandaag,
                                  const VrijstellingTermijnen& termijnen);

}  // namespace passend::domain
