#include "store/key_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace passend::store {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

constexpr size_t kKeyBytes = crypto_kdf_KEYBYTES;  // 32
// Subkey ids under one context: separate keys for sealing and for look-up, so that the
// look-up hash reveals nothing about the ciphertext key.
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "PassBSN1";
constexpr uint64_t kSealSubkey = 1;
constexpr uint64_t kLookupSubkey = 2;

bool EnsureSodium() {
  static const bool ok = sodium_init() >= 0;
  return ok;
}

class SodiumVault final : public app::BsnVault {
 public:
  explicit SodiumVault(const std::string& master) {
    crypto_kdf_derive_from_key(seal_key_, sizeof seal_key_, kSealSubkey, kKdfContext,
                               reinterpret_cast<const unsigned char*>(master.data()));
    crypto_kdf_derive_from_key(lookup_key_, sizeof lookup_key_, kLookupSubkey, kKdfContext,
                               reinterpret_cast<const unsigned char*>(master.data()));
  }
  ~SodiumVault() override {
    sodium_memzero(seal_key_, sizeof seal_key_);
    sodium_memzero(lookup_key_, sizeof lookup_key_);
  }
  SodiumVault(const SodiumVault&) = delete;
  SodiumVault& operator=(const SodiumVault&) = delete;

  app::SealedBsn Seal(const domain::Bsn& bsn) const override {
    const std::string& plain = bsn.digits();
    std::string out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), '\0');
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(bytes, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(bytes + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), bytes,
                          seal_key_);
    return app::SealedBsn{std::move(out), Lookup(bsn)};
  }

  std::string Lookup(const domain::Bsn& bsn) const override {
    std::string out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                       reinterpret_cast<const unsigned char*>(bsn.digits().data()),
                       bsn.digits().size(), lookup_key_, sizeof lookup_key_);
    return out;
  }

  Result<domain::Bsn> Open(const std::string& ciphertext) const override {
    constexpr size_t kOverhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (ciphertext.size() <= kOverhead) {
      return Fail(ErrorCode::kInternal, "Versleuteld BSN is beschadigd.");
    }
    std::string plain(ciphertext.size() - kOverhead, '\0');
    const auto* bytes = reinterpret_cast<const unsigned char*>(ciphertext.data());
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char*>(plain.data()), bytes + crypto_secretbox_NONCEBYTES,
            ciphertext.size() - crypto_secretbox_NONCEBYTES, bytes, seal_key_) != 0) {
      return Fail(ErrorCode::kInternal,
                  "Het BSN kan niet worden ontsleuteld: het sleutelbestand hoort niet bij deze "
                  "database.");
    }
    return domain::Bsn::Parse(plain);
  }

 private:
  unsigned char seal_key_[crypto_secretbox_KEYBYTES];
  unsigned char lookup_key_[crypto_generichash_KEYBYTES];
};

}  // namespace

std::string DefaultKeyPath(const std::string& db_path) { return db_path + ".key"; }

Result<std::string> LoadOrCreateKey(const std::string& path) {
  if (!EnsureSodium()) return Fail(ErrorCode::kInternal, "libsodium kon niet starten.");
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    // O_EXCL: two processes starting at once never overwrite each other's key.
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0 && errno != EEXIST) {
      return Fail(ErrorCode::kUnavailable,
                  fmt::format("Het sleutelbestand '{}' kan niet worden aangemaakt: {}", path,
                              std::strerror(errno)));
    }
    if (fd >= 0) {
      unsigned char key[kKeyBytes];
      crypto_kdf_keygen(key);
      char hex[kKeyBytes * 2 + 1];
      sodium_bin2hex(hex, sizeof hex, key, sizeof key);
      sodium_memzero(key, sizeof key);
      const std::string line = std::string(hex) + "\n";
      const bool written = write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
      close(fd);
      if (!written)
        return Fail(ErrorCode::kUnavailable, "Het sleutelbestand kon niet worden geschreven.");
    }
    if (stat(path.c_str(), &info) != 0) {
      return Fail(ErrorCode::kUnavailable, "Het sleutelbestand is verdwenen.");
    }
  }
  if ((info.st_mode & 077) != 0) {
    return Fail(ErrorCode::kUnavailable,
                fmt::format("Het sleutelbestand '{}' is leesbaar voor anderen; zet de rechten "
                            "op 0600 (chmod 600).",
                            path));
  }
  std::ifstream in(path);
  std::string hex;
  in >> hex;
  std::string key(kKeyBytes, '\0');
  size_t length = 0;
  if (hex.size() != kKeyBytes * 2 ||
      sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), hex.data(),
                     hex.size(), nullptr, &length, nullptr) != 0 ||
      length != kKeyBytes) {
    return Fail(ErrorCode::kUnavailable,
                fmt::format("Het sleutelbestand '{}' is ongeldig (verwacht 64 hexadecimale "
                            "tekens).",
                            path));
  }
  return key;
}

std::unique_ptr<app::BsnVault> MakeSodiumVault(const std::string& master_key) {
  EnsureSodium();
  return std::make_unique<SodiumVault>(master_key);
}

}  // namespace passend::store
