#pragma once
// Mapping between the dispute tables (`geschillen`, `geschil_stappen`, `swv_instellingen`)
// and the app's records; column lists and JSON shapes live here.

#include <string>
#include <string_view>
#include <vector>

#include "app/ports_geschil.h"
#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// The columns of `geschillen` (alias `g`) that GeschilFromRow reads, in order.
inline constexpr std::string_view kGeschilColumns =
    "g.id, g.leerling_id, g.aanmelding_id, g.school, coalesce(g.swv, ''), g.onderwerp, "
    "g.besluitdatum, g.omschrijving, g.geopend_op, g.ladder";
/// How many columns kGeschilColumns holds.
inline constexpr int kGeschilColumnCount = 10;

/// Reads the kGeschilColumns part of a row (steps not included).
domain::Result<app::GeschilRecord> GeschilFromRow(const Statement& row);

/// Reads the steps of dispute `id` into `geschil.stappen`, oldest first.
domain::Result<void> LoadStappen(Connection& connection, app::GeschilRecord& geschil);

/// A ladder as stored JSON: `[{"code","naam","termijnDagen"}]`.
std::string LadderToJson(const std::vector<domain::LadderStap>& ladder);
/// Parses LadderToJson's output (kInternal when the stored text is damaged).
domain::Result<std::vector<domain::LadderStap>> LadderFromJson(std::string_view text);

/// Reads the settings of `swv`; the defaults when none are stored.
domain::Result<domain::SwvInstellingen> ReadSwvInstellingen(Connection& connection,
                                                            const std::string& swv);

}  // namespace passend::store::sqlite
