#pragma once
// Use cases of the support needs and school support profiles (issue 5 items 1, 2 and 4;
// domain.md §3.2; docs/placement.md): the taxonomy, a location's profile (public) and its new
// versions (the school itself; one transaction with its event), the public school finder, and
// the suggestions of fitting schools for one child (in scope; audited before they leave).

#include <optional>
#include <string>
#include <vector>

#include "app/ondersteuning_config.h"
#include "app/paging.h"
#include "app/permission.h"
#include "app/ports.h"
#include "app/ports_auth.h"
#include "app/ports_ondersteuning.h"
#include "app/principal.h"
#include "engine/passende_scholen.h"

namespace passend::app {

/// A location's profile as the public reads it.
struct ProfielInzicht {
  SchoolOverzicht school;
  std::optional<domain::Ondersteuningsprofiel> profiel;  // none: never recorded (basis)
  std::vector<ProfielVersie> versies;                    // newest first
};

/// A new version as the school submits it (school, version and dates are the service's).
struct NieuwProfiel {
  std::optional<domain::Date> mr_advies_op;
  std::string toelichting;
  std::vector<domain::ProfielRegel> regels;
};

/// The finder's question.
struct ScholenZoekvraag {
  std::vector<domain::Vraag> vragen;  // every need at least at its level
  std::optional<std::string> nabij;   // a postcode (`1234 AB`) or its four digits
  std::optional<int> max_km;          // only with `nabij`
  std::optional<domain::SchoolSoort> soort;
  std::optional<domain::SwvCode> swv;
  PageRequest page;
};

/// One location the finder returns.
struct ScholenTreffer {
  domain::School school;
  std::optional<int64_t> meter;
  std::optional<domain::Ondersteuningsprofiel> profiel;
  domain::Toetsing toetsing;
};

/// The finder's answer: the point the distances are from (when `nabij` was given) and a page.
struct ScholenZoekresultaat {
  std::optional<PostcodePunt> nabij;
  std::string afstand_soort;  // `hemelsbreed`
  Page<ScholenTreffer> treffers;
};

/// Where the child's needs came from.
enum class BehoefteBron { kGevraagd, kAanmelding, kGeen };

/// A suggested or left-out location with its school.
struct SchoolSuggestie {
  domain::School school;
  engine::Suggestie suggestie;
};
struct SchoolAfgevallen {
  domain::School school;
  engine::Afgevallen afgevallen;
};

/// The suggestions for one child.
struct PassendeScholen {
  domain::LeerlingId leerling;
  std::string leerling_naam;
  std::vector<domain::Vraag> behoeften;
  BehoefteBron bron = BehoefteBron::kGeen;
  std::optional<int64_t> aanmelding;  // the registration the needs came from
  std::string afstand_soort;
  int64_t max_meter = 0;
  size_t binnen_bereik = 0;
  std::vector<SchoolSuggestie> suggesties;
  std::vector<SchoolAfgevallen> afgevallen;
};

/// Profiles, the finder and the suggestions.
class OndersteuningService {
 public:
  OndersteuningService(UnitOfWork& work, OndersteuningsprofielQueries& profielen,
                       RegistryQueries& registry, LeerlingQueries& leerlingen, const Clock& clock,
                       const engine::Afstandsbron& afstand, OndersteuningConfig config)
      : work_(work),
        profielen_(profielen),
        registry_(registry),
        leerlingen_(leerlingen),
        clock_(clock),
        afstand_(afstand),
        config_(std::move(config)) {}

  /// The taxonomy in force (public).
  const domain::Ondersteuningstaxonomie& Taxonomie() const { return config_.taxonomie; }
  /// The suggestion parameters in force.
  const engine::SuggestieParameters& Parameters() const { return config_.suggesties; }

  /// A location's profile, version `versie` or the current one (public); kNotFound for an
  /// unknown location or version.
  domain::Result<ProfielInzicht> Profiel(const domain::Vestigingscode& school,
                                         std::optional<int> versie);
  /// Records a new version of the principal's own location's profile (kProfielBeheren; another
  /// location is kForbidden), validated against the taxonomy (kInvalid naming the field), with
  /// its event `ondersteuningsprofiel/{locatie}` in the same transaction.
  domain::Result<ProfielInzicht> LegVast(const Principal& principal, const std::string& client,
                                         const domain::Vestigingscode& school, NieuwProfiel nieuw);
  /// The public finder: locations offering every need asked, nearest first from `nabij`
  /// (kInvalid naming `nabij` for a postcode the registry does not know).
  domain::Result<ScholenZoekresultaat> Zoek(const ScholenZoekvraag& vraag);
  /// The suggestions for `leerling` (kPassendeScholenLezen; kNotFound outside the scope: the
  /// school of the student or of its latest registration, its SWV, its parent) with `vragen`,
  /// or the needs of its latest registration at level `extra`; audited before they leave.
  domain::Result<PassendeScholen> VoorLeerling(const Principal& principal,
                                               const std::string& client,
                                               domain::LeerlingId leerling,
                                               std::optional<std::vector<domain::Vraag>> vragen);

  /// Today's date by the service's clock (UTC).
  domain::Date Vandaag() const;

 private:
  UnitOfWork& work_;
  OndersteuningsprofielQueries& profielen_;
  RegistryQueries& registry_;
  LeerlingQueries& leerlingen_;
  const Clock& clock_;
  const engine::Afstandsbron& afstand_;
  OndersteuningConfig config_;
};

/// `gevraagd`, `aanmelding`, `geen` (API spelling).
std::string_view BehoefteBronCode(BehoefteBron bron);

/// Parses a finder's `nabij`: `1234 AB`, `1234AB` or `1234`; the four digits, or kInvalid
/// naming `nabij`.
domain::Result<int> PostcodeCijfers(std::string_view text);

}  // namespace passend::app
