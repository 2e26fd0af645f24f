#include "engine/demo.h"

#include <string>
#include <vector>

#include "engine/demo_aanmeldingen.h"
#include "engine/demo_basisondersteuning.h"
#include "engine/demo_geld.h"
#include "engine/demo_geschillen.h"
#include "engine/demo_profielen.h"
#include "engine/demo_reserveplannen.h"
#include "engine/demo_structure.h"
#include "engine/demo_students.h"
#include "engine/demo_toewijzingen.h"
#include "engine/demo_verzuim.h"

namespace passend::engine {

domain::Result<DemoScale> ParseDemoScale(std::string_view text) {
  if (text == "regio") return DemoScale::kRegio;
  if (text == "land") return DemoScale::kLand;
  return domain::Fail(domain::ErrorCode::kInvalid,
                      "Onbekende omvang voor de demodata. Kies `regio` (één regio, ongeveer "
                      "25.000 leerlingen) of `land` (heel Nederland, ongeveer 2,5 miljoen "
                      "leerlingen).",
                      "scale");
}

void GenerateDemo(const DemoOptions& options, DemoSink& sink) {
  // The whole structure is built first: the sink's order contract (gemeenten, SWVs, besturen,
  // scholen, leerlingen) needs every organisation before the first student.
  sink.Progress("structuur", 0, 1);
  const DemoStructure s = BuildStructure(options);
  sink.Progress("structuur", 1, 1);

  const auto gemeenten = static_cast<int64_t>(s.gemeenten.size());
  sink.Progress("gemeenten", 0, gemeenten);
  for (const DemoGemeente& g : s.gemeenten) sink.Add(g.gemeente);
  sink.Progress("gemeenten", gemeenten, gemeenten);

  const auto swvs = static_cast<int64_t>(s.swvs.size());
  sink.Progress("samenwerkingsverbanden", 0, swvs);
  for (const DemoSwv& swv : s.swvs) sink.Add(swv.swv);
  // Each SWV's settings come with it: the disputes climb its ladder.
  const std::vector<DemoSwvInstellingen> instellingen = GenerateSwvInstellingen(s, options);
  for (const DemoSwvInstellingen& i : instellingen) sink.Add(i);
  // Their audited year accounts (issue 8): about 9 in 10 above the threshold in 2019.
  const std::vector<DemoJaarrekening> jaarrekeningen = GenerateJaarrekeningen(s, options);
  for (const DemoJaarrekening& j : jaarrekeningen) sink.Add(j);
  // Plans for the reserves above the threshold and the multi-year budgets (issue 8 items 5, 6).
  const DemoReserveplannen plannen = GenerateReserveplannen(jaarrekeningen, options);
  for (const DemoReserveplan& p : plannen.plannen) sink.Add(p);
  for (const DemoMeerjarenbegroting& b : plannen.begrotingen) sink.Add(b);
  sink.Progress("samenwerkingsverbanden", swvs, swvs);

  const auto besturen = static_cast<int64_t>(s.besturen.size());
  sink.Progress("besturen", 0, besturen);
  for (const domain::Bestuur& b : s.besturen) sink.Add(b);
  sink.Progress("besturen", besturen, besturen);

  const auto scholen = static_cast<int64_t>(s.scholen.size());
  sink.Progress("scholen", 0, scholen);
  for (const DemoSchool& d : s.scholen) sink.Add(d.school);
  // What each SWV allocated to its locations (issue 8 item 3).
  for (const DemoToewijzing& t : GenerateToewijzingen(s, options)) sink.Add(t);
  // Each location's support profile right after the locations (issue 5 item 8).
  for (const auto& profiel : GenerateProfielen(s, options)) sink.Add(profiel);
  // And how each describes its basisondersteuning against the national norm (issue 5 item 3).
  for (const auto& invulling : GenerateBasisInvullingen(s, options, domain::StandaardNorm())) {
    sink.Add(invulling);
  }
  sink.Progress("scholen", scholen, scholen);

  // Who gets a registration is chosen while the students stream past, so they need not be
  // kept; the registrations follow once every student is in. What a dispute can be about (a
  // refused registration, a student at their school) is kept on the way to the sink, and the
  // disputes follow the registrations. The students absence cases are about are sampled by
  // age and sex on the way too; the cases come last.
  GeschilKandidaten geschil_kandidaten(s, options, sink);
  VerzuimKandidaten verzuim_kandidaten(s, options, geschil_kandidaten);
  AanmeldKandidaten kandidaten(s, options, verzuim_kandidaten);
  GenerateLeerlingen(s, options, kandidaten);
  GenerateAanmeldingen(s, options, kandidaten.Gekozen(), geschil_kandidaten);
  GenerateGeschillen(s, options, instellingen, geschil_kandidaten, sink);
  GenerateVerzuim(s, options, instellingen, verzuim_kandidaten, sink);
}

}  // namespace passend::engine
