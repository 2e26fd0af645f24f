#pragma once
// Rows of verzuim_doorbraken and vrijstellingsadviezen (migration 0008), shared by the
// reads (SqliteVerzuim) and the writes (SqliteWriter).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/doorbraak.h"
#include "domain/vrijstelling.h"
#include "store/sqlite/connection.h"

namespace passend::store::sqlite {

/// The escalations of case `verzuim_id`, in order.
domain::Result<std::vector<domain::Doorbraak>> LoadDoorbraken(Connection& connection,
                                                              int64_t verzuim_id);

/// Stores every escalation of case `verzuim_id` (insert new ones, record decisions).
domain::Result<void> SaveDoorbraken(Connection& connection, int64_t verzuim_id,
                                    const std::vector<domain::Doorbraak>& doorbraken);

/// The advices about `leerling` (of `swv` only when given), newest first.
domain::Result<std::vector<domain::Vrijstellingsadvies>> ReadVrijstellingsadviezen(
    Connection& connection, domain::LeerlingId leerling, const std::optional<std::string>& swv);

}  // namespace passend::store::sqlite
