#pragma once
// JSON and the download table of the dekkend aanbod (issue 5 item 7; docs/placement.md
// "Dekkend aanbod").

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/dekkend_aanbod_service.h"
#include "web/export_tabel.h"

namespace passend::web {

/// `geen-aanbieder-binnen-afstand` and `vraag-boven-plaatsen`: the gaps of a row.
std::vector<std::string> TekortCodes(const engine::Tekorten& tekorten);

/// The demand of a row as the reader may see it: the number, or `<5` for national roles.
nlohmann::json VraagJson(const app::DekkendAanbodRapport& rapport, int64_t vraag);

/// The whole answer: region, parameters, summary, municipalities, locations and rows.
nlohmann::json ToJson(const app::DekkendAanbodRapport& rapport,
                      const domain::Ondersteuningstaxonomie& taxonomie);

/// The rows as a table for CSV and XLSX (one row per need × level × municipality).
ExportTabel DekkendAanbodTabel(const app::DekkendAanbodRapport& rapport);

/// Reads the filters `behoefte`, `niveau`, `gemeente` and `alleenTekorten` (`aan` or `false`;
/// the API says `true`, a page's checkbox `ja`) from the query; kInvalid naming the parameter
/// when malformed.
domain::Result<app::DekkendAanbodFilter> LeesDekkendAanbodFilter(const httplib::Request& req,
                                                                 std::string_view aan = "true");

/// The OpenAPI schemas DekkendAanbod and DekkendAanbodCsv.
void AddDekkendAanbodSchemas(nlohmann::json& schemas);

}  // namespace passend::web
