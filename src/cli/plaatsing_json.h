#pragma once
// `passend plaatsing` and `passend loting` (issue 5 item 6): read an instance file as JSON
// (plain or full form, docs/placement.md), run the engine's solvers, print the result as JSON.

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace passend::cli {

/// Solves a placement instance given as JSON text; returns the result as JSON text, or
/// kInvalid with a Dutch message naming the field that is wrong.
domain::Result<std::string> PlaatsingJson(std::string_view instantie);

/// Runs the preference round with `seed` on an instance given as JSON text; returns the result
/// as JSON text, or kInvalid with a Dutch message naming the field that is wrong.
domain::Result<std::string> LotingJson(std::string_view instantie, uint64_t seed);

/// The command: reads `pad`, prints the result on stdout; returns 0, or 2 after a Dutch error
/// on stderr for a missing or bad file.
int PlaatsingCommando(const std::string& pad);

/// The command: reads `pad`, draws with `seed`, prints the result on stdout; returns 0, or 2
/// after a Dutch error on stderr for a missing or bad file.
int LotingCommando(const std::string& pad, uint64_t seed);

}  // namespace passend::cli
