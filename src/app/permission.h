#pragma once
// Permissions: every route declares the one it needs; the policy (policy.h) decides.

#include <string_view>

namespace passend::app {

/// What a request needs to be allowed. kGeen means "not declared" and is always denied.
enum class Permission {
  kGeen,                 // not declared: denied, and the route matrix test fails on it
  kPubliek,              // public information: no login needed, no personal data
  kIngelogd,             // any logged-in account (log out, own account)
  kLeerlingenLezen,      // students in the account's scope: list, detail, search
  kAuditLezen,           // who looked at a student's file (SWV of the student, the parent)
  kStatistiekLezen,      // aggregates; suppressed (<5) for national roles
  kGebruikersBeheren,    // accounts (beheer)
  kAanmeldingenLezen,    // registrations in scope: school, bestuur, SWV, the parent of the child
  kAanmeldingenBeheren,  // register, extend and decide registrations: school, SWV
  kGeschillenLezen,      // disputes in scope: the parent, school, bestuur, SWV
  kGeschillenBeheren,    // open a dispute and record its steps: the same parties
  kInstellingenBeheren,  // an SWV's own settings (meldingsplicht, ladder, steunpunt)
  kBerichtenLezen,       // messages about one's own children: the parent
  kVerzuimLezen,         // absence cases and thuiszitters in scope: school, bestuur, SWV,
                         // gemeente (leerplicht), the consulent for cases handed over
  kVerzuimBeheren,       // register and end cases, offers, hand-over: school, SWV, gemeente
  kTlvLezen,             // TLV requests and TLVs in scope: school, bestuur, SWV, the parent
  kTlvBeheren,           // request a TLV, add advices, decide, record objections: school, SWV
  kTlvEvaluatieVragen,   // ask an evaluation moment on a whole-career TLV: the parent, SWV
  kOppLezen,             // OPPs in scope: school, bestuur, SWV, the parent of the child
  kOppBeheren,           // set an OPP and its versions, ask consent, record evaluations: school
  kOppInstemmen,         // the consent on an OPP's handelingsdeel: the school asks, the parent
                         // gives or refuses
  kArrangementLezen,     // the arrangementen catalogue and assignments in scope: SWV, school,
                         // bestuur, the parent of the child
  kArrangementBeheren,   // the SWV's catalogue and its assignments: the SWV
  kGeldLezen,            // an SWV's income and year accounts: the SWV, inspectie, ministerie
  kGeldBeheren,          // record an SWV's year accounts: the SWV
  // Decide on an SWV's objection against its reserve figures or the withholding of budget
  // (issue 8 item 5; seed 002): the ministry.
  kReserveBezwaarBeslissen,
  // Basisondersteuning (issue 5 item 3): a location describes how it meets the norm (the
  // school, its own location); the SWV sets its own norm and reads its region's overview.
  kBasisondersteuningBeschrijven,
  kBasisondersteuningBeheren,
  kProfielBeheren,  // a location's school support profile: the school for its own location
  // Suggestions of fitting schools for one child in scope: school, SWV, the parent of the child.
  kPassendeScholenLezen,
  // The dekkend aanbod of a region (issue 5 item 7): the SWV its own; national roles
  // aggregates with small counts suppressed.
  kDekkendAanbodLezen,
  kPlaatsingsrondeLezen,    // an SWV's placement rounds (children's names): the SWV itself
  kPlaatsingsrondeBeheren,  // start, edit, confirm or discard a placement round: the SWV itself
};

/// All permissions, for the policy matrix.
inline constexpr Permission kAllePermissies[] = {Permission::kGeen,
                                                 Permission::kPubliek,
                                                 Permission::kIngelogd,
                                                 Permission::kLeerlingenLezen,
                                                 Permission::kAuditLezen,
                                                 Permission::kStatistiekLezen,
                                                 Permission::kGebruikersBeheren,
                                                 Permission::kAanmeldingenLezen,
                                                 Permission::kAanmeldingenBeheren,
                                                 Permission::kGeschillenLezen,
                                                 Permission::kGeschillenBeheren,
                                                 Permission::kInstellingenBeheren,
                                                 Permission::kBerichtenLezen,
                                                 Permission::kVerzuimLezen,
                                                 Permission::kVerzuimBeheren,
                                                 Permission::kTlvLezen,
                                                 Permission::kTlvBeheren,
                                                 Permission::kTlvEvaluatieVragen,
                                                 Permission::kArrangementLezen,
                                                 Permission::kArrangementBeheren,
                                                 Permission::kGeldLezen,
                                                 Permission::kGeldBeheren,
                                                 Permission::kReserveBezwaarBeslissen,
                                                 Permission::kOppLezen,
                                                 Permission::kOppBeheren,
                                                 Permission::kOppInstemmen,
                                                 Permission::kBasisondersteuningBeschrijven,
                                                 Permission::kBasisondersteuningBeheren,
                                                 Permission::kProfielBeheren,
                                                 Permission::kPassendeScholenLezen,
                                                 Permission::kDekkendAanbodLezen,
                                                 Permission::kPlaatsingsrondeLezen,
                                                 Permission::kPlaatsingsrondeBeheren};

/// A stable name for documentation and tests (`publiek`, `leerlingen-lezen`, ...).
std::string_view PermissionName(Permission permission);

}  // namespace passend::app
