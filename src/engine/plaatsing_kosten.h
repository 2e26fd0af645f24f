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
#include "domain/ondersteuningsprofiel.h"
#include "engine/loting.h"
#include "engine/plaatsing.h"

namespace passend::engine {

/// The level of support needed or offered: the taxonomy's levels (issue 5 item 1), one type
/// for the profiles, the finder and the placement (`basis` < `extra` < `specialistisch`).
using Niveau = domain::Ondersteuningsniveau;

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

/// An allowed pair of a built problem: the school (index), its cost and its distance.
struct GebouwdeOptie {
  int school = 0;
  int64_t kosten = 0;
  int64_t meter = 0;
};

/// A built problem with, per child, the child's main need ("" if none), for a child with no
/// allowed school a Dutch explanation naming what is missing within reach, and its allowed
/// schools with cost and distance (in the schools' order).
template <typename Probleem>
struct Gebouwd {
  Probleem probleem;
  std::vector<std::string> hoofdbehoefte;
  std::vector<std::string> toelichting;
  std::vector<std::vector<GebouwdeOptie>> opties;
};

/// Builds the placement problem: allowed pairs with their costs, places per main need.
/// Fails (kInvalid, naming the field) on duplicate or unknown ids, missing coordinates,
/// negative distances or capacities.
domain::Result<Gebouwd<PlaatsingsProbleem>> BouwPlaatsingsProbleem(const VolledigeInstantie& in);

/// Builds the preference round: a child's own list, or else its allowed schools cheapest first
/// (ties in input order of the schools); places per main need; priorities by id.
domain::Result<Gebouwd<LotingsProbleem>> BouwLotingsProbleem(const VolledigeInstantie& in,
                                                             uint64_t seed);

/// One child's outcome of a round on a full instance (the placement round of the application).
struct KindUitkomst {
  int school = -1;                   // index in the instance's schools; -1: unplaced (escalate)
  std::optional<int64_t> kosten;     // placed: the pair's cost
  std::optional<int64_t> meter;      // placed: the distance in whole metres
  std::string hoofdbehoefte;         // the need that took a need place ("" if none)
  std::string reden;                 // unplaced: the engine's code (`geen-school`, ...)
  std::string toelichting;           // unplaced: Dutch, naming what has no place within reach
  std::optional<int64_t> lotnummer;  // preference round: the child's lottery number
};

/// A round's outcome per child (in the instance's order) with the total cost (the unplaced
/// at `niet_geplaatst_kosten` each).
struct RondeUitkomst {
  std::vector<KindUitkomst> kinderen;
  int64_t totale_kosten = 0;
};

/// The Dutch explanation of an unplaced child: `bij_bouwen` (what is missing within reach, set
/// when the child has no allowed school) when given; for a need without places the need named;
/// else RedenTekst.
std::string NietGeplaatstToelichting(NietGeplaatstReden reden, std::string_view hoofdbehoefte,
                                     std::string_view bij_bouwen);

/// Builds and solves the minimum-cost placement of a full instance (BouwPlaatsingsProbleem,
/// Plaats) and explains every unplaced child.
domain::Result<RondeUitkomst> PlaatsVolledig(const VolledigeInstantie& in);

/// Builds and runs the preference round of a full instance with `seed` (BouwLotingsProbleem,
/// Loot) and explains every unplaced child.
domain::Result<RondeUitkomst> LootVolledig(const VolledigeInstantie& in, uint64_t seed);

}  // namespace passend::engine
