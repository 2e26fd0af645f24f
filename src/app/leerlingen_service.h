#pragma once
// Use cases that read student data: every read is authorized against the policy's scope and
// recorded in the audit trail before the data leaves (fail closed).

#include <optional>
#include <string>
#include <vector>

#include "app/policy.h"
#include "app/ports_auth.h"

namespace passend::app {

/// A student's file as its reader may see it; the BSN only masked.
struct LeerlingInzicht {
  LeerlingDossier dossier;
  std::string bsn_gemaskeerd;  // `*****2333`
};

/// How many audit entries (newest first) one answer holds.
inline constexpr int64_t kAuditMaximum = 1000;

/// Reading students and their audit trail.
class LeerlingenInzage {
 public:
  LeerlingenInzage(UnitOfWork& work, LeerlingQueries& leerlingen, const BsnVault& vault,
                   const Clock& clock)
      : work_(work), leerlingen_(leerlingen), vault_(vault), clock_(clock) {}

  /// The students in `principal`'s scope matching `filter`; each listed student is audited.
  domain::Result<Page<LeerlingOverzicht>> Lijst(const Principal& principal,
                                                const std::string& client,
                                                const LeerlingFilter& filter, PageRequest page);

  /// One student's file. kNotFound when it does not exist or lies outside the scope: telling
  /// the two apart would reveal that a child exists.
  domain::Result<LeerlingInzicht> Dossier(const Principal& principal, const std::string& client,
                                          domain::LeerlingId id);

  /// Finds a student by BSN within the scope (the BSN travels in a request body, never a URL).
  domain::Result<domain::LeerlingId> ZoekOpBsn(const Principal& principal,
                                               const std::string& client, const domain::Bsn& bsn);

  /// Who read or changed this student's data ("wie keek er in het dossier van mijn kind").
  domain::Result<std::vector<AuditEntry>> Audit(const Principal& principal,
                                                const std::string& client, domain::LeerlingId id);

 private:
  domain::Result<LeerlingDossier> LoadInScope(const Principal& principal, domain::LeerlingId id);
  domain::Result<void> Record(const Principal& principal, const std::string& client,
                              const std::vector<domain::LeerlingId>& ids, const std::string& actie,
                              const std::string& wat);

  UnitOfWork& work_;
  LeerlingQueries& leerlingen_;
  const BsnVault& vault_;
  const Clock& clock_;
};

/// The store filter for what `principal` may see.
LeerlingScope ScopeOf(const Principal& principal);

}  // namespace passend::app
