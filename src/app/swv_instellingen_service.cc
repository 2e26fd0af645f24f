#include "app/swv_instellingen_service.h"

#include "app/geschil_events.h"
#include "app/policy.h"
#include "app/registry_service.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

Result<domain::SwvInstellingen> SwvInstellingenService::Get(const domain::SwvCode& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto found, registry_.FindSamenwerkingsverband(swv));
  if (!found) {
    return Fail(ErrorCode::kNotFound,
                "Er is geen samenwerkingsverband met code " + swv.str() + ".");
  }
  return queries_.FindSwvInstellingen(swv.str());
}

Result<domain::SwvInstellingen> SwvInstellingenService::Wijzig(
    const Principal& principal, const std::string& client, const domain::SwvCode& swv,
    const domain::SwvInstellingen& instellingen) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kInstellingenBeheren));
  if (principal.organisatie != swv.str()) {
    return Fail(ErrorCode::kForbidden,
                "U kunt alleen de instellingen van uw eigen samenwerkingsverband wijzigen.");
  }
  PASSEND_RETURN_IF_ERROR(domain::Valideer(instellingen));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_RETURN_IF_ERROR(writer.PutSwvInstellingen(swv.str(), instellingen));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, kSwvInstellingenGewijzigd, SwvInstellingenSubject(swv.str()),
                  swv.str(), SwvInstellingenPayload(instellingen))));
    return {};
  }));
  return queries_.FindSwvInstellingen(swv.str());
}

}  // namespace passend::app
