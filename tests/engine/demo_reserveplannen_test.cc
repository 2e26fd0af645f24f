// Tests of the demo reserve plans and budgets (src/engine/demo_reserveplannen.h): every plan
// and decision passes the domain's rules (the import replays them), nothing is dated after
// today, the states of issue 8 item 5 occur (withheld, approved in time, deadline ahead), the SWV
// with the lowest code (swv.demo's) has budget withheld, every budget covers the coming years,
// and the output is deterministic.

#include "engine/demo_reserveplannen.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "engine/demo_geld.h"
#include "engine/demo_structure.h"
#include "support/dates.h"

namespace passend::engine {
namespace {

using testing::D;

const domain::Date kVandaag = D(2026, 11, 22);

DemoOptions Opties() {
  DemoOptions options;
  options.vandaag = kVandaag;
  return options;
}

TEST(DemoReserveplannen, ValidDatedNoLaterThanTodayAndInEveryState) {
  const DemoOptions options = Opties();
  const DemoStructure s = BuildStructure(options);
  const auto rekeningen = GenerateJaarrekeningen(s, options);
  const DemoReserveplannen demo = GenerateReserveplannen(rekeningen, options);
  ASSERT_FALSE(demo.plannen.empty());
  const domain::ReserveplanTermijn termijn;
  // Per SWV and accounts year: the approval dates, to compute the withholding as the service.
  std::map<std::pair<std::string, int>, std::vector<domain::Date>> goedkeuringen;
  for (const DemoReserveplan& p : demo.plannen) {
    EXPECT_TRUE(domain::ValideerPlan(p.plan, p.bovenmatige_reserve, termijn));
    EXPECT_LE(p.vastgelegd_op, kVandaag);
    std::vector<domain::PlanBesluit> eerder;
    for (const domain::PlanBesluit& b : p.besluiten) {
      auto t = domain::ToetsBesluit(eerder, b, p.vastgelegd_op, kVandaag);
      ASSERT_TRUE(t) << t.error().message;
      eerder.push_back(b);
      if (t->goedgekeurd_op) {
        goedkeuringen[{p.swv.str(), p.plan.jaarrekening_jaar}].push_back(*t->goedgekeurd_op);
      }
    }
  }
  std::set<domain::Inhouding> standen;
  std::string laagste;
  std::set<domain::Inhouding> van_laagste;
  for (const DemoJaarrekening& j : rekeningen) {
    auto b = domain::Beoordeel(j.cijfers, domain::ReserveNorm{});
    ASSERT_TRUE(b);
    const auto s2 = domain::BepaalInhouding(b->bovenmatige_reserve, j.cijfers.jaar,
                                            goedkeuringen[{j.swv.str(), j.cijfers.jaar}], {},
                                            kVandaag, termijn);
    standen.insert(s2.stand);
    if (laagste.empty() || j.swv.str() < laagste) {
      laagste = j.swv.str();
      van_laagste.clear();
    }
    if (j.swv.str() == laagste) van_laagste.insert(s2.stand);
  }
  // The regio demo has too few SWVs for all five states of the latest past year (released
  // needs a fifth SWV above the threshold); these occur in any demo.
  for (auto stand : {domain::Inhouding::kIngehouden, domain::Inhouding::kNietIngehouden,
                     domain::Inhouding::kNogNiet}) {
    EXPECT_TRUE(standen.contains(stand)) << domain::InhoudingCode(stand);
  }
  EXPECT_TRUE(van_laagste.contains(domain::Inhouding::kIngehouden)) << laagste;
  ASSERT_FALSE(demo.begrotingen.empty());
  for (const DemoMeerjarenbegroting& m : demo.begrotingen) {
    EXPECT_TRUE(domain::Valideer(m.begroting, termijn.begroting_min_jaren, kVandaag));
    std::vector<domain::InstemmingStap> eerder;
    for (const auto& stap : m.instemming) {
      EXPECT_TRUE(domain::ToetsInstemming(eerder, stap, kVandaag));
      eerder.push_back(stap);
    }
  }
  // Deterministic.
  const DemoReserveplannen weer = GenerateReserveplannen(rekeningen, options);
  ASSERT_EQ(weer.plannen.size(), demo.plannen.size());
  EXPECT_EQ(weer.plannen.back().plan.regels[0].bedrag, demo.plannen.back().plan.regels[0].bedrag);
}

}  // namespace
}  // namespace passend::engine
