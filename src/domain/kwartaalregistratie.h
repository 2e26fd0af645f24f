#pragma once
// The Inspectie's quarterly register of thuiszitters per SWV (domain.md §3.5, Inspectie
// practice; issue 6 item 6; docs/verzuim.md): cumulative within a school year, anonymised,
// rows never deleted, exemptions included, written as CSV (RFC 4180). Pure: no I/O.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/registry.h"
#include "domain/school_year.h"
#include "domain/verzuim.h"

namespace passend::domain {

/// A calendar quarter, `2025-Q1` = January to March 2025.
class Kwartaal {
 public:
  /// Parses `2025-Q1` (a lower-case `q` is accepted); kInvalid naming `kwartaal`.
  static Result<Kwartaal> Parse(std::string_view text);
  /// Quarter `nummer` (1..4) of `jaar`; kInvalid naming `kwartaal` otherwise.
  static Result<Kwartaal> Make(int jaar, int nummer);
  /// The quarter that contains `date`.
  static Kwartaal Containing(Date date);

  int jaar() const { return jaar_; }
  int nummer() const { return nummer_; }
  /// The first day of the quarter (1 January, 1 April, 1 July, 1 October).
  Date Eerste() const;
  /// The last day of the quarter.
  Date Laatste() const;
  /// The school year the register of this quarter belongs to: the one its first day falls in.
  /// Q3 (July to September) therefore closes the old school year; see docs/verzuim.md.
  SchoolYear Schooljaar() const;
  /// `2025-Q1`.
  std::string Label() const;
  /// The next quarter.
  Kwartaal Volgende() const;
  friend auto operator<=>(const Kwartaal&, const Kwartaal&) = default;

 private:
  Kwartaal(int jaar, int nummer) : jaar_(jaar), nummer_(nummer) {}
  int jaar_;
  int nummer_;
};

/// One case as the register needs it: the case and the two facts about the child it may show
/// (age and sex), never the child's name, BSN or date of birth.
struct RegisterInvoer {
  Verzuimmelding melding;
  std::optional<Date> geboortedatum;  // used only for the age in whole years at the start
  Geslacht geslacht = Geslacht::kOnbekend;
};

/// One anonymised row of the register. The first group never changes once a row exists; the
/// second ("the end") only moves forward from quarter to quarter: an end appears, the days at
/// home grow, an offer appears.
struct KwartaalRegel {
  int64_t meldingnummer = 0;  // the case number (not the child's); only the SWV can look it up
  VerzuimType type = VerzuimType::kAbsoluutVerzuim;
  std::optional<int> leeftijd;  // whole years on the start date
  Geslacht geslacht = Geslacht::kOnbekend;
  std::string gemeente;
  std::string school;  // empty when there is none
  Date startdatum{};
  // State on the quarter's last day:
  std::optional<Date> einddatum;
  std::optional<Beeindiging> reden_einde;
  int dagen_thuis = 0;
  bool langer_dan_drie_maanden = false;  // ever at home past the 3-month limit, so far
  std::optional<Date> aanbod_datum;
  friend bool operator==(const KwartaalRegel&, const KwartaalRegel&) = default;
};

/// The rows of `swv`'s register for `kwartaal`: every thuiszitter case (absoluut and
/// langdurig relatief verzuim, from the day it became one) and every exemption that ran on
/// any day from the start of the quarter's school year up to the quarter's last day, with its
/// state on that last day, ordered by start date and case number. Relatief verzuim and sick
/// reports are not in the register. Facts recorded after the quarter (a later end or offer)
/// are not shown, so a past register can be rebuilt exactly.
std::vector<KwartaalRegel> BouwKwartaalregistratie(std::span<const RegisterInvoer> invoer,
                                                   const SwvCode& swv, Kwartaal kwartaal,
                                                   const VerzuimTermijnen& termijnen,
                                                   const Schoolvakanties& vakanties);

/// The column names, in order (Dutch, as the API spells fields).
std::span<const std::string_view> KwartaalregistratieKolommen();

/// One CSV field quoted as RFC 4180 requires: in double quotes, with quotes doubled, when it
/// holds a comma, a double quote, a carriage return or a line feed; unchanged otherwise. A field
/// a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR and not a plain
/// number) first gets a leading apostrophe.
std::string CsvVeld(std::string_view waarde);

/// The register as RFC 4180 CSV: a header row, then one row per case; CRLF line ends; dates
/// ISO 8601; yes/no as `ja`/`nee`.
std::string KwartaalregistratieCsv(std::span<const KwartaalRegel> regels);

}  // namespace passend::domain
