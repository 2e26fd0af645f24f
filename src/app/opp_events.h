#pragma once
// The events of an ontwikkelingsperspectiefplan (OPP) and their payloads, and the messages to
// the parents (issue 7 item 4; domain.md §3.4). Payloads name the plan, dates, numbers and
// codes, never the child's name, a goal, a factor or the parents' explanation: those stay in
// the plan. Shared by the use case and the demo import.

#include <cstdint>
#include <string>
#include <utility>

#include "domain/opp.h"

namespace passend::app {

/// Event types of a plan's steps.
inline constexpr char kOppAangemaakt[] = "OppAangemaakt";    // the plan is due, no version yet
inline constexpr char kOppVastgesteld[] = "OppVastgesteld";  // the first version
inline constexpr char kOppVersieVastgesteld[] = "OppVersieVastgesteld";  // every later version
inline constexpr char kOppInstemmingGevraagd[] = "OppInstemmingGevraagd";
inline constexpr char kOppInstemmingGegeven[] = "OppInstemmingGegeven";
inline constexpr char kOppInstemmingGeweigerd[] = "OppInstemmingGeweigerd";
inline constexpr char kOppEvaluatieVastgelegd[] = "OppEvaluatieVastgelegd";

/// The event subject of plan `id`: `opp/{id}`.
std::string OppSubject(int64_t id);

/// JSON payload of `OppAangemaakt`: student id, school, SWV, kind of school, placement date.
std::string OppAangemaaktPayload(const domain::Opp& opp);

/// JSON payload of `OppVastgesteld` and `OppVersieVastgesteld`: the plan's student, school and
/// placement, the version's number and date, its uitstroomprofiel, how many goals, and whether
/// the student was heard.
std::string OppVersiePayload(const domain::Opp& opp, const domain::OppVersie& versie);

/// The event type of `versie`: OppVastgesteld for the first, OppVersieVastgesteld after it.
const char* OppVersieEvent(const domain::OppVersie& versie);

/// JSON payload of the consent events: the version, the state and its date.
std::string OppInstemmingPayload(int versie, const domain::OppInstemmingStap& stap);

/// The event type of a consent step's state.
const char* OppInstemmingEvent(domain::Instemming status);

/// JSON payload of `OppEvaluatieVastgelegd`: the date and the number of evaluations so far.
std::string OppEvaluatiePayload(const domain::Opp& opp, const domain::OppEvaluatie& evaluatie);

/// The message to the parents (subject, text) asking their consent on `opp`'s newest version.
std::pair<std::string, std::string> OppInstemmingVraagBericht(const domain::Opp& opp);

/// The message to the parents (subject, text) after they refused: the version still in force
/// and the dispute route.
std::pair<std::string, std::string> OppWeigeringBericht(const domain::Opp& opp);

}  // namespace passend::app
