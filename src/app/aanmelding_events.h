#pragma once
// The events of a registration (aanmelding) and their payloads, shared by the use case
// (AanmeldingService) and the demo import, so a registration's timeline reads the same
// whichever wrote it.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "domain/aanmelding.h"

namespace passend::app {

/// Event types of a registration's steps.
inline constexpr char kAanmeldingGeregistreerd[] = "AanmeldingGeregistreerd";
inline constexpr char kAanmeldingVerlengd[] = "AanmeldingVerlengd";
inline constexpr char kAanmeldingBesloten[] = "AanmeldingBesloten";

/// The event subject of registration `id`: `aanmelding/{id}` (the timeline reads by it).
std::string AanmeldingSubject(int64_t id);

/// The last day of the decision term of `aanmelding` under `termijnen`; none when verbal.
std::optional<domain::Date> UitersteBeslisdatum(const domain::Aanmelding& aanmelding,
                                                const domain::ZorgplichtTermijnen& termijnen);

/// JSON payload of `AanmeldingGeregistreerd`: the registration as registered, with the
/// deadline it had then.
std::string GeregistreerdPayload(const domain::Aanmelding& aanmelding,
                                 const std::optional<domain::Date>& uiterste_beslisdatum);

/// JSON payload of `AanmeldingVerlengd` for an extension by `weken` weeks already applied to
/// `aanmelding` (days and reason from it), with the new deadline.
std::string VerlengdPayload(const domain::Aanmelding& aanmelding, int weken,
                            const std::optional<domain::Date>& uiterste_beslisdatum);

/// JSON payload of `AanmeldingBesloten`. The student's own words stay in the registration;
/// the log records whether they were heard, which is what a timeline reader needs.
std::string BeslotenPayload(const domain::Besluit& besluit);

/// The message to the parents (subject, text) about step `type` of `aanmelding`, as it stands
/// after that step, with the deadline it then has.
std::pair<std::string, std::string> OudersBericht(
    const std::string& type, const domain::Aanmelding& aanmelding,
    const std::optional<domain::Date>& uiterste_beslisdatum,
    const domain::ZorgplichtTermijnen& termijnen);

}  // namespace passend::app
