#include "store/sodium_crypto.h"

#include <sodium.h>

#include <stdexcept>

namespace passend::store {

namespace {

class SodiumCrypto final : public app::Crypto {
 public:
  explicit SodiumCrypto(PasswordCost cost) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium kon niet starten");
    // OWASP: argon2id with libsodium's interactive limits (64 MiB, 2 passes) for logins.
    ops_ = cost == PasswordCost::kInteractive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                              : crypto_pwhash_OPSLIMIT_MIN;
    mem_ = cost == PasswordCost::kInteractive ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                                              : crypto_pwhash_MEMLIMIT_MIN;
  }

  std::string HashPassword(const std::string& password) const override {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops_, mem_,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
      throw std::runtime_error("onvoldoende geheugen voor argon2id");
    }
    return out;
  }

  bool VerifyPassword(const std::string& hash, const std::string& password) const override {
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
  }

  std::string RandomToken() const override {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(out, sizeof out, bytes, sizeof bytes,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
  }

  std::string TokenHash(const std::string& token) const override {
    // Tokens carry 256 random bits, so a plain (unkeyed) hash cannot be brute-forced.
    std::string out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                       reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr,
                       0);
    return out;
  }

 private:
  unsigned long long ops_;
  size_t mem_;
};

}  // namespace

std::unique_ptr<app::Crypto> MakeSodiumCrypto(PasswordCost cost) {
  return std::make_unique<SodiumCrypto>(cost);
}

}  // namespace passend::store
