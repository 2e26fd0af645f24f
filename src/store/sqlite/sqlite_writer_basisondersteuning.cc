// The basisondersteuning writes of SqliteWriter (issue 5 item 3; migration 0015).
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

// The next version inside the writer's (immediate) transaction: two parallel saves cannot both
// get the same number, and the primary key refuses it if they did.
Result<int> VolgendeVersie(Connection& connection, const char* sql, std::string_view sleutel) {
  PASSEND_ASSIGN_OR_RETURN(auto next, connection.Prepare(sql));
  next.Bind(1, sleutel);
  PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] bool row, next.Step());
  return static_cast<int>(next.Int(0));
}

}  // namespace

Result<int> SqliteWriter::InsertBasisondersteuningsnorm(const domain::Basisondersteuningsnorm& n) {
  PASSEND_ASSIGN_OR_RETURN(
      const int versie,
      VolgendeVersie(connection_,
                     "SELECT coalesce(max(versie), 0) + 1 FROM basisondersteuning_normen "
                     "WHERE swv = ?",
                     n.swv));
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO basisondersteuning_normen (swv, versie, label, titel, geldig_vanaf, toelichting,
      vastgesteld_op, vastgesteld_door)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, std::string_view(n.swv))
      .Bind(2, static_cast<int64_t>(versie))
      .Bind(3, std::string_view(n.label))
      .Bind(4, std::string_view(n.titel))
      .Bind(5, std::string_view(domain::FormatIsoDate(n.geldig_vanaf)))
      .Bind(6, std::string_view(n.toelichting))
      .Bind(7, std::string_view(domain::FormatIsoDate(n.vastgesteld_op)))
      .Bind(8, std::string_view(n.vastgesteld_door));
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  PASSEND_ASSIGN_OR_RETURN(auto aspect, connection_.Prepare(R"sql(
    INSERT INTO basisondersteuning_norm_aspecten (swv, versie, code, volgorde, naam, omschrijving)
    VALUES (?, ?, ?, ?, ?, ?))sql"));
  for (size_t i = 0; i < n.aspecten.size(); ++i) {
    const auto& a = n.aspecten[i];
    aspect.Bind(1, std::string_view(n.swv))
        .Bind(2, static_cast<int64_t>(versie))
        .Bind(3, std::string_view(a.code))
        .Bind(4, static_cast<int64_t>(i))
        .Bind(5, std::string_view(a.naam))
        .Bind(6, std::string_view(a.omschrijving));
    PASSEND_RETURN_IF_ERROR(aspect.Run());
  }
  PASSEND_ASSIGN_OR_RETURN(auto element, connection_.Prepare(R"sql(
    INSERT INTO basisondersteuning_norm_elementen (swv, versie, code, volgorde, aspect, titel,
      omschrijving)
    VALUES (?, ?, ?, ?, ?, ?, ?))sql"));
  for (size_t i = 0; i < n.elementen.size(); ++i) {
    const auto& e = n.elementen[i];
    element.Bind(1, std::string_view(n.swv))
        .Bind(2, static_cast<int64_t>(versie))
        .Bind(3, std::string_view(e.code))
        .Bind(4, static_cast<int64_t>(i))
        .Bind(5, std::string_view(e.aspect))
        .Bind(6, std::string_view(e.titel))
        .Bind(7, std::string_view(e.omschrijving));
    PASSEND_RETURN_IF_ERROR(element.Run());
  }
  return versie;
}

Result<int> SqliteWriter::InsertBasisInvulling(const domain::BasisInvulling& inv) {
  PASSEND_ASSIGN_OR_RETURN(
      const int versie,
      VolgendeVersie(connection_,
                     "SELECT coalesce(max(versie), 0) + 1 FROM basisondersteuning_invullingen "
                     "WHERE school = ?",
                     inv.school.str()));
  const std::optional<std::string> swv =
      inv.swv.empty() ? std::nullopt : std::optional<std::string>(inv.swv);
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO basisondersteuning_invullingen (school, versie, swv, norm, vastgesteld_op,
      toelichting, vastgesteld_door)
    VALUES (?, ?, ?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, std::string_view(inv.school.str()))
      .Bind(2, static_cast<int64_t>(versie))
      .Bind(3, swv)
      .Bind(4, std::string_view(inv.norm))
      .Bind(5, std::string_view(domain::FormatIsoDate(inv.vastgesteld_op)))
      .Bind(6, std::string_view(inv.toelichting))
      .Bind(7, std::string_view(inv.vastgesteld_door));
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  PASSEND_ASSIGN_OR_RETURN(auto element, connection_.Prepare(R"sql(
    INSERT INTO basisondersteuning_invulling_elementen (school, versie, swv, element, volgorde,
      hoe, bewijs, oordeel, toelichting)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql"));
  for (size_t i = 0; i < inv.elementen.size(); ++i) {
    const auto& e = inv.elementen[i];
    element.Bind(1, std::string_view(inv.school.str()))
        .Bind(2, static_cast<int64_t>(versie))
        .Bind(3, swv)
        .Bind(4, std::string_view(e.element))
        .Bind(5, static_cast<int64_t>(i))
        .Bind(6, std::string_view(e.hoe))
        .Bind(7, std::string_view(e.bewijs))
        .Bind(8, domain::OordeelCode(e.oordeel))
        .Bind(9, std::string_view(e.toelichting));
    PASSEND_RETURN_IF_ERROR(element.Run());
  }
  return versie;
}

}  // namespace passend::store::sqlite
