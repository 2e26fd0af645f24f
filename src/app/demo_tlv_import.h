#pragma once
// Stores the demo TLVs and arrangementen (engine/demo_tlv.h) inside the demo import's one
// transaction: each request replayed through the domain's rules as TlvService takes its steps,
// with the event of every step (payloads from app/tlv_events.h, shared with the use case) and
// the parents' messages on the decisions (older decisions as a bulk, see SchrijfDemoTlvs); each
// catalogue entry and assignment as ArrangementService stores it, with its events
// (app/arrangement_events.h). No audit entries: nobody looked at or changed a file (as for the
// other demo records).

#include <cstdint>

#include "app/actor.h"
#include "app/ports.h"
#include "engine/demo_tlv.h"

namespace passend::app {

/// What SchrijfDemoTlvs wrote.
struct DemoTlvTelling {
  int64_t tlv_aanvragen = 0;
  int64_t arrangementen = 0;
  int64_t toekenningen = 0;
  int64_t events = 0;
};

/// Writes `data` through `writer` as `actor`; events carry the day of the step they describe
/// (never later than `nu`); `vandaag` is the demo's today for the requests' checks. Requests
/// decided more than 90 days before `vandaag` with no later step are the register Passend
/// started with: stored without their steps' events and messages, counted in one
/// `TlvsGeladen` event per SWV.
domain::Result<DemoTlvTelling> SchrijfDemoTlvs(Writer& writer, const engine::DemoTlvData& data,
                                               const Actor& actor, domain::Timestamp nu,
                                               domain::Date vandaag);

}  // namespace passend::app
