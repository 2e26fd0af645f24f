#include "domain/arrangement.h"

#include <fmt/format.h>

namespace passend::domain {

namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string_view ArrangementSoortCode(ArrangementSoort soort) {
  switch (soort) {
    case ArrangementSoort::kOndersteuningRegulier:
      return "ondersteuning-regulier";
    case ArrangementSoort::kGroepRegulier:
      return "groep-regulier";
    case ArrangementSoort::kTijdelijkVso:
      return "tijdelijk-vso";
    case ArrangementSoort::kAmbulant:
      return "ambulant";
    case ArrangementSoort::kOnderwijsZorg:
      return "onderwijs-zorg";
  }
  return "ondersteuning-regulier";
}

Result<ArrangementSoort> ParseArrangementSoort(std::string_view text) {
  for (ArrangementSoort soort : kAlleArrangementSoorten) {
    if (ArrangementSoortCode(soort) == text) return soort;
  }
  return Fail(ErrorCode::kInvalid,
              "Kies de soort: ondersteuning-regulier, groep-regulier, tijdelijk-vso, ambulant of "
              "onderwijs-zorg.",
              "soort");
}

std::string_view ArrangementSoortNaam(ArrangementSoort soort) {
  switch (soort) {
    case ArrangementSoort::kOndersteuningRegulier:
      return "Ondersteuning in de reguliere school";
    case ArrangementSoort::kGroepRegulier:
      return "Groep binnen een reguliere school";
    case ArrangementSoort::kTijdelijkVso:
      return "Tijdelijk of deeltijd in het (v)so";
    case ArrangementSoort::kAmbulant:
      return "Ambulante begeleiding";
    case ArrangementSoort::kOnderwijsZorg:
      return "Onderwijs en zorg";
  }
  return "";
}

std::string_view TariefCode(Tarief tarief) {
  return tarief == Tarief::kBudget ? "budget" : "per-leerling-per-jaar";
}

Result<Tarief> ParseTarief(std::string_view text) {
  if (text == "per-leerling-per-jaar") return Tarief::kPerLeerlingPerJaar;
  if (text == "budget") return Tarief::kBudget;
  return Fail(ErrorCode::kInvalid, "Kies het tarief: per-leerling-per-jaar of budget.", "tarief");
}

Result<void> Valideer(const Arrangement& a) {
  if (IsBlank(a.naam) || a.naam.size() > 200) {
    return Fail(ErrorCode::kInvalid, "Geef het arrangement een naam (hoogstens 200 tekens).",
                "naam");
  }
  if (a.omschrijving.size() > 4000) {
    return Fail(ErrorCode::kInvalid, "De omschrijving is hoogstens 4.000 tekens.", "omschrijving");
  }
  if (a.bedrag < Cents(0)) {
    return Fail(ErrorCode::kInvalid, "Het bedrag is niet negatief.", "bedrag");
  }
  return {};
}

Result<void> Valideer(const Toekenning& t, const Arrangement& a) {
  if (t.tot < t.van) {
    return Fail(
        ErrorCode::kInvalid,
        fmt::format("De einddatum ligt niet voor de begindatum ({}).", FormatDutchDate(t.van)),
        "tot");
  }
  if (t.bedrag < Cents(0)) {
    return Fail(ErrorCode::kInvalid, "Het bedrag is niet negatief.", "bedrag");
  }
  // A deactivated package stays in the catalogue for the assignments it had, but is not
  // assigned again.
  if (!a.actief) {
    return Fail(ErrorCode::kRegel,
                fmt::format("Het arrangement \"{}\" is niet meer actief en wordt niet meer "
                            "toegekend.",
                            a.naam),
                "arrangement");
  }
  return {};
}

Result<void> Beeindig(Toekenning& t, ToekenningEinde einde) {
  if (t.einde) {
    return Fail(ErrorCode::kConflict, fmt::format("Deze toekenning is al beëindigd op {}.",
                                                  FormatDutchDate(t.einde->op)));
  }
  if (einde.op < t.van || einde.op > t.tot) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het einde ligt in de periode van de toekenning ({} tot en met {}).",
                            FormatDutchDate(t.van), FormatDutchDate(t.tot)),
                "op");
  }
  if (IsBlank(einde.reden) || einde.reden.size() > 4000) {
    return Fail(ErrorCode::kInvalid, "Geef de reden van het einde (hoogstens 4.000 tekens).",
                "reden");
  }
  t.einde = std::move(einde);
  return {};
}

Date LaatsteDag(const Toekenning& t) { return t.einde ? t.einde->op : t.tot; }

bool IsLopend(const Toekenning& t, Date op) {
  return !IsIngetrokken(t) && t.van <= op && op <= LaatsteDag(t);
}

bool IsIngetrokken(const Toekenning& t) { return t.einde && t.einde->op == t.van; }

Result<std::map<std::string, SchoolBedrag>> BedragenPerSchool(
    std::span<const Toekenning> toekenningen, Periode periode) {
  std::map<std::string, SchoolBedrag> result;
  for (const Toekenning& t : toekenningen) {
    // Whole amounts in the period of the start date: a school-year arrangement is one amount,
    // which the money part spreads over calendar years itself (5/12 and 7/12).
    if (t.van < periode.van || t.van > periode.tot || IsIngetrokken(t)) continue;
    SchoolBedrag& s = result[t.school.str()];
    PASSEND_ASSIGN_OR_RETURN(s.bedrag, s.bedrag.Add(t.bedrag));
    ++s.aantal;
  }
  return result;
}

}  // namespace passend::domain
