#include "domain/reserve.h"

#include <algorithm>

namespace passend::domain {

Result<Cents> Signaleringswaarde(Cents baten_totaal, const ReserveNorm& norm) {
  if (norm.noemer <= 0 || norm.teller < 0 || norm.minimum < Cents(0)) {
    return Fail(ErrorCode::kInvalid,
                "De norm voor de signaleringswaarde is ongeldig. Controleer het percentage en "
                "het minimum in config/bekostiging.json.",
                "signaleringswaarde");
  }
  if (baten_totaal < Cents(0)) {
    return Fail(ErrorCode::kInvalid,
                "De totale baten kunnen niet negatief zijn. Vul de baten uit de jaarrekening in.",
                "batenTotaal");
  }
  // seed 000 #23: "3,5 procent van de totale baten, met een minimum van 250.000 euro".
  PASSEND_ASSIGN_OR_RETURN(const Cents deel, baten_totaal.MultiplyRatio(norm.teller, norm.noemer));
  return std::max(deel, norm.minimum);
}

Result<Cents> BovenmatigeReserve(Cents eigen_vermogen, Cents signaleringswaarde) {
  if (eigen_vermogen <= signaleringswaarde) return Cents(0);
  return eigen_vermogen.Subtract(signaleringswaarde);
}

Result<int64_t> AandeelInBasispunten(Cents deel, Cents geheel) {
  if (geheel == Cents(0)) return 0;
  // Cents as a carrier of an integer ratio: value × 10,000 / geheel with the same rounding
  // as every other share in the money code.
  PASSEND_ASSIGN_OR_RETURN(const Cents bp,
                           Cents(10'000).MultiplyRatio(deel.value(), geheel.value()));
  return bp.value();
}

bool IsGeldjaar(int64_t jaar) { return jaar >= 2014 && jaar <= 2100; }

Result<void> Valideer(const Jaarrekening& jaarrekening) {
  if (!IsGeldjaar(jaarrekening.jaar)) {
    return Fail(ErrorCode::kInvalid,
                "Het jaar van de jaarrekening moet tussen 2014 (de start van passend onderwijs) "
                "en 2100 liggen.",
                "jaar");
  }
  if (jaarrekening.baten_totaal < Cents(0)) {
    return Fail(ErrorCode::kInvalid, "De totale baten kunnen niet negatief zijn.", "batenTotaal");
  }
  if (jaarrekening.lasten_totaal < Cents(0)) {
    return Fail(ErrorCode::kInvalid, "De totale lasten kunnen niet negatief zijn.", "lastenTotaal");
  }
  if (jaarrekening.organisatiekosten < Cents(0)) {
    return Fail(ErrorCode::kInvalid, "De organisatiekosten kunnen niet negatief zijn.",
                "organisatiekosten");
  }
  if (jaarrekening.organisatiekosten > jaarrekening.lasten_totaal) {
    return Fail(ErrorCode::kInvalid,
                "De organisatiekosten zijn een deel van de lasten en kunnen niet hoger zijn dan "
                "de totale lasten.",
                "organisatiekosten");
  }
  return {};
}

Result<ReserveBeoordeling> Beoordeel(const Jaarrekening& jaarrekening, const ReserveNorm& norm) {
  PASSEND_RETURN_IF_ERROR(Valideer(jaarrekening));
  ReserveBeoordeling uit;
  PASSEND_ASSIGN_OR_RETURN(uit.signaleringswaarde,
                           Signaleringswaarde(jaarrekening.baten_totaal, norm));
  PASSEND_ASSIGN_OR_RETURN(uit.bovenmatige_reserve,
                           BovenmatigeReserve(jaarrekening.eigen_vermogen, uit.signaleringswaarde));
  uit.boven_signaleringswaarde = uit.bovenmatige_reserve > Cents(0);
  PASSEND_ASSIGN_OR_RETURN(
      uit.organisatiekosten_bp,
      AandeelInBasispunten(jaarrekening.organisatiekosten, jaarrekening.baten_totaal));
  PASSEND_ASSIGN_OR_RETURN(const Cents onbesteed,
                           jaarrekening.baten_totaal.Subtract(jaarrekening.lasten_totaal));
  PASSEND_ASSIGN_OR_RETURN(uit.onbesteed_bp,
                           AandeelInBasispunten(onbesteed, jaarrekening.baten_totaal));
  return uit;
}

}  // namespace passend::domain
