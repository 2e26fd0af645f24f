#pragma once
// JSON and CSV of the thuiszitters views (issue 6 item 5; docs/verzuim.md "Views"; API Design
// Rules: camelCase Dutch fields, HAL links) and their OpenAPI schemas.

#include <nlohmann/json.hpp>
#include <string>

#include "app/thuiszitters_overzicht_service.h"

namespace passend::web {

/// One current thuiszitter: `leerling` (id), `leerlingNaam`, `melding`, `type`, `startdatum`,
/// `dagenThuis`, `langerDanDrieMaanden`, `signalen`.
nlohmann::json ToJson(const app::ThuiszitterItem& item);
/// The overview of an SWV or a municipality, with its listed children.
nlohmann::json ToJson(const app::RegioOverzicht& overzicht);
/// The national aggregate: every count as domain::SuppressedCount text (`<5` for 1 to 4).
nlohmann::json ToJson(const app::LandelijkOverzicht& overzicht);
/// The monthly trend as RFC 4180 CSV with a header row and CRLF line ends:
/// `maand,peildag,thuiszitters,nieuw,langerDanDrieMaanden`.
std::string TrendCsv(const domain::ThuiszitterOverzicht& overzicht);
/// Adds the schemas of these routes to the OpenAPI document's `schemas`.
void AddThuiszitterSchemas(nlohmann::json& schemas);

}  // namespace passend::web
