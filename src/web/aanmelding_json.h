#pragma once
// JSON for registrations (aanmeldingen): request bodies in, resources and timelines out.
// Malformed input is kInvalid (400) naming the field in camelCase.

#include <nlohmann/json.hpp>
#include <vector>

#include "app/aanmelding_service.h"

namespace passend::web {

/// The body of `POST /api/v1/aanmeldingen`.
domain::Result<app::NieuweAanmelding> ParseNieuweAanmelding(const nlohmann::json& body);

/// The body of `POST /api/v1/aanmeldingen/{id}/verlengingen`: weeks and the reason.
struct VerlengingVerzoek {
  int weken = 0;
  std::string reden;
};
domain::Result<VerlengingVerzoek> ParseVerlenging(const nlohmann::json& body);

/// The body of `POST /api/v1/aanmeldingen/{id}/besluiten`; `datum` defaults to `vandaag`.
domain::Result<domain::Besluit> ParseBesluit(const nlohmann::json& body, domain::Date vandaag);

/// A registration with its status.
nlohmann::json ToJson(const app::AanmeldingInzicht& inzicht);

/// The timeline of registration `id`: its events, oldest first.
nlohmann::json TijdlijnToJson(int64_t id, const std::vector<app::Event>& events);

}  // namespace passend::web
