#pragma once
// The escalation ladder and disputes between parents and school (domain.md §3.6): each SWV's
// ladder with a term per step, a dispute's steps with owner, term and outcome, and the known
// terms of the Geschillencommissie Passend Onderwijs (GPO). Pure: no I/O and no clock.
//
// Deliberately, nothing here files or proposes a child-protection report (VT-melding): a
// dispute about support is no reason for one (seed 000 #12), so a dispute offers no such step.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/date.h"
#include "domain/error.h"

namespace passend::domain {

/// What the parents and the school disagree about (seed 003).
enum class Onderwerp {
  kToelating,     // admission
  kVerwijdering,  // removal from school
  kOpp,           // the ontwikkelingsperspectief (OPP)
};

/// All subjects, in a fixed order (for listings and tests).
inline constexpr Onderwerp kAlleOnderwerpen[] = {Onderwerp::kToelating, Onderwerp::kVerwijdering,
                                                 Onderwerp::kOpp};

/// `toelating`, `verwijdering`, `opp` (API and database spelling).
std::string_view OnderwerpCode(Onderwerp onderwerp);
/// Parses OnderwerpCode's spelling.
Result<Onderwerp> ParseOnderwerp(std::string_view text);
/// Dutch label for pages (`Toelating`, `Verwijdering`, `Ontwikkelingsperspectief (OPP)`).
std::string_view OnderwerpNaam(Onderwerp onderwerp);

/// One rung of an SWV's escalation ladder; `termijn_dagen` 0 means no fixed term.
struct LadderStap {
  std::string code;
  std::string naam;
  int termijn_dagen = 0;
};

/// The ladder code of the Geschillencommissie Passend Onderwijs; its step follows the GPO's
/// own terms whatever the ladder says.
inline constexpr std::string_view kGpoStap = "gpo";

/// Checks a configured ladder: at least one rung, each with a code, no code twice, no
/// negative term (kInvalid naming `ladder`).
Result<void> ValideerLadder(const std::vector<LadderStap>& ladder);

/// The default ladder, lowest rung first: school, schoolbestuur, swv, onderwijsconsulent, gpo,
/// rechter. The terms are defaults; each SWV configures its own.
std::vector<LadderStap> StandaardLadder();

/// The GPO's terms in calendar days: filing after the decision, the board's answer (verweer)
/// and the committee's opinion (oordeel), both counted from the filing.
struct GpoTermijnen {
  int indienen_dagen = 42;
  int verweer_dagen = 14;
  int oordeel_dagen = 70;
};

/// Checks that a GPO case filed on `ingediend` is within the term after the decision of
/// `besluit`: the last day of the term is still on time; before the decision is refused.
Result<void> ValideerGpoIndiening(Date besluit, Date ingediend, GpoTermijnen termijnen = {});
/// The last day for the school board's answer to a GPO case filed on `ingediend`.
Date VerweerUiterlijk(Date ingediend, GpoTermijnen termijnen = {});
/// The last day for the GPO's opinion on a case filed on `ingediend`.
Date OordeelUiterlijk(Date ingediend, GpoTermijnen termijnen = {});

/// One step taken in a dispute; open while `einde` is empty.
struct Stap {
  std::string code;  // the ladder rung
  Date start;
  std::string eigenaar;   // who handles this step (a person or an organisation)
  int termijn_dagen = 0;  // copied from the ladder when the step started; 0 = no fixed term
  std::optional<Date> einde;
  std::string uitkomst;  // the outcome, required to close the step
};

/// A dispute on one subject, climbing one SWV's ladder. Steps may skip rungs but never go
/// back or repeat one, and a step starts only once the previous one is closed.
class Geschil {
 public:
  /// Starts an empty dispute; refuses a ladder ValideerLadder refuses. `besluitdatum` is the
  /// disputed decision's date, when there is one: the GPO step must start within the filing
  /// term after it.
  static Result<Geschil> Create(Onderwerp onderwerp,
                                std::vector<LadderStap> ladder = StandaardLadder(),
                                std::optional<Date> besluitdatum = std::nullopt,
                                GpoTermijnen gpo = {});
  /// Rebuilds a stored dispute by replaying its steps through the rules (kInvalid/kRegel when
  /// the stored steps break them); each step keeps its stored term.
  static Result<Geschil> Herstel(Onderwerp onderwerp, std::vector<LadderStap> ladder,
                                 std::optional<Date> besluitdatum, GpoTermijnen gpo,
                                 const std::vector<Stap>& stappen);

  Onderwerp onderwerp() const { return onderwerp_; }
  /// The disputed decision's date, if the dispute is about one.
  std::optional<Date> Besluitdatum() const { return besluitdatum_; }
  const GpoTermijnen& Gpo() const { return gpo_; }
  const std::vector<LadderStap>& Ladder() const { return ladder_; }
  /// All steps taken so far, oldest first (the timeline).
  const std::vector<Stap>& Stappen() const { return stappen_; }

  /// Starts the ladder rung `code` on `start`, handled by `eigenaar`; kRegel while the
  /// current step is open, when the rung is not higher than the current one, or for a GPO
  /// step filed after the term (the GPO step's term is then the opinion's 10 weeks).
  Result<void> StartStap(std::string_view code, Date start, std::string eigenaar);
  /// Closes the current step on `einde` with its outcome; kRegel when no step is open.
  Result<void> SluitStap(Date einde, std::string uitkomst);

  /// The latest step (open or closed), or nullptr before the first step.
  const Stap* HuidigeStap() const;
  /// The last day of the current step's term; empty without a step or without a fixed term.
  std::optional<Date> UiterlijkeDatum() const;
  /// The last day for the school board's answer when the current step is the GPO's.
  std::optional<Date> VerweerUiterlijk() const;
  /// True when on `op` the current step is still open and past its last day.
  bool TermijnVerstreken(Date op) const;

 private:
  Geschil(Onderwerp onderwerp, std::vector<LadderStap> ladder)
      : onderwerp_(onderwerp), ladder_(std::move(ladder)) {}
  /// Index of `code` on the ladder, or -1.
  int Positie(std::string_view code) const;

  Onderwerp onderwerp_;
  std::vector<LadderStap> ladder_;
  std::optional<Date> besluitdatum_;
  GpoTermijnen gpo_;
  std::vector<Stap> stappen_;
};

}  // namespace passend::domain
