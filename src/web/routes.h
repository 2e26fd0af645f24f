#pragma once
// Registration of every route, by area. server.cc calls AddAllRoutes.

#include <nlohmann/json.hpp>

#include "domain/registry.h"
#include "web/router.h"
#include "web/services.h"

namespace passend::web {

/// `/api/v1/health` and `/api/v1/openapi.json` (generated from `router` at request time).
void AddMetaRoutes(Router& router);
/// The public registry API: SWVs and schools.
void AddRegistryApi(Router& router, const Services& services);
/// The public Dutch pages: home page, SWV page, school page.
void AddRegistryPages(Router& router, const Services& services);

/// Sessions, the current account, accounts (beheer), aggregates.
void AddAuthApi(Router& router, const Services& services);
/// Students, their files, BSN search and the audit trail.
void AddLeerlingenApi(Router& router, const Services& services);
/// Registrations (aanmeldingen): register, list, read, extend, decide, timeline.
void AddAanmeldingenApi(Router& router, const Services& services);
/// Disputes (geschillen) and their steps; the SWVs' settings.
void AddGeschillenApi(Router& router, const Services& services);
/// Dispute pages (list, one dispute, its step forms) and the SWV's settings page.
void AddGeschillenPages(Router& router, const Services& services);
/// Absence cases (verzuimmeldingen), the thuiszitters of an SWV and its quarterly register.
void AddVerzuimApi(Router& router, const Services& services);
/// TLV requests (advices, decision, objection, evaluation) and the TLV register.
void AddTlvApi(Router& router, const Services& services);
/// Money: income, year accounts, the national overview (issue 8; docs/geld.md).
void AddGeldApi(Router& router, const Services& services);
/// The money pages: /geld, /geld/landelijk (issue 8).
void AddGeldPages(Router& router, const Services& services);
/// Downloads of the money figures as CSV or XLSX (issue 8 item 9).
void AddGeldExport(Router& router, const Services& services);
/// The OpenAPI schemas of those downloads.
void AddGeldExportSchemas(nlohmann::json& schemas);
/// Reserve plans, objections and multi-year budgets (issue 8 items 5 and 6); only when
/// services.reserveplannen is set.
void AddReserveplanApi(Router& router, const Services& services);
/// The pages `/geld/reserveplannen`, `/geld/meerjarenbegroting` and their forms; only when
/// services.reserveplannen is set.
void AddReserveplanPages(Router& router, const Services& services);
/// The OpenAPI schemas of the reserve plan routes.
void AddReserveplanSchemas(nlohmann::json& schemas);
/// The summary of the SWV's reserve plans and multi-year budget for `/geld`, beside the year
/// accounts, with links to their pages; empty when the service is not wired or unreadable.
std::string ReserveplanSectie(const Services& services, const RequestContext& ctx,
                              const std::string& swv);
/// The arrangementen catalogue, the assignments and the amounts per school (issue 7 item 1).
void AddArrangementenApi(Router& router, const Services& services);
/// The thuiszitters views: the list in scope, regional overviews and trend CSV, national.
void AddThuiszittersApi(Router& router, const Services& services);
/// The thuiszitters pages: `/thuiszitters` (own region or scope) and the national page.
void AddThuiszittersPages(Router& router, const Services& services);
/// Absence-case pages: the list, registering, one case with its forms, the SWV's advice
/// before an exemption 5 onder a.
void AddVerzuimPages(Router& router, const Services& services);
/// TLV pages: the list, the school's request form (prefilled from the file), one request with
/// the advice, decision, objection and evaluation forms, the parent's view, and the register
/// with its CSV.
void AddTlvPages(Router& router, const Services& services);
/// Arrangementen pages: the SWV's catalogue with its forms (new, deactivate, assign) and the
/// assignments in scope for the SWV, school, board and parent.
void AddArrangementenPages(Router& router, const Services& services);
/// Ontwikkelingsperspectiefplannen: plans, versions, the parents' consent, evaluations.
void AddOppApi(Router& router, const Services& services);
/// OPP pages: the list, the new plan, one plan with its versions and forms, a new version,
/// and the printable one-page view.
void AddOppPages(Router& router, const Services& services);
/// The basisondersteuning (issue 5 item 3): the national and SWV norms, a location's account
/// and the SWV's overview with its CSV.
void AddBasisondersteuningApi(Router& router, const Services& services);
/// The pages `/mijn-school/basisondersteuning` (school) and `/basisondersteuning` (SWV).
void AddBasisondersteuningPages(Router& router, const Services& services);
/// A location's basisondersteuning as a page section for the public school page; empty when
/// the service is not wired.
std::string BasisondersteuningSectie(const Services& services,
                                     const domain::Vestigingscode& school);
/// Messages to parents: the API and the page.
void AddBerichten(Router& router, const Services& services);
/// Login and logout pages.
void AddAuthPages(Router& router, const Services& services);
/// Student list, student file and audit pages; user list; statistics.
void AddLeerlingenPages(Router& router, const Services& services);
/// Registration pages: the list, the registration form, one registration with its extension
/// and decision forms and timeline.
void AddAanmeldingenPages(Router& router, const Services& services);

/// The taxonomy of support needs, the school support profiles and the suggestions for one
/// child (issue 5 items 1, 2 and 4).
void AddOndersteuningApi(Router& router, const Services& services);
/// The public school finder `/scholen`, the school's profile form and the suggestions page.
void AddOndersteuningPages(Router& router, const Services& services);
/// The dekkend aanbod of an SWV's region and its CSV/XLSX download (issue 5 item 7).
void AddDekkendAanbodApi(Router& router, const Services& services);
/// The page `/dekkend-aanbod` (summary, table, chart, map) and its download (issue 5 item 7).
void AddDekkendAanbodPages(Router& router, const Services& services);
/// Answers the dekkend aanbod of SWV `code` as CSV, or XLSX with `formaat=xlsx`, with the
/// filters of the query (API and page downloads).
void StuurDekkendAanbod(const Services& services, const httplib::Request& req,
                        httplib::Response& res, const RequestContext& ctx, const std::string& code);
/// The placement rounds of an SWV (issue 5 item 5); only when services.plaatsingsrondes is set.
void AddPlaatsingsrondeApi(Router& router, const Services& services);
/// The pages `/plaatsingsrondes` and `/plaatsingsrondes/{id}` (issue 5 item 5); only when
/// services.plaatsingsrondes is set.
void AddPlaatsingsrondePages(Router& router, const Services& services);
/// `GET /api/v1/scholen` with `ondersteuning` or `nabij`: the school finder (api_ondersteuning).
void ZoekScholenApi(const Services& services, const httplib::Request& req, httplib::Response& res);
/// The support profile of `school` as a page section (heading, facts, table), for the school
/// page; `versie` an earlier version.
std::string OndersteuningsprofielSectie(const Services& services,
                                        const domain::Vestigingscode& school,
                                        std::optional<int> versie);

/// Parses a student id from a path; kNotFound when malformed (it cannot exist).
domain::Result<domain::LeerlingId> ParseLeerlingId(const std::string& text);

/// The handler of a page: calls `fn(services, req, res, ctx)`.
template <typename Fn>
Handler Pagina(const Services& services, Fn fn) {
  return [&services, fn](const httplib::Request& req, httplib::Response& res,
                         const RequestContext& ctx) { fn(services, req, res, ctx); };
}

/// Every route of the application.
void AddAllRoutes(Router& router, const Services& services);

}  // namespace passend::web
