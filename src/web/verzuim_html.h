#pragma once
// HTML for absence cases (verzuimmeldingen) on the Dutch pages: signal badges, a case's facts,
// its exemption term, its escalations (doorbraken) and the forms that change it.

#include <map>
#include <string>

#include "app/verzuim_service.h"
#include "web/form_fields.h"

namespace passend::web {

/// The signals of a case as text badges (never colour alone, WCAG 1.4.1); empty without any.
std::string SignaalBadges(const app::VerzuimInzicht& inzicht);

/// The facts of one case: child, type, school, dates, days at home, triggers, offer, end,
/// hand-over, the exemption's term and the warnings about holiday dates.
std::string VerzuimFeitenHtml(const app::VerzuimInzicht& inzicht);

/// The escalations to the doorbraakaanpak with who holds doorzettingsmacht and the decisions.
std::string DoorbrakenHtml(const app::VerzuimInzicht& inzicht);

/// What the account may do with the case, as forms: end, record an offer, hand over (SWV),
/// escalate, decide an open escalation (SWV, gemeente). `fout` goes beside its field, or above
/// the form it belongs to.
std::string VerzuimFormulieren(const app::VerzuimInzicht& inzicht, domain::Rol rol,
                               const Formulierwaarden& waarden, const VeldFout& fout,
                               const std::string& formulier, const std::string& csrf);

/// The form that registers a case (`/verzuim/nieuw`).
std::string NieuweMeldingHtml(const Formulierwaarden& waarden, const VeldFout& fout,
                              const std::string& csrf);

/// The SWV's form for its advice on the education perspective before an exemption 5 onder a.
std::string AdviesFormulierHtml(const Formulierwaarden& waarden, const VeldFout& fout,
                                const std::string& csrf);

}  // namespace passend::web
