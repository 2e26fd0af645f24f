#pragma once
// The events of reserve plans, objections and the multi-year budget (issue 8 items 5 and 6):
// one place for their type, subject and payload, shared by ReserveplanService and the demo
// import. Organisation figures only, no personal data.

#include <string>

#include "app/ports_reserveplan.h"

namespace passend::app {

/// A version of an SWV's reserve plan was recorded.
inline constexpr char kReserveplanVastgelegd[] = "ReserveplanVastgelegd";
/// The OPR's consent or internal supervision's approval of a plan version was recorded.
inline constexpr char kReserveplanBesluit[] = "ReserveplanBesluitVastgelegd";
/// An SWV filed an objection against the figures or the withholding.
inline constexpr char kReservebezwaarIngediend[] = "ReservebezwaarIngediend";
/// The decision on such an objection was recorded.
inline constexpr char kReservebezwaarBeslist[] = "ReservebezwaarBeslist";
/// A version of an SWV's multi-year budget was recorded.
inline constexpr char kMeerjarenbegrotingVastgelegd[] = "MeerjarenbegrotingVastgelegd";
/// A step of the OPR's consent on a budget version was recorded.
inline constexpr char kBegrotingInstemming[] = "MeerjarenbegrotingInstemmingVastgelegd";

/// `reserveplan/{id}`.
std::string ReserveplanSubject(int64_t id);
/// `reservebezwaar/{id}`.
std::string ReservebezwaarSubject(int64_t id);
/// `meerjarenbegroting/{id}`.
std::string MeerjarenbegrotingSubject(int64_t id);

/// The version with its lines in cents.
std::string ReserveplanPayload(const ReserveplanRecord& record);
/// The decision (orgaan, akkoord, datum, toelichting) on version `plan`.
std::string PlanBesluitPayload(int64_t plan, const domain::PlanBesluit& besluit);
/// The objection.
std::string ReservebezwaarPayload(const ReservebezwaarRecord& record);
/// The decision on objection `bezwaar`.
std::string BezwaarUitspraakPayload(int64_t bezwaar, const domain::BezwaarUitspraak& uitspraak);
/// The budget version with its lines in cents.
std::string MeerjarenbegrotingPayload(const MeerjarenbegrotingRecord& record);
/// The consent step on budget version `begroting`.
std::string InstemmingStapPayload(int64_t begroting, const domain::InstemmingStap& stap);

}  // namespace passend::app
