#include "domain/toewijzing.h"

#include "domain/bekostiging.h"

namespace passend::domain {

std::string_view DoelCode(ToewijzingDoel doel) {
  switch (doel) {
    case ToewijzingDoel::kBasisondersteuning:
      return "basisondersteuning";
    case ToewijzingDoel::kExtraOndersteuning:
      return "extra-ondersteuning";
    case ToewijzingDoel::kArrangementen:
      return "arrangementen";
    case ToewijzingDoel::kPersoneel:
      return "personeel";
    case ToewijzingDoel::kAnders:
      return "anders";
  }
  return "anders";
}

std::string_view DoelNaam(ToewijzingDoel doel) {
  switch (doel) {
    case ToewijzingDoel::kBasisondersteuning:
      return "Basisondersteuning";
    case ToewijzingDoel::kExtraOndersteuning:
      return "Extra ondersteuning";
    case ToewijzingDoel::kArrangementen:
      return "Arrangementen";
    case ToewijzingDoel::kPersoneel:
      return "Personeel";
    case ToewijzingDoel::kAnders:
      return "Anders";
  }
  return "Anders";
}

std::optional<ToewijzingDoel> ParseDoel(std::string_view code) {
  for (ToewijzingDoel doel : kAlleDoelen) {
    if (DoelCode(doel) == code) return doel;
  }
  return std::nullopt;
}

Result<void> Valideer(const Toewijzing& t) {
  if (t.school.empty()) return Fail(ErrorCode::kInvalid, "Kies de school.", "school");
  if (t.bedrag.value() == 0) {
    return Fail(ErrorCode::kInvalid, "Vul een bedrag in dat niet 0 is.", "bedrag");
  }
  if (t.omschrijving.size() > kMaxOmschrijving) {
    return Fail(ErrorCode::kInvalid, "De omschrijving is te lang (hoogstens 500 tekens).",
                "omschrijving");
  }
  if (t.doel == ToewijzingDoel::kAnders && t.omschrijving.empty()) {
    return Fail(ErrorCode::kInvalid, "Beschrijf waarvoor het geld is bij het doel 'anders'.",
                "omschrijving");
  }
  if (t.bedrag.value() < 0 && t.omschrijving.empty()) {
    return Fail(ErrorCode::kInvalid,
                "Beschrijf waarom dit bedrag een eerdere toewijzing corrigeert.", "omschrijving");
  }
  return {};
}

Result<ToewijzingTotalen> Totaliseer(const std::vector<Toewijzing>& toewijzingen) {
  ToewijzingTotalen uit;
  for (const auto& t : toewijzingen) {
    Cents& school_doel = uit.per_school_doel[t.school][t.doel];
    PASSEND_ASSIGN_OR_RETURN(school_doel, school_doel.Add(t.bedrag));
    Cents& school = uit.per_school[t.school];
    PASSEND_ASSIGN_OR_RETURN(school, school.Add(t.bedrag));
    Cents& doel = uit.per_doel[t.doel];
    PASSEND_ASSIGN_OR_RETURN(doel, doel.Add(t.bedrag));
    PASSEND_ASSIGN_OR_RETURN(uit.totaal, uit.totaal.Add(t.bedrag));
  }
  return uit;
}

Result<void> ToetsCorrectie(const std::vector<Toewijzing>& bestaand, const Toewijzing& nieuw) {
  if (nieuw.bedrag.value() >= 0) return {};
  Cents som = nieuw.bedrag;
  for (const auto& t : bestaand) {
    if (t.school == nieuw.school && t.schooljaar == nieuw.schooljaar && t.doel == nieuw.doel) {
      PASSEND_ASSIGN_OR_RETURN(som, som.Add(t.bedrag));
    }
  }
  if (som.value() < 0) {
    return Fail(ErrorCode::kRegel,
                "Deze correctie is groter dan wat de school voor dit doel in dit schooljaar "
                "heeft gekregen.",
                "bedrag");
  }
  return {};
}

Result<std::map<int, Cents>> PerKalenderjaar(const std::vector<Toewijzing>& toewijzingen) {
  std::map<int, Cents> per_schooljaar;
  for (const auto& t : toewijzingen) {
    Cents& som = per_schooljaar[t.schooljaar.start_year()];
    PASSEND_ASSIGN_OR_RETURN(som, som.Add(t.bedrag));
  }
  std::map<int, Cents> uit;
  for (const auto& [start, som] : per_schooljaar) {
    PASSEND_ASSIGN_OR_RETURN(const Kalenderjaardelen delen, VerdeelSchooljaar(som));
    Cents& eerste = uit[start];
    PASSEND_ASSIGN_OR_RETURN(eerste, eerste.Add(delen.augustus_december));
    Cents& tweede = uit[start + 1];
    PASSEND_ASSIGN_OR_RETURN(tweede, tweede.Add(delen.januari_juli));
  }
  return uit;
}

}  // namespace passend::domain
