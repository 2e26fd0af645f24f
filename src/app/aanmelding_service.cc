#include "app/aanmelding_service.h"

#include <algorithm>

#include "app/aanmelding_events.h"
#include "app/audit.h"
#include "app/bericht_service.h"
#include "app/leerlingen_service.h"
#include "app/policy.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

Result<void> NietGevonden() {
  return Fail(ErrorCode::kNotFound, "Deze aanmelding is niet gevonden.");
}

// Where a registration stands for scope: its school, that school's board and SWV, and the
// child (for the parent). Municipalities hold no permission on registrations.
LeerlingPlaats PlaatsVan(const AanmeldingOverzicht& o) {
  return LeerlingPlaats{o.aanmelding.leerling, o.aanmelding.school.str(), o.bestuur,
                        o.aanmelding.swv, ""};
}

// Who may change a registration: the school it was made at, or the SWV of that school when
// it runs a centraal aanmeldpunt (§3.1). Boards and parents only read.
bool MagBeherenBij(const Principal& principal, const std::string& school, const std::string& swv,
                   const domain::SwvInstellingen& instellingen) {
  if (principal.organisatie.empty()) return false;
  if (principal.rol == domain::Rol::kSchool) return principal.organisatie == school;
  if (principal.rol == domain::Rol::kSwv) {
    return principal.organisatie == swv && instellingen.centraal_aanmeldpunt;
  }
  return false;
}

// WPO art. 40 / WVO art. 27: with registrations at several schools the first-choice school
// holds the zorgplicht, so the parents must name exactly one. The rule itself is
// domain::ZorgplichtHouder; here its refusal is a 422.
Result<std::optional<int64_t>> Houder(const std::vector<domain::Aanmelding>& open) {
  if (open.empty()) return std::optional<int64_t>();
  std::vector<domain::Aanmeldkeuze> keuzes;
  for (const auto& a : open) keuzes.push_back({a.id, a.eerste_keuze, a.aanmelddatum});
  auto houder = domain::ZorgplichtHouder(keuzes);
  if (!houder) {
    domain::Error error = houder.error();
    error.code = ErrorCode::kRegel;
    return std::unexpected(std::move(error));
  }
  return std::optional<int64_t>(*houder);
}

}  // namespace

domain::Date AanmeldingService::Vandaag() const {
  // The clock is UTC; between midnight and 01:00/02:00 Dutch time this is still yesterday,
  // which errs on the side of the family (a deadline lapses an hour or two later).
  return domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
}

Result<AanmeldingInzicht> AanmeldingService::Inzicht(AanmeldingOverzicht overzicht) const {
  PASSEND_ASSIGN_OR_RETURN(auto status,
                           domain::StatusOp(overzicht.aanmelding, termijnen_, Vandaag()));
  return AanmeldingInzicht{std::move(overzicht), std::move(status), std::nullopt};
}

Result<AanmeldingOverzicht> AanmeldingService::LoadInScope(const Principal& principal, int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto found, aanmeldingen_.FindAanmelding(id));
  if (!found || !InScope(principal, PlaatsVan(*found))) {
    return std::unexpected(NietGevonden().error());
  }
  if (principal.rol == domain::Rol::kSwv) {
    // Without meldingsplicht the SWV sees only what it must act on (domain::SwvZiet).
    PASSEND_ASSIGN_OR_RETURN(auto instellingen,
                             instellingen_.FindSwvInstellingen(found->aanmelding.swv));
    if (!domain::SwvZiet(instellingen, found->aanmelding, termijnen_,
                         {found->aanmelding.door_swv, found->in_geschil}, Vandaag())) {
      return std::unexpected(NietGevonden().error());
    }
  }
  return std::move(*found);
}

Result<AanmeldingInzicht> AanmeldingService::Registreer(const Principal& principal,
                                                        const std::string& client,
                                                        const NieuweAanmelding& nieuw) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kAanmeldingenBeheren));
  domain::Aanmelding a;
  a.school = nieuw.school;
  a.aanmelddatum = nieuw.aanmelddatum;
  a.schriftelijk = nieuw.schriftelijk;
  // The API records the day the written registration was complete as its date.
  if (nieuw.schriftelijk) a.compleet_op = nieuw.aanmelddatum;
  a.gewenste_startdatum = nieuw.gewenste_startdatum;
  a.eerste_keuze = nieuw.eerste_keuze;
  a.vooraanmelding = nieuw.vooraanmelding;
  a.ondersteuningsbehoeften = nieuw.ondersteuningsbehoeften;
  a.beslistermijn_dagen = termijnen_.beslistermijn_dagen;
  PASSEND_RETURN_IF_ERROR(domain::Valideer(a));

  if (const auto* bestaand = std::get_if<domain::LeerlingId>(&nieuw.leerling)) {
    // An existing student must be one the account may already see: an id alone must not
    // reveal (or attach a registration to) a child elsewhere.
    PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(*bestaand));
    if (!dossier || !InScope(principal, dossier->plaats)) {
      return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.", "leerling");
    }
    a.leerling = *bestaand;
  }

  const Actor actor = principal.AsActor(client);
  int64_t id = 0;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto school, writer.FindSchool(nieuw.school));
    const std::string swv = school && school->swv ? school->swv->str() : "";
    domain::SwvInstellingen instellingen;
    if (!swv.empty()) {
      PASSEND_ASSIGN_OR_RETURN(instellingen, writer.FindSwvInstellingen(swv));
    }
    if (!school || !MagBeherenBij(principal, school->code.str(), swv, instellingen)) {
      // A school outside the scope is answered as missing, like a student outside it.
      return Fail(
          ErrorCode::kNotFound,
          "Er is geen schoolvestiging met code " + nieuw.school.str() + " binnen uw bereik.",
          "school");
    }
    a.swv = swv;
    if (const auto* kind = std::get_if<domain::Leerling>(&nieuw.leerling)) {
      domain::Leerling leerling = *kind;
      // Until an address look-up (BAG) exists, the postcode and house number are kept as
      // given and the school's municipality and position stand in for where the child lives:
      // children almost always register at a school near home, and the SWV of the school is
      // the one that answers for the registration.
      if (leerling.woongemeente.str().empty()) leerling.woongemeente = school->gemeente;
      if (leerling.woonpositie == domain::Coordinates{}) leerling.woonpositie = school->positie;
      PASSEND_ASSIGN_OR_RETURN(
          a.leerling, registratie_.RegistreerIn(writer, actor, leerling, *school, std::nullopt));
    }
    a.door_swv = principal.rol == domain::Rol::kSwv;
    PASSEND_ASSIGN_OR_RETURN(auto open, writer.OpenAanmeldingenVan(a.leerling));
    for (const auto& bestaand : open) {
      // One open registration per child and school: a second would start a second clock.
      if (bestaand.school == a.school) {
        return Fail(ErrorCode::kConflict,
                    "Dit kind heeft al een open aanmelding bij deze school (aanmelding " +
                        std::to_string(bestaand.id) + ").",
                    "leerling");
      }
    }
    if (!open.empty()) {
      open.push_back(a);
      PASSEND_RETURN_IF_ERROR(Houder(open));
    }
    const auto deadline = UitersteBeslisdatum(a, termijnen_);
    PASSEND_ASSIGN_OR_RETURN(id, writer.InsertAanmelding(a, deadline));
    PASSEND_RETURN_IF_ERROR(
        writer.AppendEvent(MakeEvent(clock_, actor, kAanmeldingGeregistreerd, AanmeldingSubject(id),
                                     swv, GeregistreerdPayload(a, deadline))));
    auto [onderwerp, tekst] = OudersBericht(kAanmeldingGeregistreerd, a, deadline, termijnen_);
    PASSEND_RETURN_IF_ERROR(Meld(writer, clock_, a.leerling, std::move(onderwerp), std::move(tekst),
                                 "/aanmeldingen/" + std::to_string(id)));
    PASSEND_RETURN_IF_ERROR(writer.AppendAudit(
        AuditEntry{0, clock_.Now(), actor, a.leerling, "gewijzigd",
                   "aanmelding " + std::to_string(id) + " geregistreerd bij " + a.school.str()}));
    return {};
  }));
  PASSEND_ASSIGN_OR_RETURN(auto stored, aanmeldingen_.FindAanmelding(id));
  if (!stored) return Fail(ErrorCode::kInternal, "De aanmelding is na opslaan niet gevonden.");
  return Inzicht(std::move(*stored));
}

Result<AanmeldingInzicht> AanmeldingService::Wijzig(
    const Principal& principal, const std::string& client, int64_t id,
    const std::function<Result<std::string>(Writer&, domain::Aanmelding&)>& change,
    const std::string& type, const std::string& wat) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kAanmeldingenBeheren));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    // Read, check and write in one (immediate) transaction: two parallel extensions cannot
    // both pass the "only once" rule.
    PASSEND_ASSIGN_OR_RETURN(auto found, writer.FindAanmelding(id));
    domain::SwvInstellingen instellingen;
    if (found && !found->swv.empty()) {
      PASSEND_ASSIGN_OR_RETURN(instellingen, writer.FindSwvInstellingen(found->swv));
    }
    if (!found || !MagBeherenBij(principal, found->school.str(), found->swv, instellingen)) {
      return NietGevonden();
    }
    domain::Aanmelding a = std::move(*found);
    PASSEND_ASSIGN_OR_RETURN(std::string payload, change(writer, a));
    const auto deadline = UitersteBeslisdatum(a, termijnen_);
    PASSEND_RETURN_IF_ERROR(writer.UpdateAanmelding(a, deadline));
    PASSEND_RETURN_IF_ERROR(
        writer.AppendEvent(MakeEvent(clock_, actor, type, AanmeldingSubject(id), a.swv, payload)));
    auto [onderwerp, tekst] = OudersBericht(type, a, deadline, termijnen_);
    PASSEND_RETURN_IF_ERROR(Meld(writer, clock_, a.leerling, std::move(onderwerp), std::move(tekst),
                                 "/aanmeldingen/" + std::to_string(id)));
    PASSEND_RETURN_IF_ERROR(
        writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, a.leerling, "gewijzigd",
                                      "aanmelding " + std::to_string(id) + ": " + wat}));
    return {};
  }));
  PASSEND_ASSIGN_OR_RETURN(auto stored, aanmeldingen_.FindAanmelding(id));
  if (!stored) return std::unexpected(NietGevonden().error());
  return Inzicht(std::move(*stored));
}

Result<AanmeldingInzicht> AanmeldingService::Verleng(const Principal& principal,
                                                     const std::string& client, int64_t id,
                                                     int weken, std::string reden) {
  // WPO art. 40 / WVO art. 27: the extension is counted in weeks (at most 4 by law); the
  // maximum in days comes from configuration and is checked by the domain (422 beyond it).
  if (weken < 1) {
    return Fail(ErrorCode::kInvalid, "Verleng met minstens 1 week.", "weken");
  }
  const int dagen = weken > 520 ? 520 * 7 : weken * 7;
  return Wijzig(
      principal, client, id,
      [&](Writer&, domain::Aanmelding& a) -> Result<std::string> {
        PASSEND_RETURN_IF_ERROR(domain::Verleng(a, termijnen_, dagen, reden, Vandaag()));
        return VerlengdPayload(a, weken, UitersteBeslisdatum(a, termijnen_));
      },
      kAanmeldingVerlengd, "beslistermijn verlengd");
}

Result<AanmeldingInzicht> AanmeldingService::Besluit(const Principal& principal,
                                                     const std::string& client, int64_t id,
                                                     domain::Besluit besluit) {
  return Wijzig(
      principal, client, id,
      [&](Writer& writer, domain::Aanmelding& a) -> Result<std::string> {
        if (besluit.andere_school && !besluit.andere_school->empty()) {
          if (*besluit.andere_school == a.school.str()) {
            return Fail(ErrorCode::kRegel,
                        "De andere school moet een andere school zijn dan die van de aanmelding.",
                        "andereSchool");
          }
          auto code = domain::Vestigingscode::Parse(*besluit.andere_school);
          if (code) {
            PASSEND_ASSIGN_OR_RETURN(auto andere, writer.FindSchool(*code));
            if (!andere) {
              return Fail(ErrorCode::kInvalid,
                          "Er is geen schoolvestiging met code " + *besluit.andere_school + ".",
                          "andereSchool");
            }
          }
        }
        PASSEND_RETURN_IF_ERROR(domain::Beslis(a, termijnen_, besluit));
        return BeslotenPayload(*a.besluit);
      },
      kAanmeldingBesloten, "besluit vastgelegd");
}

Result<Page<AanmeldingInzicht>> AanmeldingService::Lijst(const Principal& principal,
                                                         const std::string& client,
                                                         const AanmeldingFilter& filter,
                                                         PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kAanmeldingenLezen));
  PASSEND_ASSIGN_OR_RETURN(
      auto found, aanmeldingen_.ListAanmeldingen(ScopeOf(principal), filter,
                                                 {Vandaag(), termijnen_.signaal_dagen}, page));
  Page<AanmeldingInzicht> result;
  result.total = found.total;
  result.request = found.request;
  std::vector<domain::LeerlingId> ids;
  for (auto& item : found.items) {
    ids.push_back(item.aanmelding.leerling);
    PASSEND_ASSIGN_OR_RETURN(auto inzicht, Inzicht(std::move(item)));
    result.items.push_back(std::move(inzicht));
  }
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client), ids, "in lijst",
                                          "aanmelding in lijst"));
  return result;
}

Result<std::vector<int64_t>> AanmeldingService::Tellingen(const Principal& principal) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kAanmeldingenLezen));
  return aanmeldingen_.TelAanmeldingen(ScopeOf(principal), {Vandaag(), termijnen_.signaal_dagen});
}

Result<bool> AanmeldingService::MagBeheren(const Principal& principal,
                                           const domain::Aanmelding* aanmelding) {
  if (!RolMag(principal.rol, Permission::kAanmeldingenBeheren)) return false;
  std::string swv;
  if (aanmelding != nullptr) {
    swv = aanmelding->swv;
  } else if (principal.rol == domain::Rol::kSwv) {
    swv = principal.organisatie;
  }
  domain::SwvInstellingen instellingen;
  if (!swv.empty()) {
    PASSEND_ASSIGN_OR_RETURN(instellingen, instellingen_.FindSwvInstellingen(swv));
  }
  if (aanmelding == nullptr) {
    return principal.rol == domain::Rol::kSchool || instellingen.centraal_aanmeldpunt;
  }
  return MagBeherenBij(principal, aanmelding->school.str(), swv, instellingen);
}

Result<AanmeldingInzicht> AanmeldingService::Get(const Principal& principal,
                                                 const std::string& client, int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kAanmeldingenLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, LoadInScope(principal, id));
  PASSEND_ASSIGN_OR_RETURN(auto inzicht, Inzicht(std::move(found)));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    if (!inzicht.overzicht.aanmelding.besluit) {
      PASSEND_ASSIGN_OR_RETURN(auto open,
                               writer.OpenAanmeldingenVan(inzicht.overzicht.aanmelding.leerling));
      // An unclear first choice (older data) is shown as "unknown", not refused.
      auto houder = Houder(open);
      if (houder) inzicht.zorgplicht_houder = *houder;
    }
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor,
                                         inzicht.overzicht.aanmelding.leerling, "bekeken",
                                         "aanmelding " + std::to_string(id)});
  }));
  return inzicht;
}

Result<std::vector<Event>> AanmeldingService::Tijdlijn(const Principal& principal,
                                                       const std::string& client, int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kAanmeldingenLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, LoadInScope(principal, id));
  PASSEND_ASSIGN_OR_RETURN(auto events,
                           events_.ListEvents(AanmeldingSubject(id), kTijdlijnMaximum));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) {
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, found.aanmelding.leerling,
                                         "bekeken",
                                         "tijdlijn van aanmelding " + std::to_string(id)});
  }));
  return events;
}

}  // namespace passend::app
