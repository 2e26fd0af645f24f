#include "store/sqlite/zaak_namen.h"

#include "domain/registry.h"

namespace passend::store::sqlite {

ZaakNamen ZaakNamenFromRow(const Statement& row, int column) {
  domain::Leerling naam;
  naam.voornaam = row.Text(column + 2);
  naam.tussenvoegsel = row.Text(column + 3);
  naam.achternaam = row.Text(column + 4);
  return ZaakNamen{row.Text(column), row.Text(column + 1), naam.VolledigeNaam()};
}

}  // namespace passend::store::sqlite
