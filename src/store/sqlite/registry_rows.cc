#include "store/sqlite/registry_rows.h"

namespace passend::store::sqlite {

using domain::Result;

Result<app::SwvOverzicht> SwvFromRow(const Statement& row) {
  app::SwvOverzicht overzicht;
  PASSEND_ASSIGN_OR_RETURN(overzicht.swv.code, domain::SwvCode::Parse(row.Text(0)));
  overzicht.swv.naam = row.Text(1);
  overzicht.aantal_scholen = row.Int(2);
  overzicht.aantal_leerlingen = row.Int(3);
  return overzicht;
}

Result<domain::School> SchoolPartFromRow(const Statement& row) {
  domain::School school;
  PASSEND_ASSIGN_OR_RETURN(school.code, domain::Vestigingscode::Parse(row.Text(0)));
  school.naam = row.Text(1);
  PASSEND_ASSIGN_OR_RETURN(school.soort, domain::ParseSchoolSoort(row.Text(2)));
  if (!row.IsNull(3)) school.cluster = static_cast<int>(row.Int(3));
  school.adres.straat = row.Text(4);
  school.adres.huisnummer = row.Text(5);
  PASSEND_ASSIGN_OR_RETURN(school.adres.postcode, domain::Postcode::Parse(row.Text(6)));
  school.adres.plaats = row.Text(7);
  PASSEND_ASSIGN_OR_RETURN(school.gemeente, domain::GemeenteCode::Parse(row.Text(8)));
  school.positie = domain::Coordinates{row.Real(9), row.Real(10)};
  school.bestuur = row.Text(11);
  if (!row.IsNull(12)) {
    PASSEND_ASSIGN_OR_RETURN(auto swv, domain::SwvCode::Parse(row.Text(12)));
    school.swv = std::move(swv);
  }
  return school;
}

Result<app::SchoolOverzicht> SchoolFromRow(const Statement& row) {
  app::SchoolOverzicht overzicht;
  PASSEND_ASSIGN_OR_RETURN(overzicht.school, SchoolPartFromRow(row));
  overzicht.bestuur_naam = row.Text(13);
  overzicht.gemeente_naam = row.Text(14);
  overzicht.aantal_leerlingen = row.Int(15);
  return overzicht;
}

Result<app::Event> EventFromRow(const Statement& row) {
  app::Event event;
  event.seq = row.Int(0);
  PASSEND_ASSIGN_OR_RETURN(event.at, domain::ParseIsoTimestamp(row.Text(1)));
  event.actor = app::Actor{row.Text(2), row.Text(3), row.Text(4), row.Text(5)};
  event.type = row.Text(6);
  event.subject = row.Text(7);
  event.swv = row.Text(8);
  event.payload = row.Text(9);
  return event;
}

}  // namespace passend::store::sqlite
