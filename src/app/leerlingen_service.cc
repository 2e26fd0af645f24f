#include "app/leerlingen_service.h"

#include "app/audit.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

LeerlingScope ScopeOf(const Principal& principal) {
  using Soort = LeerlingScope::Soort;
  switch (principal.rol) {
    case domain::Rol::kOuder:
      return {Soort::kKinderen, "", principal.kinderen};
    case domain::Rol::kSchool:
      return {Soort::kSchool, principal.organisatie, {}};
    case domain::Rol::kBestuur:
      return {Soort::kBestuur, principal.organisatie, {}};
    case domain::Rol::kSwv:
      return {Soort::kSwv, principal.organisatie, {}};
    case domain::Rol::kGemeente:
      return {Soort::kGemeente, principal.organisatie, {}};
    default:
      // Consulenten see cases handed to them (not yet modelled); the others see no student.
      return {Soort::kGeen, "", {}};
  }
}

namespace {

Result<void> NotFound() { return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden."); }

}  // namespace

Result<void> LeerlingenInzage::Record(const Principal& principal, const std::string& client,
                                      const std::vector<domain::LeerlingId>& ids,
                                      const std::string& actie, const std::string& wat) {
  return AuditLeerlingen(work_, clock_, principal.AsActor(client), ids, actie, wat);
}

Result<Page<LeerlingOverzicht>> LeerlingenInzage::Lijst(const Principal& principal,
                                                        const std::string& client,
                                                        const LeerlingFilter& filter,
                                                        PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kLeerlingenLezen));
  PASSEND_ASSIGN_OR_RETURN(auto result,
                           leerlingen_.ListLeerlingen(ScopeOf(principal), filter, page));
  std::vector<domain::LeerlingId> ids;
  ids.reserve(result.items.size());
  for (const auto& item : result.items) ids.push_back(item.id);
  PASSEND_RETURN_IF_ERROR(Record(principal, client, ids, "in lijst", "naam en school in lijst"));
  return result;
}

Result<LeerlingDossier> LeerlingenInzage::LoadInScope(const Principal& principal,
                                                      domain::LeerlingId id) {
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(id));
  if (!dossier || !InScope(principal, dossier->plaats)) {
    return std::unexpected(NotFound().error());
  }
  return std::move(*dossier);
}

Result<LeerlingInzicht> LeerlingenInzage::Dossier(const Principal& principal,
                                                  const std::string& client,
                                                  domain::LeerlingId id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kLeerlingenLezen));
  PASSEND_ASSIGN_OR_RETURN(auto dossier, LoadInScope(principal, id));
  PASSEND_ASSIGN_OR_RETURN(auto bsn, vault_.Open(dossier.record.bsn.ciphertext));
  PASSEND_RETURN_IF_ERROR(Record(principal, client, {id}, "bekeken",
                                 "dossier: personalia, verzorgers, inschrijvingen"));
  return LeerlingInzicht{std::move(dossier), bsn.Masked()};
}

Result<domain::LeerlingId> LeerlingenInzage::ZoekOpBsn(const Principal& principal,
                                                       const std::string& client,
                                                       const domain::Bsn& bsn) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kLeerlingenLezen));
  PASSEND_ASSIGN_OR_RETURN(auto id, leerlingen_.FindByBsnLookup(vault_.Lookup(bsn)));
  if (!id) return std::unexpected(NotFound().error());
  PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] auto dossier, LoadInScope(principal, *id));
  PASSEND_RETURN_IF_ERROR(Record(principal, client, {*id}, "gezocht", "gezocht op BSN"));
  return *id;
}

Result<std::vector<AuditEntry>> LeerlingenInzage::Audit(const Principal& principal,
                                                        const std::string& client,
                                                        domain::LeerlingId id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kAuditLezen));
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(id));
  if (!dossier || !MagAuditZien(principal, dossier->plaats)) {
    return std::unexpected(NotFound().error());
  }
  PASSEND_ASSIGN_OR_RETURN(auto entries, leerlingen_.ListAudit(id, kAuditMaximum));
  PASSEND_RETURN_IF_ERROR(Record(principal, client, {id}, "inzage bekeken", "auditoverzicht"));
  return entries;
}

}  // namespace passend::app
