#pragma once
// The events of a TLV request and their payloads, and the message to the parents on the
// decision (issue 7; domain.md §3.3). Payloads name the request, dates and codes, never the
// child's name, the support need, an advice or a reason: those stay in the request.

#include <cstdint>
#include <string>
#include <utility>

#include "domain/tlv.h"

namespace passend::app {

/// Event types of a request's steps.
inline constexpr char kTlvAangevraagd[] = "TlvAangevraagd";
inline constexpr char kTlvAdviesToegevoegd[] = "TlvAdviesToegevoegd";
inline constexpr char kTlvBesloten[] = "TlvBesloten";
inline constexpr char kTlvBezwaarIngediend[] = "TlvBezwaarIngediend";
inline constexpr char kTlvBezwaarAfgerond[] = "TlvBezwaarAfgerond";
inline constexpr char kTlvEvaluatieGevraagd[] = "TlvEvaluatieGevraagd";

/// The event subject of request `id`: `tlv-aanvraag/{id}`.
std::string TlvSubject(int64_t id);

/// JSON payload of `TlvAangevraagd`: student id, requesting school, SWV, kind, date, and
/// whether the student was heard.
std::string TlvAangevraagdPayload(const domain::TlvAanvraag& aanvraag);

/// JSON payload of `TlvAdviesToegevoegd`: the advice's discipline and date, and whether the
/// request is complete with it (and since when).
std::string TlvAdviesPayload(const domain::TlvAanvraag& aanvraag,
                             const domain::Deskundigenadvies& advies);

/// JSON payload of `TlvBesloten`: outcome, date, category, period (the reasons stay in the
/// request).
std::string TlvBeslotenPayload(const domain::TlvBesluit& besluit);

/// JSON payload of `TlvBezwaarIngediend`: the day it was filed.
std::string TlvBezwaarPayload(const domain::TlvBezwaar& bezwaar);

/// JSON payload of `TlvBezwaarAfgerond`: the LBT's advice date, the decision's date and
/// whether the objection was upheld.
std::string TlvBezwaarAfgerondPayload(const domain::TlvBezwaar& bezwaar);

/// JSON payload of `TlvEvaluatieGevraagd`: the day the parents asked.
std::string TlvEvaluatiePayload(domain::Date gevraagd_op);

/// The message to the parents (subject, text) about the decision on `aanvraag`, with the last
/// day to object under `termijnen`.
std::pair<std::string, std::string> TlvOudersBericht(const domain::TlvAanvraag& aanvraag,
                                                     const domain::TlvTermijnen& termijnen);

/// The message to the parents (subject, text) about the decision on their objection.
std::pair<std::string, std::string> TlvBezwaarOudersBericht(const domain::TlvAanvraag& aanvraag);

}  // namespace passend::app
