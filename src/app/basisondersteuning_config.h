#pragma once
// The national default of the basisondersteuning norm from configuration
// (config/basisondersteuning.json; issue 5 item 3), and the one JSON reading of a norm that the
// configuration and the API's new SWV versions share. Strict: unknown keys are errors.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "domain/basisondersteuning.h"
#include "domain/error.h"

namespace passend::app {

/// Where the national default is read from (relative to the working directory, next to
/// config/ondersteuning.json).
inline constexpr char kBasisondersteuningBestand[] = "config/basisondersteuning.json";

/// Which keys a norm's JSON may carry: the configuration names its version (`versie`), an
/// SWV's new version gets its number when stored and may carry a free `label`; an SWV version
/// without `aspecten` keeps those of `standaard_aspecten`.
enum class NormBron { kConfiguratie, kSwv };

/// Reads a norm from `root`: `titel`, `geldigVanaf`, `toelichting`, `aspecten` (code, naam,
/// omschrijving), `elementen` (code, aspect, titel, omschrijving) and `versie` or `label` per
/// `bron`; keys starting with `_` are comments. kInvalid naming the key (`elementen[2].titel`)
/// for an unknown key, a wrong type, or a norm domain::Valideer refuses.
domain::Result<domain::Basisondersteuningsnorm> NormUitJson(
    const nlohmann::json& root, NormBron bron,
    const std::vector<domain::NormAspect>& standaard_aspecten = {});

/// Parses the configuration file's text (NormUitJson with kConfiguratie).
domain::Result<domain::Basisondersteuningsnorm> ParseBasisondersteuningConfig(
    std::string_view json_text);

/// Reads `pad`; a missing file gives domain::StandaardNorm, a malformed one an error naming the
/// file.
domain::Result<domain::Basisondersteuningsnorm> LeesBasisondersteuningConfig(
    const std::string& pad);

}  // namespace passend::app
