#include "app/registry_service.h"

#include <nlohmann/json.hpp>

#include "app/ports_auth.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

Event MakeEvent(const Clock& clock, const Actor& actor, std::string type, std::string subject,
                std::string swv, std::string payload) {
  Event event;
  event.at = clock.Now();
  event.actor = actor;
  event.type = std::move(type);
  event.subject = std::move(subject);
  event.swv = std::move(swv);
  event.payload = std::move(payload);
  return event;
}

Result<Page<SwvOverzicht>> PubliekRegister::Samenwerkingsverbanden(PageRequest page) {
  return queries_.ListSamenwerkingsverbanden(page);
}

Result<SwvOverzicht> PubliekRegister::Samenwerkingsverband(const domain::SwvCode& code) {
  PASSEND_ASSIGN_OR_RETURN(auto found, queries_.FindSamenwerkingsverband(code));
  if (!found) {
    return Fail(ErrorCode::kNotFound,
                "Er is geen samenwerkingsverband met code " + code.str() + ".");
  }
  return std::move(*found);
}

Result<Page<SchoolOverzicht>> PubliekRegister::Scholen(const SchoolFilter& filter,
                                                       PageRequest page) {
  return queries_.ListScholen(filter, page);
}

Result<SchoolOverzicht> PubliekRegister::School(const domain::Vestigingscode& code) {
  PASSEND_ASSIGN_OR_RETURN(auto found, queries_.FindSchool(code));
  if (!found) {
    return Fail(ErrorCode::kNotFound, "Er is geen schoolvestiging met code " + code.str() + ".");
  }
  return std::move(*found);
}

Result<std::vector<Telling>> PubliekRegister::LeerlingenPerSoort(
    const std::optional<domain::SwvCode>& swv) {
  return queries_.TelLeerlingen(swv);
}

namespace {

std::string SwvOf(const domain::School& school) { return school.swv ? school.swv->str() : ""; }

// The event payload names the student by id only: the log is read by more people than the
// file, and a BSN never goes into it.
std::string InschrijvingPayload(domain::LeerlingId leerling, const domain::School& school,
                                domain::Date van) {
  return nlohmann::json{{"leerling", leerling.value},
                        {"school", school.code.str()},
                        {"van", domain::FormatIsoDate(van)}}
      .dump();
}

}  // namespace

Result<domain::LeerlingId> LeerlingRegistratie::Registreer(const Actor& actor,
                                                           const NieuweLeerling& nieuw) {
  if (domain::DaysBetween(nieuw.leerling.geboortedatum, nieuw.van) < 0) {
    return Fail(ErrorCode::kInvalid, "De inschrijving kan niet vóór de geboortedatum beginnen.",
                "van");
  }
  domain::LeerlingId id;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto school, writer.FindSchool(nieuw.school));
    if (!school) {
      return Fail(ErrorCode::kNotFound,
                  "Er is geen schoolvestiging met code " + nieuw.school.str() + ".", "school");
    }
    PASSEND_ASSIGN_OR_RETURN(id, RegistreerIn(writer, actor, nieuw.leerling, *school, nieuw.van));
    return {};
  }));
  return id;
}

Result<domain::LeerlingId> LeerlingRegistratie::RegistreerIn(
    Writer& writer, const Actor& actor, const domain::Leerling& leerling,
    const domain::School& school, std::optional<domain::Date> van) const {
  if (leerling.bsn.digits().empty()) {
    return Fail(ErrorCode::kInvalid, "Vul een geldig BSN in.", "bsn");
  }
  if (leerling.achternaam.empty()) {
    return Fail(ErrorCode::kInvalid, "Vul de achternaam in.", "achternaam");
  }
  const SealedBsn sealed = vault_.Seal(leerling.bsn);
  PASSEND_ASSIGN_OR_RETURN(bool exists, writer.BsnExists(sealed.lookup));
  if (exists) {
    // The message does not repeat the BSN (it may end up in a log or on a screen).
    return Fail(ErrorCode::kConflict, "Er is al een leerling met dit BSN geregistreerd.", "bsn");
  }
  const std::string swv = SwvOf(school);
  PASSEND_ASSIGN_OR_RETURN(auto id, writer.InsertLeerling(leerling, sealed, swv));
  std::string payload;
  if (van) {
    PASSEND_RETURN_IF_ERROR(
        writer.InsertInschrijving(domain::Inschrijving{id, school.code, *van, std::nullopt}, swv));
    payload = InschrijvingPayload(id, school, *van);
  } else {
    payload = nlohmann::json{{"leerling", id.value}, {"aangemeldBij", school.code.str()}}.dump();
  }
  PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, "LeerlingGeregistreerd",
                                                       "leerling/" + std::to_string(id.value), swv,
                                                       std::move(payload))));
  // Changes of personal data are audited as well as logged: the audit trail is what a
  // parent reads ("who touched my child's file").
  PASSEND_RETURN_IF_ERROR(writer.AppendAudit(
      AuditEntry{0, clock_.Now(), actor, id, "gewijzigd", "leerling geregistreerd"}));
  return id;
}

Result<void> LeerlingRegistratie::SchrijfIn(const Actor& actor, domain::LeerlingId leerling,
                                            const domain::Vestigingscode& school_code,
                                            domain::Date van) {
  return work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto record, writer.FindLeerling(leerling));
    if (!record) {
      return Fail(ErrorCode::kNotFound, "Deze leerling bestaat niet.", "leerling");
    }
    PASSEND_ASSIGN_OR_RETURN(auto school, writer.FindSchool(school_code));
    if (!school) {
      return Fail(ErrorCode::kNotFound,
                  "Er is geen schoolvestiging met code " + school_code.str() + ".", "school");
    }
    if (record->inschrijving && domain::DaysBetween(record->inschrijving->van, van) <= 0) {
      return Fail(ErrorCode::kInvalid,
                  "De nieuwe inschrijving moet na het begin van de huidige inschrijving liggen.",
                  "van");
    }
    // One school at a time: the old enrolment ends the day before the new one starts.
    PASSEND_RETURN_IF_ERROR(writer.EndOpenInschrijvingen(leerling, domain::AddDays(van, -1)));
    const std::string swv = SwvOf(*school);
    PASSEND_RETURN_IF_ERROR(
        writer.InsertInschrijving(domain::Inschrijving{leerling, school_code, van, {}}, swv));
    // The record follows the student: the new school's SWV answers for them from now on, and
    // the old one no longer sees them.
    PASSEND_RETURN_IF_ERROR(writer.SetLeerlingSwv(leerling, swv));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(
        clock_, actor, "LeerlingIngeschreven", "leerling/" + std::to_string(leerling.value), swv,
        InschrijvingPayload(leerling, *school, van))));
    PASSEND_RETURN_IF_ERROR(writer.AppendAudit(AuditEntry{
        0, clock_.Now(), actor, leerling, "gewijzigd", "ingeschreven bij " + school_code.str()}));
    return {};
  });
}

std::chrono::sys_seconds SystemClock::Now() const {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace passend::app
