#pragma once
// JSON of absence cases (verzuimmeldingen) and thuiszitters (API Design Rules: camelCase
// Dutch fields, HAL links), and the request bodies of their routes.

#include <nlohmann/json.hpp>

#include "app/verzuim_service.h"
#include "domain/error.h"

namespace passend::web {

/// Reads `POST /api/v1/verzuimmeldingen`: `leerling` (id), `type`, `startdatum`, optional
/// `school`; errors name the field (400).
domain::Result<app::NieuweVerzuimmelding> ParseNieuweVerzuimmelding(const nlohmann::json& body);
/// Reads an end: `einddatum`, `reden`, optional `toelichting`.
domain::Result<app::VerzuimEinde> ParseVerzuimEinde(const nlohmann::json& body);
/// Reads a fitting offer: `datum`, `omschrijving`.
domain::Result<domain::PassendAanbod> ParsePassendAanbod(const nlohmann::json& body);

/// A case with its status today (days at home, triggers, signals) and links.
nlohmann::json ToJson(const app::VerzuimInzicht& inzicht);
/// The counts of TelThuiszitters (sick children and exemptions beside, never in).
nlohmann::json ToJson(const domain::Thuiszittertelling& telling);
/// The thuiszitters of one SWV with the counts.
nlohmann::json ToJson(const app::ThuiszittersOverzicht& overzicht);

}  // namespace passend::web
