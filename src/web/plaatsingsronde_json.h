#pragma once
// JSON of the placement round (issue 5 item 5; docs/placement.md): the request bodies (a new
// round, a change of one line, a closing), the round with its lines and the SWV's list, and
// their OpenAPI schemas.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/plaatsingsronde_service.h"

namespace passend::web {

/// Parses `{"soort", "seed"?, "maxAfstandKm"?, "tekortBoete"?, "nietGeplaatstKosten"?}`;
/// kInvalid naming the field (`seed` is 0 .. 2^53 − 1 so every JSON client reads it back).
domain::Result<app::NieuweRonde> ParseNieuweRonde(const nlohmann::json& body);
/// Parses `{"aanmelding", "school" (a location code, or null to escalate), "reden"}`.
domain::Result<app::RondeWijziging> ParseRondeWijziging(const nlohmann::json& body);
/// Parses `{"toelichting"?}` of a confirmation or a discard.
domain::Result<std::string> ParseAfsluiting(const nlohmann::json& body);

/// A round with its parameters, counts and lines (names from `overzicht`).
nlohmann::json ToJson(const app::RondeOverzicht& overzicht);
/// One line as stored (after an edit: with its warnings), without names.
nlohmann::json ToJson(const domain::RondeRegel& regel);
/// The SWV's rounds, newest first, with counts and no lines.
nlohmann::json ToJson(const std::vector<app::RondeSamenvatting>& lijst);

/// `/api/v1/samenwerkingsverbanden/{swv}/plaatsingsrondes/{id}`.
std::string RondeHref(const std::string& swv, int64_t id);

/// The OpenAPI schemas (NieuwePlaatsingsronde, Plaatsingsronde, PlaatsingsrondeLijst,
/// PlaatsingsvoorstelWijziging, PlaatsingsrondeRegel, PlaatsingsrondeAfsluiting).
void AddPlaatsingsrondeSchemas(nlohmann::json& schemas);

}  // namespace passend::web
