#pragma once
// The registrations (aanmeldingen) of a demo data set: about 1.2 % of the students a year, in
// every state a school meets, dated relative to the demo's "today" (DemoOptions::vandaag).
// Calibration and sources: docs/demo-data.md.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/aanmelding.h"
#include "engine/demo.h"
#include "engine/demo_structure.h"
#include "engine/rng.h"

namespace passend::engine {

/// A student chosen for a registration: who, which school they attend now, and their age.
struct AanmeldKandidaat {
  domain::LeerlingId leerling;
  int school = 0;  // index into DemoStructure::scholen
  domain::Date geboortedatum{};
  bool demo_kind = false;  // the child of the demo parent account
};

/// Passes every record on to the next sink unchanged, and meanwhile chooses which students
/// get a registration. Choosing while the students stream past keeps the 2.5 million of
/// `land` out of memory: only the chosen ones (about 1 %) are kept.
class AanmeldKandidaten final : public DemoSink {
 public:
  /// Chooses among the students of `structure` (deterministic in `options`); forwards
  /// everything to `next`.
  AanmeldKandidaten(const DemoStructure& structure, const DemoOptions& options, DemoSink& next);

  void Add(const domain::Gemeente& gemeente) override { next_.Add(gemeente); }
  void Add(const domain::Samenwerkingsverband& swv) override { next_.Add(swv); }
  void Add(const domain::Bestuur& bestuur) override { next_.Add(bestuur); }
  void Add(const domain::School& school) override { next_.Add(school); }
  void Add(const domain::Leerling& leerling, const domain::Inschrijving& inschrijving) override;
  void Add(const domain::Aanmelding& aanmelding) override { next_.Add(aanmelding); }
  void Progress(std::string_view phase, int64_t done, int64_t total) override {
    next_.Progress(phase, done, total);
  }

  /// The chosen students in id order, the demo parent's child among them (marked).
  std::vector<AanmeldKandidaat> Gekozen() const;

 private:
  const DemoStructure& s_;
  DemoSink& next_;
  Rng rng_;
  int school_ = 0;        // index of the school whose students are streaming past
  int demo_school_ = -1;  // see DemoKindSchool in the .cc
  std::vector<AanmeldKandidaat> gekozen_;
  std::optional<AanmeldKandidaat> demo_kind_;
  std::string demo_kind_achternaam_;
  std::string demo_kind_voornaam_;
};

/// Generates the registrations of the chosen students into `sink`, in student id order; a
/// student's registrations come together, the first choice first.
void GenerateAanmeldingen(const DemoStructure& structure, const DemoOptions& options,
                          const std::vector<AanmeldKandidaat>& kandidaten, DemoSink& sink);

}  // namespace passend::engine
