#pragma once
// Use cases of registrations (aanmeldingen) and the zorgplicht: register, extend, decide,
// list, read and the timeline. Every change is one transaction with its event and an audit
// entry; every read of a registration is audited for its student before the data leaves.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/ports_aanmelding.h"
#include "app/ports_geschil.h"
#include "app/registry_service.h"

namespace passend::app {

/// A registration as the API receives it.
struct NieuweAanmelding {
  /// An existing student's id, or a child new to Passend (woongemeente and woonpositie may be
  /// left empty: the school's municipality and position then stand in).
  std::variant<domain::LeerlingId, domain::Leerling> leerling;
  domain::Vestigingscode school;
  domain::Date aanmelddatum{};
  bool schriftelijk = true;
  std::optional<domain::Date> gewenste_startdatum;
  bool eerste_keuze = true;
  bool vooraanmelding = false;
  std::vector<domain::Ondersteuningsbehoefte> ondersteuningsbehoeften;
};

/// A registration with its status on today's date.
struct AanmeldingInzicht {
  AanmeldingOverzicht overzicht;
  domain::AanmeldingStatus status;
  /// Among the student's undecided registrations, the one whose school holds the zorgplicht
  /// (single reads only; none in lists or when the registration is decided).
  std::optional<int64_t> zorgplicht_houder;
};

/// How many timeline entries one answer holds.
inline constexpr int64_t kTijdlijnMaximum = 1000;

/// Registrations and their decision term.
class AanmeldingService {
 public:
  AanmeldingService(UnitOfWork& work, AanmeldingQueries& aanmeldingen,
                    SwvInstellingenQueries& instellingen, LeerlingQueries& leerlingen,
                    EventLog& events, const LeerlingRegistratie& registratie, const Clock& clock,
                    domain::ZorgplichtTermijnen termijnen)
      : work_(work),
        aanmeldingen_(aanmeldingen),
        instellingen_(instellingen),
        leerlingen_(leerlingen),
        events_(events),
        registratie_(registratie),
        clock_(clock),
        termijnen_(termijnen) {}

  /// Registers at a school in `principal`'s scope (a school its own location, an SWV with a
  /// centraal aanmeldpunt its schools); kNotFound for a school or existing student outside
  /// the scope; kRegel when the first choice among the student's open registrations would be
  /// unclear.
  domain::Result<AanmeldingInzicht> Registreer(const Principal& principal,
                                               const std::string& client,
                                               const NieuweAanmelding& nieuw);
  /// Extends the term once by `weken` weeks with a reason for the parents.
  domain::Result<AanmeldingInzicht> Verleng(const Principal& principal, const std::string& client,
                                            int64_t id, int weken, std::string reden);
  /// Records the decision (hoorrecht required; see domain::Beslis).
  domain::Result<AanmeldingInzicht> Besluit(const Principal& principal, const std::string& client,
                                            int64_t id, domain::Besluit besluit);
  /// Registrations in `principal`'s scope; each listed student is audited.
  domain::Result<Page<AanmeldingInzicht>> Lijst(const Principal& principal,
                                                const std::string& client,
                                                const AanmeldingFilter& filter, PageRequest page);
  /// How many registrations in `principal`'s scope have each status, in
  /// kAlleAanmeldingStatussen order. Counts only: nothing is audited.
  domain::Result<std::vector<int64_t>> Tellingen(const Principal& principal);
  /// Whether `principal` may register, extend and decide: at `aanmelding`'s school, or (when
  /// null) anywhere at all (a school account; an SWV only with a centraal aanmeldpunt).
  domain::Result<bool> MagBeheren(const Principal& principal,
                                  const domain::Aanmelding* aanmelding = nullptr);
  /// One registration; kNotFound when missing or outside the scope.
  domain::Result<AanmeldingInzicht> Get(const Principal& principal, const std::string& client,
                                        int64_t id);
  /// Every step of one registration from the event log, oldest first.
  domain::Result<std::vector<Event>> Tijdlijn(const Principal& principal, const std::string& client,
                                              int64_t id);

  /// One registration as `principal` may see it (scope, and for an SWV domain::SwvZiet),
  /// without auditing: for use cases that act on it and audit themselves; kNotFound otherwise.
  domain::Result<AanmeldingOverzicht> LoadInScope(const Principal& principal, int64_t id);

  const domain::ZorgplichtTermijnen& Termijnen() const { return termijnen_; }
  /// Today's date by the service's clock (UTC).
  domain::Date Vandaag() const;

 private:
  domain::Result<AanmeldingInzicht> Inzicht(AanmeldingOverzicht overzicht) const;
  /// Loads, checks the managing scope, applies `change` and stores it with its event.
  domain::Result<AanmeldingInzicht> Wijzig(
      const Principal& principal, const std::string& client, int64_t id,
      const std::function<domain::Result<std::string>(Writer&, domain::Aanmelding&)>& change,
      const std::string& type, const std::string& wat);

  UnitOfWork& work_;
  AanmeldingQueries& aanmeldingen_;
  SwvInstellingenQueries& instellingen_;
  LeerlingQueries& leerlingen_;
  EventLog& events_;
  const LeerlingRegistratie& registratie_;
  const Clock& clock_;
  domain::ZorgplichtTermijnen termijnen_;
};

}  // namespace passend::app
