#pragma once
// Ports: the interfaces app/ needs from the outside world; store/ and the CLI implement them.

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/event.h"
#include "app/paging.h"
#include "app/ports_geld.h"
#include "app/ports_reserveplan.h"
#include "domain/aanmelding.h"
#include "domain/arrangement.h"
#include "domain/basisondersteuning.h"
#include "domain/error.h"
#include "domain/ondersteuningsprofiel.h"
#include "domain/opp.h"
#include "domain/plaatsingsronde.h"
#include "domain/registry.h"
#include "domain/rol.h"
#include "domain/swv_instellingen.h"
#include "domain/timestamp.h"
#include "domain/tlv.h"
#include "domain/vrijstelling.h"

namespace passend::app {

/// The current time; a port so that tests and simulations control "now".
class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::sys_seconds Now() const = 0;
};

/// The system clock.
class SystemClock final : public Clock {
 public:
  std::chrono::sys_seconds Now() const override;
};

/// A BSN sealed for storage: ciphertext (nonce + secretbox) and a keyed hash for look-up.
struct SealedBsn {
  std::string ciphertext;  // binary
  std::string lookup;      // binary, 32 bytes; equal BSNs give equal look-ups
};

/// Key material for BSNs at rest. The key never lives in the database.
class BsnVault {
 public:
  virtual ~BsnVault() = default;
  /// Encrypts with a fresh nonce and computes the keyed look-up hash.
  virtual SealedBsn Seal(const domain::Bsn& bsn) const = 0;
  /// The keyed look-up hash alone (to search by BSN).
  virtual std::string Lookup(const domain::Bsn& bsn) const = 0;
  /// Decrypts; fails when the ciphertext was not made with this key.
  virtual domain::Result<domain::Bsn> Open(const std::string& ciphertext) const = 0;
};

/// An SWV with public aggregate counts.
struct SwvOverzicht {
  domain::Samenwerkingsverband swv;
  int64_t aantal_scholen = 0;
  int64_t aantal_leerlingen = 0;
};

/// A school location with its public student count.
struct SchoolOverzicht {
  domain::School school;
  std::string bestuur_naam;
  std::string gemeente_naam;
  int64_t aantal_leerlingen = 0;
};

/// Filters for the school list; empty means "any".
struct SchoolFilter {
  std::optional<domain::SwvCode> swv;
  std::optional<domain::SchoolSoort> soort;
  std::optional<domain::GemeenteCode> gemeente;
};

/// A count of current enrolments for one SWV and one kind of school.
struct Telling {
  std::string swv;  // empty for schools outside any SWV (clusters 1 and 2)
  domain::SchoolSoort soort = domain::SchoolSoort::kBao;
  int64_t aantal = 0;
};

/// Read access to the public registry (organisations, no personal data).
class RegistryQueries {
 public:
  virtual ~RegistryQueries() = default;
  virtual domain::Result<Page<SwvOverzicht>> ListSamenwerkingsverbanden(PageRequest page) = 0;
  virtual domain::Result<std::optional<SwvOverzicht>> FindSamenwerkingsverband(
      const domain::SwvCode& code) = 0;
  virtual domain::Result<Page<SchoolOverzicht>> ListScholen(const SchoolFilter& filter,
                                                            PageRequest page) = 0;
  virtual domain::Result<std::optional<SchoolOverzicht>> FindSchool(
      const domain::Vestigingscode& code) = 0;
  virtual domain::Result<std::optional<domain::Gemeente>> FindGemeente(
      const domain::GemeenteCode& code) = 0;
  /// Current enrolments per SWV and kind of school (all SWVs, or one).
  virtual domain::Result<std::vector<Telling>> TelLeerlingen(
      const std::optional<domain::SwvCode>& swv) = 0;
};

/// A student as stored: the record with its sealed BSN and current enrolment.
struct LeerlingRecord {
  domain::Leerling leerling;  // bsn left empty; open `bsn` with the vault when allowed
  SealedBsn bsn;
  std::optional<domain::Inschrijving> inschrijving;  // the current one, if any
  std::string swv;                                   // scope of the record
};

struct Account;
struct Bericht;
struct GeschilRecord;
struct SessieRecord;
struct TokenRecord;
struct AuditEntry;
struct VerzuimRecord;

/// Writes inside one transaction. Every method either succeeds or leaves the transaction
/// to be rolled back by the caller's failure.
class Writer {
 public:
  virtual ~Writer() = default;
  virtual domain::Result<void> PutGemeente(const domain::Gemeente& gemeente) = 0;
  virtual domain::Result<void> PutSamenwerkingsverband(const domain::Samenwerkingsverband& swv) = 0;
  virtual domain::Result<void> PutBestuur(const domain::Bestuur& bestuur) = 0;
  virtual domain::Result<void> PutSchool(const domain::School& school) = 0;
  /// Inserts a student; `leerling.id` 0 means "assign one". Returns the id.
  virtual domain::Result<domain::LeerlingId> InsertLeerling(const domain::Leerling& leerling,
                                                            const SealedBsn& bsn,
                                                            const std::string& swv) = 0;
  /// Inserts an enrolment.
  virtual domain::Result<void> InsertInschrijving(const domain::Inschrijving& inschrijving,
                                                  const std::string& swv) = 0;
  /// Moves the student's record (and guardians) into the scope of `swv`.
  virtual domain::Result<void> SetLeerlingSwv(domain::LeerlingId leerling,
                                              const std::string& swv) = 0;
  /// Sets the end date of the student's open enrolment(s) to `tot`.
  virtual domain::Result<void> EndOpenInschrijvingen(domain::LeerlingId leerling,
                                                     domain::Date tot) = 0;
  /// Reads a student inside the transaction.
  virtual domain::Result<std::optional<LeerlingRecord>> FindLeerling(domain::LeerlingId id) = 0;
  /// True when a student with this BSN look-up hash exists.
  virtual domain::Result<bool> BsnExists(const std::string& lookup) = 0;
  /// Reads a school inside the transaction.
  virtual domain::Result<std::optional<domain::School>> FindSchool(
      const domain::Vestigingscode& code) = 0;
  /// Appends an event; the log is append-only (the store refuses updates and deletes).
  virtual domain::Result<int64_t> AppendEvent(const Event& event) = 0;

  // Accounts, sessions, tokens and the audit trail (types in app/ports_auth.h).
  virtual domain::Result<int64_t> InsertAccount(const Account& account) = 0;
  virtual domain::Result<void> InsertSessie(const SessieRecord& sessie) = 0;
  /// Records activity on a session (for idle expiry).
  virtual domain::Result<void> TouchSessie(const std::string& token_hash, domain::Timestamp at) = 0;
  /// Ends a session (logout or expiry).
  virtual domain::Result<void> EndSessie(const std::string& token_hash) = 0;
  virtual domain::Result<int64_t> InsertToken(const TokenRecord& token,
                                              const std::string& token_hash) = 0;
  virtual domain::Result<void> RevokeToken(int64_t token_id, domain::Timestamp at) = 0;
  /// True when the organisation a role's scope names is registered (school location, board,
  /// SWV or municipality); true for roles without one.
  virtual domain::Result<bool> OrganisatieBestaat(domain::Rol rol, const std::string& code) = 0;
  /// Appends to the audit trail (append-only like the event log).
  virtual domain::Result<void> AppendAudit(const AuditEntry& entry) = 0;

  // Registrations (aanmeldingen). `uiterste_beslisdatum` is the domain's deadline (none when
  // verbal), stored so that lists can filter on it.
  /// Inserts a registration (`aanmelding.id` ignored); returns its id.
  virtual domain::Result<int64_t> InsertAanmelding(
      const domain::Aanmelding& aanmelding,
      const std::optional<domain::Date>& uiterste_beslisdatum) = 0;
  /// Stores the extension and the decision of an existing registration.
  virtual domain::Result<void> UpdateAanmelding(
      const domain::Aanmelding& aanmelding,
      const std::optional<domain::Date>& uiterste_beslisdatum) = 0;
  /// Reads a registration inside the transaction.
  virtual domain::Result<std::optional<domain::Aanmelding>> FindAanmelding(int64_t id) = 0;
  /// The registrations of one student not yet decided, oldest first (the first-choice duty).
  virtual domain::Result<std::vector<domain::Aanmelding>> OpenAanmeldingenVan(
      domain::LeerlingId leerling) = 0;

  // Disputes and the SWVs' settings (types in app/ports_geschil.h).
  /// Inserts a dispute with its steps (`geschil.id` ignored); returns its id.
  virtual domain::Result<int64_t> InsertGeschil(const GeschilRecord& geschil) = 0;
  /// Replaces the steps of dispute `geschil.id` (the rest never changes).
  virtual domain::Result<void> UpdateGeschilStappen(const GeschilRecord& geschil) = 0;
  /// Reads a dispute inside the transaction.
  virtual domain::Result<std::optional<GeschilRecord>> FindGeschil(int64_t id) = 0;
  /// Stores the settings of `swv` (replacing earlier ones).
  virtual domain::Result<void> PutSwvInstellingen(const std::string& swv,
                                                  const domain::SwvInstellingen& instellingen) = 0;
  /// Reads the settings of `swv` inside the transaction; the defaults when none are stored.
  virtual domain::Result<domain::SwvInstellingen> FindSwvInstellingen(const std::string& swv) = 0;

  // Absence cases (type in app/ports_verzuim.h).
  /// Inserts an absence case (`record.melding.id` ignored); returns its id.
  virtual domain::Result<int64_t> InsertVerzuim(const VerzuimRecord& record) = 0;
  /// Stores the end, the offer, the hand-over and the escalations of case `record.melding.id`
  /// (the rest never changes).
  virtual domain::Result<void> UpdateVerzuim(const VerzuimRecord& record) = 0;
  /// Reads an absence case with its escalations inside the transaction.
  virtual domain::Result<std::optional<VerzuimRecord>> FindVerzuim(int64_t id) = 0;
  /// Stores an SWV's advice before an exemption 5 onder a (`advies.id` ignored); returns its
  /// id. Advices are never changed.
  virtual domain::Result<int64_t> InsertVrijstellingsadvies(
      const domain::Vrijstellingsadvies& advies, const std::string& gegeven_door) = 0;
  /// The newest advice of `swv` about `leerling`, if any.
  virtual domain::Result<std::optional<domain::Vrijstellingsadvies>> LaatsteVrijstellingsadvies(
      domain::LeerlingId leerling, const std::string& swv) = 0;

  // TLV requests (issue 7; read port in app/ports_tlv.h).
  /// Inserts a request (`aanvraag.id` ignored) with its decision, objection and evaluation
  /// when set and the day it became complete; its advices go through InsertTlvAdvies. Returns
  /// its id; kConflict when the student already has an undecided request.
  virtual domain::Result<int64_t> InsertTlvAanvraag(const domain::TlvAanvraag& aanvraag) = 0;
  /// Stores the decision, the objection, the evaluation request and the day the request became
  /// complete (domain::CompleetOp) of request `aanvraag.id`; advices go through InsertTlvAdvies.
  virtual domain::Result<void> UpdateTlvAanvraag(const domain::TlvAanvraag& aanvraag) = 0;
  /// Appends an expert advice to request `aanvraag` of `swv`, recorded by `door`; advices are
  /// never changed.
  virtual domain::Result<void> InsertTlvAdvies(int64_t aanvraag, const std::string& swv,
                                               const domain::Deskundigenadvies& advies,
                                               const std::string& door) = 0;
  /// Reads a request with its advices inside the transaction.
  virtual domain::Result<std::optional<domain::TlvAanvraag>> FindTlvAanvraag(int64_t id) = 0;

  // Money (issue 8; read port in app/ports_geld.h).
  /// Appends a version of the SWV's accounts of `record.cijfers.jaar`; returns its number (1
  /// for the first, the previous + 1 for a correction).
  virtual domain::Result<int> InsertJaarrekening(const JaarrekeningRecord& record) = 0;
  /// Appends an allocation record (`record.id` ignored); returns its id.
  virtual domain::Result<int64_t> InsertToewijzing(const ToewijzingRecord& record) = 0;

  // Reserve plans, objections and the multi-year budget (issue 8 items 5 and 6; read port in
  // app/ports_reserveplan.h). Append-only.
  /// Appends a version of the SWV's plan for `record.plan.jaarrekening_jaar` with its lines;
  /// sets `record.id` and `record.versie` (the previous + 1).
  virtual domain::Result<void> InsertReserveplan(ReserveplanRecord& record) = 0;
  /// Appends decision number `volgnummer` (1-based) on plan version `plan`; kConflict when that
  /// number is taken (someone decided at the same time).
  virtual domain::Result<void> InsertPlanBesluit(int64_t plan, int volgnummer,
                                                 const PlanBesluitRecord& besluit) = 0;
  /// Appends an objection (`record.id` ignored); returns its id.
  virtual domain::Result<int64_t> InsertReservebezwaar(const ReservebezwaarRecord& record) = 0;
  /// Appends the decision on objection `bezwaar`; kConflict when it has one.
  virtual domain::Result<void> InsertBezwaarUitspraak(int64_t bezwaar,
                                                      const domain::BezwaarUitspraak& uitspraak,
                                                      domain::Timestamp op,
                                                      const std::string& door) = 0;
  /// Appends a version of the SWV's multi-year budget with its lines; sets `record.id` and
  /// `record.versie`.
  virtual domain::Result<void> InsertMeerjarenbegroting(MeerjarenbegrotingRecord& record) = 0;
  /// Appends consent step number `volgnummer` on budget version `begroting`; kConflict when
  /// that number is taken.
  virtual domain::Result<void> InsertInstemmingStap(int64_t begroting, int volgnummer,
                                                    const InstemmingStapRecord& stap) = 0;

  // Arrangementen (issue 7 item 1; read port in app/ports_arrangement.h).
  /// Inserts a catalogue entry (`arrangement.id` ignored); returns its id.
  virtual domain::Result<int64_t> InsertArrangement(const domain::Arrangement& arrangement) = 0;
  /// Stores the changeable fields (name, description, tariff, amount, active) of entry
  /// `arrangement.id`; an entry is never deleted.
  virtual domain::Result<void> UpdateArrangement(const domain::Arrangement& arrangement) = 0;
  /// Reads a catalogue entry inside the transaction.
  virtual domain::Result<std::optional<domain::Arrangement>> FindArrangement(int64_t id) = 0;
  /// Appends an assignment recorded by `door` (`toekenning.id` and its end ignored); returns
  /// its id. Assignments are never changed.
  virtual domain::Result<int64_t> InsertToekenning(const domain::Toekenning& toekenning,
                                                   const std::string& door) = 0;
  /// Appends the end of assignment `toekenning.id` (its `einde`), recorded by `door`; kConflict
  /// when it already has one.
  virtual domain::Result<void> InsertToekenningEinde(const domain::Toekenning& toekenning,
                                                     const std::string& door) = 0;
  /// Reads an assignment with its end inside the transaction.
  virtual domain::Result<std::optional<domain::Toekenning>> FindToekenning(int64_t id) = 0;

  // School support profiles (issue 5 item 2; read port in app/ports_ondersteuning.h).
  /// Appends a new version of `profiel.school`'s profile (`profiel.versie` ignored) with its
  /// rules; returns the version assigned (one above the highest stored). Versions are never
  /// changed.
  virtual domain::Result<int> InsertOndersteuningsprofiel(
      const domain::Ondersteuningsprofiel& profiel) = 0;

  // Basisondersteuning (issue 5 item 3; read port in app/ports_basisondersteuning.h).
  /// Appends a new version of `norm.swv`'s own norm (`norm.versie` ignored) with its aspects
  /// and elements; returns the version assigned (one above the highest stored).
  virtual domain::Result<int> InsertBasisondersteuningsnorm(
      const domain::Basisondersteuningsnorm& norm) = 0;
  /// Appends a new version of `invulling.school`'s account (`invulling.versie` ignored) with
  /// its elements; returns the version assigned.
  virtual domain::Result<int> InsertBasisInvulling(const domain::BasisInvulling& invulling) = 0;

  // Placement rounds (issue 5 item 5; read port in app/ports_plaatsingsronde.h). Rounds,
  // lines and closings are appended, never changed.
  /// Inserts round `ronde` (`id` ignored) with its lines in their order; returns its id.
  virtual domain::Result<int64_t> InsertPlaatsingsronde(const domain::Plaatsingsronde& ronde) = 0;
  /// Appends a line of round `ronde` of `swv` at place `volgorde` (an edit); returns its id.
  virtual domain::Result<int64_t> InsertRondeRegel(int64_t ronde, const std::string& swv,
                                                   int volgorde,
                                                   const domain::RondeRegel& regel) = 0;
  /// Appends the closing of round `ronde.id` (its stand, afgesloten_op, _door and
  /// afsluit_toelichting); kConflict when it already has one.
  virtual domain::Result<void> InsertRondeAfsluiting(const domain::Plaatsingsronde& ronde) = 0;
  /// Reads a round with its current lines inside the transaction.
  virtual domain::Result<std::optional<domain::Plaatsingsronde>> FindPlaatsingsronde(
      int64_t id) = 0;

  // Messages to parents (type in app/ports_bericht.h).
  /// Stores a message (`bericht.id` ignored); returns its id.
  virtual domain::Result<int64_t> InsertBericht(const Bericht& bericht) = 0;
  /// Marks message `id` about one of `kinderen` as read at `at`; false when there is none.
  virtual domain::Result<bool> MarkeerGelezen(int64_t id,
                                              const std::vector<domain::LeerlingId>& kinderen,
                                              domain::Timestamp at) = 0;

  // Ontwikkelingsperspectiefplannen (issue 7 item 4; read port in app/ports_opp.h). Versions,
  // consent steps and evaluations are appended, never changed.
  /// Inserts a plan without versions (`opp.id` ignored) with its `stand`, made by `door`;
  /// returns its id. kConflict when the student already has a plan at that school.
  virtual domain::Result<int64_t> InsertOpp(const domain::Opp& opp, const domain::OppStand& stand,
                                            const std::string& door) = 0;
  /// Appends version `versie` to plan `opp` of `swv`.
  virtual domain::Result<void> InsertOppVersie(int64_t opp, const std::string& swv,
                                               const domain::OppVersie& versie) = 0;
  /// Appends a consent step on version `versie` of plan `opp` of `swv`.
  virtual domain::Result<void> InsertOppInstemming(int64_t opp, const std::string& swv, int versie,
                                                   const domain::OppInstemmingStap& stap) = 0;
  /// Appends an evaluation to plan `opp` of `swv`.
  virtual domain::Result<void> InsertOppEvaluatie(int64_t opp, const std::string& swv,
                                                  const domain::OppEvaluatie& evaluatie) = 0;
  /// Stores the derived stand of plan `opp` (domain::StandVan) after a change.
  virtual domain::Result<void> UpdateOppStand(int64_t opp, const domain::OppStand& stand) = 0;
  /// Reads a plan with its versions, consent steps and evaluations inside the transaction.
  virtual domain::Result<std::optional<domain::Opp>> FindOpp(int64_t id) = 0;
};

/// How a transaction is run: all of `work` commits, or none of it.
class UnitOfWork {
 public:
  virtual ~UnitOfWork() = default;
  /// Runs `work` in one transaction; commits when it succeeds, rolls back otherwise.
  /// `bulk` relaxes durability for large imports (the database stays consistent).
  virtual domain::Result<void> Run(const std::function<domain::Result<void>(Writer&)>& work,
                                   bool bulk = false) = 0;
};

/// Read access to the event log.
class EventLog {
 public:
  virtual ~EventLog() = default;
  /// Events about `subject` (or all when empty), oldest first, at most `limit`.
  virtual domain::Result<std::vector<Event>> ListEvents(const std::string& subject,
                                                        int64_t limit) = 0;
};

}  // namespace passend::app
