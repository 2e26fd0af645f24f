#pragma once
// The Inspectie's signaleringswaarde for an SWV's reserves and the figures of its audited year
// accounts (issue 8 items 4 and 5; domain.md §3.7; seed 000 #22, #23). Exact cents only: shares
// are integer basis points (1/100 of a percent), never floating point.

#include <cstdint>

#include "domain/error.h"
#include "domain/money.h"

namespace passend::domain {

/// The threshold rule: `teller/noemer` of total gross income, at least `minimum` (seed 000 #23:
/// 3.5 % and at least € 250,000; parameters in config/bekostiging.json).
struct ReserveNorm {
  int64_t teller = 35;
  int64_t noemer = 1000;
  Cents minimum = Cents::Euros(250'000);
};

/// max(teller/noemer × baten, minimum), the share rounded half away from zero to the cent;
/// kInvalid naming `batenTotaal` for negative income or a bad norm.
Result<Cents> Signaleringswaarde(Cents baten_totaal, const ReserveNorm& norm);

/// The reserve above the threshold: eigen vermogen − signaleringswaarde, 0 when at or below it.
Result<Cents> BovenmatigeReserve(Cents eigen_vermogen, Cents signaleringswaarde);

/// `deel / geheel` in basis points (10,000 = 100 %), rounded half away from zero; 0 when
/// `geheel` is 0 (no income: no share to speak of).
Result<int64_t> AandeelInBasispunten(Cents deel, Cents geheel);

/// True for a year the money part accepts: 2014 (the start of passend onderwijs) to 2100.
bool IsGeldjaar(int64_t jaar);

/// An SWV's audited year accounts (issue 8 item 4), all in cents.
struct Jaarrekening {
  int jaar = 0;
  Cents baten_totaal;
  Cents lasten_totaal;
  Cents eigen_vermogen;
  Cents organisatiekosten;
};

/// Checks the figures: a plausible year (2014, the start of passend onderwijs, to 2100),
/// non-negative income, costs and organisation costs, organisation costs within the costs;
/// kInvalid naming the camelCase field.
Result<void> Valideer(const Jaarrekening& jaarrekening);

/// What the Inspectie reads from the year accounts.
struct ReserveBeoordeling {
  Cents signaleringswaarde;
  Cents bovenmatige_reserve;  // 0 when below the threshold
  bool boven_signaleringswaarde = false;
  int64_t organisatiekosten_bp = 0;  // organisatiekosten / baten (seed 000 #22: 11–13 %)
  int64_t onbesteed_bp = 0;          // (baten − lasten) / baten; negative on a deficit
};

/// The threshold, the amount above it, and the two shares of one year's accounts.
Result<ReserveBeoordeling> Beoordeel(const Jaarrekening& jaarrekening, const ReserveNorm& norm);

}  // namespace passend::domain
