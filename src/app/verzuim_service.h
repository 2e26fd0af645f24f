#pragma once
// Use cases of absence cases (verzuimmeldingen) and thuiszitters (issue 6; domain.md §3.5;
// docs/verzuim.md): register, end, record a fitting offer, hand over to the
// onderwijsconsulent, read, list, the thuiszitters of an SWV and the Inspectie's quarterly
// register. Every change is one transaction with its event (`verzuim/{id}`) and an audit
// entry; every read of a case is audited for its student before the data leaves.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/config.h"
#include "app/ports.h"
#include "app/ports_geschil.h"
#include "app/ports_verzuim.h"
#include "app/principal.h"

namespace passend::app {

/// A case as the API receives it.
struct NieuweVerzuimmelding {
  domain::LeerlingId leerling;
  domain::VerzuimType type = domain::VerzuimType::kAbsoluutVerzuim;
  domain::Date startdatum{};
  /// The school that reports; defaults to the student's current school for the types where
  /// the child is registered at one (langdurig relatief, relatief verzuim, ziek).
  std::optional<domain::Vestigingscode> school;
  /// Exemption 5 onder a only: the date of the doctor's statement (Leerplichtwet art. 7).
  std::optional<domain::Date> artsverklaring;
};

/// How a case ended.
struct VerzuimEinde {
  domain::Date einddatum{};
  domain::Beeindiging reden = domain::Beeindiging::kTerugNaarSchool;
  std::string toelichting;
};

/// A case with its status on today's date.
struct VerzuimInzicht {
  VerzuimOverzicht overzicht;
  domain::VerzuimStatus status;
  /// Exemption 5 onder a: its term, renewal deadline and reminders.
  std::optional<domain::VrijstellingStatus> vrijstelling;
  /// Dutch notes for the reader, e.g. that the holidays the clock used are example dates.
  std::vector<std::string> waarschuwingen;
};

/// What the verzuim use cases are configured with (config/passend.json, config/vakanties.json).
struct VerzuimParameters {
  domain::VerzuimTermijnen termijnen;
  domain::VrijstellingTermijnen vrijstelling;
  /// Every region's holidays; each SWV's cases use its own region (SwvInstellingen).
  Vakantiekalender kalender;
  /// The region of an SWV that has not chosen one.
  domain::Vakantieregio standaard_regio = domain::Vakantieregio::kMidden;
};

/// The current thuiszitters of one SWV as one account may see them.
struct ThuiszittersOverzicht {
  std::string swv;
  domain::Date peildatum{};
  domain::Thuiszittertelling telling;        // over every running case in scope
  std::vector<VerzuimInzicht> thuiszitters;  // longest at home first
};

/// Event types of a case's steps.
inline constexpr char kVerzuimGemeld[] = "VerzuimGemeld";
inline constexpr char kVerzuimBeeindigd[] = "VerzuimBeeindigd";
inline constexpr char kVerzuimAanbodGedaan[] = "VerzuimAanbodGedaan";
inline constexpr char kVerzuimOvergedragen[] = "VerzuimOvergedragen";
inline constexpr char kDoorbraakGevraagd[] = "DoorbraakGevraagd";
inline constexpr char kDoorbraakBesloten[] = "DoorbraakBesloten";
inline constexpr char kVrijstellingsadviesGegeven[] = "VrijstellingsadviesGegeven";

/// Which cases `principal` may list: its student scope; the onderwijsconsulent only the cases
/// of its SWV handed over to it (seed 003 §4.3).
VerzuimScope VerzuimScopeVoor(const Principal& principal);

/// The event subject of case `id`: `verzuim/{id}`.
std::string VerzuimSubject(int64_t id);

/// Absence cases and thuiszitters.
class VerzuimService {
 public:
  VerzuimService(UnitOfWork& work, VerzuimQueries& verzuim, LeerlingQueries& leerlingen,
                 SwvInstellingenQueries& instellingen, const Clock& clock,
                 VerzuimParameters parameters)
      : work_(work),
        verzuim_(verzuim),
        leerlingen_(leerlingen),
        instellingen_(instellingen),
        clock_(clock),
        termijnen_(parameters.termijnen),
        parameters_(std::move(parameters)) {}

  /// Registers a case for a student in `principal`'s scope (kNotFound outside it, also for a
  /// school outside it); validation by domain::Valideer (kInvalid naming the field) and, for
  /// an exemption 5 onder a, domain::ValideerVrijstelling with the SWV's advice when its
  /// settings require one (kRegel naming `advies`).
  domain::Result<VerzuimInzicht> Registreer(const Principal& principal, const std::string& client,
                                            const NieuweVerzuimmelding& nieuw);
  /// Ends a running case (domain::Beeindig; kConflict when already ended).
  domain::Result<VerzuimInzicht> Beeindig(const Principal& principal, const std::string& client,
                                          int64_t id, const VerzuimEinde& einde);
  /// Records the fitting offer (domain::RegistreerAanbod; kRegel when one exists).
  domain::Result<VerzuimInzicht> Aanbod(const Principal& principal, const std::string& client,
                                        int64_t id, domain::PassendAanbod aanbod);
  /// Hands a running thuiszitter case to the onderwijsconsulent: only the SWV of the case
  /// (kForbidden otherwise), once (kConflict), and not before the 4-school-week trigger
  /// (seed 003 §4.3; kRegel naming the day it may).
  domain::Result<VerzuimInzicht> DraagOver(const Principal& principal, const std::string& client,
                                           int64_t id);
  /// Escalates a running case to the region's doorbraakaanpak (domain::VraagDoorbraak), naming
  /// who holds doorzettingsmacht under the SWV's settings today.
  domain::Result<VerzuimInzicht> VraagDoorbraak(const Principal& principal,
                                                const std::string& client, int64_t id,
                                                std::string reden);
  /// Records the decision on escalation `volgnummer` (domain::BesluitDoorbraak): only an SWV
  /// or municipality account (kForbidden otherwise; the holder is a coordinator, a committee
  /// or an alderman); kNotFound for an unknown escalation.
  domain::Result<VerzuimInzicht> BesluitDoorbraak(const Principal& principal,
                                                  const std::string& client, int64_t id,
                                                  int volgnummer, domain::Date datum,
                                                  std::string besluit, std::string besloten_door);
  /// Records the SWV's education-perspective advice about a student in its scope before an
  /// exemption 5 onder a (seed 000 #8): only an SWV account, for itself (kForbidden).
  domain::Result<domain::Vrijstellingsadvies> GeefAdvies(const Principal& principal,
                                                         const std::string& client,
                                                         domain::LeerlingId leerling,
                                                         std::string advies,
                                                         std::optional<domain::Date> datum);
  /// The advices about a student in scope, newest first; audited.
  domain::Result<std::vector<domain::Vrijstellingsadvies>> Adviezen(const Principal& principal,
                                                                    const std::string& client,
                                                                    domain::LeerlingId leerling);
  /// One case; kNotFound when missing or outside the scope.
  domain::Result<VerzuimInzicht> Get(const Principal& principal, const std::string& client,
                                     int64_t id);
  /// Cases in scope, newest start first; each listed student is audited.
  domain::Result<Page<VerzuimInzicht>> Lijst(const Principal& principal, const std::string& client,
                                             VerzuimFilter filter, PageRequest page);
  /// The thuiszitters of `swv` today within the scope, with days at home and signals, and
  /// the counts beside them (sick children and exemptions never counted in); each listed
  /// student is audited.
  domain::Result<ThuiszittersOverzicht> Thuiszitters(const Principal& principal,
                                                     const std::string& client,
                                                     const std::string& swv);
  /// The Inspectie's quarterly register of `swv` as CSV (domain::KwartaalregistratieCsv):
  /// only an account of that SWV (kForbidden for other roles, kNotFound for another SWV).
  /// Anonymised, so no student is audited.
  domain::Result<std::string> Kwartaalregistratie(const Principal& principal,
                                                  const std::string& swv,
                                                  domain::Kwartaal kwartaal);

  /// Today's date by the service's clock (UTC).
  domain::Date Vandaag() const;
  const domain::VerzuimTermijnen& Termijnen() const { return termijnen_; }
  /// The school holidays that pause the school-week clock of the cases of `swv`: those of the
  /// region in its settings, else of the configured default region.
  const domain::Schoolvakanties& VakantiesVan(const std::string& swv) const;
  /// A lookup of the holidays of each case's SWV that reads each SWV's settings once (for one
  /// request: a later settings change is seen by the next request).
  std::function<const domain::Schoolvakanties&(const domain::Verzuimmelding&)> VakantiesPerSwv()
      const;
  /// The holiday region of `swv` (its setting, else the default).
  domain::Vakantieregio RegioVan(const std::string& swv) const;
  const domain::VrijstellingTermijnen& VrijstellingTermijnen() const {
    return parameters_.vrijstelling;
  }

 private:
  VerzuimInzicht Inzicht(VerzuimOverzicht overzicht) const;
  /// Inzicht with the holidays of the case's SWV already looked up (lists look up once per SWV).
  VerzuimInzicht Inzicht(VerzuimOverzicht overzicht,
                         const domain::Schoolvakanties& vakanties) const;
  /// Notes about the holiday dates the case's clock depends on (example or missing years).
  std::vector<std::string> Waarschuwingen(const domain::Verzuimmelding& melding) const;
  domain::Result<VerzuimOverzicht> LoadInScope(const Principal& principal, int64_t id);
  /// Loads inside the transaction, checks the scope, applies `change` and stores it with its
  /// event and audit entry.
  domain::Result<VerzuimInzicht> Wijzig(
      const Principal& principal, const std::string& client, int64_t id,
      const std::function<domain::Result<std::string>(VerzuimRecord&)>& change,
      const std::string& type, const std::string& wat);
  domain::Result<void> Audit(const Principal& principal, const std::string& client,
                             const std::vector<domain::LeerlingId>& ids, const std::string& actie,
                             const std::string& wat);

  UnitOfWork& work_;
  VerzuimQueries& verzuim_;
  LeerlingQueries& leerlingen_;
  SwvInstellingenQueries& instellingen_;
  const Clock& clock_;
  domain::VerzuimTermijnen termijnen_;
  VerzuimParameters parameters_;
};

}  // namespace passend::app
