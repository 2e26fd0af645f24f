#pragma once
// The demo plans (engine/demo_opp.h) written as OppService would have written them: the plan
// with its stand, its versions, consent steps and evaluations, one event per step on its day
// (app/opp_events.h) and the parents' messages when consent was asked or refused.

#include <chrono>
#include <cstdint>
#include <vector>

#include "app/actor.h"
#include "app/ports.h"
#include "engine/demo_opp.h"

namespace passend::app {

/// Writes `opps` through `writer` (inside the demo import's transaction) by `actor`; events and
/// messages are stamped on their step's day, never after `nu`. Returns how many events it
/// appended.
domain::Result<int64_t> SchrijfDemoOpps(Writer& writer, const std::vector<engine::DemoOpp>& opps,
                                        const Actor& actor, std::chrono::sys_seconds nu,
                                        const domain::OppTermijnen& termijnen = {});

}  // namespace passend::app
