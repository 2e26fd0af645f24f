#pragma once
// The SWVs' settings and the disputes (geschillen) of a demo data set: every SWV has an ouder-
// en jeugdsteunpunt, and a handful of disputes per SWV stand on every step of the ladder,
// dated relative to the demo's "today" (DemoOptions::vandaag). Calibration: docs/demo-data.md.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/aanmelding.h"
#include "domain/geschil.h"
#include "engine/demo.h"
#include "engine/demo_structure.h"

namespace passend::engine {

/// The settings of every SWV of `structure`, in its order (deterministic in `options`). The
/// SWV with the lowest code (the demo SWV account's) has meldingsplicht.
std::vector<DemoSwvInstellingen> GenerateSwvInstellingen(const DemoStructure& structure,
                                                         const DemoOptions& options);

/// A decided registration that may be disputed: refused or placed elsewhere, first choice.
struct GeschilKandidaat {
  int64_t aanmelding = 0;  // DemoSink id
  domain::LeerlingId leerling;
  domain::Vestigingscode school;
  std::string swv;
  domain::Date besluitdatum{};
  domain::Uitkomst uitkomst = domain::Uitkomst::kGeweigerd;
  std::optional<domain::Weigeringsgrond> grond;
};

/// A student at their current school whom a removal or OPP dispute is about.
struct GeschilLeerling {
  domain::LeerlingId leerling;
  int school = 0;  // index into DemoStructure::scholen
  domain::Onderwerp onderwerp = domain::Onderwerp::kOpp;
};

/// Passes every record on to the next sink unchanged, and meanwhile keeps what disputes can
/// be about: the refused and elsewhere-placed registrations (about a quarter of them) and one
/// or two students per SWV chosen in advance, so `land`'s students need not be kept.
class GeschilKandidaten final : public DemoSink {
 public:
  /// Chooses the students among those of `structure` (deterministic in `options`); forwards
  /// everything to `next`.
  GeschilKandidaten(const DemoStructure& structure, const DemoOptions& options, DemoSink& next);

  void Add(const domain::Gemeente& gemeente) override { next_.Add(gemeente); }
  void Add(const domain::Samenwerkingsverband& swv) override { next_.Add(swv); }
  void Add(const domain::Bestuur& bestuur) override { next_.Add(bestuur); }
  void Add(const domain::School& school) override { next_.Add(school); }
  void Add(const domain::Leerling& leerling, const domain::Inschrijving& inschrijving) override;
  void Add(const domain::Aanmelding& aanmelding) override;
  void Add(const DemoSwvInstellingen& instellingen) override { next_.Add(instellingen); }
  void Add(const DemoGeschil& geschil) override { next_.Add(geschil); }
  void Progress(std::string_view phase, int64_t done, int64_t total) override {
    next_.Progress(phase, done, total);
  }

  /// The disputable registrations seen, in id order.
  const std::vector<GeschilKandidaat>& Registraties() const { return registraties_; }
  /// The chosen students that streamed past, in id order.
  const std::vector<GeschilLeerling>& Leerlingen() const { return leerlingen_; }

 private:
  struct Doel {
    int school = 0;
    int64_t positie = 0;  // 0-based among the school's students
    domain::Onderwerp onderwerp = domain::Onderwerp::kOpp;
  };

  const DemoStructure& s_;
  DemoSink& next_;
  std::vector<Doel> doelen_;  // sorted by school, then position
  size_t volgend_doel_ = 0;
  int school_ = 0;        // index of the school whose students are streaming past
  int64_t positie_ = -1;  // of the current student within that school
  std::vector<GeschilKandidaat> registraties_;
  std::vector<GeschilLeerling> leerlingen_;
};

/// Generates the disputes into `sink`, numbered 1..N in the order they were opened, on the
/// ladders of `instellingen` (GenerateSwvInstellingen's, in the structure's SWV order).
void GenerateGeschillen(const DemoStructure& structure, const DemoOptions& options,
                        const std::vector<DemoSwvInstellingen>& instellingen,
                        const GeschilKandidaten& kandidaten, DemoSink& sink);

}  // namespace passend::engine
