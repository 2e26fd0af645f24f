#pragma once
// Ports for messages to parents (berichten).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/paging.h"
#include "domain/registry.h"
#include "domain/timestamp.h"

namespace passend::app {

/// One message to the parents of a student, about a change in their child's case.
struct Bericht {
  int64_t id = 0;
  domain::LeerlingId leerling;
  domain::Timestamp aangemaakt{};
  std::string onderwerp;  // Dutch, one line
  std::string tekst;      // Dutch, plain words
  std::string link;       // the page it is about, e.g. `/aanmeldingen/12`
  std::optional<domain::Timestamp> gelezen_op;
};

/// Reads of messages.
class BerichtQueries {
 public:
  virtual ~BerichtQueries() = default;
  /// The messages about `kinderen`, newest first.
  virtual domain::Result<Page<Bericht>> ListBerichten(
      const std::vector<domain::LeerlingId>& kinderen, PageRequest page) = 0;
  /// How many messages about `kinderen` are unread.
  virtual domain::Result<int64_t> TelOngelezen(const std::vector<domain::LeerlingId>& kinderen) = 0;
};

}  // namespace passend::app
