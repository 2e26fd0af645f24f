#pragma once
// One JSON form of an SWV's verzuim settings (domain::VerzuimInstellingen), shared by the API
// (field `verzuim` of SwvInstellingen) and the store (column swv_instellingen.verzuim), so the
// two cannot drift apart.

#include <nlohmann/json.hpp>

#include "domain/error.h"
#include "domain/verzuim_instellingen.h"

namespace passend::app {

/// `{"vakantieregio": "noord"|null, "doorzettingsmacht": {"houder", "naam"},
/// "adviesVoorVrijstelling": bool, "tussendoelen": {"basisdatum", "basiswaarde", "doeljaar",
/// "doelwaarde", "stappen"}|null}`.
nlohmann::json VerzuimInstellingenJson(const domain::VerzuimInstellingen& instellingen);

/// Parses VerzuimInstellingenJson's form; absent members keep their defaults. kInvalid errors
/// name the field with the prefix `verzuim.` (e.g. `verzuim.tussendoelen.doeljaar`). Does not
/// validate the content (domain::Valideer does).
domain::Result<domain::VerzuimInstellingen> ParseVerzuimInstellingen(const nlohmann::json& body);

}  // namespace passend::app
