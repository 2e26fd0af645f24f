#include "app/policy.h"

#include <algorithm>

namespace passend::app {

using domain::Rol;

bool RolMag(Rol rol, Permission permission) {
  switch (permission) {
    case Permission::kGeen:
      return false;
    case Permission::kPubliek:
    case Permission::kIngelogd:
      return true;
    case Permission::kLeerlingenLezen:
      // National roles and beheer never receive personal data (security baseline §1).
      return !domain::IsLandelijk(rol) && rol != Rol::kBeheer;
    case Permission::kAuditLezen:
      // "Who looked at my child's file": the parent, and the SWV that answers for the region.
      return rol == Rol::kOuder || rol == Rol::kSwv;
    case Permission::kStatistiekLezen:
      return rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kSwv ||
             rol == Rol::kGemeente || domain::IsLandelijk(rol);
    case Permission::kGebruikersBeheren:
      return rol == Rol::kBeheer;
    case Permission::kAanmeldingenLezen:
      // The school and its board, the SWV of the region (meldingsplicht) and the parent of
      // the child; municipalities, consulenten and national roles see no registration.
      return rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kSwv || rol == Rol::kOuder;
    case Permission::kAanmeldingenBeheren:
      // The school decides; the SWV may act as centraal aanmeldpunt for its schools.
      return rol == Rol::kSchool || rol == Rol::kSwv;
    case Permission::kGeschillenLezen:
    case Permission::kGeschillenBeheren:
      // §3.6: the parties to a dispute and the levels above the school on the ladder. The
      // parents record their own steps (they file with the GPO); the onderwijsconsulent gets
      // a dispute by hand-over, which does not exist yet.
      return rol == Rol::kOuder || rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kSwv;
    case Permission::kInstellingenBeheren:
      return rol == Rol::kSwv;
    case Permission::kBerichtenLezen:
      // Messages go to the parents of the child; staff read the case itself.
      return rol == Rol::kOuder;
    case Permission::kVerzuimLezen:
      // domain.md §3.5: absence is handled by the school that reports it, the leerplicht of
      // the municipality where the child lives, and the SWV that must find a fitting place
      // (the board reads its schools' cases); the onderwijsconsulent reads the cases handed
      // over to it (seed 003 §4.3; the service narrows it to those). Parents are told by the
      // school and the leerplichtambtenaar, not through this register; national roles get
      // aggregates only (seed 004; suppression), never a case.
      return rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kSwv ||
             rol == Rol::kGemeente || rol == Rol::kConsulent;
    case Permission::kVerzuimBeheren:
      // The school reports absence, the leerplichtambtenaar (gemeente) registers and ends
      // cases (Leerplichtwet), and the SWV records offers and hands cases to the consulent.
      return rol == Rol::kSchool || rol == Rol::kSwv || rol == Rol::kGemeente;
    case Permission::kTlvLezen:
      // domain.md §3.3: the requesting school and its board, the SWV whose committee decides,
      // and the parents of the child. National roles get the register's counts as aggregates
      // only (issue 7 item 3), never a request; municipalities and consulenten have no part.
      return rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kSwv || rol == Rol::kOuder;
    case Permission::kTlvBeheren:
      // The school requests and adds advices; the SWV's committee advises and decides, and
      // records the objection the parents file with it.
      return rol == Rol::kSchool || rol == Rol::kSwv;
    case Permission::kTlvEvaluatieVragen:
      // Seed 000 #18: the parents may ask for an evaluation moment on a whole-career TLV; the
      // SWV records it when they ask in person.
      return rol == Rol::kOuder || rol == Rol::kSwv;
    case Permission::kArrangementLezen:
      // Issue 7 item 1: the SWV funds the packages; the school where the support is given and
      // its board see their students' assignments, the parents their own child's. National
      // roles, municipalities and consulenten have no part.
      return rol == Rol::kSwv || rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kOuder;
    case Permission::kArrangementBeheren:
      // The SWV keeps its catalogue and decides the assignments.
      return rol == Rol::kSwv;
    case Permission::kGeldLezen:
      // Issue 8; seed 002: the SWV reads its own income and accounts, and the Inspectie and the
      // ministry read every SWV's (organisation figures, no personal data), so both sides see
      // the same figures.
      return rol == Rol::kSwv || domain::IsLandelijk(rol);
    case Permission::kGeldBeheren:
      // The SWV's board records its own audited accounts.
      return rol == Rol::kSwv;
    case Permission::kReserveBezwaarBeslissen:
      // Issue 8 item 5: the minister withholds the budget of an SWV without an approved reserve
      // plan (seed 000 #23: "Ik zal die afspraken alleen goedkeuren"), so the ministry decides
      // on the SWV's objection against that withholding or the figures behind it (seed 002:
      // "bezwaar ... aantekenen tegen de korting"). The Inspectie signals; it does not cut.
      return rol == Rol::kMinisterie;
    case Permission::kBasisondersteuningBeschrijven:
      // Issue 5 item 3; seed 003: the school leaders see to it that the school meets the
      // basisondersteuning, so the school describes how, for its own location (the service
      // refuses another). Its account is public, like its support profile.
      return rol == Rol::kSchool;
    case Permission::kBasisondersteuningBeheren:
      // The SWV's ondersteuningsplan sets the basisondersteuning of its region (seed 000 #14:
      // "Binnen het samenwerkingsverband wordt afgesproken"), and the SWV sees per school
      // where it meets that norm. Boards, municipalities and national roles read the public
      // norm and accounts instead.
      return rol == Rol::kSwv;
    case Permission::kOppLezen:
      // Domain.md §3.4: the school writes the plan with the parents; its board and the SWV
      // read it (the SWV needs it for a TLV or an arrangement), and the parents read their
      // child's plan. Municipalities, consulenten and national roles have no part.
      return rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kSwv || rol == Rol::kOuder;
    case Permission::kOppBeheren:
      // WPO art. 40a, WEC art. 41a, WVO art. 26: the school's competent authority sets the plan
      // and evaluates it with the parents; the SWV does not write a school's plan.
      return rol == Rol::kSchool;
    case Permission::kOppInstemmen:
      // The same articles: the handelingsdeel needs the parents' consent. The school asks for
      // it and the parents give or refuse it (the service lets each do only its own part).
      return rol == Rol::kSchool || rol == Rol::kOuder;
    case Permission::kProfielBeheren:
      // Domain.md §3.2: every school sets its own schoolondersteuningsprofiel (with the MR's
      // advice); it is public, so everyone else reads it without this permission.
      return rol == Rol::kSchool;
    case Permission::kPassendeScholenLezen:
      // Issue 5 item 4: the school with zorgplicht and the SWV look for a fitting place, the
      // parents for their own child. The suggestions name the child's needs: personal data.
      return rol == Rol::kSchool || rol == Rol::kSwv || rol == Rol::kOuder;
    case Permission::kDekkendAanbodLezen:
      // Issue 5 item 7; domain.md §3.2: the SWV must guarantee a fitting place in its region
      // and reads its own gaps; the Inspectie and the ministry read every region's, with the
      // demand's small counts suppressed (§3.9). Schools read the public profiles instead.
      return rol == Rol::kSwv || domain::IsLandelijk(rol);
    case Permission::kPlaatsingsrondeLezen:
    case Permission::kPlaatsingsrondeBeheren:
      // Issue 5 item 5: the SWV guarantees a fitting place in its region (dekkend aanbod); its
      // staff make, review and confirm the proposals. The parents hear of a confirmed proposal;
      // the school decides on the registration as always. Nobody else reads a round.
      return rol == Rol::kSwv;
  }
  return false;
}

domain::Result<void> Authorize(const std::optional<Principal>& principal, Permission permission) {
  if (permission == Permission::kPubliek) return {};
  if (!principal) {
    return domain::Fail(domain::ErrorCode::kUnauthenticated, "Log in om dit te bekijken.");
  }
  if (!RolMag(principal->rol, permission)) {
    return domain::Fail(domain::ErrorCode::kForbidden,
                        "Uw rol geeft geen toegang tot dit onderdeel.");
  }
  return {};
}

bool InScope(const Principal& principal, const LeerlingPlaats& plaats) {
  const std::string& org = principal.organisatie;
  switch (principal.rol) {
    case Rol::kOuder:
      return std::find(principal.kinderen.begin(), principal.kinderen.end(), plaats.id) !=
             principal.kinderen.end();
    case Rol::kSchool:
      return !org.empty() && plaats.school == org;
    case Rol::kBestuur:
      return !org.empty() && plaats.bestuur == org;
    case Rol::kSwv:
      return !org.empty() && plaats.swv == org;
    case Rol::kGemeente:
      return !org.empty() && plaats.woongemeente == org;
    case Rol::kConsulent:
    case Rol::kInspectie:
    case Rol::kMinisterie:
    case Rol::kBeheer:
      return false;
  }
  return false;
}

bool MagAuditZien(const Principal& principal, const LeerlingPlaats& plaats) {
  if (!RolMag(principal.rol, Permission::kAuditLezen)) return false;
  return InScope(principal, plaats);
}

}  // namespace passend::app
