#include "store/sqlite/doorbraak_rows.h"

#include "store/sqlite/row_dates.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

Result<void> Beschadigd(const char* tabel) {
  return domain::Fail(domain::ErrorCode::kInternal,
                      std::string("Ongeldige waarde in ") + tabel + ".");
}

}  // namespace

Result<std::vector<domain::Doorbraak>> LoadDoorbraken(Connection& connection, int64_t verzuim_id) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(R"sql(
    SELECT volgnummer, aangevraagd_op, aangevraagd_door, reden, houder, houder_naam, besluit_op,
      besluit, besloten_door
    FROM verzuim_doorbraken WHERE verzuim_id = ? ORDER BY volgnummer)sql"));
  stmt.Bind(1, verzuim_id);
  std::vector<domain::Doorbraak> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    domain::Doorbraak d;
    d.volgnummer = static_cast<int>(stmt.Int(0));
    auto aangevraagd = domain::ParseIsoDate(stmt.Text(1));
    auto houder = domain::ParseDoorzettingsmacht(stmt.Text(4));
    if (!aangevraagd || !houder) {
      return std::unexpected(Beschadigd("verzuim_doorbraken").error());
    }
    d.aangevraagd_op = *aangevraagd;
    d.aangevraagd_door = stmt.Text(2);
    d.reden = stmt.Text(3);
    d.doorzettingsmacht = domain::Doorzettingsmacht{*houder, stmt.Text(5)};
    PASSEND_ASSIGN_OR_RETURN(d.besluit_op, OptionalDate(stmt, 6));
    d.besluit = stmt.Text(7);
    d.besloten_door = stmt.Text(8);
    result.push_back(std::move(d));
  }
  return result;
}

Result<void> SaveDoorbraken(Connection& connection, int64_t verzuim_id,
                            const std::vector<domain::Doorbraak>& doorbraken) {
  // The request never changes; only the decision is filled in once (domain::BesluitDoorbraak).
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(R"sql(
    INSERT INTO verzuim_doorbraken (verzuim_id, volgnummer, aangevraagd_op, aangevraagd_door,
      reden, houder, houder_naam, besluit_op, besluit, besloten_door)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (verzuim_id, volgnummer) DO UPDATE SET besluit_op = excluded.besluit_op,
      besluit = excluded.besluit, besloten_door = excluded.besloten_door
    WHERE verzuim_doorbraken.besluit_op IS NULL)sql"));
  for (const auto& d : doorbraken) {
    stmt.Bind(1, verzuim_id)
        .Bind(2, int64_t{d.volgnummer})
        .Bind(3, std::string_view(domain::FormatIsoDate(d.aangevraagd_op)))
        .Bind(4, std::string_view(d.aangevraagd_door))
        .Bind(5, std::string_view(d.reden))
        .Bind(6, std::string_view(domain::DoorzettingsmachtCode(d.doorzettingsmacht.houder)))
        .Bind(7, std::string_view(d.doorzettingsmacht.naam))
        .Bind(8, OptionalIso(d.besluit_op))
        .Bind(9, std::string_view(d.besluit))
        .Bind(10, std::string_view(d.besloten_door));
    PASSEND_RETURN_IF_ERROR(stmt.Run());
    stmt.Reset();
  }
  return {};
}

Result<std::vector<domain::Vrijstellingsadvies>> ReadVrijstellingsadviezen(
    Connection& connection, domain::LeerlingId leerling, const std::optional<std::string>& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(R"sql(
    SELECT id, leerling_id, swv, datum, advies FROM vrijstellingsadviezen
    WHERE leerling_id = ? AND (? IS NULL OR swv = ?) ORDER BY datum DESC, id DESC)sql"));
  stmt.Bind(1, leerling.value).Bind(2, swv).Bind(3, swv);
  std::vector<domain::Vrijstellingsadvies> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    domain::Vrijstellingsadvies a;
    a.id = stmt.Int(0);
    a.leerling = domain::LeerlingId{stmt.Int(1)};
    auto code = domain::SwvCode::Parse(stmt.Text(2));
    auto datum = domain::ParseIsoDate(stmt.Text(3));
    if (!code || !datum) return std::unexpected(Beschadigd("vrijstellingsadviezen").error());
    a.swv = *code;
    a.datum = *datum;
    a.advies = stmt.Text(4);
    result.push_back(std::move(a));
  }
  return result;
}

}  // namespace passend::store::sqlite
