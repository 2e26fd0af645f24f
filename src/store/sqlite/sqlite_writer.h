#pragma once
// The Writer for one SQLite transaction; statements are prepared once per transaction
// so that bulk imports stay fast.

#include <optional>

#include "app/ports.h"
#include "app/ports_auth.h"
#include "app/ports_bericht.h"
#include "app/ports_geschil.h"
#include "app/ports_verzuim.h"
#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// Writes through `connection`, which must be inside a transaction for the writer's life.
class SqliteWriter final : public app::Writer {
 public:
  explicit SqliteWriter(Connection& connection) : connection_(connection) {}

  domain::Result<void> PutGemeente(const domain::Gemeente& gemeente) override;
  domain::Result<void> PutSamenwerkingsverband(const domain::Samenwerkingsverband& swv) override;
  domain::Result<void> PutBestuur(const domain::Bestuur& bestuur) override;
  domain::Result<void> PutSchool(const domain::School& school) override;
  domain::Result<domain::LeerlingId> InsertLeerling(const domain::Leerling& leerling,
                                                    const app::SealedBsn& bsn,
                                                    const std::string& swv) override;
  domain::Result<void> InsertInschrijving(const domain::Inschrijving& inschrijving,
                                          const std::string& swv) override;
  domain::Result<void> SetLeerlingSwv(domain::LeerlingId leerling, const std::string& swv) override;
  domain::Result<void> EndOpenInschrijvingen(domain::LeerlingId leerling,
                                             domain::Date tot) override;
  domain::Result<std::optional<app::LeerlingRecord>> FindLeerling(domain::LeerlingId id) override;
  domain::Result<bool> BsnExists(const std::string& lookup) override;
  domain::Result<std::optional<domain::School>> FindSchool(
      const domain::Vestigingscode& code) override;
  domain::Result<int64_t> AppendEvent(const app::Event& event) override;
  domain::Result<int64_t> InsertAccount(const app::Account& account) override;
  domain::Result<void> InsertSessie(const app::SessieRecord& sessie) override;
  domain::Result<void> TouchSessie(const std::string& token_hash, domain::Timestamp at) override;
  domain::Result<void> EndSessie(const std::string& token_hash) override;
  domain::Result<int64_t> InsertToken(const app::TokenRecord& token,
                                      const std::string& token_hash) override;
  domain::Result<void> RevokeToken(int64_t token_id, domain::Timestamp at) override;
  domain::Result<void> AppendAudit(const app::AuditEntry& entry) override;
  domain::Result<bool> OrganisatieBestaat(domain::Rol rol, const std::string& code) override;
  domain::Result<int64_t> InsertAanmelding(
      const domain::Aanmelding& aanmelding,
      const std::optional<domain::Date>& uiterste_beslisdatum) override;
  domain::Result<void> UpdateAanmelding(
      const domain::Aanmelding& aanmelding,
      const std::optional<domain::Date>& uiterste_beslisdatum) override;
  domain::Result<std::optional<domain::Aanmelding>> FindAanmelding(int64_t id) override;
  domain::Result<std::vector<domain::Aanmelding>> OpenAanmeldingenVan(
      domain::LeerlingId leerling) override;
  domain::Result<int64_t> InsertGeschil(const app::GeschilRecord& geschil) override;
  domain::Result<void> UpdateGeschilStappen(const app::GeschilRecord& geschil) override;
  domain::Result<std::optional<app::GeschilRecord>> FindGeschil(int64_t id) override;
  domain::Result<void> PutSwvInstellingen(const std::string& swv,
                                          const domain::SwvInstellingen& instellingen) override;
  domain::Result<domain::SwvInstellingen> FindSwvInstellingen(const std::string& swv) override;
  domain::Result<int64_t> InsertVerzuim(const app::VerzuimRecord& record) override;
  domain::Result<void> UpdateVerzuim(const app::VerzuimRecord& record) override;
  domain::Result<std::optional<app::VerzuimRecord>> FindVerzuim(int64_t id) override;
  domain::Result<int64_t> InsertVrijstellingsadvies(const domain::Vrijstellingsadvies& advies,
                                                    const std::string& gegeven_door) override;
  domain::Result<std::optional<domain::Vrijstellingsadvies>> LaatsteVrijstellingsadvies(
      domain::LeerlingId leerling, const std::string& swv) override;
  domain::Result<int64_t> InsertTlvAanvraag(const domain::TlvAanvraag& aanvraag) override;
  domain::Result<void> UpdateTlvAanvraag(const domain::TlvAanvraag& aanvraag) override;
  domain::Result<void> InsertTlvAdvies(int64_t aanvraag, const std::string& swv,
                                       const domain::Deskundigenadvies& advies,
                                       const std::string& door) override;
  domain::Result<std::optional<domain::TlvAanvraag>> FindTlvAanvraag(int64_t id) override;
  domain::Result<int64_t> InsertArrangement(const domain::Arrangement& arrangement) override;
  domain::Result<void> UpdateArrangement(const domain::Arrangement& arrangement) override;
  domain::Result<std::optional<domain::Arrangement>> FindArrangement(int64_t id) override;
  domain::Result<int64_t> InsertToekenning(const domain::Toekenning& toekenning,
                                           const std::string& door) override;
  domain::Result<void> InsertToekenningEinde(const domain::Toekenning& toekenning,
                                             const std::string& door) override;
  domain::Result<std::optional<domain::Toekenning>> FindToekenning(int64_t id) override;
  domain::Result<int> InsertOndersteuningsprofiel(
      const domain::Ondersteuningsprofiel& profiel) override;
  domain::Result<int> InsertBasisondersteuningsnorm(
      const domain::Basisondersteuningsnorm& norm) override;
  domain::Result<int> InsertBasisInvulling(const domain::BasisInvulling& invulling) override;
  domain::Result<int> InsertJaarrekening(const app::JaarrekeningRecord& record) override;
  domain::Result<int64_t> InsertToewijzing(const app::ToewijzingRecord& record) override;
  domain::Result<void> InsertReserveplan(app::ReserveplanRecord& record) override;
  domain::Result<void> InsertPlanBesluit(int64_t plan, int volgnummer,
                                         const app::PlanBesluitRecord& besluit) override;
  domain::Result<int64_t> InsertReservebezwaar(const app::ReservebezwaarRecord& record) override;
  domain::Result<void> InsertBezwaarUitspraak(int64_t bezwaar,
                                              const domain::BezwaarUitspraak& uitspraak,
                                              domain::Timestamp op,
                                              const std::string& door) override;
  domain::Result<void> InsertMeerjarenbegroting(app::MeerjarenbegrotingRecord& record) override;
  domain::Result<void> InsertInstemmingStap(int64_t begroting, int volgnummer,
                                            const app::InstemmingStapRecord& stap) override;
  domain::Result<int64_t> InsertPlaatsingsronde(const domain::Plaatsingsronde& ronde) override;
  domain::Result<int64_t> InsertRondeRegel(int64_t ronde, const std::string& swv, int volgorde,
                                           const domain::RondeRegel& regel) override;
  domain::Result<void> InsertRondeAfsluiting(const domain::Plaatsingsronde& ronde) override;
  domain::Result<std::optional<domain::Plaatsingsronde>> FindPlaatsingsronde(int64_t id) override;
  domain::Result<int64_t> InsertBericht(const app::Bericht& bericht) override;
  domain::Result<bool> MarkeerGelezen(int64_t id, const std::vector<domain::LeerlingId>& kinderen,
                                      domain::Timestamp at) override;
  domain::Result<int64_t> InsertOpp(const domain::Opp& opp, const domain::OppStand& stand,
                                    const std::string& door) override;
  domain::Result<void> InsertOppVersie(int64_t opp, const std::string& swv,
                                       const domain::OppVersie& versie) override;
  domain::Result<void> InsertOppInstemming(int64_t opp, const std::string& swv, int versie,
                                           const domain::OppInstemmingStap& stap) override;
  domain::Result<void> InsertOppEvaluatie(int64_t opp, const std::string& swv,
                                          const domain::OppEvaluatie& evaluatie) override;
  domain::Result<void> UpdateOppStand(int64_t opp, const domain::OppStand& stand) override;
  domain::Result<std::optional<domain::Opp>> FindOpp(int64_t id) override;

 private:
  // Prepares `sql` into `slot` on first use.
  domain::Result<Statement*> Cached(std::optional<Statement>& slot, std::string_view sql);

  Connection& connection_;
  std::optional<Statement> leerling_;
  std::optional<Statement> verzorger_;
  std::optional<Statement> inschrijving_;
  std::optional<Statement> event_;
  std::optional<Statement> audit_;
  std::optional<Statement> toekenning_;  // bulk demo import of assignments
  std::optional<Statement> tlv_insert_;  // and of TLV requests
  std::optional<Statement> tlv_update_;
  std::optional<Statement> tlv_advies_;
  std::optional<Statement> bericht_;
};

}  // namespace passend::store::sqlite
