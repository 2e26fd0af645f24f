#pragma once
// Arrangementen: the SWV's catalogue of support packages and their assignment to a student
// (toekenning) with a period, the school where the support is given and an amount (issue 7
// item 1; domain.md §3.3 and §3.7; docs/arrangementen.md). Amounts are integer euro cents
// (money.h), never floating point. Pure: no I/O, no clock.

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/money.h"
#include "domain/registry.h"

namespace passend::domain {

/// The kinds of support package an SWV funds (issue 7 item 1).
enum class ArrangementSoort {
  kOndersteuningRegulier,  // support inside a regular school
  kGroepRegulier,          // a group within a regular school
  kTijdelijkVso,           // a short, temporary or part-time stay in (v)so
  kAmbulant,               // lent teachers (ambulante begeleiding)
  kOnderwijsZorg,          // education combined with care or a residential institution
};

/// Every kind, in the order forms list them.
inline constexpr ArrangementSoort kAlleArrangementSoorten[] = {
    ArrangementSoort::kOndersteuningRegulier, ArrangementSoort::kGroepRegulier,
    ArrangementSoort::kTijdelijkVso, ArrangementSoort::kAmbulant, ArrangementSoort::kOnderwijsZorg};

/// `ondersteuning-regulier`, `groep-regulier`, `tijdelijk-vso`, `ambulant`, `onderwijs-zorg`.
std::string_view ArrangementSoortCode(ArrangementSoort soort);
/// Parses ArrangementSoortCode's spelling (kInvalid naming `soort`).
Result<ArrangementSoort> ParseArrangementSoort(std::string_view text);
/// Dutch label (`Ondersteuning in de reguliere school`, ...).
std::string_view ArrangementSoortNaam(ArrangementSoort soort);

/// How the catalogue price reads: per student per year, or a budget for the package.
enum class Tarief { kPerLeerlingPerJaar, kBudget };
/// `per-leerling-per-jaar` or `budget`.
std::string_view TariefCode(Tarief tarief);
/// Parses TariefCode's spelling (kInvalid naming `tarief`).
Result<Tarief> ParseTarief(std::string_view text);

/// One package in an SWV's catalogue. Never deleted: an SWV deactivates it.
struct Arrangement {
  int64_t id = 0;
  SwvCode swv;
  ArrangementSoort soort = ArrangementSoort::kOndersteuningRegulier;
  std::string naam;
  std::string omschrijving;
  Tarief tarief = Tarief::kPerLeerlingPerJaar;
  Cents bedrag;  // the price per student per year, or the budget
  bool actief = true;
};

/// Checks a catalogue entry: a name (1-200 characters), a description of at most 4,000, an
/// amount of at least € 0,00. Errors name the API field (`naam`, `omschrijving`, `bedrag`).
Result<void> Valideer(const Arrangement& arrangement);

/// An early end (or a withdrawal) of an assignment, recorded as its own record: the assignment
/// itself never changes.
struct ToekenningEinde {
  Date op{};  // the last day support was given; equal to `van`: withdrawn, nothing given
  std::string reden;
};

/// An arrangement assigned to a student for a period, at the school (location) where the
/// support is given, for an amount (the catalogue price unless the SWV set another).
struct Toekenning {
  int64_t id = 0;
  int64_t arrangement = 0;
  SwvCode swv;  // the arrangement's SWV
  LeerlingId leerling;
  Vestigingscode school;
  Date van{};
  Date tot{};  // the last day, inclusive
  Cents bedrag;
  std::optional<ToekenningEinde> einde;
};

/// Checks a new assignment of `arrangement`: the arrangement active (kRegel), `tot` not before
/// `van` (kInvalid naming `tot`), an amount of at least € 0,00 (kInvalid naming `bedrag`).
Result<void> Valideer(const Toekenning& toekenning, const Arrangement& arrangement);

/// Ends an assignment early on `einde.op` (from `van` up to `tot`; kInvalid naming `op`
/// otherwise) with a reason (kInvalid naming `reden`); only once (kConflict).
Result<void> Beeindig(Toekenning& toekenning, ToekenningEinde einde);

/// The last day support is given: the end's date when ended early, else `tot`.
Date LaatsteDag(const Toekenning& toekenning);

/// True when the assignment gives support on `op`.
bool IsLopend(const Toekenning& toekenning, Date op);

/// True when the assignment was withdrawn (ended on its first day): nothing was given.
bool IsIngetrokken(const Toekenning& toekenning);

/// A closed period of days [van, tot].
struct Periode {
  Date van{};
  Date tot{};
};

/// What one school location received in assignments over a period.
struct SchoolBedrag {
  int aantal = 0;  // assignments counted
  Cents bedrag;
};

/// The assigned amounts per school location over `periode`, for the money part (issue 8): an
/// assignment counts with its whole amount (no pro rata) in the period that holds its start
/// date, unless it was withdrawn. Fails on overflow of a sum.
Result<std::map<std::string, SchoolBedrag>> BedragenPerSchool(
    std::span<const Toekenning> toekenningen, Periode periode);

}  // namespace passend::domain
