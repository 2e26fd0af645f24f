#pragma once
// JSON of TLV requests and the TLV register (API Design Rules: camelCase Dutch fields, HAL
// links), the request bodies of their routes, and their OpenAPI schemas (issue 7; docs/tlv.md).

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/tlv_service.h"
#include "domain/error.h"

namespace passend::web {

/// Reads `POST /api/v1/tlv-aanvragen`: `leerling` (id), `soort`, `ondersteuningsbehoefte`,
/// `alGedaan`, `zienswijzeOuders`, `hoorrecht` ({gehoord, zienswijze | reden}); errors name
/// the field (400).
domain::Result<app::NieuweTlvAanvraag> ParseNieuweTlvAanvraag(const nlohmann::json& body);
/// Reads an advice: `discipline`, `naam`, `advies`, optional `datum` (else `vandaag`).
domain::Result<domain::Deskundigenadvies> ParseTlvAdvies(const nlohmann::json& body,
                                                         domain::Date vandaag);
/// Reads a decision: `uitkomst` (toegekend | afgewezen), `categorie`, `ingangsdatum`,
/// `einddatum` or `heleLoopbaan`, `motivering`, optional `datum` (else `vandaag`).
domain::Result<domain::TlvBesluit> ParseTlvBesluit(const nlohmann::json& body,
                                                   domain::Date vandaag);

/// An objection as the API receives it: `gronden`, optional `datum`.
struct TlvBezwaarVerzoek {
  std::optional<domain::Date> datum;
  std::string gronden;
};
/// Reads `POST .../bezwaren`.
domain::Result<TlvBezwaarVerzoek> ParseTlvBezwaar(const nlohmann::json& body);
/// Reads `POST .../bezwaren/afronding`: `lbtAdviesOp`, `lbtAdvies`, `beslistOp` (else
/// `vandaag`), `gegrond`, `beslissing`.
domain::Result<app::TlvBezwaarAfronding> ParseTlvBezwaarAfronding(const nlohmann::json& body,
                                                                  domain::Date vandaag);

/// A request with its advices, status, terms, decision, objection and links.
nlohmann::json ToJson(const app::TlvInzicht& inzicht);
/// The register of one SWV on a peildatum.
nlohmann::json ToJson(const app::TlvRegister& reg);

/// Adds the TLV schemas (requests, bodies, register) to the OpenAPI components.
void AddTlvSchemas(nlohmann::json& schemas);

}  // namespace passend::web
