// The school support profile writes of SqliteWriter (issue 5 item 2; migration 0012).
#include "store/sqlite/row_dates.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<int> SqliteWriter::InsertOndersteuningsprofiel(const domain::Ondersteuningsprofiel& p) {
  // The next version inside the writer's (immediate) transaction: two parallel saves cannot
  // both get the same number, and the primary key refuses it if they did.
  PASSEND_ASSIGN_OR_RETURN(auto next,
                           connection_.Prepare("SELECT coalesce(max(versie), 0) + 1 FROM "
                                               "ondersteuningsprofielen WHERE school = ?"));
  next.Bind(1, std::string_view(p.school.str()));
  PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] bool row, next.Step());
  const int versie = static_cast<int>(next.Int(0));
  const std::optional<std::string> swv =
      p.swv.empty() ? std::nullopt : std::optional<std::string>(p.swv);
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO ondersteuningsprofielen (school, versie, swv, vastgesteld_op, mr_advies_op,
      taxonomie_versie, toelichting, vastgesteld_door)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, std::string_view(p.school.str()))
      .Bind(2, static_cast<int64_t>(versie))
      .Bind(3, swv)
      .Bind(4, std::string_view(domain::FormatIsoDate(p.vastgesteld_op)))
      .Bind(5, OptionalIso(p.mr_advies_op))
      .Bind(6, std::string_view(p.taxonomie_versie))
      .Bind(7, std::string_view(p.toelichting))
      .Bind(8, std::string_view(p.vastgesteld_door));
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  PASSEND_ASSIGN_OR_RETURN(auto regel, connection_.Prepare(R"sql(
    INSERT INTO ondersteuningsprofiel_regels (school, versie, swv, behoefte, volgorde, niveau,
      plaatsen, omschrijving, onderbouwing)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql"));
  for (size_t i = 0; i < p.regels.size(); ++i) {
    const auto& r = p.regels[i];
    regel.Bind(1, std::string_view(p.school.str()))
        .Bind(2, static_cast<int64_t>(versie))
        .Bind(3, swv)
        .Bind(4, std::string_view(r.behoefte))
        .Bind(5, static_cast<int64_t>(i))
        .Bind(6, domain::NiveauCode(r.niveau))
        .Bind(8, std::string_view(r.omschrijving))
        .Bind(9, std::string_view(r.onderbouwing));
    if (r.plaatsen) {
      regel.Bind(7, static_cast<int64_t>(*r.plaatsen));
    } else {
      regel.BindNull(7);
    }
    PASSEND_RETURN_IF_ERROR(regel.Run());
  }
  return versie;
}

}  // namespace passend::store::sqlite
