#pragma once
// OndersteuningsprofielQueries over SQLite: profile versions, the finder's and the
// suggestions' candidates with the places taken per need, postcode positions from the
// registry, and a student's latest registration needs (issue 5 items 2 and 4).

#include <vector>

#include "app/ports_ondersteuning.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// Reads profiles through `store`'s connection pool.
class SqliteOndersteuning final : public app::OndersteuningsprofielQueries {
 public:
  explicit SqliteOndersteuning(SqliteStore& store) : store_(store) {}
  domain::Result<std::optional<domain::Ondersteuningsprofiel>> FindProfiel(
      const domain::Vestigingscode& school, std::optional<int> versie) override;
  domain::Result<std::vector<app::ProfielVersie>> ProfielVersies(
      const domain::Vestigingscode& school) override;
  domain::Result<std::vector<engine::SchoolKandidaat>> Kandidaten(
      const app::KandidaatFilter& filter) override;
  domain::Result<std::optional<app::PostcodePunt>> PostcodePositie(int cijfers) override;
  domain::Result<std::optional<app::AanmeldingBehoeften>> LaatsteAanmeldingBehoeften(
      domain::LeerlingId leerling) override;

 private:
  SqliteStore& store_;
};

}  // namespace passend::store::sqlite
