#pragma once
// TlvQueries over SQLite: scoped, filtered lists of TLV requests, single reads with their
// advices, the granted TLVs of the register; and the row mapping the writer shares.

#include <map>
#include <string_view>
#include <vector>

#include "app/ports_tlv.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// The columns of `tlv_aanvragen` (alias `t`) that TlvAanvraagFromRow reads, in order.
inline constexpr std::string_view kTlvColumns =
    "t.id, t.leerling_id, t.school, t.swv, t.soort, t.aangevraagd_op, t.ondersteuningsbehoefte, "
    "t.al_gedaan, t.zienswijze_ouders, t.hoorrecht_gehoord, t.hoorrecht_zienswijze, "
    "t.hoorrecht_reden, t.besluit_op, t.toegekend, t.categorie, t.ingangsdatum, t.einddatum, "
    "t.hele_loopbaan, t.motivering, t.bezwaar_op, t.bezwaar_gronden, t.lbt_advies_op, "
    "t.lbt_advies, t.bezwaar_beslist_op, t.bezwaar_gegrond, t.bezwaar_beslissing, "
    "t.evaluatie_gevraagd_op";
/// How many columns kTlvColumns holds.
inline constexpr int kTlvColumnCount = 27;

/// Reads the kTlvColumns part of a row, starting at column 0 (without the advices).
domain::Result<domain::TlvAanvraag> TlvAanvraagFromRow(const Statement& row);

/// Binds every stored field of `aanvraag` to the named parameters of an INSERT or UPDATE
/// (`:id`, `:leerling`, `:school`, ..., `:compleet_op`).
void BindTlvAanvraag(Statement& stmt, const domain::TlvAanvraag& aanvraag);

/// The advices of the requests `ids`, per request in the order they were recorded.
domain::Result<std::map<int64_t, std::vector<domain::Deskundigenadvies>>> LoadTlvAdviezen(
    Connection& connection, const std::vector<int64_t>& ids);

/// Reads TLV requests through `store`'s connection pool.
class SqliteTlv final : public app::TlvQueries {
 public:
  explicit SqliteTlv(SqliteStore& store) : store_(store) {}
  domain::Result<std::optional<app::TlvOverzicht>> FindTlvAanvraag(int64_t id) override;
  domain::Result<app::Page<app::TlvOverzicht>> ListTlvAanvragen(const app::LeerlingScope& scope,
                                                                const app::TlvFilter& filter,
                                                                app::PageRequest page) override;
  domain::Result<std::vector<app::TlvRegel>> TlvsVan(
      const app::LeerlingScope& scope, const std::optional<std::string>& swv) override;
  domain::Result<std::vector<app::TlvRegel>> TlvsOpScholenVan(const std::string& swv) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
