#pragma once
// The names a list of cases (registrations, disputes) shows beside each case: its school's
// name and board and the student's full name, read from the joined `scholen s` and
// `leerlingen l`.

#include <string>
#include <string_view>

#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// The select-list part (with a leading comma) that ZaakNamenFromRow reads.
inline constexpr std::string_view kZaakNamenKolommen =
    ", s.naam, s.bestuur, l.voornaam, l.tussenvoegsel, l.achternaam";
/// How many columns kZaakNamenKolommen holds.
inline constexpr int kZaakNamenAantal = 5;

/// School name, board and the student's full name of one case.
struct ZaakNamen {
  std::string school_naam;
  std::string bestuur;
  std::string leerling_naam;
};

/// Reads the kZaakNamenKolommen part of a row, starting at `column`.
ZaakNamen ZaakNamenFromRow(const Statement& row, int column);

}  // namespace passend::store::sqlite
