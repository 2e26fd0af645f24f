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
/// One allocation record.
nlohmann::json ToJson(const app::ToewijzingRecord& record);
/// An SWV's allocations of one school year with totals per school and purpose and the spending
/// per calendar year (5/12–7/12).
nlohmann::json ToJson(const app::ToewijzingenOverzicht& overzicht);
/// What one school receives from its SWV, per purpose, this school year and the one before.
nlohmann::json ToJson(const app::Ondersteuningsgeld& geld);
/// Reads `school`, `schooljaar` (2025-2026), `doel`, `bedrag` (whole cents, not 0) and
/// `omschrijving` (kInvalid naming the field when missing or malformed).
domain::Result<domain::Toewijzing> ParseToewijzing(const nlohmann::json& body);
/// The OpenAPI schemas of these bodies.
void AddGeldSchemas(nlohmann::json& schemas);

}  // namespace passend::web
