#pragma once
// The placement round (plaatsingsronde) of an SWV (issue 5 item 5; docs/placement.md): for the
// children awaiting a place, a proposal per child (a school, or unplaced with the reason) made
// by the engine, reviewed and edited by the SWV's staff, then confirmed or discarded. Nothing
// is placed by the round itself: a confirmed proposal is advice to the school that decides on
// the registration. Pure: no I/O, no clock.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/registry.h"
#include "domain/timestamp.h"

namespace passend::domain {

/// Which solver made the proposal: the minimum-cost placement or the preference round.
enum class RondeSoort { kMinimaleKosten, kVoorkeur };
/// `minimale-kosten`, `voorkeur` (API and database spelling).
std::string_view RondeSoortCode(RondeSoort soort);
/// Parses RondeSoortCode's spelling; kInvalid naming `soort` otherwise.
Result<RondeSoort> ParseRondeSoort(std::string_view text);

/// Where a round stands: a proposal under review, confirmed, or discarded (both final).
enum class RondeStand { kVoorstel, kBevestigd, kVerworpen };
/// `voorstel`, `bevestigd`, `verworpen`.
std::string_view RondeStandCode(RondeStand stand);
/// Dutch label for pages (`Voorstel`, `Bevestigd`, `Verworpen`).
std::string_view RondeStandNaam(RondeStand stand);

/// The reason code of a line a person set to unplaced: the SWV escalates (finds a place by
/// hand, an arrangement, a TLV); the engine's own codes are those of docs/placement.md.
inline constexpr std::string_view kRedenEscaleren = "escaleren";

/// Longest reason for a change or a confirmation accepted (characters).
inline constexpr size_t kMaxRondeTekst = 2000;

/// One child's line: the proposed school or none with the reason. Lines are never changed: an
/// edit is a new line for the same registration, and the newest line counts.
struct RondeRegel {
  int64_t id = 0;
  int volgorde = 0;                         // the child's place in the round (the engine's order)
  int64_t aanmelding = 0;                   // the registration the child waits on
  LeerlingId leerling;                      //
  std::string aanmeldschool;                // the location of that registration (zorgplicht)
  std::vector<std::string> behoeften;       // need codes of the registration (at level `extra`)
  std::string hoofdbehoefte;                // the need that takes a need place ("" if none)
  std::optional<std::string> school;        // proposed location; none: unplaced, escalate
  std::optional<int64_t> meter;             // straight-line distance from home to `school`
  std::optional<int64_t> kosten;            // the engine's cost of the pair
  std::optional<int64_t> lotnummer;         // preference round: the child's lottery number
  std::string reden;                        // unplaced: the engine's code or kRedenEscaleren
  std::string toelichting;                  // unplaced: Dutch, which need has no place in reach
  bool gewijzigd = false;                   // an edit by a person (else the engine's proposal)
  std::string wijziging_reden;              // the person's reason for the edit
  std::vector<std::string> waarschuwingen;  // capacity warnings shown when it was edited
  Timestamp vastgelegd_op{};
  std::string vastgelegd_door;
};

/// The parameters a round ran with (stored so it can be rerun and checked).
struct RondeParameters {
  int64_t max_afstand_meter = 25'000;
  std::optional<int64_t> tekort_boete;  // per level short; none: such schools not allowed
  int64_t niet_geplaatst_kosten = 1'000'000;
  std::optional<uint64_t> seed;  // preference round only
};

/// A round with its current lines (the newest per registration, in the engine's order).
struct Plaatsingsronde {
  int64_t id = 0;
  std::string swv;
  RondeSoort soort = RondeSoort::kMinimaleKosten;
  RondeParameters parameters;
  RondeStand stand = RondeStand::kVoorstel;
  Timestamp aangemaakt_op{};
  std::string aangemaakt_door;
  int64_t totale_kosten = 0;               // the engine's total when the round was made
  std::optional<Timestamp> afgesloten_op;  // confirmed or discarded
  std::string afgesloten_door;
  std::string afsluit_toelichting;
  int64_t wijzigingen = 0;  // edits recorded
  std::vector<RondeRegel> regels;
  /// The current line of registration `aanmelding`, or nullptr.
  const RondeRegel* Regel(int64_t aanmelding) const;
};

/// A round may be edited, confirmed or discarded only while it is a proposal (kConflict
/// otherwise, saying what it is).
Result<void> KanWijzigen(const Plaatsingsronde& ronde);

/// Checks the parameters: a distance between 1 and 300 km, a penalty and an unplaced cost of
/// at least 0 (kInvalid naming `maxAfstandKm`, `tekortBoete`, `nietGeplaatstKosten`); a seed
/// only in a preference round (kInvalid naming `seed`).
Result<void> Valideer(RondeSoort soort, const RondeParameters& parameters);

/// Checks a person's reason (for an edit: required; at most kMaxRondeTekst characters);
/// kInvalid naming `veld`.
Result<void> ValideerReden(std::string_view reden, std::string_view veld, bool verplicht);

}  // namespace passend::domain
