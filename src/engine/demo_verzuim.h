#pragma once
// The absence cases (verzuimmeldingen) of a demo data set: thuiszitters calibrated on
// domain.md §4 and §3.5 (inflow, age, sex, the shares longer than 3 months), besides them
// relatief verzuim, sick children and the exemptions 5 onder a, b and c, spread over the past
// 18 months before the demo's "today" (DemoOptions::vandaag). Calibration: docs/demo-data.md
// and docs/verzuim.md ("Demo data").

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/verzuim.h"
#include "engine/demo.h"
#include "engine/demo_structure.h"
#include "engine/rng.h"

namespace passend::engine {

/// A student who may get an absence case: who, where they are enrolled and live, and the
/// age and sex the calibration selects on.
struct VerzuimKandidaat {
  domain::LeerlingId leerling;
  int school = 0;  // index into DemoStructure::scholen (a school with an SWV)
  domain::Date geboortedatum{};
  domain::Geslacht geslacht = domain::Geslacht::kOnbekend;
  domain::GemeenteCode woongemeente;
};

/// One planned case before a child is chosen: type, start, and the sex and the age at the
/// start the child must have.
struct VerzuimPlan {
  domain::VerzuimType type = domain::VerzuimType::kAbsoluutVerzuim;
  domain::Date startdatum{};
  domain::Geslacht geslacht = domain::Geslacht::kMan;
  int leeftijd = 0;  // whole years on the start date
};

/// Passes every record on to the next sink unchanged, and meanwhile keeps a random sample of
/// the students per sex and age (reservoir sampling), big enough for the planned cases, plus
/// a few children of the demo SWV who live in the demo municipality. Only the sample is kept,
/// so `land`'s 2.5 million students stay out of memory.
class VerzuimKandidaten final : public DemoSink {
 public:
  /// Plans the cases for `structure` and `options` (deterministic in both); forwards
  /// everything to `next`.
  VerzuimKandidaten(const DemoStructure& structure, const DemoOptions& options, DemoSink& next);

  void Add(const domain::Gemeente& gemeente) override { next_.Add(gemeente); }
  void Add(const domain::Samenwerkingsverband& swv) override { next_.Add(swv); }
  void Add(const domain::Bestuur& bestuur) override { next_.Add(bestuur); }
  void Add(const domain::School& school) override { next_.Add(school); }
  void Add(const domain::Leerling& leerling, const domain::Inschrijving& inschrijving) override;
  void Add(const domain::Aanmelding& aanmelding) override { next_.Add(aanmelding); }
  void Add(const DemoSwvInstellingen& instellingen) override { next_.Add(instellingen); }
  void Add(const DemoGeschil& geschil) override { next_.Add(geschil); }
  void Add(const DemoVerzuim& verzuim) override { next_.Add(verzuim); }
  void Add(const DemoTussendoelen& tussendoelen) override { next_.Add(tussendoelen); }
  void Progress(std::string_view phase, int64_t done, int64_t total) override {
    next_.Progress(phase, done, total);
  }

  /// The calibrated cases planned, in plan order (not yet with a child).
  const std::vector<VerzuimPlan>& Plannen() const { return plannen_; }
  /// The sampled students per stratum (StratumVan), each in random order.
  const std::vector<std::vector<VerzuimKandidaat>>& Steekproef() const { return steekproef_; }
  /// The sampled children of the demo SWV living in the demo municipality (for the fixed
  /// cases of swv.demo and gemeente.demo), in random order.
  const std::vector<VerzuimKandidaat>& DemoKinderen() const { return demo_kinderen_; }
  /// The stratum of a student of `geslacht` aged `leeftijd` on the demo's "today"; -1 when
  /// outside the sampled ages.
  static int StratumVan(domain::Geslacht geslacht, int leeftijd);

 private:
  const DemoStructure& s_;
  DemoSink& next_;
  domain::Date vandaag_;
  Rng rng_;
  int school_ = 0;                      // index of the school whose students are streaming past
  int demo_swv_ = -1;                   // index of the SWV swv.demo gets (the lowest code)
  domain::GemeenteCode demo_gemeente_;  // the municipality gemeente.demo gets
  std::vector<VerzuimPlan> plannen_;
  std::vector<int64_t> capaciteit_;  // per stratum
  std::vector<int64_t> gezien_;      // per stratum: students seen
  std::vector<std::vector<VerzuimKandidaat>> steekproef_;
  int64_t demo_gezien_ = 0;
  std::vector<VerzuimKandidaat> demo_kinderen_;
};

/// The holiday region of SWV `swv` (index into structure.swvs), by its province: noord for
/// Groningen, Fryslân, Drenthe, Overijssel, Flevoland and Noord-Holland; zuid for Zeeland,
/// Noord-Brabant and Limburg, and for Gelderland south of the rivers (the SWV's municipalities
/// lie on average below latitude 51.87, the Nijmegen area); midden otherwise (OCW's regions,
/// simplified to whole provinces).
domain::Vakantieregio DemoVakantieregio(const DemoStructure& structure, int swv);

/// The verzuim settings of every SWV, in structure order (deterministic in the options): the
/// holiday region (DemoVakantieregio); doorzettingsmacht with a commissie ("Doorbraaktafel
/// <regio>") for the SWV of swv.demo and a coordinator, commissie or wethouder for the others;
/// the SWV's advice before an exemption 5 onder a for most. No interim targets yet: they are
/// measured on the cases (GenerateVerzuim).
std::vector<domain::VerzuimInstellingen> GenerateVerzuimInstellingen(const DemoStructure& structure,
                                                                     const DemoOptions& options);

/// Generates the absence cases into `sink`, numbered 1..N in order of their start date. Each
/// case passes domain::Valideer on the demo's "today"; ends and offers were taken through
/// domain::Beeindig and RegistreerAanbod; a hand-over is at least 4 school weeks (counted
/// without holidays) after the start. An exemption 5 onder a has a doctor's statement and,
/// when its SWV's `instellingen` ask for it, the SWV's advice (domain::ValideerVrijstelling on
/// its start date); a few long cases of swv.demo's SWV have doorbraken. Then the interim
/// targets of the SWV of swv.demo and about half of the others (DemoTussendoelen).
void GenerateVerzuim(const DemoStructure& structure, const DemoOptions& options,
                     const std::vector<DemoSwvInstellingen>& instellingen,
                     const VerzuimKandidaten& kandidaten, DemoSink& sink);

}  // namespace passend::engine
