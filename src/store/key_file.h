#pragma once
// The master key for personal data at rest, kept in a file outside the database.

#include <memory>
#include <string>

#include "app/ports.h"

namespace passend::store {

/// Loads the 32-byte key from `path` (hex), creating it with mode 0600 when it does not
/// exist. Refuses a key file that others can read.
domain::Result<std::string> LoadOrCreateKey(const std::string& path);

/// The default key file for a database: the database path with `.key` appended.
std::string DefaultKeyPath(const std::string& db_path);

/// A BsnVault using libsodium: XSalsa20-Poly1305 secretbox for the value and a keyed BLAKE2b
/// hash for look-up, each with its own subkey derived from the master key.
std::unique_ptr<app::BsnVault> MakeSodiumVault(const std::string& master_key);

}  // namespace passend::store
