#pragma once
// JSON for reserve plans, objections and the multi-year budget (issue 8 items 5 and 6;
// docs/geld.md). Amounts are integer euro cents; dates ISO.

#include <nlohmann/json.hpp>

#include "app/reserveplan_service.h"

namespace passend::web {

/// One plan version with its lines, decisions, stand and total.
nlohmann::json ToJson(const app::PlanVersieInzicht& versie);
/// The SWV's plan duty per accounts year with the withholding status.
nlohmann::json ToJson(const app::ReserveOverzicht& overzicht);
/// One objection with its decision, if any.
nlohmann::json ToJson(const app::ReservebezwaarRecord& bezwaar);
/// One budget version with its lines, totals per year and consent steps.
nlohmann::json ToJson(const app::BegrotingInzicht& begroting);
/// The national aggregates of one accounts year.
nlohmann::json ToJson(const app::LandelijkReserveplannen& landelijk);

/// Reads `jaarrekeningJaar`, `regels` [{jaar, bedrag, doel}] and `toelichting` (kInvalid naming
/// the field, `regels[i].bedrag` for a line).
domain::Result<domain::Bestedingsplan> ParseBestedingsplan(const nlohmann::json& body);
/// Reads `besluit` (for the OPR `gegeven`/`geweigerd`, for internal supervision
/// `goedgekeurd`/`afgekeurd`), `datum` and `toelichting`.
domain::Result<domain::PlanBesluit> ParsePlanBesluit(const nlohmann::json& body,
                                                     domain::PlanOrgaan orgaan);
/// Reads `jaarrekeningJaar`, `onderwerp` (cijfers, inhouding), `argumenten` and `ingediendOp`.
domain::Result<domain::Reservebezwaar> ParseReservebezwaar(const nlohmann::json& body);
/// Reads `uitkomst` (gegrond, ongegrond), `motivering` and `datum`.
domain::Result<domain::BezwaarUitspraak> ParseBezwaarUitspraak(const nlohmann::json& body);
/// Reads `eersteJaar`, `regels` [{jaar, soort, doel, bedrag}] and `toelichting`.
domain::Result<domain::Meerjarenbegroting> ParseMeerjarenbegroting(const nlohmann::json& body);
/// Reads `stand` (gevraagd, gegeven, geweigerd) and `datum`.
domain::Result<domain::InstemmingStap> ParseInstemmingStap(const nlohmann::json& body);

/// The OpenAPI schemas of these bodies.
void AddReserveplanSchemas(nlohmann::json& schemas);

}  // namespace passend::web
