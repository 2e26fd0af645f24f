#include "app/bericht_service.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/audit.h"
#include "app/policy.h"
#include "app/ports_auth.h"
#include "app/registry_service.h"

namespace passend::app {

using domain::Result;

Result<void> Meld(Writer& writer, const Clock& clock, domain::LeerlingId leerling,
                  std::string onderwerp, std::string tekst, std::string link) {
  Bericht bericht;
  bericht.leerling = leerling;
  bericht.aangemaakt = clock.Now();
  bericht.onderwerp = std::move(onderwerp);
  bericht.tekst = std::move(tekst);
  bericht.link = std::move(link);
  PASSEND_RETURN_IF_ERROR(writer.InsertBericht(bericht));
  return {};
}

Result<BerichtenOverzicht> BerichtService::Lijst(const Principal& principal,
                                                 const std::string& client, PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kBerichtenLezen));
  BerichtenOverzicht overzicht;
  PASSEND_ASSIGN_OR_RETURN(overzicht.berichten, queries_.ListBerichten(principal.kinderen, page));
  PASSEND_ASSIGN_OR_RETURN(overzicht.ongelezen, queries_.TelOngelezen(principal.kinderen));
  std::vector<domain::LeerlingId> ids;
  for (const auto& b : overzicht.berichten.items) ids.push_back(b.leerling);
  PASSEND_RETURN_IF_ERROR(
      AuditLeerlingen(work_, clock_, principal.AsActor(client), ids, "bekeken", "berichten"));
  return overzicht;
}

Result<int64_t> BerichtService::Ongelezen(const Principal& principal) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kBerichtenLezen));
  return queries_.TelOngelezen(principal.kinderen);
}

Result<void> BerichtService::Gelezen(const Principal& principal, const std::string& client,
                                     int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kBerichtenLezen));
  const Actor actor = principal.AsActor(client);
  return work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(bool gevonden,
                             writer.MarkeerGelezen(id, principal.kinderen, clock_.Now()));
    if (!gevonden) {
      return domain::Fail(domain::ErrorCode::kNotFound, "Dit bericht is niet gevonden.");
    }
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, "BerichtGelezen",
                                                         "bericht/" + std::to_string(id), "",
                                                         nlohmann::json{{"bericht", id}}.dump())));
    return {};
  });
}

}  // namespace passend::app
