#include "store/sqlite/digest.h"

#include <sodium.h>

namespace passend::store::sqlite {

namespace {

// Tables and their columns in a fixed order; sealed BSNs are replaced by their plain digits,
// and key-dependent look-up hashes are left out. The event log and the audit trail are not
// content: they record when and by whom.
constexpr std::string_view kQueries[] = {
    "SELECT code, naam, provincie FROM gemeenten ORDER BY code",
    "SELECT code, sector, naam FROM samenwerkingsverbanden ORDER BY code",
    "SELECT swv, gemeente FROM swv_gemeenten ORDER BY swv, gemeente",
    "SELECT code, naam FROM besturen ORDER BY code",
    "SELECT code, naam, soort, cluster, straat, huisnummer, postcode, plaats, gemeente, lat, lon,"
    " bestuur, swv FROM scholen ORDER BY code",
    "SELECT id, swv, voornaam, tussenvoegsel, achternaam, geboortedatum, geslacht, postcode,"
    " gemeente, lat, lon, bsn_sealed FROM leerlingen ORDER BY id",
    "SELECT leerling_id, naam, relatie, telefoon, email FROM verzorgers ORDER BY id",
    "SELECT leerling_id, school, swv, van, tot FROM inschrijvingen ORDER BY id",
    "SELECT id, leerling_id, school, swv, aanmelddatum, schriftelijk, compleet_op,"
    " gewenste_startdatum, eerste_keuze, vooraanmelding, ondersteuningsbehoeften,"
    " beslistermijn_dagen, uiterste_beslisdatum, verlenging_dagen, verlenging_reden, verlengd_op,"
    " uitkomst, besluit_datum, besluit FROM aanmeldingen ORDER BY id",
    "SELECT swv, meldingsplicht, centraal_aanmeldpunt, ladder, steunpunt, verzuim FROM "
    "swv_instellingen"
    " ORDER BY swv",
    "SELECT id, leerling_id, aanmelding_id, school, swv, onderwerp, besluitdatum, omschrijving,"
    " geopend_op, ladder FROM geschillen ORDER BY id",
    "SELECT geschil_id, volgnummer, code, start, eigenaar, termijn_dagen, einde, uitkomst"
    " FROM geschil_stappen ORDER BY geschil_id, volgnummer",
    // A message's day, not its second: a demo step dated today is written at the import's
    // own time, and two imports on one day hold the same messages.
    "SELECT id, leerling_id, substr(aangemaakt, 1, 10), onderwerp, tekst, link, gelezen_op"
    " FROM berichten ORDER BY id",
};

}  // namespace

domain::Result<std::string> RegistryDigest(SqliteStore& store, const app::BsnVault& vault) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store.Borrow());
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
  auto feed = [&](std::string_view bytes) {
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>("\x1f"), 1);
  };
  for (std::string_view sql : kQueries) {
    PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(sql));
    const int columns = stmt.ColumnCount();
    const bool has_bsn = sql.find("bsn_sealed") != std::string_view::npos;
    feed(sql);
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      for (int c = 0; c < columns; ++c) {
        if (has_bsn && c == columns - 1) {
          PASSEND_ASSIGN_OR_RETURN(auto bsn, vault.Open(stmt.Blob(c)));
          feed(bsn.digits());
        } else {
          feed(stmt.IsNull(c) ? std::string_view("\x00", 1) : std::string_view(stmt.Text(c)));
        }
      }
    }
  }
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash_final(&state, hash, sizeof hash);
  char hex[crypto_generichash_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return std::string(hex);
}

}  // namespace passend::store::sqlite
