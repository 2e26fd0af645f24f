#pragma once
// Decisions on a registration (aanmelding): the outcome, the legal ground of a refusal, the
// place offered elsewhere and how the student was heard (domain.md §3.1). Pure rules: no I/O.

#include <optional>
#include <string>
#include <string_view>

#include "domain/date.h"
#include "domain/error.h"

namespace passend::domain {

/// What the school decided on a registration.
enum class Uitkomst {
  kToegelaten,       // admitted, with or without an arrangement
  kEldersGeplaatst,  // a place offered at another named school that has accepted
  kGeweigerd,        // refused on a legal ground
  kIngetrokken,      // withdrawn by the parents
};

/// All outcomes, in a fixed order (for listings and tests).
inline constexpr Uitkomst kAlleUitkomsten[] = {Uitkomst::kToegelaten, Uitkomst::kEldersGeplaatst,
                                               Uitkomst::kGeweigerd, Uitkomst::kIngetrokken};

/// `toegelaten`, `elders-geplaatst`, `geweigerd`, `ingetrokken` (API and database spelling).
std::string_view UitkomstCode(Uitkomst uitkomst);
/// Parses UitkomstCode's spelling.
Result<Uitkomst> ParseUitkomst(std::string_view text);
/// Dutch label for pages (`Toegelaten`, `Geplaatst op een andere school`, ...).
std::string_view UitkomstNaam(Uitkomst uitkomst);

/// The legal ground of a refusal.
enum class Weigeringsgrond {
  kVol,                    // the school is full
  kGrondslag,              // the parents do not respect the school's grondslag
  kOnevenredigeBelasting,  // the adjustments would be a disproportionate burden
};

/// All grounds, in a fixed order (for listings and tests).
inline constexpr Weigeringsgrond kAlleWeigeringsgronden[] = {
    Weigeringsgrond::kVol, Weigeringsgrond::kGrondslag, Weigeringsgrond::kOnevenredigeBelasting};

/// `school-vol`, `grondslag`, `onevenredige-belasting` (API and database spelling).
std::string_view WeigeringsgrondCode(Weigeringsgrond grond);
/// Parses WeigeringsgrondCode's spelling.
Result<Weigeringsgrond> ParseWeigeringsgrond(std::string_view text);
/// Dutch label for pages (`School is vol`, ...).
std::string_view WeigeringsgrondNaam(Weigeringsgrond grond);

/// How the student was heard: their view (`gehoord`), or why it could not be asked.
struct Hoorrecht {
  bool gehoord = false;
  std::string zienswijze;  // the student's view; required when gehoord
  std::string reden;       // why the student could not be heard; required when not gehoord
};

/// Checks how the student was heard: the view when heard, the reason when not (seed 000 #4;
/// kInvalid naming `hoorrecht`).
Result<void> Valideer(const Hoorrecht& hoorrecht);

/// One decision on a registration, as entered by the school.
struct Besluit {
  Uitkomst uitkomst = Uitkomst::kToegelaten;
  Date datum;
  std::optional<Weigeringsgrond> grond;      // only with kGeweigerd
  std::optional<std::string> andere_school;  // vestigingscode of the school offering a place
  bool andere_school_akkoord = false;        // the other school has accepted the student
  bool met_arrangement = false;              // admitted with a support arrangement
  std::optional<Hoorrecht> hoorrecht;
};

/// Checks a decision against the rules of §3.1: kInvalid with a Dutch explanation and the
/// API field name (`hoorrecht`, `andereSchool`, `grond`, ...) for the first rule it breaks.
Result<void> Valideer(const Besluit& besluit);

}  // namespace passend::domain
