#pragma once
// JSON of the arrangementen catalogue, the assignments (toekenningen) and the amounts per
// school (API Design Rules: camelCase Dutch fields, amounts as integer euro cents, HAL links),
// the request bodies of their routes, and their OpenAPI schemas (issue 7 item 1;
// docs/arrangementen.md).

#include <nlohmann/json.hpp>

#include "app/arrangement_service.h"
#include "domain/error.h"

namespace passend::web {

/// Reads `POST /api/v1/arrangementen`: `soort`, `naam`, `omschrijving`, `tarief`, `bedrag`
/// (integer cents); errors name the field (400).
domain::Result<domain::Arrangement> ParseNieuwArrangement(const nlohmann::json& body);
/// Reads `POST /api/v1/arrangementen/{id}/wijzigingen`: any of `naam`, `omschrijving`,
/// `tarief`, `bedrag`, `actief`, at least one.
domain::Result<app::ArrangementWijziging> ParseArrangementWijziging(const nlohmann::json& body);
/// Reads `POST /api/v1/arrangement-toekenningen`: `arrangement`, `leerling`, `school`, `van`,
/// `tot`, optional `bedrag` (integer cents).
domain::Result<app::NieuweToekenning> ParseNieuweToekenning(const nlohmann::json& body);
/// Reads `POST .../beeindigingen`: `reden`, optional `op` (else `vandaag`).
domain::Result<domain::ToekenningEinde> ParseToekenningEinde(const nlohmann::json& body,
                                                             domain::Date vandaag);

/// A catalogue entry with its links.
nlohmann::json ToJson(const domain::Arrangement& arrangement);
/// An assignment with its names, end and links.
nlohmann::json ToJson(const app::ToekenningOverzicht& toekenning);
/// The amounts per school of an SWV over a period.
nlohmann::json ToJson(const app::ArrangementBedragen& bedragen);

/// Adds the arrangementen schemas to the OpenAPI components.
void AddArrangementSchemas(nlohmann::json& schemas);

}  // namespace passend::web
