#pragma once
// The school finder and the suggestions for one child (issue 5 items 2 and 4): which school
// locations offer every need asked at the level asked, nearest first; for a child also with
// room, ranked by distance and fit, each with its reasons, and the nearer locations left out
// with theirs. Distances come from an Afstandsbron: straight-line now, road distance later.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/geo.h"
#include "domain/ondersteuningsprofiel.h"
#include "domain/registry.h"

namespace passend::engine {

/// Where distances come from (a port: a road-distance service can replace the straight line).
class Afstandsbron {
 public:
  virtual ~Afstandsbron() = default;
  /// Metres from `van` to each of `naar`, in order; nullopt where no route is known.
  virtual std::vector<std::optional<int64_t>> Meters(
      domain::Coordinates van, std::span<const domain::Coordinates> naar) const = 0;
  /// How the distance is measured, for the reader (`hemelsbreed`, `over de weg`).
  virtual std::string_view Soort() const = 0;
};

/// Straight-line distance (domain::DistanceKm, haversine) rounded to whole metres.
class HemelsbredeAfstand final : public Afstandsbron {
 public:
  std::vector<std::optional<int64_t>> Meters(
      domain::Coordinates van, std::span<const domain::Coordinates> naar) const override;
  std::string_view Soort() const override { return "hemelsbreed"; }
};

/// A school location with its current profile (if any) and the places taken per need.
struct SchoolKandidaat {
  domain::School school;
  std::optional<domain::Ondersteuningsprofiel> profiel;  // none: basis for every need
  domain::Bezetting bezetting;
};

/// One location the finder returns.
struct Treffer {
  size_t kandidaat = 0;          // index into the candidates
  std::optional<int64_t> meter;  // distance from the point asked, when one was given
  domain::Toetsing toetsing;     // what it offers of the needs asked
};

/// The public finder: locations whose profile offers every need of `vragen` at the level asked
/// (places are shown, not required), within `max_meter` of `van` when given; nearest first
/// (then by code), or by code without a point.
std::vector<Treffer> ZoekScholen(std::span<const SchoolKandidaat> kandidaten,
                                 const std::vector<domain::Vraag>& vragen,
                                 std::optional<domain::Coordinates> van,
                                 std::optional<int64_t> max_meter, const Afstandsbron& afstand);

/// Parameters of the suggestions (config/ondersteuning.json, `suggesties`).
struct SuggestieParameters {
  int64_t max_meter = 25'000;       // locations further away are not considered
  int64_t overschot_meter = 5'000;  // per level offered above the need: thuisnabij and
                                    // regular first (domain.md §3.2)
  size_t max_suggesties = 10;
  size_t max_afgevallen = 10;
};

/// A suggested location with its reasons.
struct Suggestie {
  size_t kandidaat = 0;
  int64_t meter = 0;
  int64_t score = 0;  // meter + overschot × overschot_meter; lower is better
  domain::Toetsing toetsing;
};

/// A location nearer than the last suggestion that was left out, with why.
struct Afgevallen {
  size_t kandidaat = 0;
  int64_t meter = 0;
  std::vector<domain::Tekort> tekorten;
};

/// The suggestions for one child.
struct Suggesties {
  std::vector<Suggestie> suggesties;   // best first
  std::vector<Afgevallen> afgevallen;  // nearest first
  size_t binnen_bereik = 0;            // locations within max_meter
};

/// Locations within reach of `thuis` that meet every need of `vragen` at the level needed with
/// a place left, ranked by score (distance plus the over-provision penalty; ties by distance,
/// then code); and the locations nearer than the farthest suggestion (all within reach when
/// there is none) that fall short, with their shortages. Pure and deterministic.
Suggesties StelVoor(std::span<const SchoolKandidaat> kandidaten,
                    const std::vector<domain::Vraag>& vragen, domain::Coordinates thuis,
                    const Afstandsbron& afstand, const SuggestieParameters& parameters);

}  // namespace passend::engine
