#pragma once
// JSON for registrations (aanmeldingen): request bodies in, resources and timelines out.
// Malformed input is kInvalid (400) naming the field in camelCase.
//
// The builders (Bouw...) turn the fields of a request, once the transport has checked their
// types, into the use case's input; the JSON parsers and the page forms share them, so that
// both apply the same rules with the same messages and field names.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/aanmelding_service.h"

namespace passend::web {

/// A child new to Passend, as text fields (a form's values, or a JSON body's).
struct NieuwKindInvoer {
  std::string voornamen;
  std::string tussenvoegsel;
  std::string achternaam;
  std::string geslacht;       // `M`, `V` or `X`
  std::string geboortedatum;  // JJJJ-MM-DD
  std::string bsn;
  std::string postcode;
  std::string huisnummer;
};

/// The fields of a new registration; `leerling` is unset, an existing id or a new child.
struct AanmeldingInvoer {
  std::string school;        // vestigingscode
  std::string aanmelddatum;  // JJJJ-MM-DD
  bool schriftelijk = true;
  bool eerste_keuze = true;
  bool vooraanmelding = false;
  std::string gewenste_startdatum;                   // JJJJ-MM-DD, empty for none
  std::vector<std::string> ondersteuningsbehoeften;  // OndersteuningsbehoefteCode spelling
  std::variant<std::monostate, int64_t, NieuwKindInvoer> leerling;
};

/// Builds the registration with the domain's parsers; kInvalid naming the API field
/// (`school`, `aanmelddatum`, `bsn`, ...) with a Dutch message.
domain::Result<app::NieuweAanmelding> BouwNieuweAanmelding(const AanmeldingInvoer& invoer);

/// The fields of a decision as text and flags.
struct BesluitInvoer {
  std::string uitkomst;       // UitkomstCode spelling
  std::string grond;          // WeigeringsgrondCode spelling, empty for none
  std::string andere_school;  // vestigingscode, empty for none
  bool andere_school_akkoord = false;
  bool met_arrangement = false;
  std::string datum;  // JJJJ-MM-DD, empty for today
  std::optional<domain::Hoorrecht> hoorrecht;
};

/// Builds the decision; `datum` defaults to `vandaag`. The rules of law are the domain's
/// (domain::Beslis); this only parses.
domain::Result<domain::Besluit> BouwBesluit(const BesluitInvoer& invoer, domain::Date vandaag);

/// The body of `POST /api/v1/aanmeldingen`.
domain::Result<app::NieuweAanmelding> ParseNieuweAanmelding(const nlohmann::json& body);

/// The body of `POST /api/v1/aanmeldingen/{id}/verlengingen`: weeks and the reason.
struct VerlengingVerzoek {
  int weken = 0;
  std::string reden;
};
domain::Result<VerlengingVerzoek> ParseVerlenging(const nlohmann::json& body);
/// Checks the number of weeks of an extension (kInvalid naming `weken` below 1 or absurdly
/// high; above the legal maximum is for the domain to refuse).
domain::Result<VerlengingVerzoek> BouwVerlenging(int64_t weken, std::string reden);

/// The body of `POST /api/v1/aanmeldingen/{id}/besluiten`; `datum` defaults to `vandaag`.
domain::Result<domain::Besluit> ParseBesluit(const nlohmann::json& body, domain::Date vandaag);

/// A registration with its status.
nlohmann::json ToJson(const app::AanmeldingInzicht& inzicht);

/// The timeline of registration `id`: its events, oldest first.
nlohmann::json TijdlijnToJson(int64_t id, const std::vector<app::Event>& events);

}  // namespace passend::web
