#include "engine/demo_toewijzingen.h"

#include "engine/rng.h"

namespace passend::engine {

namespace {

// Basic support per student per school year, in cents (€ 40–80): a share of the SWV's light
// support budget passed on to the schools (demo values).
constexpr int64_t kBasisMin = 4'000;
constexpr uint64_t kBasisSpreiding = 4'001;

}  // namespace

std::vector<DemoToewijzing> GenerateToewijzingen(const DemoStructure& s,
                                                 const DemoOptions& options) {
  const domain::Date vandaag = options.vandaag.value_or(options.peildatum);
  const int huidig = domain::SchoolYear::Containing(vandaag).start_year();
  std::vector<DemoToewijzing> uit;
  Rng rng(options.seed, 0x70E3);
  for (const DemoSchool& d : s.scholen) {
    if (d.swv < 0 || d.leerlingen <= 0 || !d.school.swv) continue;
    for (int jaar = huidig - 1; jaar <= huidig; ++jaar) {
      const domain::SchoolYear schooljaar(jaar);
      const int64_t per_leerling = kBasisMin + static_cast<int64_t>(rng.Below(kBasisSpreiding));
      uit.push_back({*d.school.swv,
                     {d.school.code.str(), schooljaar, domain::ToewijzingDoel::kBasisondersteuning,
                      domain::Cents(d.leerlingen * per_leerling), ""}});
      // About one location in three gets extra support; one in five money for staff.
      if (rng.PerMille(333)) {
        uit.push_back(
            {*d.school.swv,
             {d.school.code.str(), schooljaar, domain::ToewijzingDoel::kExtraOndersteuning,
              domain::Cents(1'000'000 + static_cast<int64_t>(rng.Below(4'000'001))),
              "Extra begeleiding in de groep"}});
      }
      if (rng.PerMille(200)) {
        uit.push_back({*d.school.swv,
                       {d.school.code.str(), schooljaar, domain::ToewijzingDoel::kPersoneel,
                        domain::Cents(2'500'000 + static_cast<int64_t>(rng.Below(2'500'001))),
                        "Onderwijsassistent"}});
      }
    }
  }
  return uit;
}

}  // namespace passend::engine
