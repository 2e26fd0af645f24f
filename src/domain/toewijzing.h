#pragma once
// Allocations (toewijzingen) of support money from an SWV to its school locations (issue 8
// items 3 and 7; domain.md §3.7; seed 000 #15: boards and SWVs show how much each school
// receives). Append-only: a correction is a new record with a signed amount. Exact cents only.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/money.h"
#include "domain/school_year.h"

namespace passend::domain {

/// What an allocation is for.
enum class ToewijzingDoel {
  kBasisondersteuning,
  kExtraOndersteuning,
  kArrangementen,
  kPersoneel,
  kAnders,  // needs an omschrijving
};

/// All purposes in display order.
inline constexpr ToewijzingDoel kAlleDoelen[] = {
    ToewijzingDoel::kBasisondersteuning, ToewijzingDoel::kExtraOndersteuning,
    ToewijzingDoel::kArrangementen, ToewijzingDoel::kPersoneel, ToewijzingDoel::kAnders};

/// API spelling: `basisondersteuning`, `extra-ondersteuning`, `arrangementen`, `personeel`,
/// `anders`.
std::string_view DoelCode(ToewijzingDoel doel);
/// Dutch label for pages (`Extra ondersteuning`).
std::string_view DoelNaam(ToewijzingDoel doel);
/// Parses the API spelling; nullopt for anything else.
std::optional<ToewijzingDoel> ParseDoel(std::string_view code);

/// Longest omschrijving accepted.
inline constexpr size_t kMaxOmschrijving = 500;

/// One allocation record: an amount for one school location, school year and purpose.
struct Toewijzing {
  std::string school;  // the location's code (BRIN + location)
  SchoolYear schooljaar{0};
  ToewijzingDoel doel = ToewijzingDoel::kBasisondersteuning;
  Cents bedrag;  // signed: a negative amount corrects an earlier record (append-only)
  std::string omschrijving;
};

/// Checks one record (kInvalid naming the field): a school, an amount other than 0, an
/// omschrijving for `anders` and for every correction (a negative amount), at most
/// kMaxOmschrijving characters.
Result<void> Valideer(const Toewijzing& toewijzing);

/// Totals of a set of records; every total is the exact sum of the records under it.
struct ToewijzingTotalen {
  std::map<std::string, std::map<ToewijzingDoel, Cents>> per_school_doel;
  std::map<std::string, Cents> per_school;
  std::map<ToewijzingDoel, Cents> per_doel;
  Cents totaal;
};

/// Sums the records per school and purpose, per school, per purpose and in total (overflow is
/// an error, never a wrap).
Result<ToewijzingTotalen> Totaliseer(const std::vector<Toewijzing>& toewijzingen);

/// Refuses (kRegel naming `bedrag`) a correction that would make the total of its school,
/// school year and purpose negative: one cannot take back more than was allocated.
Result<void> ToetsCorrectie(const std::vector<Toewijzing>& bestaand, const Toewijzing& nieuw);

/// The records' amounts per calendar year: each school year's total is split with
/// VerdeelSchooljaar (5/12 to its start year, 7/12 to the next), so the calendar-year amounts
/// add up to the school-year totals exactly.
Result<std::map<int, Cents>> PerKalenderjaar(const std::vector<Toewijzing>& toewijzingen);

}  // namespace passend::domain
