#pragma once
// Basisondersteuning (issue 5 item 3; domain.md §3.2): what every school offers. A versioned
// norm of descriptive elements, not a checklist (seed 002: the sector warns that a national
// norm must not become «een afvinklijstje» and points to SWV Friesland's Handboek
// Basisondersteuning; seed 000 #2 and #14: a national norm, «dat wat elke school minimaal moet
// kunnen bieden», is coming). The national default comes from configuration; an SWV sets its
// own version in its ondersteuningsplan. Each school location describes per element HOW it
// meets it, with its own judgement; the SWV sees per school where it meets the norm and where
// it falls short. Pure: no I/O, no clock ("today" is a parameter).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"

namespace passend::domain {

/// A group of elements, e.g. the four aspects of the Referentiekader passend onderwijs
/// (basiskwaliteit, preventieve en licht curatieve interventies,
/// onderwijsondersteuningsstructuur, planmatig werken); configuration, not code.
struct NormAspect {
  std::string code;  // kebab-case
  std::string naam;
  std::string omschrijving;
  friend bool operator==(const NormAspect&, const NormAspect&) = default;
};

/// One descriptive element: what is expected of every school, in words.
struct NormElement {
  std::string code;    // kebab-case, unique in the norm
  std::string aspect;  // a NormAspect code
  std::string titel;
  std::string omschrijving;  // what is expected (required: the norm describes, it never ticks)
  friend bool operator==(const NormElement&, const NormElement&) = default;
};

/// One version of the norm: the national default (`swv` empty, `label` the configured
/// version) or an SWV's own version (`versie` 1, 2, ... assigned when stored). Versions are
/// never changed.
struct Basisondersteuningsnorm {
  std::string swv;    // empty: the national default
  int versie = 0;     // SWV versions: 1, 2, ...; 0 for the national default
  std::string label;  // national: `2026.1`; SWV: free (e.g. `Ondersteuningsplan 2026-2030`)
  std::string titel;
  Date geldig_vanaf{};
  std::string toelichting;
  std::vector<NormAspect> aspecten;    // in display order
  std::vector<NormElement> elementen;  // in display order
  Date vastgesteld_op{};               // SWV versions: the day it was recorded
  std::string vastgesteld_door;        // SWV versions: the account
  /// The element with this code, or nullptr.
  const NormElement* Vind(std::string_view code) const;
  /// The aspect with this code, or nullptr.
  const NormAspect* VindAspect(std::string_view code) const;
  /// The key a school's account names: `landelijk/2026.1` or `PO2001/3`.
  std::string Sleutel() const;
};

/// Longest text accepted in a norm or an account (characters).
inline constexpr size_t kMaxBasisTekst = 4000;
/// Most elements in one norm (a description, not a list of hundreds of ticks).
inline constexpr size_t kMaxNormElementen = 60;

/// The built-in national default: four aspects and thirteen elements; equal to the committed
/// config/basisondersteuning.json (a test keeps them equal).
Basisondersteuningsnorm StandaardNorm();

/// Checks a norm: a title and valid-from date, aspects and elements with unique kebab-case
/// codes and a name or title, every element in a known aspect and with a description of what
/// is expected, 1 to kMaxNormElementen elements, texts at most kMaxBasisTekst. kInvalid naming
/// the field (`elementen[2].omschrijving`).
Result<void> Valideer(const Basisondersteuningsnorm& norm);

/// The version in force on `vandaag` among an SWV's `versies` (any order): the highest version
/// valid from that day or earlier; nullptr when none is (the national default applies).
const Basisondersteuningsnorm* NormOp(const std::vector<Basisondersteuningsnorm>& versies,
                                      Date vandaag);

/// A school's own judgement of one element.
enum class Oordeel { kVoldoet, kDeels, kNogNiet };

/// All judgements, best first.
inline constexpr Oordeel kAlleOordelen[] = {Oordeel::kVoldoet, Oordeel::kDeels, Oordeel::kNogNiet};

/// `voldoet`, `deels`, `nog-niet` (API, form and database spelling).
std::string_view OordeelCode(Oordeel oordeel);
/// Parses OordeelCode's spelling; kInvalid naming `veld` otherwise.
Result<Oordeel> ParseOordeel(std::string_view text, std::string_view veld = "oordeel");
/// Dutch label: `Voldoet`, `Voldoet deels`, `Voldoet nog niet`.
std::string_view OordeelNaam(Oordeel oordeel);

/// How a school meets one element.
struct ElementInvulling {
  std::string element;  // a NormElement code
  std::string hoe;      // how the school meets it (required)
  std::string bewijs;   // optional evidence: documents, figures, an inspection report
  Oordeel oordeel = Oordeel::kVoldoet;
  std::string toelichting;  // required unless `voldoet`: what is missing and what is planned
};

/// One version of a school location's account of its basisondersteuning. Versions are never
/// changed; the highest is the current one.
struct BasisInvulling {
  Vestigingscode school;
  std::string swv;  // the location's SWV (scope); empty for clusters 1 and 2
  int versie = 0;   // 1, 2, ... per location; assigned when stored
  Date vastgesteld_op{};
  std::string norm;  // Basisondersteuningsnorm::Sleutel of the norm answered
  std::string toelichting;
  std::vector<ElementInvulling> elementen;  // in the norm's order
  std::string vastgesteld_door;
  /// The answer for `element`, or nullptr.
  const ElementInvulling* Vind(std::string_view element) const;
};

/// Checks an account against the norm it answers: every element of `norm` exactly once and no
/// other, a description of how for each, a judgement, an explanation when not `voldoet`, texts
/// at most kMaxBasisTekst. kInvalid naming the field (`elementen[3].toelichting`; `elementen`
/// for a missing element).
Result<void> Valideer(const BasisInvulling& invulling, const Basisondersteuningsnorm& norm);

/// Where a school stands on one element of the norm in force.
enum class ElementStand { kVoldoet, kDeels, kNogNiet, kNietBeschreven };

/// All standings, in the overview's column order.
inline constexpr ElementStand kAlleStanden[] = {ElementStand::kVoldoet, ElementStand::kDeels,
                                                ElementStand::kNogNiet,
                                                ElementStand::kNietBeschreven};
/// `voldoet`, `deels`, `nog-niet`, `niet-beschreven`.
std::string_view StandCode(ElementStand stand);
/// `Voldoet`, `Deels`, `Voldoet nog niet`, `Niet beschreven`.
std::string_view StandNaam(ElementStand stand);

/// Counts per standing.
struct StandTelling {
  int voldoet = 0;
  int deels = 0;
  int nog_niet = 0;
  int niet_beschreven = 0;
  /// Adds one of `stand`.
  void Tel(ElementStand stand);
  /// The count of `stand`.
  int Aantal(ElementStand stand) const;
  /// The sum of all four.
  int Totaal() const { return voldoet + deels + nog_niet + niet_beschreven; }
  friend bool operator==(const StandTelling&, const StandTelling&) = default;
};

/// One school of the region and its current account (none: never described).
struct OverzichtInvoer {
  std::string school;  // location code
  std::string naam;
  std::optional<BasisInvulling> invulling;
};

/// One school's row of the overview.
struct SchoolStand {
  std::string school;
  std::string naam;
  std::optional<int> versie;  // the account's version, if any
  std::optional<Date> vastgesteld_op;
  std::string norm;                   // the norm key the account answered
  bool oudere_norm = false;           // answered another version than the one in force
  std::vector<ElementStand> standen;  // per element of the norm in force, in its order
  StandTelling telling;
};

/// The SWV's overview: per school per element, with totals per element and per school.
struct Basisoverzicht {
  std::vector<SchoolStand> scholen;       // in the input's order
  std::vector<StandTelling> per_element;  // in the norm's element order
  StandTelling totaal;
  int oudere_norm = 0;  // schools whose account answers an older version
};

/// Builds the overview of `scholen` against the norm in force. An account of another norm
/// version counts an element by its code when that version had it (flagged `oudere_norm`);
/// an element it lacks is `niet-beschreven`, as is every element of a school without one.
Basisoverzicht MaakOverzicht(const Basisondersteuningsnorm& norm,
                             const std::vector<OverzichtInvoer>& scholen);

}  // namespace passend::domain
