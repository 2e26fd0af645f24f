#pragma once
// Mapping between `aanmeldingen` rows and domain::Aanmelding; the column list lives here.

#include <optional>
#include <string_view>

#include "domain/aanmelding.h"
#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// The columns of `aanmeldingen` (alias `a`) that AanmeldingFromRow reads, in order.
inline constexpr std::string_view kAanmeldingColumns =
    "a.id, a.leerling_id, a.school, coalesce(a.swv, ''), a.aanmelddatum, a.schriftelijk, "
    "a.compleet_op, a.gewenste_startdatum, a.eerste_keuze, a.vooraanmelding, "
    "a.ondersteuningsbehoeften, a.beslistermijn_dagen, a.verlenging_dagen, a.verlenging_reden, "
    "a.verlengd_op, a.uitkomst, a.besluit_datum, a.besluit, a.door_swv";
/// How many columns kAanmeldingColumns holds.
inline constexpr int kAanmeldingColumnCount = 19;

/// Reads the kAanmeldingColumns part of a row, starting at column 0.
domain::Result<domain::Aanmelding> AanmeldingFromRow(const Statement& row);

/// Binds every stored field of `a` to the named parameters of an INSERT or UPDATE
/// (`:leerling`, `:school`, ..., `:uiterste`).
void BindAanmelding(Statement& stmt, const domain::Aanmelding& a,
                    const std::optional<domain::Date>& uiterste_beslisdatum);

}  // namespace passend::store::sqlite
