#pragma once
// The append-only event log: one entry per change, written in the change's transaction.

#include <chrono>
#include <cstdint>
#include <string>

#include "app/actor.h"
#include "domain/timestamp.h"

namespace passend::app {

/// One change, as stored. `payload` is a JSON object describing what changed (never a BSN).
struct Event {
  int64_t seq = 0;  // assigned by the store
  domain::Timestamp at;
  Actor actor;
  std::string type;     // e.g. `LeerlingGeregistreerd`
  std::string subject;  // what it is about, e.g. `leerling/42`
  std::string swv;      // the SWV it belongs to (authorization scope), may be empty
  std::string payload;  // JSON
};

}  // namespace passend::app
