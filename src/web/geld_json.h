#pragma once
// JSON for the money part (issue 8; docs/geld.md): income with its lines, year accounts with
// the Inspectie's reading, the national overview. Amounts are integer euro cents (`...Cent`
// is implied by the schema's description); shares are integer basis points with a Dutch text.

#include <nlohmann/json.hpp>

#include "app/geld_service.h"

namespace passend::web {

/// The income of one SWV and school year with every line's inputs and formula.
nlohmann::json ToJson(const app::BatenOverzicht& baten);
/// One year's accounts with signaleringswaarde, the reserve above it and the two shares.
nlohmann::json ToJson(const app::JaarrekeningInzicht& inzicht);
/// The national overview of one year (aggregates only).
nlohmann::json ToJson(const app::LandelijkGeldOverzicht& overzicht);
/// A share in basis points as Dutch text (`12,00 %`).
std::string ProcentTekst(int64_t basispunten);
/// Reads `jaar`, `batenTotaal`, `lastenTotaal`, `eigenVermogen`, `organisatiekosten` (whole
/// cents; kInvalid naming the field when missing or not a whole number).
domain::Result<domain::Jaarrekening> ParseJaarrekening(const nlohmann::json& body);
/// The OpenAPI schemas of these bodies.
void AddGeldSchemas(nlohmann::json& schemas);

}  // namespace passend::web
