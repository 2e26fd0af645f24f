#include "domain/tussendoelen.h"

#include <fmt/format.h>

namespace passend::domain {

namespace {

// Counts of children and students stay far below this; the bound keeps every product of two
// of them (at most 10^18) inside int64_t, so no comparison can overflow.
constexpr int64_t kMaxAantal = 1'000'000'000;

int JarenTotDoel(const Tussendoelen& plan) {
  return plan.doeljaar.start_year() - Basisjaar(plan).start_year();
}

// A reduction plan (the usual case for thuiszitters) is met at or below its target; a plan
// whose final target is above the baseline is met at or above it.
bool Gehaald(const Tussendoelen& plan, int64_t gemeten, int64_t doel) {
  return plan.doelwaarde <= plan.basiswaarde ? gemeten <= doel : gemeten >= doel;
}

}  // namespace

Result<void> Valideer(const Tussendoelen& plan) {
  if (!plan.basisdatum.ok()) {
    return Fail(ErrorCode::kInvalid, "De datum van de nulmeting bestaat niet.", "basisdatum");
  }
  if (plan.basiswaarde < 0 || plan.basiswaarde > kMaxAantal) {
    return Fail(ErrorCode::kInvalid,
                "De nulmeting moet een aantal van 0 tot en met 1.000.000.000 zijn.", "basiswaarde");
  }
  if (plan.doelwaarde < 0 || plan.doelwaarde > kMaxAantal) {
    return Fail(ErrorCode::kInvalid,
                "Het einddoel moet een aantal van 0 tot en met 1.000.000.000 zijn.", "doelwaarde");
  }
  const int jaren = JarenTotDoel(plan);
  if (jaren < 1) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het doeljaar moet na het schooljaar van de nulmeting ({}) liggen.",
                            Basisjaar(plan).Label()),
                "doeljaar");
  }
  if (plan.stappen < 1 || plan.stappen > jaren) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Kies 1 tot en met {} stappen: één stap per schooljaar tot het "
                            "doeljaar is het meeste.",
                            jaren),
                "stappen");
  }
  return {};
}

SchoolYear Basisjaar(const Tussendoelen& plan) { return SchoolYear::Containing(plan.basisdatum); }

int64_t DoelVoor(const Tussendoelen& plan, SchoolYear jaar) {
  const int jaren = JarenTotDoel(plan);
  const int verstreken = jaar.start_year() - Basisjaar(plan).start_year();
  if (verstreken <= 0) return plan.basiswaarde;
  if (verstreken >= jaren) return plan.doelwaarde;
  // The steps spread evenly over the years: step k is reached in the first year j with
  // j × N / J >= k (N steps, J years). Seed 004: 4 steps in 4 years is one step a year.
  const int64_t stap = static_cast<int64_t>(verstreken) * plan.stappen / jaren;
  // Seed 004: «in vier gelijke stappen». Every step is computed from the baseline, never by
  // adding a rounded step size (which drifts and can pass the final target); C++ division
  // truncates towards zero, so each target is rounded towards the baseline.
  return plan.basiswaarde + (plan.doelwaarde - plan.basiswaarde) * stap / plan.stappen;
}

std::vector<std::pair<SchoolYear, int64_t>> Doelen(const Tussendoelen& plan) {
  std::vector<std::pair<SchoolYear, int64_t>> doelen;
  for (SchoolYear jaar = Basisjaar(plan).Next(); jaar <= plan.doeljaar; jaar = jaar.Next()) {
    doelen.emplace_back(jaar, DoelVoor(plan, jaar));
  }
  return doelen;
}

std::string_view KoersCode(Koers koers) {
  switch (koers) {
    case Koers::kVoor:
      return "voor";
    case Koers::kOpSchema:
      return "op-schema";
    case Koers::kAchter:
      return "achter";
  }
  return "";
}

std::string_view KoersNaam(Koers koers) {
  switch (koers) {
    case Koers::kVoor:
      return "Voor op schema";
    case Koers::kOpSchema:
      return "Op schema";
    case Koers::kAchter:
      return "Achter op schema";
  }
  return "";
}

Stand StandVan(const Tussendoelen& plan, SchoolYear jaar, int64_t gemeten) {
  Stand stand;
  stand.doel = DoelVoor(plan, jaar);
  stand.verschil = gemeten - stand.doel;
  const int64_t volgend = DoelVoor(plan, jaar.Next());
  if (!Gehaald(plan, gemeten, stand.doel)) {
    stand.koers = Koers::kAchter;
  } else if (volgend != stand.doel && Gehaald(plan, gemeten, volgend)) {
    // Ahead only when next year's target is stricter and already met; after the final step
    // there is nothing left to be ahead of.
    stand.koers = Koers::kVoor;
  } else {
    stand.koers = Koers::kOpSchema;
  }
  return stand;
}

Result<PerDuizend> PerDuizend::Create(int64_t aantal, int64_t leerlingen) {
  if (leerlingen < 1 || leerlingen > kMaxAantal) {
    return Fail(ErrorCode::kInvalid,
                "Het aantal leerlingen moet van 1 tot en met 1.000.000.000 zijn.", "leerlingen");
  }
  if (aantal < 0 || aantal > kMaxAantal) {
    return Fail(ErrorCode::kInvalid,
                "Het aantal thuiszitters moet van 0 tot en met 1.000.000.000 zijn.",
                "thuiszitters");
  }
  return PerDuizend(aantal, leerlingen);
}

int64_t PerDuizend::Tienden() const {
  // aantal / leerlingen × 10,000, rounded half up, in integers: (2 × a × 10^4 + l) / (2 × l).
  return (2 * aantal_ * 10'000 + leerlingen_) / (2 * leerlingen_);
}

std::string PerDuizend::Tekst() const {
  const int64_t tienden = Tienden();
  return fmt::format("{},{}", tienden / 10, tienden % 10);
}

std::strong_ordering operator<=>(const PerDuizend& a, const PerDuizend& b) {
  // a/b < c/d  <=>  a·d < c·b for positive denominators; both products stay below 10^18.
  return a.aantal_ * b.leerlingen_ <=> b.aantal_ * a.leerlingen_;
}

bool operator==(const PerDuizend& a, const PerDuizend& b) { return (a <=> b) == 0; }

}  // namespace passend::domain
