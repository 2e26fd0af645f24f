#pragma once
// JSON of the basisondersteuning (issue 5 item 3): the norm, a location's account, the SWV's
// overview, the request bodies, and their OpenAPI schemas.

#include <nlohmann/json.hpp>

#include "app/basisondersteuning_service.h"

namespace passend::web {

/// One norm version: key, title, dates, aspects and elements.
nlohmann::json ToJson(const domain::Basisondersteuningsnorm& norm);
/// A region's norm with its own versions (newest first).
nlohmann::json ToJson(const app::NormInzicht& inzicht);
/// A location's account with the norm in force for it and its versions; without the account
/// holders' names (public).
nlohmann::json ToJson(const app::InvullingInzicht& inzicht);
/// The SWV's overview: per element and per school the counts, per school per element the
/// standing.
nlohmann::json ToJson(const app::BasisoverzichtInzicht& overzicht);

/// A new account: `toelichting` and `elementen` [{element, hoe, bewijs, oordeel,
/// toelichting}]; kInvalid naming the field (`elementen[1].oordeel`).
domain::Result<app::NieuweInvulling> ParseNieuweInvulling(const nlohmann::json& body);

/// The overview as CSV rows (RFC 4180): one row per school and element.
std::string OverzichtCsv(const app::BasisoverzichtInzicht& overzicht);

/// Adds the schemas of these documents to `schemas` (openapi.cc).
void AddBasisondersteuningSchemas(nlohmann::json& schemas);

}  // namespace passend::web
