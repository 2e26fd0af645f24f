#pragma once
// Interim targets (tussendoelen) for thuiszitters and the thuiszitters-per-1,000 indicator
// (domain.md §3.5 and §3.9; seed 004; docs/verzuim.md). Integer arithmetic only: no floating
// point decides a target or a comparison. Pure: no I/O.

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/date.h"
#include "domain/error.h"
#include "domain/school_year.h"

namespace passend::domain {

/// A reduction plan: the count at a base date, a final target in a target school year, reached
/// in `stappen` equal steps spread evenly over the school years in between. Seed 004: 4,200
/// children > 3 months at home in 2015-2016, to 0 in 2019-2020 ("in 2020") in 4 equal steps.
struct Tussendoelen {
  Date basisdatum{};        // when the baseline was measured
  int64_t basiswaarde = 0;  // the count at the base date
  SchoolYear doeljaar{0};   // the school year in which the final target holds
  int64_t doelwaarde = 0;   // the final target
  int stappen = 1;          // the number of equal steps
};

/// Checks a plan: an existing base date, counts from 0 to 1,000,000,000, a target school year
/// after the base date's, and 1 to (target year − base year) steps. Errors name the field.
Result<void> Valideer(const Tussendoelen& plan);

/// The school year of the base date.
SchoolYear Basisjaar(const Tussendoelen& plan);

/// The target for school year `jaar` of a valid plan: the baseline up to the base year, the
/// final target from the target year on, and in between the target of the last step reached.
/// Rounding rule: step k of N lies on the straight line from baseline to final target, at
/// basis + (doel − basis) × k / N with the division truncated towards zero, i.e. rounded
/// towards the baseline; the last step is exact. So targets never pass the final target and
/// never move back.
int64_t DoelVoor(const Tussendoelen& plan, SchoolYear jaar);

/// The targets of every school year after the base year up to the target year, in order.
std::vector<std::pair<SchoolYear, int64_t>> Doelen(const Tussendoelen& plan);

/// Where a region stands against its plan.
enum class Koers {
  kVoor,      // ahead: it already meets the next school year's (stricter) target
  kOpSchema,  // on track: it meets this school year's target
  kAchter,    // behind: it does not meet this school year's target
};

/// `voor`, `op-schema`, `achter` (API spelling).
std::string_view KoersCode(Koers koers);
/// Dutch label for pages (`Voor op schema`, `Op schema`, `Achter op schema`).
std::string_view KoersNaam(Koers koers);

/// A region's standing in one school year.
struct Stand {
  Koers koers = Koers::kOpSchema;
  int64_t doel = 0;      // this school year's target
  int64_t verschil = 0;  // measured − target (negative: fewer thuiszitters than the target)
};

/// The standing of a region that measured `gemeten` in school year `jaar` (valid plan). A
/// target "is met" when the count is at or below it for a reduction plan (or at or above it
/// when the final target is higher than the baseline).
Stand StandVan(const Tussendoelen& plan, SchoolYear jaar, int64_t gemeten);

/// Thuiszitters per 1,000 students as an exact fraction (domain.md §3.9: the indicator SWVs
/// use). Comparisons are exact (cross-multiplication); only the text is rounded.
class PerDuizend {
 public:
  /// `aantal` thuiszitters among `leerlingen` students; kInvalid naming `leerlingen` when there
  /// are none or more than 1,000,000,000, naming `thuiszitters` when negative or too large.
  static Result<PerDuizend> Create(int64_t aantal, int64_t leerlingen);

  int64_t aantal() const { return aantal_; }
  int64_t leerlingen() const { return leerlingen_; }
  /// The figure in tenths per 1,000 (per 10,000), rounded half up: 13 means 1.3 per 1,000.
  int64_t Tienden() const;
  /// Dutch text with a decimal comma and one decimal: `1,3`.
  std::string Tekst() const;
  /// Exact comparison of the two fractions.
  friend std::strong_ordering operator<=>(const PerDuizend& a, const PerDuizend& b);
  /// Equal as fractions (2 of 1,000 equals 4 of 2,000).
  friend bool operator==(const PerDuizend& a, const PerDuizend& b);

 private:
  PerDuizend(int64_t aantal, int64_t leerlingen) : aantal_(aantal), leerlingen_(leerlingen) {}
  int64_t aantal_;
  int64_t leerlingen_;
};

}  // namespace passend::domain
