#pragma once
// One table, two download formats (issue 8 item 9): RFC 4180 CSV and XLSX (libxlsxwriter, a
// Debian package). Cells are text or whole numbers; money leaves as whole cents, so no
// floating point touches an amount (an int64 below 2^53 is exact in a spreadsheet number).

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "domain/error.h"

namespace passend::web {

/// A cell: text, or a whole number (counts, cents, basis points, years).
using ExportCel = std::variant<std::string, int64_t>;

/// A table to download.
struct ExportTabel {
  std::string blad;                   // the worksheet's name (at most 31 characters)
  std::vector<std::string> kolommen;  // header row
  std::vector<std::vector<ExportCel>> rijen;
};

/// The table as CSV: a header row, CRLF line ends, fields quoted only where RFC 4180 needs it.
std::string AlsCsv(const ExportTabel& tabel);

/// The table as an XLSX workbook (bytes); kInternal when the library fails.
domain::Result<std::string> AlsXlsx(const ExportTabel& tabel);

/// The MIME type of XLSX.
inline constexpr char kXlsxType[] =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace passend::web
