#pragma once
// Who does something: every use case receives an Actor and records it in events and audit.

#include <string>

namespace passend::app {

/// The person or process behind a request.
struct Actor {
  std::string gebruiker;    // account name, or `systeem` / `cli` for processes
  std::string rol;          // role code (`school`, `swv`, ...), or `systeem`
  std::string organisatie;  // the scope's code (school, SWV, gemeente), empty if national
  std::string client;       // client address for web requests, `cli` for the command line
};

/// The actor for command-line maintenance (demo generation, migrations).
inline Actor CliActor(std::string what) { return Actor{std::move(what), "systeem", "", "cli"}; }

}  // namespace passend::app
