#pragma once
// The app::Crypto port with libsodium: argon2id passwords, random tokens, token hashes.

#include <memory>

#include "app/ports_auth.h"

namespace passend::store {

/// How hard argon2id works: `kInteractive` for real accounts, `kMinimal` only for tests.
enum class PasswordCost { kInteractive, kMinimal };

/// Creates the libsodium-backed Crypto.
std::unique_ptr<app::Crypto> MakeSodiumCrypto(PasswordCost cost = PasswordCost::kInteractive);

}  // namespace passend::store
