#pragma once
// Use cases of the registry: public reads, registering students and enrolments.

#include <optional>
#include <string>

#include "app/actor.h"
#include "app/ports.h"

namespace passend::app {

/// Public, personal-data-free reads of SWVs and schools (anyone may call these).
class PubliekRegister {
 public:
  explicit PubliekRegister(RegistryQueries& queries) : queries_(queries) {}
  domain::Result<Page<SwvOverzicht>> Samenwerkingsverbanden(PageRequest page);
  /// Fails with kNotFound when there is no SWV with this code.
  domain::Result<SwvOverzicht> Samenwerkingsverband(const domain::SwvCode& code);
  domain::Result<Page<SchoolOverzicht>> Scholen(const SchoolFilter& filter, PageRequest page);
  /// Fails with kNotFound when there is no school location with this code.
  domain::Result<SchoolOverzicht> School(const domain::Vestigingscode& code);
  /// Students per SWV and kind of school; counts 1..4 are suppressed by the web layer's
  /// one helper before they leave (domain/suppression.h).
  domain::Result<std::vector<Telling>> LeerlingenPerSoort(
      const std::optional<domain::SwvCode>& swv);

 private:
  RegistryQueries& queries_;
};

/// A new student with the enrolment they start with.
struct NieuweLeerling {
  domain::Leerling leerling;  // id ignored; assigned by the store
  domain::Vestigingscode school;
  domain::Date van;
};

/// Registers students and moves their enrolments; each change is one transaction with its
/// event.
class LeerlingRegistratie {
 public:
  LeerlingRegistratie(UnitOfWork& work, const BsnVault& vault, const Clock& clock)
      : work_(work), vault_(vault), clock_(clock) {}

  /// Registers a student and enrols them. Fails (kConflict) when the BSN is already
  /// registered, (kNotFound) when the school does not exist, (kInvalid) on bad dates.
  domain::Result<domain::LeerlingId> Registreer(const Actor& actor, const NieuweLeerling& nieuw);

  /// Inside the caller's transaction: registers `leerling` in the scope of `school`'s SWV,
  /// enrolled there from `van` when given (a child registered at a school (aanmelding) is not
  /// enrolled yet), with its `LeerlingGeregistreerd` event and audit entry. Fails like
  /// Registreer on a missing name or BSN and on a BSN that is already registered.
  domain::Result<domain::LeerlingId> RegistreerIn(Writer& writer, const Actor& actor,
                                                  const domain::Leerling& leerling,
                                                  const domain::School& school,
                                                  std::optional<domain::Date> van) const;

  /// Enrols a registered student at `school` from `van`; an open enrolment elsewhere ends
  /// the day before.
  domain::Result<void> SchrijfIn(const Actor& actor, domain::LeerlingId leerling,
                                 const domain::Vestigingscode& school, domain::Date van);

 private:
  UnitOfWork& work_;
  const BsnVault& vault_;
  const Clock& clock_;
};

/// Builds an event stamped with `clock`'s now.
Event MakeEvent(const Clock& clock, const Actor& actor, std::string type, std::string subject,
                std::string swv, std::string payload);

}  // namespace passend::app
