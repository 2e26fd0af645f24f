#pragma once
// HTML for disputes (geschillen) and the escalation ladder, shared by the dispute pages and
// the registration page (where parents read whom to turn to when they disagree).

#include <cstdint>
#include <string>

#include "app/aanmelding_service.h"
#include "app/geschil_service.h"
#include "web/form_fields.h"
#include "web/router.h"
#include "web/services.h"

namespace passend::web {

/// The steps taken so far, as a table (stap, wie, start, uiterlijk, einde, uitkomst).
std::string StappenHtml(const app::GeschilInzicht& geschil);
/// The dispute's ladder as an ordered list, marking where it stands and what comes next.
std::string LadderHtml(const app::GeschilInzicht& geschil);
/// The GPO's terms when they apply: filing deadline, the board's answer, the opinion.
std::string GpoHtml(const app::GeschilInzicht& geschil);
/// The SWV's ouder- en jeugdsteunpunt, or a sentence that none is known.
std::string SteunpuntHtml(const domain::Steunpunt& steunpunt);

/// For parents on the SWV's public page: the ladder with its terms, explained, and the
/// steunpunt.
std::string LadderUitlegHtml(const domain::SwvInstellingen& instellingen);

/// The form that opens a dispute about registration `aanmelding`, with what was typed and
/// `fout` beside its field (or above the form when it names none).
std::string GeschilFormulierHtml(int64_t aanmelding, const std::string& omschrijving,
                                 const VeldFout& fout, const std::string& csrf);

/// The section "Niet eens met het besluit?" of a registration's page: the ladder of the
/// SWV with its terms, the steunpunt, the disputes about this registration and (for those
/// who may) the form to open one. Empty when the reader may not see disputes.
std::string GeschilSectie(const Services& services, const RequestContext& ctx,
                          const app::AanmeldingInzicht& inzicht);

}  // namespace passend::web
