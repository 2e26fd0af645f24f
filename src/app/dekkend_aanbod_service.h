#pragma once
// The dekkend aanbod of an SWV's region (issue 5 item 7; domain.md §3.2; docs/placement.md
// "Dekkend aanbod"): the SWV's staff read their own region in full (audited: the demand comes
// from the children's registrations); national roles read any region with the demand's small
// counts suppressed (domain/suppression.h). The computation is engine::BerekenDekkendAanbod.

#include <optional>
#include <string>
#include <vector>

#include "app/ondersteuning_config.h"
#include "app/ports.h"
#include "app/ports_dekkend_aanbod.h"
#include "app/ports_ondersteuning.h"
#include "app/principal.h"
#include "engine/dekkend_aanbod.h"

namespace passend::app {

/// The filters of the question (all optional).
struct DekkendAanbodFilter {
  std::optional<std::string> behoefte;                 // a need of the taxonomy
  std::optional<domain::Ondersteuningsniveau> niveau;  // one checked level
  std::optional<std::string> gemeente;                 // a municipality code (`GM0344`)
  bool alleen_tekorten = false;                        // only rows with a gap
};

/// The answer: the region, its municipalities and locations, and the rows that pass the filter
/// with the gaps counted over those rows.
struct DekkendAanbodRapport {
  domain::Samenwerkingsverband swv;
  domain::Date peildatum{};
  std::string afstand_soort;  // `hemelsbreed`
  bool onderdrukt = false;    // national role: demand counts 1..4 are shown as `<5`
  engine::DekkendAanbodParameters parameters;
  std::vector<RegioGemeente> gemeenten;           // engine rows index into these
  std::vector<engine::SchoolKandidaat> locaties;  // the providers considered
  int64_t leerlingen_met_vraag = 0;               // children counted in the demand
  engine::DekkendAanbod aanbod;
};

/// Reads the dekkend aanbod.
class DekkendAanbodService {
 public:
  DekkendAanbodService(UnitOfWork& work, OndersteuningsprofielQueries& profielen,
                       DekkendAanbodQueries& queries, RegistryQueries& registry, const Clock& clock,
                       const engine::Afstandsbron& afstand, OndersteuningConfig config)
      : work_(work),
        profielen_(profielen),
        queries_(queries),
        registry_(registry),
        clock_(clock),
        afstand_(afstand),
        config_(std::move(config)) {}

  /// The taxonomy in force (for the page's filters).
  const domain::Ondersteuningstaxonomie& Taxonomie() const { return config_.taxonomie; }
  /// The checked levels and their distances.
  const engine::DekkendAanbodParameters& Parameters() const { return config_.dekkend_aanbod; }

  /// The dekkend aanbod of SWV `code` (kDekkendAanbodLezen; SWV staff only their own region,
  /// another or unknown SWV kNotFound; a filter with an unknown need, an unchecked level or a
  /// municipality outside the region kInvalid naming `behoefte`, `niveau` or `gemeente`).
  /// SWV reads are audited per child counted (`in telling`) before the answer leaves.
  domain::Result<DekkendAanbodRapport> Lees(const Principal& principal, const std::string& client,
                                            const std::string& code,
                                            const DekkendAanbodFilter& filter);

 private:
  UnitOfWork& work_;
  OndersteuningsprofielQueries& profielen_;
  DekkendAanbodQueries& queries_;
  RegistryQueries& registry_;
  const Clock& clock_;
  const engine::Afstandsbron& afstand_;
  OndersteuningConfig config_;
};

/// The level a child's demand is counted at: `specialistisch` when its latest registration is
/// with a special school (sbo, so, vso), else `extra` (a registration names needs, not levels;
/// basis is what every school offers). `soort` in the database spelling.
domain::Ondersteuningsniveau VraagNiveau(std::string_view soort);

}  // namespace passend::app
