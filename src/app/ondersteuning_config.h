#pragma once
// The taxonomy of support needs and the suggestion parameters from configuration
// (config/ondersteuning.json; issue 5 items 1 and 4): versioned, never in code.

#include <string_view>

#include "domain/error.h"
#include "domain/ondersteuningsprofiel.h"
#include "engine/dekkend_aanbod.h"
#include "engine/passende_scholen.h"

namespace passend::app {

/// Where the taxonomy is read from (relative to the working directory, like
/// config/passend.json).
inline constexpr char kOndersteuningBestand[] = "config/ondersteuning.json";

/// The taxonomy in force and the parameters of the suggestions; the defaults equal the
/// committed config/ondersteuning.json (a test keeps them equal).
struct OndersteuningConfig {
  domain::Ondersteuningstaxonomie taxonomie = domain::StandaardTaxonomie();
  engine::SuggestieParameters suggesties;
  engine::DekkendAanbodParameters dekkend_aanbod;  // issue 5 item 7
};

/// Parses config/ondersteuning.json: `versie`, `geldigVanaf`, `niveaus` (code, naam,
/// omschrijving), `behoeften` (code, naam, omschrijving) and `suggesties` (maxAfstandKm,
/// overschotMeter, maxSuggesties, maxAfgevallen) and `dekkendAanbod` (`maxAfstandKm`: level
/// code → whole km 1..1000; only the levels listed are checked). Missing sections keep the
/// defaults; unknown keys and a taxonomy domain::Valideer refuses are errors naming the key.
domain::Result<OndersteuningConfig> ParseOndersteuningConfig(std::string_view json_text);

/// Reads `pad`; a missing file gives the defaults, a malformed one an error naming the file.
domain::Result<OndersteuningConfig> LeesOndersteuningConfig(const std::string& pad);

}  // namespace passend::app
