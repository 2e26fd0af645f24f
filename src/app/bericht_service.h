#pragma once
// Messages to parents (berichten): written by the use cases in the transaction of the change
// they report (Meld), read by the parent in the portal. WPO art. 40 / WVO art. 27: the
// parents are told when the school extends the decision term, and why.

#include <string>

#include "app/ports.h"
#include "app/ports_bericht.h"
#include "app/principal.h"

namespace passend::app {

/// Writes a message to the parents of `leerling` inside the change's transaction.
domain::Result<void> Meld(Writer& writer, const Clock& clock, domain::LeerlingId leerling,
                          std::string onderwerp, std::string tekst, std::string link);

/// A page of messages with how many are unread in all.
struct BerichtenOverzicht {
  Page<Bericht> berichten;
  int64_t ongelezen = 0;
};

/// The parent's messages.
class BerichtService {
 public:
  BerichtService(UnitOfWork& work, BerichtQueries& queries, const Clock& clock)
      : work_(work), queries_(queries), clock_(clock) {}

  /// The messages about `principal`'s children, newest first; each read is audited.
  domain::Result<BerichtenOverzicht> Lijst(const Principal& principal, const std::string& client,
                                           PageRequest page);
  /// How many are unread (for the navigation); nothing is audited.
  domain::Result<int64_t> Ongelezen(const Principal& principal);
  /// Marks message `id` as read; kNotFound when it is not about one of the children.
  domain::Result<void> Gelezen(const Principal& principal, const std::string& client, int64_t id);

 private:
  UnitOfWork& work_;
  BerichtQueries& queries_;
  const Clock& clock_;
};

}  // namespace passend::app
