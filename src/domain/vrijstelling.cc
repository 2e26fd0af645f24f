#include "domain/vrijstelling.h"

#include <fmt/format.h>

#include "domain/school_year.h"

namespace passend::domain {

using std::chrono::day;
using std::chrono::July;
using std::chrono::year;

Result<void> Valideer(const Vrijstellingsadvies& advies, Date vandaag) {
  if (advies.advies.empty() || advies.advies.size() > 4000) {
    return Fail(ErrorCode::kInvalid,
                "Beschrijf het onderwijsperspectief van het kind (hoogstens 4.000 tekens).",
                "advies");
  }
  if (!advies.datum.ok() || advies.datum > vandaag) {
    return Fail(ErrorCode::kInvalid, "De datum van het advies ligt niet na vandaag.", "datum");
  }
  return {};
}

Date GeldigTotEnMet(Date artsverklaring, const VrijstellingTermijnen& termijnen) {
  return AddDays(PlusMaanden(artsverklaring, termijnen.geldig_maanden), -1);
}

Date VerlengenVoor(Date artsverklaring, const VrijstellingTermijnen& termijnen) {
  const Date laatste = GeldigTotEnMet(artsverklaring, termijnen);
  // The school year runs 1 August to 31 July; its 1 July "before" is in its start year.
  const int startjaar = SchoolYear::Containing(laatste).start_year();
  const Date juli{year{startjaar}, July, day{1}};
  return juli < artsverklaring ? laatste : juli;
}

std::string_view VrijstellingSignaalCode(VrijstellingSignaal signaal) {
  switch (signaal) {
    case VrijstellingSignaal::kVerlengen:
      return "vrijstelling-verlengen";
    case VrijstellingSignaal::kVerlopen:
      return "vrijstelling-verlopen";
  }
  return "";
}

std::optional<VrijstellingStatus> Vrijstelling5aOp(const Verzuimmelding& melding, Date op,
                                                   const VrijstellingTermijnen& termijnen) {
  if (melding.type != VerzuimType::kVrijstelling5a || !melding.artsverklaring) {
    return std::nullopt;
  }
  VrijstellingStatus status;
  status.artsverklaring = *melding.artsverklaring;
  status.geldig_tot_en_met = GeldigTotEnMet(status.artsverklaring, termijnen);
  status.verlengen_voor = VerlengenVoor(status.artsverklaring, termijnen);
  if (melding.einddatum && *melding.einddatum <= op) return status;
  if (op > status.geldig_tot_en_met) {
    status.signalen.push_back(VrijstellingSignaal::kVerlopen);
  } else if (DaysBetween(op, status.verlengen_voor) <= termijnen.herinnering_dagen) {
    status.signalen.push_back(VrijstellingSignaal::kVerlengen);
  }
  return status;
}

Result<void> ValideerVrijstelling(const Verzuimmelding& melding,
                                  const std::optional<Vrijstellingsadvies>& advies,
                                  bool advies_nodig, Date vandaag,
                                  const VrijstellingTermijnen& termijnen) {
  if (melding.type != VerzuimType::kVrijstelling5a) {
    if (melding.artsverklaring) {
      return Fail(ErrorCode::kInvalid,
                  "Een artsverklaring hoort alleen bij een vrijstelling 5 onder a.",
                  "artsverklaring");
    }
    return {};
  }
  // Leerplichtwet art. 7: the exemption rests on the statement of a doctor the municipality
  // appointed.
  if (!melding.artsverklaring || !melding.artsverklaring->ok()) {
    return Fail(ErrorCode::kInvalid,
                "Een vrijstelling 5 onder a vraagt de datum van de verklaring van de arts.",
                "artsverklaring");
  }
  if (*melding.artsverklaring > vandaag) {
    return Fail(ErrorCode::kInvalid, "De artsverklaring kan niet na vandaag gedateerd zijn.",
                "artsverklaring");
  }
  if (GeldigTotEnMet(*melding.artsverklaring, termijnen) < melding.startdatum) {
    return Fail(ErrorCode::kRegel,
                fmt::format("Deze artsverklaring is verlopen voor de startdatum: zij geldt {} "
                            "maanden. Vraag een nieuwe verklaring.",
                            termijnen.geldig_maanden),
                "artsverklaring");
  }
  if (!advies_nodig) return {};
  // Seed 000 #8: the education perspective is part of the decision, so the SWV's advice comes
  // first.
  if (!advies || advies->leerling != melding.leerling || advies->swv != melding.swv) {
    return Fail(ErrorCode::kRegel,
                "Dit samenwerkingsverband vraagt eerst zijn advies over het onderwijsperspectief "
                "van het kind voordat een vrijstelling 5 onder a wordt geregistreerd.",
                "advies");
  }
  if (advies->datum > vandaag ||
      PlusMaanden(advies->datum, termijnen.advies_geldig_maanden) < vandaag) {
    return Fail(ErrorCode::kRegel,
                fmt::format("Het advies van {} is ouder dan {} maanden; vraag een nieuw advies.",
                            FormatDutchDate(advies->datum), termijnen.advies_geldig_maanden),
                "advies");
  }
  return {};
}

}  // namespace passend::domain
