#include "app/audit.h"

#include <algorithm>

#include "app/ports_auth.h"

namespace passend::app {

domain::Result<void> AuditLeerlingen(UnitOfWork& work, const Clock& clock, const Actor& actor,
                                     const std::vector<domain::LeerlingId>& leerlingen,
                                     const std::string& actie, const std::string& wat) {
  // A list shows a student once per row; the trail needs them once per read.
  std::vector<domain::LeerlingId> ids;
  for (const auto& id : leerlingen) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  if (ids.empty()) return {};
  const domain::Timestamp now = clock.Now();
  return work.Run([&](Writer& writer) -> domain::Result<void> {
    for (const auto& id : ids) {
      PASSEND_RETURN_IF_ERROR(writer.AppendAudit(AuditEntry{0, now, actor, id, actie, wat}));
    }
    return {};
  });
}

}  // namespace passend::app
