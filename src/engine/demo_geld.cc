#include "engine/demo_geld.h"

#include <algorithm>

#include "engine/rng.h"

namespace passend::engine {

namespace {

// Gross support income per student per year in 2015, in cents: the national PO budget over
// about 1.45 million primary students and the VO budget over about 1 million (domain.md §3.7
// orders of magnitude), growing 2 % a year.
constexpr int64_t kPerLeerlingPo = 115'000;
constexpr int64_t kPerLeerlingVo = 65'000;

// The reserve relative to 2019 (per mille) per year: built up to 2019, spent down after it.
int64_t Verloop(int jaar) {
  constexpr int64_t kVerloop[] = {550, 700, 850, 950, 1000, 950, 850, 750, 650, 550, 500, 450};
  const int index = std::clamp(jaar - 2015, 0, 11);
  return kVerloop[index];
}

}  // namespace

std::vector<DemoJaarrekening> GenerateJaarrekeningen(const DemoStructure& s,
                                                     const DemoOptions& options) {
  std::vector<int64_t> leerlingen(s.swvs.size(), 0);
  for (const DemoSchool& school : s.scholen) {
    if (school.swv >= 0) leerlingen[static_cast<size_t>(school.swv)] += school.leerlingen;
  }
  const domain::Date vandaag = options.vandaag.value_or(options.peildatum);
  const int laatste = static_cast<int>(vandaag.year()) - 1;
  const domain::ReserveNorm norm;  // the Inspectie's rule, as config/bekostiging.json ships it
  std::vector<DemoJaarrekening> uit;
  Rng rng(options.seed, 0x6E1D);
  for (size_t i = 0; i < s.swvs.size(); ++i) {
    const auto& swv = s.swvs[i].swv;
    const int64_t per = swv.sector() == domain::Sector::kPo ? kPerLeerlingPo : kPerLeerlingVo;
    // 2019's reserve against the threshold, per mille: 93 in 1,000 below it (14 of 150), the
    // others 1.05 to 5.05 times it (mean about 3: € 175 million over 136 SWVs).
    const int64_t r2019 = rng.PerMille(93) ? 300 + static_cast<int64_t>(rng.Below(650))
                                           : 1050 + static_cast<int64_t>(rng.Below(4000));
    const int64_t organisatie_pm = 90 + static_cast<int64_t>(rng.Below(61));  // 9–15 %
    domain::Cents vorig_vermogen;
    for (int jaar = 2014; jaar <= laatste; ++jaar) {
      // 2 % growth a year, ±3 % noise per year.
      int64_t baten = leerlingen[i] * per;
      for (int j = 2015; j <= jaar; ++j) baten = baten * 102 / 100;
      baten = baten * (970 + static_cast<int64_t>(rng.Below(61))) / 1000;
      const domain::Cents drempel =
          domain::Signaleringswaarde(domain::Cents(baten), norm).value_or(norm.minimum);
      const domain::Cents vermogen(drempel.value() * r2019 / 1000 * Verloop(jaar) / 1000);
      if (jaar >= 2015) {
        // The year's result is the change in equity; the costs are what was not kept.
        const int64_t resultaat = vermogen.value() - vorig_vermogen.value();
        const int64_t lasten = std::max<int64_t>(baten - resultaat, baten / 2);
        domain::Jaarrekening j;
        j.jaar = jaar;
        j.baten_totaal = domain::Cents(baten);
        j.lasten_totaal = domain::Cents(lasten);
        j.eigen_vermogen = vermogen;
        j.organisatiekosten = domain::Cents(std::min(lasten, baten * organisatie_pm / 1000));
        uit.push_back(DemoJaarrekening{swv.code, j});
      }
      vorig_vermogen = vermogen;
    }
  }
  return uit;
}

}  // namespace passend::engine
