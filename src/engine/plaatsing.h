#pragma once
// Exact regional placement (issue 5 item 5): a minimum-cost assignment of children to schools
// with capacities, solved as a min-cost flow with LEMON's network simplex, with an
// "unplaced, escalate" option per child so that every instance has an answer. Pure
// computation: no I/O; integer costs only. docs/placement.md describes the model.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace passend::engine {

/// One school: its id and its total number of places.
struct PlaatsingsSchool {
  std::string id;
  int64_t capaciteit = 0;
};

/// Places at `school` reserved for children whose `groep` (main support need) is `groep`;
/// such a child takes one of these places and one of the school's total.
struct GroepsPlaatsen {
  int school = 0;
  int groep = 0;
  int64_t plaatsen = 0;
};

/// An allowed pair: child `kind` may go to `school` at `kosten` (≥ 0).
struct PlaatsingsOptie {
  int kind = 0;
  int school = 0;
  int64_t kosten = 0;
};

/// A placement problem by index: children and schools in input order, the allowed pairs, the
/// cost of leaving each child unplaced, and optional places per need.
struct PlaatsingsProbleem {
  std::vector<std::string> kinderen;            // ids, in input order
  std::vector<int64_t> niet_geplaatst_kosten;   // per child, ≥ 0
  std::vector<PlaatsingsSchool> scholen;        // in input order
  std::vector<PlaatsingsOptie> opties;          // at most one per (kind, school)
  std::vector<std::string> groepen;             // names of the needs that have places
  std::vector<int> groep_van;                   // per child: index in `groepen`, or -1; may be
                                                // empty (no child has a group)
  std::vector<GroepsPlaatsen> groeps_plaatsen;  // at most one per (school, groep)
};

/// Why a child got no place.
enum class NietGeplaatstReden {
  kGeenSchool,              // no allowed school at all
  kScholenVol,              // every allowed school is full
  kGeenPlaatsVoorBehoefte,  // every allowed school is out of places for the child's need
  kEscalerenGoedkoper,      // a school had room, but leaving unplaced cost no more
};

/// The JSON spelling of a reason (`geen-school`, `scholen-vol`, ...).
std::string_view RedenCode(NietGeplaatstReden reden);

/// A Dutch sentence explaining a reason.
std::string_view RedenTekst(NietGeplaatstReden reden);

/// One unplaced child with the reason.
struct NietGeplaatst {
  int kind = 0;
  NietGeplaatstReden reden = NietGeplaatstReden::kGeenSchool;
};

/// The result: per child the school index or -1, the total cost (placement costs plus the
/// unplaced costs), and the unplaced children in input order.
struct PlaatsingsUitkomst {
  std::vector<int> school_van;
  int64_t totale_kosten = 0;
  std::vector<NietGeplaatst> niet_geplaatst;
};

/// Solves the problem exactly: minimum total cost; among equal-cost answers the one with the
/// most children placed; a remaining tie is settled by the solver's fixed pivoting order on
/// the input order, so the same input gives the same answer on every machine. Fails
/// (kInvalid, naming the field) on negative costs or capacities, indices out of range,
/// duplicate pairs, or costs so large that int64 could overflow.
domain::Result<PlaatsingsUitkomst> Plaats(const PlaatsingsProbleem& probleem);

}  // namespace passend::engine
