#pragma once
// HTML for one registration (aanmelding) on the pages: its status badge, its facts in Dutch,
// the extension and decision, the timeline from the event log, and the parent's rights.
// Every function returns escaped markup.

#include <optional>
#include <string>
#include <vector>

#include "app/event.h"
#include "domain/aanmelding.h"

namespace passend::web {

/// The status as text in a badge (`Verlopen`), never colour alone (WCAG 1.4.1).
std::string StatusBadge(domain::AanmeldingStatusSoort soort);

/// `1 dag`, `3 dagen`.
std::string Dagen(int n);

/// Calendar days as weeks where they are whole weeks (`6 weken`), days otherwise.
std::string Termijn(int dagen);

/// Days left to decide: `nog 3 dagen`, `vandaag de laatste dag`, `2 dagen te laat`, `–`.
std::string DagenOver(const domain::AanmeldingStatus& status);

/// A Dutch date, or `–` for none.
std::string DatumOfStreep(const std::optional<domain::Date>& date);

/// `Ja` or `Nee`.
std::string JaNee(bool b);

/// The timeline table under its heading: when, who and what, in Dutch. A parent (`ouder`)
/// sees which organisation acted, staff also the account.
std::string TijdlijnHtml(const std::vector<app::Event>& events, bool ouder);

/// The support needs under their heading.
std::string BehoeftenHtml(const domain::Aanmelding& aanmelding);

/// One sentence on the extension with its reason; empty when not extended. `ouder` words it
/// for the parent.
std::string VerlengingTekst(const domain::Aanmelding& aanmelding, bool ouder);

/// The decision as a list of facts; `ouder` words the hoorrecht for the parent.
std::string BesluitHtml(const domain::Besluit& besluit, bool ouder);

/// "Uw rechten": what a parent may expect from the school, with the terms in force.
std::string UwRechten(const domain::ZorgplichtTermijnen& termijnen);

}  // namespace passend::web
