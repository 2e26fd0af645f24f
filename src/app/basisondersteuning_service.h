#pragma once
// Use cases of the basisondersteuning (issue 5 item 3; domain.md §3.2;
// docs/basisondersteuning.md): the norm in force for a region (the SWV's own version from its
// ondersteuningsplan, else the national default from configuration), new SWV versions, a
// location's account of how it meets each element (public; the school itself records it), and
// the SWV's overview of its region. Every change is one transaction with its event.

#include <optional>
#include <string>
#include <vector>

#include "app/permission.h"
#include "app/ports.h"
#include "app/ports_basisondersteuning.h"
#include "app/principal.h"
#include "domain/basisondersteuning.h"

namespace passend::app {

/// A region's norm as the public reads it.
struct NormInzicht {
  std::string swv;                       // empty: the national default was asked
  domain::Basisondersteuningsnorm norm;  // the version shown
  bool in_kracht = false;                // the version in force today
  bool landelijk = false;                // the national default (no own version in force)
  std::vector<domain::Basisondersteuningsnorm> versies;  // the SWV's own versions, newest first
};

/// A location's account with the norm in force for it.
struct InvullingInzicht {
  SchoolOverzicht school;
  domain::Basisondersteuningsnorm norm;             // in force for this location today
  std::optional<domain::BasisInvulling> invulling;  // the version asked or current; none: never
  bool oudere_norm = false;                         // the account answers another norm version
  std::vector<InvullingVersie> versies;             // newest first
};

/// A new version of an account as the school submits it (school, version, norm and dates are
/// the service's).
struct NieuweInvulling {
  std::string toelichting;
  std::vector<domain::ElementInvulling> elementen;
};

/// The SWV's overview of its region.
struct BasisoverzichtInzicht {
  std::string swv;
  std::string swv_naam;
  domain::Basisondersteuningsnorm norm;  // in force today
  bool landelijk = false;
  domain::Basisoverzicht overzicht;
};

/// The norm, the accounts and the overview.
class BasisondersteuningService {
 public:
  BasisondersteuningService(UnitOfWork& work, BasisondersteuningQueries& queries,
                            RegistryQueries& registry, const Clock& clock,
                            domain::Basisondersteuningsnorm landelijk)
      : work_(work),
        queries_(queries),
        registry_(registry),
        clock_(clock),
        landelijk_(std::move(landelijk)) {}

  /// The national default (configuration; public).
  const domain::Basisondersteuningsnorm& Landelijk() const { return landelijk_; }

  /// `swv`'s norm: version `versie` of its own, or the one in force today (its own, else the
  /// national default); public. kNotFound for an unknown SWV or version.
  domain::Result<NormInzicht> Norm(const std::string& swv, std::optional<int> versie);
  /// Records a new version of the principal's own SWV's norm (kBasisondersteuningBeheren;
  /// another SWV is kForbidden: norms are public), checked by domain::Valideer (kInvalid
  /// naming the field), with its event `basisondersteuningsnorm/{swv}`.
  domain::Result<NormInzicht> StelNormVast(const Principal& principal, const std::string& client,
                                           const std::string& swv,
                                           domain::Basisondersteuningsnorm nieuw);

  /// A location's account, version `versie` or the current one, with the norm in force for it
  /// (public). kNotFound for an unknown location or version.
  domain::Result<InvullingInzicht> Invulling(const domain::Vestigingscode& school,
                                             std::optional<int> versie);
  /// Records a new version of the principal's own location's account
  /// (kBasisondersteuningBeschrijven; another location is kForbidden) against the norm in force
  /// (kInvalid naming the field, `elementen[2].hoe`), with its event
  /// `basisondersteuning/{locatie}`.
  domain::Result<InvullingInzicht> LegVast(const Principal& principal, const std::string& client,
                                           const domain::Vestigingscode& school,
                                           NieuweInvulling nieuw);

  /// The overview of `swv`'s region against the norm in force (kBasisondersteuningBeheren;
  /// kNotFound for another SWV: outside the principal's scope).
  domain::Result<BasisoverzichtInzicht> Overzicht(const Principal& principal,
                                                  const std::string& swv);

  /// Today's date by the service's clock (UTC).
  domain::Date Vandaag() const;

 private:
  // The norm in force today for `swv` (empty: the national default) and whether it is it.
  domain::Result<std::pair<domain::Basisondersteuningsnorm, bool>> NormInKracht(
      const std::string& swv);

  UnitOfWork& work_;
  BasisondersteuningQueries& queries_;
  RegistryQueries& registry_;
  const Clock& clock_;
  domain::Basisondersteuningsnorm landelijk_;
};

}  // namespace passend::app
