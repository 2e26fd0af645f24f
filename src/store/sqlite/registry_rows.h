#pragma once
// Mapping between registry rows and domain values; the SQL column lists live here too.

#include <string_view>

#include "app/ports.h"
#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// Columns SwvFromRow reads: code, naam, school count, student count.
domain::Result<app::SwvOverzicht> SwvFromRow(const Statement& row);

/// The school query (alias `s`) whose columns SchoolFromRow reads.
inline constexpr std::string_view kSchoolSelect = R"sql(
  SELECT s.code, s.naam, s.soort, s.cluster, s.straat, s.huisnummer, s.postcode, s.plaats,
         s.gemeente, s.lat, s.lon, s.bestuur, s.swv, b.naam, g.naam,
         coalesce((SELECT aantal FROM school_tellingen t WHERE t.school = s.code), 0)
  FROM scholen s JOIN besturen b ON b.code = s.bestuur JOIN gemeenten g ON g.code = s.gemeente)sql";

/// Reads a row of kSchoolSelect.
domain::Result<app::SchoolOverzicht> SchoolFromRow(const Statement& row);

/// Reads the school part (first 13 columns) of a kSchoolSelect row.
domain::Result<domain::School> SchoolPartFromRow(const Statement& row);

/// Reads an event row: seq, at, gebruiker, rol, organisatie, client, type, subject, swv, payload.
domain::Result<app::Event> EventFromRow(const Statement& row);

}  // namespace passend::store::sqlite
