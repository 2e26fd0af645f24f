#pragma once
// The dekkend aanbod of an SWV's region (issue 5 item 7; domain.md §3.2; docs/placement.md
// "Dekkend aanbod"): per need × level × municipality the demand, the places of the locations
// there that offer at least that level, the places within the level's distance, the distance
// from the municipality to the nearest provider, and the gaps: no provider within the distance
// of that level, or more demand than places within that distance. Pure: no I/O; distances come
// from an Afstandsbron.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/geo.h"
#include "domain/ondersteuningsprofiel.h"
#include "engine/passende_scholen.h"

namespace passend::engine {

/// The parameters (config/ondersteuning.json, `dekkendAanbod`): per level the farthest a
/// provider may be from a municipality; a level without one is not checked.
struct DekkendAanbodParameters {
  std::array<std::optional<int64_t>, 3> max_meter{std::nullopt, int64_t{20'000},
                                                  int64_t{40'000}};  // by level: basis..
  /// The distance for `niveau`, or none when the level is not checked.
  std::optional<int64_t> MaxMeter(domain::Ondersteuningsniveau niveau) const {
    return max_meter[static_cast<size_t>(niveau)];
  }
};

/// A municipality of the region with the point distances are measured from (none: unknown).
struct DekkingGemeente {
  std::string code;
  std::string naam;
  std::optional<domain::Coordinates> punt;
};

/// One child's demand: its home municipality and the needs it has at `niveau`.
struct DekkingVraag {
  std::string gemeente;
  std::vector<std::string> behoeften;
  domain::Ondersteuningsniveau niveau = domain::Ondersteuningsniveau::kExtra;
};

/// The kinds of gap.
struct Tekorten {
  bool geen_aanbieder_binnen_afstand = false;  // nearest provider beyond the level's distance
  bool vraag_boven_plaatsen = false;           // more children than places within reach
  bool Any() const { return geen_aanbieder_binnen_afstand || vraag_boven_plaatsen; }
};

/// One need × level × municipality.
struct DekkingRegel {
  std::string behoefte;
  domain::Ondersteuningsniveau niveau = domain::Ondersteuningsniveau::kExtra;
  size_t gemeente = 0;              // index into the municipalities
  int64_t vraag = 0;                // children in the municipality with the need at this level
  size_t aanbieders = 0;            // locations in the municipality offering ≥ niveau
  std::optional<int64_t> plaatsen;  // their limited places summed; none: unlimited
  std::optional<int64_t> vrij;      // places left after the bezetting; none: unlimited
  std::optional<int64_t> plaatsen_binnen_bereik;  // of the providers within max_meter (any
                                                  // municipality); none: unlimited
  std::optional<int64_t> dichtstbij_meter;        // to the nearest provider anywhere
  std::optional<size_t> dichtstbij;               // index into the candidates
  std::optional<int64_t> max_meter;               // the level's distance
  Tekorten tekorten;
};

/// The whole picture.
struct DekkendAanbod {
  std::vector<DekkingRegel> regels;  // by need (taxonomy order), level, municipality order
  int64_t tekorten_afstand = 0;      // rows with geen_aanbieder_binnen_afstand
  int64_t tekorten_plaatsen = 0;     // rows with vraag_boven_plaatsen
  int64_t tekorten_met_vraag = 0;    // rows with any gap and demand above 0
};

/// Computes the rows for every need of `behoeften` × every level `parameters` checks ×
/// every municipality. Providers of a need at a level are the candidates whose profile offers
/// it at that level or higher (no profile: basis); `plaatsen` count the providers located in
/// the municipality, `plaatsen_binnen_bereik` those within the level's distance of its point
/// (without a point: the municipality's own); one provider without a limit makes either
/// unlimited. The nearest provider is searched among all candidates. The demand is compared
/// with the places within reach: children cross a municipal border to a school nearby
/// (thuisnabij is the distance, not the border). Deterministic.
DekkendAanbod BerekenDekkendAanbod(std::span<const std::string> behoeften,
                                   std::span<const DekkingGemeente> gemeenten,
                                   std::span<const DekkingVraag> vragen,
                                   std::span<const SchoolKandidaat> kandidaten,
                                   const Afstandsbron& afstand,
                                   const DekkendAanbodParameters& parameters);

/// Recounts the summary of `aanbod` from its rows (after a filter removed some).
void TelTekorten(DekkendAanbod& aanbod);

}  // namespace passend::engine
