#include "app/arrangement_service.h"

#include <fmt/format.h>

#include "app/arrangement_events.h"
#include "app/audit.h"
#include "app/leerlingen_service.h"
#include "app/policy.h"
#include "app/registry_service.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

Result<void> ArrangementNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Dit arrangement is niet gevonden.");
}

Result<void> ToekenningNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Deze toekenning is niet gevonden.");
}

// Only an SWV keeps a catalogue and assigns from it (issue 7 item 1).
Result<void> AlleenEenSwv(const Principal& principal) {
  if (principal.rol != domain::Rol::kSwv) {
    return Fail(ErrorCode::kForbidden,
                "Alleen een samenwerkingsverband beheert arrangementen en kent ze toe.");
  }
  return {};
}

// Where an assignment stands for scope: the SWV that funds it, the school where the support is
// given, that school's board, and the child.
LeerlingPlaats PlaatsVan(const domain::Toekenning& t, const std::string& bestuur) {
  return LeerlingPlaats{t.leerling, t.school.str(), bestuur, t.swv.str(), ""};
}

}  // namespace

domain::Date ArrangementService::Vandaag() const {
  return domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
}

Result<Page<domain::Arrangement>> ArrangementService::Catalogus(const Principal& principal,
                                                                ArrangementFilter filter,
                                                                PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kArrangementLezen));
  if (!filter.swv && principal.rol == domain::Rol::kSwv) filter.swv = principal.organisatie;
  return arrangementen_.ListArrangementen(filter, page);
}

Result<domain::Arrangement> ArrangementService::Get(const Principal& principal, int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kArrangementLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, arrangementen_.FindArrangement(id));
  // The catalogue is no secret, but an SWV works in its own: another's entry is not there.
  if (!found || (principal.rol == domain::Rol::kSwv && found->swv.str() != principal.organisatie)) {
    return std::unexpected(ArrangementNietGevonden().error());
  }
  return *found;
}

Result<domain::Arrangement> ArrangementService::NieuwArrangement(const Principal& principal,
                                                                 const std::string& client,
                                                                 domain::Arrangement a) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kArrangementBeheren));
  PASSEND_RETURN_IF_ERROR(AlleenEenSwv(principal));
  PASSEND_ASSIGN_OR_RETURN(a.swv, domain::SwvCode::Parse(principal.organisatie));
  a.actief = true;
  PASSEND_RETURN_IF_ERROR(domain::Valideer(a));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(a.id, writer.InsertArrangement(a));
    // A catalogue entry names no student: the event is its audit trail.
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, kArrangementAangemaakt,
                                                         ArrangementSubject(a.id), a.swv.str(),
                                                         ArrangementPayload(a))));
    return {};
  }));
  return a;
}

Result<domain::Arrangement> ArrangementService::WijzigArrangement(const Principal& principal,
                                                                  const std::string& client,
                                                                  int64_t id,
                                                                  const ArrangementWijziging& w) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kArrangementBeheren));
  PASSEND_RETURN_IF_ERROR(AlleenEenSwv(principal));
  const Actor actor = principal.AsActor(client);
  domain::Arrangement a;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto found, writer.FindArrangement(id));
    if (!found || found->swv.str() != principal.organisatie) return ArrangementNietGevonden();
    a = std::move(*found);
    if (w.naam) a.naam = *w.naam;
    if (w.omschrijving) a.omschrijving = *w.omschrijving;
    if (w.tarief) a.tarief = *w.tarief;
    if (w.bedrag) a.bedrag = *w.bedrag;
    if (w.actief) a.actief = *w.actief;
    PASSEND_RETURN_IF_ERROR(domain::Valideer(a));
    PASSEND_RETURN_IF_ERROR(writer.UpdateArrangement(a));
    // The event keeps the entry as it stood after each change: the price history.
    PASSEND_RETURN_IF_ERROR(
        writer.AppendEvent(MakeEvent(clock_, actor, kArrangementGewijzigd, ArrangementSubject(id),
                                     a.swv.str(), ArrangementPayload(a))));
    return {};
  }));
  return a;
}

Result<ToekenningOverzicht> ArrangementService::Opgeslagen(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto stored, arrangementen_.FindToekenning(id));
  if (!stored) return Fail(ErrorCode::kInternal, "De toekenning is na opslaan niet gevonden.");
  return std::move(*stored);
}

Result<ToekenningOverzicht> ArrangementService::KenToe(const Principal& principal,
                                                       const std::string& client,
                                                       const NieuweToekenning& nieuw) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kArrangementBeheren));
  PASSEND_RETURN_IF_ERROR(AlleenEenSwv(principal));
  // Only a student the SWV may already see: an id alone must not attach money to a child
  // elsewhere.
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(nieuw.leerling));
  if (!dossier || !InScope(principal, dossier->plaats)) {
    return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.", "leerling");
  }
  auto school = domain::Vestigingscode::Parse(nieuw.school);
  if (!school) return Fail(ErrorCode::kInvalid, school.error().message, "school");
  const Actor actor = principal.AsActor(client);
  int64_t id = 0;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto arrangement, writer.FindArrangement(nieuw.arrangement));
    if (!arrangement || arrangement->swv.str() != principal.organisatie) {
      return Fail(ErrorCode::kNotFound, "Dit arrangement is niet gevonden.", "arrangement");
    }
    PASSEND_ASSIGN_OR_RETURN(auto bestaat, writer.FindSchool(*school));
    if (!bestaat) return Fail(ErrorCode::kInvalid, "Deze school is niet gevonden.", "school");
    domain::Toekenning t;
    t.arrangement = arrangement->id;
    t.swv = arrangement->swv;
    t.leerling = nieuw.leerling;
    t.school = *school;
    t.van = nieuw.van;
    t.tot = nieuw.tot;
    t.bedrag = nieuw.bedrag ? *nieuw.bedrag : arrangement->bedrag;
    PASSEND_RETURN_IF_ERROR(domain::Valideer(t, *arrangement));
    PASSEND_ASSIGN_OR_RETURN(id, writer.InsertToekenning(t, principal.gebruikersnaam));
    t.id = id;
    PASSEND_RETURN_IF_ERROR(
        writer.AppendEvent(MakeEvent(clock_, actor, kArrangementToegekend, ToekenningSubject(id),
                                     t.swv.str(), ToegekendPayload(t))));
    return writer.AppendAudit(
        AuditEntry{0, clock_.Now(), actor, t.leerling, "gewijzigd",
                   fmt::format("arrangement {} toegekend ({} tot en met {}, {})", arrangement->naam,
                               domain::FormatIsoDate(t.van), domain::FormatIsoDate(t.tot),
                               t.bedrag.Format())});
  }));
  return Opgeslagen(id);
}

Result<ToekenningOverzicht> ArrangementService::Beeindig(const Principal& principal,
                                                         const std::string& client, int64_t id,
                                                         domain::ToekenningEinde einde) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kArrangementBeheren));
  PASSEND_RETURN_IF_ERROR(AlleenEenSwv(principal));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    // Read, check and write in one transaction: two parallel ends cannot both pass.
    PASSEND_ASSIGN_OR_RETURN(auto found, writer.FindToekenning(id));
    if (!found || found->swv.str() != principal.organisatie) return ToekenningNietGevonden();
    domain::Toekenning t = std::move(*found);
    PASSEND_RETURN_IF_ERROR(domain::Beeindig(t, std::move(einde)));
    PASSEND_RETURN_IF_ERROR(writer.InsertToekenningEinde(t, principal.gebruikersnaam));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, kArrangementToekenningBeeindigd, ToekenningSubject(id),
                  t.swv.str(), ToekenningBeeindigdPayload(t))));
    return writer.AppendAudit(
        AuditEntry{0, clock_.Now(), actor, t.leerling, "gewijzigd",
                   fmt::format("toekenning {} {} op {}", id,
                               domain::IsIngetrokken(t) ? "ingetrokken" : "beëindigd",
                               domain::FormatIsoDate(t.einde->op))});
  }));
  return Opgeslagen(id);
}

Result<ToekenningOverzicht> ArrangementService::GetToekenning(const Principal& principal,
                                                              const std::string& client,
                                                              int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kArrangementLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, arrangementen_.FindToekenning(id));
  if (!found || !InScope(principal, PlaatsVan(found->toekenning, found->bestuur))) {
    return std::unexpected(ToekenningNietGevonden().error());
  }
  // Audited before the data leaves (fail closed).
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client),
                                          {found->toekenning.leerling}, "bekeken",
                                          "arrangementtoekenning " + std::to_string(id)));
  return std::move(*found);
}

Result<Page<ToekenningOverzicht>> ArrangementService::Toekenningen(const Principal& principal,
                                                                   const std::string& client,
                                                                   const ToekenningFilter& filter,
                                                                   PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kArrangementLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found,
                           arrangementen_.ListToekenningen(ScopeOf(principal), filter, page));
  std::vector<domain::LeerlingId> ids;
  for (const auto& item : found.items) ids.push_back(item.toekenning.leerling);
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client), ids, "in lijst",
                                          "arrangementtoekenning in lijst"));
  return found;
}

Result<ArrangementBedragen> ArrangementService::BedragenPerSchool(const Principal& principal,
                                                                  const std::string& swv,
                                                                  domain::Periode periode) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kArrangementLezen));
  // The SWV's own spending; schools see theirs on the transparency page of issue 8.
  if (principal.rol != domain::Rol::kSwv || principal.organisatie != swv) {
    return Fail(ErrorCode::kNotFound, "Dit samenwerkingsverband is niet gevonden.");
  }
  if (periode.tot < periode.van) {
    return Fail(ErrorCode::kInvalid, "De einddatum ligt niet voor de begindatum.", "tot");
  }
  PASSEND_ASSIGN_OR_RETURN(auto toekenningen,
                           arrangementen_.ToekenningenMetStartIn(swv, periode.van, periode.tot));
  ArrangementBedragen result;
  result.swv = swv;
  result.periode = periode;
  PASSEND_ASSIGN_OR_RETURN(result.per_school, domain::BedragenPerSchool(toekenningen, periode));
  for (const auto& [school, bedrag] : result.per_school) {
    PASSEND_ASSIGN_OR_RETURN(result.totaal, result.totaal.Add(bedrag.bedrag));
    result.aantal += bedrag.aantal;
  }
  return result;
}

}  // namespace passend::app
