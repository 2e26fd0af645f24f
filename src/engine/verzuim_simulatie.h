#pragma once
// A seeded simulation of absence cases with a constant inflow and a chosen distribution of
// durations (issue 6: "over a simulated year with a constant inflow, the average number at
// home equals inflow × mean duration"). Pure and deterministic: the same input gives the same
// cases with every compiler (engine/rng.h).

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/verzuim.h"

namespace passend::engine {

/// One band of the duration distribution: with probability `aandeel_promille` / 1000 a case
/// lasts a whole number of days drawn uniformly from [min_dagen, max_dagen].
struct DuurBand {
  int min_dagen = 1;
  int max_dagen = 1;
  int aandeel_promille = 1000;
};

/// What to simulate.
struct VerzuimSimulatie {
  uint64_t seed = 1;
  domain::Date begin{};        // the first day with new cases
  int dagen = 365;             // the number of days with new cases
  int instroom_per_dag = 8;    // new cases on every one of those days (constant inflow)
  std::vector<DuurBand> duur;  // the duration distribution; the shares add up to 1000
  domain::VerzuimType type = domain::VerzuimType::kAbsoluutVerzuim;
  domain::SwvCode swv;
  domain::GemeenteCode gemeente;
  std::optional<domain::Vestigingscode> school;  // needed for langdurig relatief verzuim
};

/// An exact fraction.
struct Breuk {
  int64_t teller = 0;
  int64_t noemer = 1;
};

/// The exact mean duration in days of a valid distribution.
Breuk GemiddeldeDuur(const std::vector<DuurBand>& duur);

/// Validates the input (kInvalid naming `dagen`, `instroomPerDag` or `duur`) and simulates:
/// `instroom_per_dag` cases start on each of `dagen` days from `begin`; each case lasts a
/// duration drawn from `duur` and then ends (back at school). Ids and student ids run from 1,
/// one child per case.
domain::Result<std::vector<domain::Verzuimmelding>> SimuleerVerzuim(const VerzuimSimulatie& sim);

}  // namespace passend::engine
