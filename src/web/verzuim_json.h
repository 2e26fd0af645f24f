#pragma once
// JSON of absence cases (verzuimmeldingen) and thuiszitters (API Design Rules: camelCase
// Dutch fields, HAL links), and the request bodies of their routes.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/verzuim_service.h"
#include "domain/error.h"

namespace passend::web {

/// Reads `POST /api/v1/verzuimmeldingen`: `leerling` (id), `type`, `startdatum`, optional
/// `school` and (exemption 5 onder a) `artsverklaring`; errors name the field (400).
domain::Result<app::NieuweVerzuimmelding> ParseNieuweVerzuimmelding(const nlohmann::json& body);
/// Reads an end: `einddatum`, `reden`, optional `toelichting`.
domain::Result<app::VerzuimEinde> ParseVerzuimEinde(const nlohmann::json& body);
/// Reads a fitting offer: `datum`, `omschrijving`.
domain::Result<domain::PassendAanbod> ParsePassendAanbod(const nlohmann::json& body);

/// An escalation to the doorbraakaanpak: `reden`.
struct DoorbraakVerzoek {
  std::string reden;
};
/// Reads `POST .../doorbraken`: `reden`.
domain::Result<DoorbraakVerzoek> ParseDoorbraakVerzoek(const nlohmann::json& body);

/// The decision on an escalation: `besluit`, `beslotenDoor`, optional `datum` (today).
struct DoorbraakBesluit {
  std::optional<domain::Date> datum;
  std::string besluit;
  std::string besloten_door;
};
/// Reads `POST .../doorbraken/{volgnummer}/besluit`.
domain::Result<DoorbraakBesluit> ParseDoorbraakBesluit(const nlohmann::json& body);

/// An SWV's advice before an exemption 5 onder a: `leerling`, `advies`, optional `datum`.
struct AdviesVerzoek {
  domain::LeerlingId leerling;
  std::string advies;
  std::optional<domain::Date> datum;
};
/// Reads `POST /api/v1/vrijstellingsadviezen`.
domain::Result<AdviesVerzoek> ParseAdviesVerzoek(const nlohmann::json& body);
/// An advice as the API returns it.
nlohmann::json ToJson(const domain::Vrijstellingsadvies& advies);

/// A case with its status today (days at home, triggers, signals) and links.
nlohmann::json ToJson(const app::VerzuimInzicht& inzicht);
/// The counts of TelThuiszitters (sick children and exemptions beside, never in).
nlohmann::json ToJson(const domain::Thuiszittertelling& telling);
/// The thuiszitters of one SWV with the counts.
nlohmann::json ToJson(const app::ThuiszittersOverzicht& overzicht);

}  // namespace passend::web
