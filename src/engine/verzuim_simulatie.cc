#include "engine/verzuim_simulatie.h"

#include <fmt/format.h>

#include <utility>

#include "engine/rng.h"

namespace passend::engine {

using domain::ErrorCode;
using domain::Fail;

namespace {

domain::Result<void> Valideer(const VerzuimSimulatie& sim) {
  if (!sim.begin.ok()) {
    return Fail(ErrorCode::kInvalid, "De begindatum van de simulatie bestaat niet.", "begin");
  }
  if (sim.dagen < 1 || sim.dagen > 36'500) {
    return Fail(ErrorCode::kInvalid, "Simuleer 1 tot en met 36.500 dagen.", "dagen");
  }
  if (sim.instroom_per_dag < 0 || sim.instroom_per_dag > 100'000) {
    return Fail(ErrorCode::kInvalid, "De instroom per dag moet van 0 tot en met 100.000 zijn.",
                "instroomPerDag");
  }
  if (sim.duur.empty()) {
    return Fail(ErrorCode::kInvalid, "Geef de verdeling van de duur op.", "duur");
  }
  int totaal = 0;
  for (const DuurBand& band : sim.duur) {
    if (band.min_dagen < 1 || band.max_dagen < band.min_dagen || band.max_dagen > 3650 ||
        band.aandeel_promille < 0) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Een duurband loopt van 1 tot en met 3650 dagen, met een minimum "
                              "niet boven het maximum en een aandeel van 0 of meer (gegeven: "
                              "{}-{} dagen, {} promille).",
                              band.min_dagen, band.max_dagen, band.aandeel_promille),
                  "duur");
    }
    totaal += band.aandeel_promille;
  }
  if (totaal != 1000) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De aandelen van de duurbanden tellen op tot {} promille in plaats "
                            "van 1000.",
                            totaal),
                "duur");
  }
  return {};
}

}  // namespace

Breuk GemiddeldeDuur(const std::vector<DuurBand>& duur) {
  // The mean of a uniform band [a, b] is (a + b) / 2, weighted by its share of 1000.
  Breuk gemiddelde{0, 2000};
  for (const DuurBand& band : duur) {
    gemiddelde.teller += static_cast<int64_t>(band.aandeel_promille) *
                         (static_cast<int64_t>(band.min_dagen) + band.max_dagen);
  }
  return gemiddelde;
}

domain::Result<std::vector<domain::Verzuimmelding>> SimuleerVerzuim(const VerzuimSimulatie& sim) {
  PASSEND_RETURN_IF_ERROR(Valideer(sim));
  Rng rng(sim.seed, /*stream=*/0x7665727a75696dULL);  // "verzuim"
  std::vector<domain::Verzuimmelding> meldingen;
  meldingen.reserve(static_cast<std::size_t>(sim.dagen) *
                    static_cast<std::size_t>(sim.instroom_per_dag));
  int64_t volgnummer = 0;
  for (int dag = 0; dag < sim.dagen; ++dag) {
    const domain::Date start = domain::AddDays(sim.begin, dag);
    for (int i = 0; i < sim.instroom_per_dag; ++i) {
      // First the band by its share, then a day count uniform within the band; integer draws
      // only (Rng::Below), so the cases are the same everywhere.
      int keuze = static_cast<int>(rng.Below(1000));
      const DuurBand* band = &sim.duur.back();
      for (const DuurBand& b : sim.duur) {
        if (keuze < b.aandeel_promille) {
          band = &b;
          break;
        }
        keuze -= b.aandeel_promille;
      }
      const int duur = rng.Range(band->min_dagen, band->max_dagen);
      ++volgnummer;
      domain::Verzuimmelding m;
      m.id = volgnummer;
      m.leerling = domain::LeerlingId{volgnummer};
      m.type = sim.type;
      m.gemeente = sim.gemeente;
      m.swv = sim.swv;
      m.school = sim.school;
      m.startdatum = start;
      m.einddatum = domain::AddDays(start, duur);
      m.reden_einde = domain::Beeindiging::kTerugNaarSchool;
      meldingen.push_back(std::move(m));
    }
  }
  return meldingen;
}

}  // namespace passend::engine
