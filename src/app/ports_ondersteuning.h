#pragma once
// Ports for the school support profiles, the school finder and the suggestions (issue 5
// items 2 and 4; docs/placement.md). Also the read the later use cases build on (the
// basisondersteuning, the placement round and the dekkend aanbod): every current profile of a
// region with the places taken per need (Kandidaten with `swv`).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/codes.h"
#include "domain/geo.h"
#include "domain/ondersteuningsprofiel.h"
#include "domain/registry.h"
#include "engine/passende_scholen.h"

namespace passend::app {

/// One stored version of a profile, without its rules (the version list).
struct ProfielVersie {
  int versie = 0;
  domain::Date vastgesteld_op{};
  std::optional<domain::Date> mr_advies_op;
  std::string taxonomie_versie;
  std::string vastgesteld_door;
};

/// Which locations to load as candidates (all optional; together they narrow).
struct KandidaatFilter {
  std::optional<std::string> swv;             // the locations of one SWV's region
  std::optional<domain::SchoolSoort> soort;   // one kind of school
  std::optional<domain::Coordinates> midden;  // with straal_meter: a box around this point
  int64_t straal_meter = 0;                   //   (a superset of the circle; the engine cuts)
  bool met_bezetting = false;                 // count the places taken per need
};

/// Where a postcode lies: the mean position of the registry's locations in its area.
struct PostcodePunt {
  domain::Coordinates positie;
  std::string gebied;  // the area used: `1234` (PC4) or `123` (its first three digits)
  int64_t aantal = 0;  // locations averaged
};

/// The needs of a student's latest registration (the suggestions' default).
struct AanmeldingBehoeften {
  int64_t aanmelding = 0;
  std::string school;  // the location registered with (the school with zorgplicht)
  domain::Date aanmelddatum{};
  std::vector<std::string> behoeften;  // codes of domain::Ondersteuningsbehoefte
};

/// Reads of profiles and candidates; no personal data leaves except through use cases.
class OndersteuningsprofielQueries {
 public:
  virtual ~OndersteuningsprofielQueries() = default;
  /// Version `versie` (the current one when absent) of `school`'s profile, or none.
  virtual domain::Result<std::optional<domain::Ondersteuningsprofiel>> FindProfiel(
      const domain::Vestigingscode& school, std::optional<int> versie) = 0;
  /// Every version of `school`'s profile, newest first.
  virtual domain::Result<std::vector<ProfielVersie>> ProfielVersies(
      const domain::Vestigingscode& school) = 0;
  /// The locations matching `filter` with their current profile (none: basis everywhere) and,
  /// when asked, the places taken per need: students with an open enrolment there whose
  /// admitted registration at that location lists the need. Ordered by code.
  virtual domain::Result<std::vector<engine::SchoolKandidaat>> Kandidaten(
      const KandidaatFilter& filter) = 0;
  /// The position of a postcode area (`cijfers`, 1000..9999): the mean of the locations in its
  /// PC4 area, else in its first three digits; none when neither has a location.
  virtual domain::Result<std::optional<PostcodePunt>> PostcodePositie(int cijfers) = 0;
  /// The needs of `leerling`'s newest registration, or none without one.
  virtual domain::Result<std::optional<AanmeldingBehoeften>> LaatsteAanmeldingBehoeften(
      domain::LeerlingId leerling) = 0;
};

}  // namespace passend::app
