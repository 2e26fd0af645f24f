#pragma once
// JSON for disputes (geschillen) and the SWVs' settings: request bodies in, resources out.
// Malformed input is kInvalid (400) naming the field in camelCase.

#include <nlohmann/json.hpp>

#include "app/geschil_service.h"

namespace passend::web {

/// The body of `POST /api/v1/geschillen`.
domain::Result<app::NieuwGeschil> ParseNieuwGeschil(const nlohmann::json& body);
/// The body of `POST /api/v1/geschillen/{id}/stappen`; `start` defaults to `vandaag`.
domain::Result<app::NieuweStap> ParseNieuweStap(const nlohmann::json& body, domain::Date vandaag);
/// The body of `POST /api/v1/geschillen/{id}/stappen/{nr}/afronding`; `einde` defaults to
/// `vandaag`.
domain::Result<app::StapAfronding> ParseAfronding(const nlohmann::json& body, domain::Date vandaag);
/// A dispute with its steps, where it stands, the next rung and the steunpunt.
nlohmann::json ToJson(const app::GeschilInzicht& inzicht);

/// The body of `PUT /api/v1/samenwerkingsverbanden/{code}/instellingen`.
domain::Result<domain::SwvInstellingen> ParseSwvInstellingen(const nlohmann::json& body);
/// An SWV's settings.
nlohmann::json ToJson(const domain::SwvInstellingen& instellingen);

}  // namespace passend::web
