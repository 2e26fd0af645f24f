#pragma once
// JSON of ontwikkelingsperspectiefplannen (API Design Rules: camelCase Dutch fields, HAL links),
// the request bodies of their routes, and their OpenAPI schemas (issue 7; docs/opp.md).

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/opp_service.h"
#include "domain/error.h"

namespace passend::web {

/// Reads a version's content: `uitstroombestemming`, `uitstroomprofiel` (vso), the factors,
/// `ondersteuning`, `afwijkingen`, `doelen` (texts) and `hoorrecht`; errors name the field.
domain::Result<domain::OppInhoud> ParseOppInhoud(const nlohmann::json& body);
/// Reads `POST /api/v1/opps`: `leerling`, optional `plaatsingsdatum` and `inhoud`.
domain::Result<app::NieuwOpp> ParseNieuwOpp(const nlohmann::json& body);

/// A consent step as the API receives it: the parents' `besluit` (none: the school asks).
struct OppInstemmingVerzoek {
  std::optional<domain::Instemming> besluit;
  std::string toelichting;
};
/// Reads `POST .../instemmingen`: optional `besluit` (`gegeven` or `geweigerd`), `toelichting`.
domain::Result<OppInstemmingVerzoek> ParseOppInstemming(const nlohmann::json& body);
/// Reads `POST .../evaluaties`: `metWie`, `conclusie`, optional `datum` (else `vandaag`).
domain::Result<domain::OppEvaluatie> ParseOppEvaluatie(const nlohmann::json& body,
                                                       domain::Date vandaag);

/// A plan with its stand, signals, versions (with consent), evaluations and links.
nlohmann::json ToJson(const app::OppInzicht& inzicht);

/// A plan as a list shows it (PageToJson finds its ToJson by argument-dependent lookup).
struct OppInLijst {
  const app::OppInzicht* inzicht = nullptr;
};
/// A plan's stand, signals and links, without versions and evaluations.
nlohmann::json ToJson(const OppInLijst& item);

/// Adds the OPP schemas (plans, bodies, list) to the OpenAPI components.
void AddOppSchemas(nlohmann::json& schemas);

}  // namespace passend::web
