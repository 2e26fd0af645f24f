#pragma once
// JSON of the taxonomy, the school support profiles, the finder and the suggestions (issue 5
// items 1, 2 and 4), and the profile a school submits.

#include <nlohmann/json.hpp>
#include <string>

#include "app/ondersteuning_service.h"

namespace passend::web {

/// The taxonomy: version, valid-from date, levels and needs.
nlohmann::json ToJson(const domain::Ondersteuningstaxonomie& taxonomie);
/// A location's profile (or `profiel: null` when none was recorded) with its versions.
nlohmann::json ToJson(const app::ProfielInzicht& inzicht);
/// A finder result: the location, its distance and what it offers of the needs asked.
nlohmann::json ToJson(const app::ScholenTreffer& treffer);
/// The suggestions for one child, each with its reasons, and the nearer locations left out.
nlohmann::json ToJson(const app::PassendeScholen& scholen,
                      const domain::Ondersteuningstaxonomie& taxonomie);

/// Parses a submitted profile: `mrAdviesOp` (date, optional), `toelichting` (optional) and
/// `regels` (list of `behoefte`, `niveau`, optional `plaatsen`, `omschrijving`,
/// `onderbouwing`); kInvalid naming the field (`regels[0].niveau`).
domain::Result<app::NieuwProfiel> ParseNieuwProfiel(const nlohmann::json& body);

/// The OpenAPI schemas of these bodies (Ondersteuningstaxonomie, OndersteuningsprofielInzicht,
/// NieuwOndersteuningsprofiel, PassendeScholen).
void AddOndersteuningSchemas(nlohmann::json& schemas);

/// Metres as kilometres with one decimal, for people (3.4).
double AfstandKm(int64_t meter);
/// Metres as Dutch text for pages (`3,4 km`).
std::string KmTekst(int64_t meter);

}  // namespace passend::web
