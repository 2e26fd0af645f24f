#pragma once
// The cost model of the full placement instance (issue 5 items 5 and 6): children with support
// needs and a home, schools with places and the level of support they offer per need. A pair's
// cost is the straight-line distance in whole metres plus a penalty per level of support the
// school falls short (docs/placement.md "Cost model"). Builds the problems that Plaats and Loot
// solve; pure computation.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/error.h"
#include "domain/geo.h"
#include "engine/loting.h"
#include "engine/plaatsing.h"

namespace passend::engine {

/// The level of support needed or offered (issue 5 item 1: basis, extra, specialised).
enum class Niveau { kBasis = 0, kExtra = 1, kGespecialiseerd = 2 };

/// Parses `basis`, `extra` or `gespecialiseerd`; nullopt otherwise.
std::optional<Niveau> ParseNiveau(std::string_view tekst);

/// The JSON spelling of a level.
std::string_view NiveauNaam(Niveau niveau);

/// One need of a child at the level needed.
struct Behoefte {
  std::string naam;
  Niveau niveau = Niveau::kBasis;
};

/// A child in the full form.
struct KindVraag {
  std::string id;
  std::optional<domain::Coordinates> locatie;
  std::vector<Behoefte> behoeften;
  std::string hoofdbehoefte;            // the need that takes a need place; empty: the need
                                        // with the highest level (first listed on ties)
  std::vector<std::string> voorkeuren;  // preference round only; empty: derived by cost
};

/// What a school offers for one need: the level and, if limited, the number of places.
struct Aanbod {
  std::string behoefte;
  Niveau niveau = Niveau::kBasis;
  std::optional<int64_t> plaatsen;
};

/// A school in the full form; a need it does not list is offered at basis level.
struct SchoolAanbod {
  std::string id;
  std::optional<domain::Coordinates> locatie;
  int64_t capaciteit = 0;
  std::vector<Aanbod> aanbod;
};

/// A given distance in whole metres between a child and a school.
struct Afstand {
  std::string kind;
  std::string school;
  int64_t meter = 0;
};

/// The full instance with its cost parameters.
struct VolledigeInstantie {
  std::vector<KindVraag> kinderen;
  std::vector<SchoolAanbod> scholen;
  std::vector<Afstand> afstanden;            // if given: the only reachable pairs, no coordinates
  std::optional<int64_t> max_afstand_meter;  // pairs further away are not allowed
  std::optional<int64_t> tekort_boete;       // per level short; nullopt: such pairs not allowed
  int64_t niet_geplaatst_kosten = 0;
  std::vector<std::pair<std::string, std::vector<std::string>>> prioriteiten;  // per school
};

/// A built problem with, per child, the child's main need ("" if none) and, for a child with
/// no allowed school, a Dutch explanation naming what is missing within reach.
template <typename Probleem>
struct Gebouwd {
  Probleem probleem;
  std::vector<std::string> hoofdbehoefte;
  std::vector<std::string> toelichting;
};

/// Builds the placement problem: allowed pairs with their costs, places per main need.
/// Fails (kInvalid, naming the field) on duplicate or unknown ids, missing coordinates,
/// negative distances or capacities.
domain::Result<Gebouwd<PlaatsingsProbleem>> BouwPlaatsingsProbleem(const VolledigeInstantie& in);

/// Builds the preference round: a child's own list, or else its allowed schools cheapest first
/// (ties in input order of the schools); places per main need; priorities by id.
domain::Result<Gebouwd<LotingsProbleem>> BouwLotingsProbleem(const VolledigeInstantie& in,
                                                             uint64_t seed);

}  // namespace passend::engine
