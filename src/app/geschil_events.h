#pragma once
// The events of a dispute (geschil) and of an SWV's settings, their payloads and the messages
// to the parents, shared by the use cases (GeschilService, SwvInstellingenService) and the
// demo import, so a dispute's timeline reads the same whichever wrote it.

#include <cstdint>
#include <string>
#include <utility>

#include "app/ports_geschil.h"
#include "domain/geschil.h"
#include "domain/swv_instellingen.h"

namespace passend::app {

/// Event types of a dispute's steps and of an SWV's settings.
inline constexpr char kGeschilGeopend[] = "GeschilGeopend";
inline constexpr char kAanmeldingInGeschil[] = "AanmeldingInGeschil";
inline constexpr char kGeschilStapGestart[] = "GeschilStapGestart";
inline constexpr char kGeschilStapAfgerond[] = "GeschilStapAfgerond";
inline constexpr char kSwvInstellingenGewijzigd[] = "SwvInstellingenGewijzigd";

/// The event subject of dispute `id`: `geschil/{id}`.
std::string GeschilSubject(int64_t id);
/// The page of dispute `id` (`/geschillen/{id}`), the link in the parents' messages.
std::string GeschilLink(int64_t id);
/// The event subject of an SWV's settings: `swv/{code}`.
std::string SwvInstellingenSubject(const std::string& swv);

/// JSON payload of `GeschilGeopend`: subject, student, school, registration, decision date.
std::string GeopendPayload(const GeschilRecord& geschil);
/// JSON payload of `AanmeldingInGeschil` on the registration: the dispute's id.
std::string InGeschilPayload(int64_t geschil);
/// JSON payload of `GeschilStapGestart` for the step `geschil` has just started (its term,
/// last day and, for the GPO, the board's answer date).
std::string StapGestartPayload(const domain::Geschil& geschil);
/// JSON payload of `GeschilStapAfgerond` for the step `geschil` has just closed.
std::string StapAfgerondPayload(const domain::Geschil& geschil);
/// The message to the parents (subject, text) about the current step of `geschil`, just
/// started or just closed.
std::pair<std::string, std::string> StapBericht(const domain::Geschil& geschil);

/// JSON payload of `SwvInstellingenGewijzigd`: the settings, the steunpunt by name only.
std::string SwvInstellingenPayload(const domain::SwvInstellingen& instellingen);

}  // namespace passend::app
