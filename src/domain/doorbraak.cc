#include "domain/doorbraak.h"

#include <fmt/format.h>

namespace passend::domain {

Result<Doorbraak> VraagDoorbraak(const Verzuimmelding& melding, std::span<const Doorbraak> eerdere,
                                 Date op, std::string aangevraagd_door, std::string reden,
                                 Doorzettingsmacht doorzettingsmacht) {
  if (op < melding.startdatum || (melding.einddatum && *melding.einddatum <= op)) {
    return Fail(ErrorCode::kRegel, "Deze melding loopt niet; er is niets door te breken.");
  }
  // A doorbraak is for a child without education: a thuiszitter, or an exempted child for
  // whom education and care find no offer (seed 000 #8 and #9). Truancy and sickness are
  // handled by the school and the leerplichtambtenaar.
  if (!IsThuiszittertype(melding.type) && !IsVrijstelling(melding.type)) {
    return Fail(ErrorCode::kRegel,
                fmt::format("Een melding van het type {} gaat niet naar de doorbraakaanpak.",
                            VerzuimTypeNaam(melding.type)));
  }
  for (const Doorbraak& d : eerdere) {
    if (!d.besluit_op) {
      return Fail(ErrorCode::kConflict,
                  fmt::format("Er loopt al een doorbraak sinds {}; wacht op het besluit.",
                              FormatDutchDate(d.aangevraagd_op)));
    }
  }
  if (reden.empty() || reden.size() > 4000) {
    return Fail(ErrorCode::kInvalid,
                "Beschrijf waarom de partners vastlopen (hoogstens 4.000 tekens).", "reden");
  }
  Doorbraak doorbraak;
  doorbraak.volgnummer = static_cast<int>(eerdere.size()) + 1;
  doorbraak.aangevraagd_op = op;
  doorbraak.aangevraagd_door = std::move(aangevraagd_door);
  doorbraak.reden = std::move(reden);
  doorbraak.doorzettingsmacht = std::move(doorzettingsmacht);
  return doorbraak;
}

Result<void> BesluitDoorbraak(Doorbraak& doorbraak, Date op, std::string besluit,
                              std::string besloten_door) {
  if (doorbraak.besluit_op) {
    return Fail(ErrorCode::kConflict, fmt::format("Over deze doorbraak is al op {} besloten.",
                                                  FormatDutchDate(*doorbraak.besluit_op)));
  }
  if (!op.ok() || op < doorbraak.aangevraagd_op) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het besluit valt op of na de aanvraag ({}).",
                            FormatDutchDate(doorbraak.aangevraagd_op)),
                "datum");
  }
  if (besluit.empty() || besluit.size() > 4000) {
    return Fail(ErrorCode::kInvalid,
                "Beschrijf het besluit: welk aanbod, waar en per wanneer (hoogstens 4.000 "
                "tekens).",
                "besluit");
  }
  // The point of doorzettingsmacht is that someone is accountable: the name is required.
  if (besloten_door.empty() || besloten_door.size() > 200) {
    return Fail(ErrorCode::kInvalid, "Vul in wie het besluit nam (naam en functie).",
                "beslotenDoor");
  }
  doorbraak.besluit_op = op;
  doorbraak.besluit = std::move(besluit);
  doorbraak.besloten_door = std::move(besloten_door);
  return {};
}

}  // namespace passend::domain
