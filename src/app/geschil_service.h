#pragma once
// Use cases of disputes (geschillen) between parents and school (§3.6): open one about a
// registration's decision, a removal or the OPP; start and close steps on the SWV's ladder;
// read and list them. Every change is one transaction with its event and an audit entry;
// every read is audited for the student before the data leaves. No step files or proposes
// a child-protection report (seed 000 #12): the ladder holds none.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "app/aanmelding_service.h"
#include "app/ports.h"
#include "app/ports_geschil.h"
#include "app/principal.h"

namespace passend::app {

/// A dispute as the API receives it: about a registration, or about a student at their
/// current school (removal, OPP).
struct NieuwGeschil {
  std::optional<int64_t> aanmelding;
  std::optional<domain::LeerlingId> leerling;  // required without `aanmelding`
  domain::Onderwerp onderwerp = domain::Onderwerp::kToelating;
  std::optional<domain::Date> besluitdatum;  // defaults to the registration's decision
  std::string omschrijving;
};

/// Starting the next step.
struct NieuweStap {
  std::string stap;  // ladder code
  domain::Date start{};
  std::string eigenaar;
};

/// Closing the current step.
struct StapAfronding {
  domain::Date einde{};
  std::string uitkomst;
};

/// A dispute with its rules applied: the replayed ladder, where it stands and whom the
/// parents can turn to.
struct GeschilInzicht {
  GeschilOverzicht overzicht;
  domain::Geschil geschil;
  std::optional<domain::LadderStap> volgende_stap;  // the next rung up, if any
  bool termijn_verstreken = false;
  domain::Steunpunt steunpunt;
};

/// Disputes and their steps.
class GeschilService {
 public:
  GeschilService(UnitOfWork& work, GeschilQueries& geschillen, AanmeldingService& aanmeldingen,
                 LeerlingQueries& leerlingen, SwvInstellingenQueries& instellingen,
                 const Clock& clock, domain::GpoTermijnen gpo)
      : work_(work),
        geschillen_(geschillen),
        aanmeldingen_(aanmeldingen),
        leerlingen_(leerlingen),
        instellingen_(instellingen),
        clock_(clock),
        gpo_(gpo) {}

  /// Opens a dispute on the ladder of the school's SWV; kNotFound for a registration or
  /// student outside the scope.
  domain::Result<GeschilInzicht> Open(const Principal& principal, const std::string& client,
                                      const NieuwGeschil& nieuw);
  /// Starts the next step; rule refusals (ladder goes up only, GPO filing term, ...) are
  /// kRegel.
  domain::Result<GeschilInzicht> StartStap(const Principal& principal, const std::string& client,
                                           int64_t id, const NieuweStap& stap);
  /// Closes step `volgnummer` (1-based), which must be the current open one.
  domain::Result<GeschilInzicht> RondAf(const Principal& principal, const std::string& client,
                                        int64_t id, int volgnummer, const StapAfronding& afronding);
  /// One dispute; kNotFound when missing or outside the scope.
  domain::Result<GeschilInzicht> Get(const Principal& principal, const std::string& client,
                                     int64_t id);
  /// Disputes in scope, newest first; each listed student is audited.
  domain::Result<Page<GeschilInzicht>> Lijst(const Principal& principal, const std::string& client,
                                             const GeschilFilter& filter, PageRequest page);

  /// Today's date by the service's clock (UTC).
  domain::Date Vandaag() const;

 private:
  domain::Result<GeschilInzicht> Inzicht(GeschilOverzicht overzicht);
  domain::Result<GeschilOverzicht> LoadInScope(const Principal& principal, int64_t id);
  /// Loads in scope, applies `change` to the rebuilt dispute and stores its steps with an
  /// event and an audit entry.
  domain::Result<GeschilInzicht> Wijzig(
      const Principal& principal, const std::string& client, int64_t id,
      const std::function<domain::Result<std::string>(domain::Geschil&)>& change,
      const std::string& type, const std::string& wat);

  UnitOfWork& work_;
  GeschilQueries& geschillen_;
  AanmeldingService& aanmeldingen_;
  LeerlingQueries& leerlingen_;
  SwvInstellingenQueries& instellingen_;
  const Clock& clock_;
  domain::GpoTermijnen gpo_;
};

}  // namespace passend::app
