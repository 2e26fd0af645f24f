#pragma once
// A fingerprint of the registry's logical content, independent of keys and nonces.

#include <string>

#include "app/ports.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::store::sqlite {

/// BLAKE2b (hex) over every registry row in a fixed order, with BSNs decrypted, so that two
/// databases with the same data (but different keys) give the same digest.
domain::Result<std::string> RegistryDigest(SqliteStore& store, const app::BsnVault& vault);

}  // namespace passend::store::sqlite
