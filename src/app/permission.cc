#include "app/permission.h"

namespace passend::app {

std::string_view PermissionName(Permission permission) {
  switch (permission) {
    case Permission::kGeen:
      return "geen";
    case Permission::kPubliek:
      return "publiek";
    case Permission::kIngelogd:
      return "ingelogd";
    case Permission::kLeerlingenLezen:
      return "leerlingen-lezen";
    case Permission::kAuditLezen:
      return "audit-lezen";
    case Permission::kStatistiekLezen:
      return "statistiek-lezen";
    case Permission::kGebruikersBeheren:
      return "gebruikers-beheren";
    case Permission::kAanmeldingenLezen:
      return "aanmeldingen-lezen";
    case Permission::kAanmeldingenBeheren:
      return "aanmeldingen-beheren";
    case Permission::kGeschillenLezen:
      return "geschillen-lezen";
    case Permission::kGeschillenBeheren:
      return "geschillen-beheren";
    case Permission::kInstellingenBeheren:
      return "instellingen-beheren";
    case Permission::kBerichtenLezen:
      return "berichten-lezen";
    case Permission::kVerzuimLezen:
      return "verzuim-lezen";
    case Permission::kVerzuimBeheren:
      return "verzuim-beheren";
    case Permission::kTlvLezen:
      return "tlv-lezen";
    case Permission::kTlvBeheren:
      return "tlv-beheren";
    case Permission::kTlvEvaluatieVragen:
      return "tlv-evaluatie-vragen";
    case Permission::kOppLezen:
      return "opp-lezen";
    case Permission::kOppBeheren:
      return "opp-beheren";
    case Permission::kOppInstemmen:
      return "opp-instemmen";
    case Permission::kArrangementLezen:
      return "arrangement-lezen";
    case Permission::kArrangementBeheren:
      return "arrangement-beheren";
    case Permission::kGeldLezen:
      return "geld-lezen";
    case Permission::kGeldBeheren:
      return "geld-beheren";
    case Permission::kReserveBezwaarBeslissen:
      return "reserve-bezwaar-beslissen";
    case Permission::kBasisondersteuningBeschrijven:
      return "basisondersteuning-beschrijven";
    case Permission::kBasisondersteuningBeheren:
      return "basisondersteuning-beheren";
    case Permission::kProfielBeheren:
      return "profiel-beheren";
    case Permission::kPassendeScholenLezen:
      return "passende-scholen-lezen";
    case Permission::kPlaatsingsrondeLezen:
      return "plaatsingsronde-lezen";
    case Permission::kPlaatsingsrondeBeheren:
      return "plaatsingsronde-beheren";
    case Permission::kDekkendAanbodLezen:
      return "dekkend-aanbod-lezen";
  }
  return "onbekend";
}

}  // namespace passend::app
