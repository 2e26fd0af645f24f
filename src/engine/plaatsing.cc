#include "engine/plaatsing.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <limits>
#include <set>
#include <utility>

namespace passend::engine {

namespace {

using Graph = lemon::SmartDigraph;
using Simplex = lemon::NetworkSimplex<Graph, int64_t, int64_t>;

domain::Result<void> Valideer(const PlaatsingsProbleem& p) {
  const auto n = static_cast<int>(p.kinderen.size());
  const auto s = static_cast<int>(p.scholen.size());
  const auto g = static_cast<int>(p.groepen.size());
  if (p.niet_geplaatst_kosten.size() != p.kinderen.size()) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "nietGeplaatstKosten: geef voor elk kind de kosten van niet plaatsen.",
                        "nietGeplaatstKosten");
  }
  if (!p.groep_van.empty() && p.groep_van.size() != p.kinderen.size()) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "groep: geef voor elk kind een behoefte of geen.", "groep");
  }
  for (int64_t k : p.niet_geplaatst_kosten) {
    if (k < 0) {
      return domain::Fail(domain::ErrorCode::kInvalid, "nietGeplaatstKosten: moet 0 of meer zijn.",
                          "nietGeplaatstKosten");
    }
  }
  for (int gr : p.groep_van) {
    if (gr < -1 || gr >= g) {
      return domain::Fail(domain::ErrorCode::kInvalid, "groep: onbekende behoefte.", "groep");
    }
  }
  for (const PlaatsingsSchool& school : p.scholen) {
    if (school.capaciteit < 0) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "scholen: de capaciteit van " + school.id + " moet 0 of meer zijn.",
                          "scholen");
    }
  }
  std::set<std::pair<int, int>> gezien;
  for (const GroepsPlaatsen& gp : p.groeps_plaatsen) {
    if (gp.school < 0 || gp.school >= s || gp.groep < 0 || gp.groep >= g || gp.plaatsen < 0 ||
        !gezien.insert({gp.school, gp.groep}).second) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "plaatsen: plaatsen per behoefte horen bij een bekende school en "
                          "behoefte, één keer, en zijn 0 of meer.",
                          "plaatsen");
    }
  }
  gezien.clear();
  for (const PlaatsingsOptie& o : p.opties) {
    if (o.kind < 0 || o.kind >= n || o.school < 0 || o.school >= s) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "kosten: een paar noemt een onbekend kind of een onbekende school.",
                          "kosten");
    }
    if (o.kosten < 0) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "kosten: de kosten van " + p.kinderen[o.kind] + " naar " +
                              p.scholen[o.school].id + " moeten 0 of meer zijn.",
                          "kosten");
    }
    if (!gezien.insert({o.kind, o.school}).second) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "kosten: het paar " + p.kinderen[o.kind] + ", " + p.scholen[o.school].id +
                              " staat er twee keer in.",
                          "kosten");
    }
  }
  return {};
}

}  // namespace

std::string_view RedenCode(NietGeplaatstReden reden) {
  switch (reden) {
    case NietGeplaatstReden::kGeenSchool:
      return "geen-school";
    case NietGeplaatstReden::kScholenVol:
      return "scholen-vol";
    case NietGeplaatstReden::kGeenPlaatsVoorBehoefte:
      return "geen-plaats-voor-behoefte";
    case NietGeplaatstReden::kEscalerenGoedkoper:
      return "escaleren-goedkoper";
  }
  return "onbekend";
}

std::string_view RedenTekst(NietGeplaatstReden reden) {
  switch (reden) {
    case NietGeplaatstReden::kGeenSchool:
      return "Er is geen school die dit kind mag of kan plaatsen.";
    case NietGeplaatstReden::kScholenVol:
      return "Alle scholen die in aanmerking komen zijn vol.";
    case NietGeplaatstReden::kGeenPlaatsVoorBehoefte:
      return "Alle scholen die in aanmerking komen hebben geen plaats meer voor de "
             "ondersteuningsbehoefte van dit kind.";
    case NietGeplaatstReden::kEscalerenGoedkoper:
      return "Een school had nog plaats, maar die kost meer dan niet plaatsen en escaleren.";
  }
  return "";
}

domain::Result<PlaatsingsUitkomst> Plaats(const PlaatsingsProbleem& p) {
  PASSEND_RETURN_IF_ERROR(Valideer(p));
  const auto n = static_cast<int>(p.kinderen.size());
  const auto s = static_cast<int>(p.scholen.size());
  const auto g = static_cast<int>(p.groepen.size());
  auto groep_van = [&](int kind) { return p.groep_van.empty() ? -1 : p.groep_van[kind]; };

  // Costs are scaled by (n + 1) and leaving a child unplaced costs one unit more: the sum of
  // these units is at most n, so the cost stays the first objective and, among equal costs,
  // placing more children wins (docs/placement.md "Tie-breaking").
  const int64_t schaal = static_cast<int64_t>(n) + 1;
  int64_t max_kosten = 0;
  for (int64_t k : p.niet_geplaatst_kosten) max_kosten = std::max(max_kosten, k);
  for (const PlaatsingsOptie& o : p.opties) max_kosten = std::max(max_kosten, o.kosten);
  // Potentials in the simplex are sums of costs along tree paths (at most all nodes), so bound
  // max cost × scale × nodes well inside int64.
  const int64_t knopen = 2 + n + s + static_cast<int64_t>(p.groeps_plaatsen.size());
  const int64_t grens = std::numeric_limits<int64_t>::max() / 4 / schaal / (knopen + 1);
  if (max_kosten >= grens) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "kosten: de kosten zijn te groot voor dit aantal kinderen en scholen; "
                        "gebruik een kleinere eenheid.",
                        "kosten");
  }

  Graph graph;
  graph.reserveNode(static_cast<int>(knopen));
  graph.reserveArc(static_cast<int>(2 * n + 1 + s + p.opties.size() + p.groeps_plaatsen.size()));
  const Graph::Node put = graph.addNode();  // the sink
  const Graph::Node escalatie = graph.addNode();
  std::vector<Graph::Node> kind_knoop(n), school_knoop(s);
  for (int i = 0; i < n; ++i) kind_knoop[i] = graph.addNode();
  for (int j = 0; j < s; ++j) school_knoop[j] = graph.addNode();
  // (school, groep) → index into groeps_plaatsen, or -1.
  std::vector<int> groep_index(static_cast<size_t>(s) * g, -1);
  std::vector<Graph::Node> groep_knoop(p.groeps_plaatsen.size());
  for (size_t k = 0; k < p.groeps_plaatsen.size(); ++k) {
    groep_index[static_cast<size_t>(p.groeps_plaatsen[k].school) * g + p.groeps_plaatsen[k].groep] =
        static_cast<int>(k);
    groep_knoop[k] = graph.addNode();
  }
  auto groeps_plek = [&](int kind, int school) {
    const int gr = groep_van(kind);
    return gr < 0 ? -1 : groep_index[static_cast<size_t>(school) * g + gr];
  };

  Graph::ArcMap<int64_t> kosten(graph), boven(graph);
  auto boog = [&](Graph::Node van, Graph::Node naar, int64_t cap, int64_t k) {
    const Graph::Arc a = graph.addArc(van, naar);
    kosten[a] = k;
    boven[a] = cap;
    return a;
  };
  // Arcs in input order: children first (their options in the order given), so the simplex's
  // pivoting, and with it any remaining tie, depends on the input order only.
  std::vector<Graph::Arc> optie_boog(p.opties.size());
  for (size_t k = 0; k < p.opties.size(); ++k) {
    const PlaatsingsOptie& o = p.opties[k];
    const int plek = groeps_plek(o.kind, o.school);
    optie_boog[k] = boog(kind_knoop[o.kind], plek < 0 ? school_knoop[o.school] : groep_knoop[plek],
                         1, o.kosten * schaal);
  }
  std::vector<Graph::Arc> escalatie_boog(n);
  for (int i = 0; i < n; ++i) {
    escalatie_boog[i] = boog(kind_knoop[i], escalatie, 1, p.niet_geplaatst_kosten[i] * schaal + 1);
  }
  boog(escalatie, put, n, 0);
  std::vector<Graph::Arc> groep_boog(p.groeps_plaatsen.size());
  for (size_t k = 0; k < p.groeps_plaatsen.size(); ++k) {
    groep_boog[k] = boog(groep_knoop[k], school_knoop[p.groeps_plaatsen[k].school],
                         p.groeps_plaatsen[k].plaatsen, 0);
  }
  std::vector<Graph::Arc> school_boog(s);
  for (int j = 0; j < s; ++j)
    school_boog[j] = boog(school_knoop[j], put, p.scholen[j].capaciteit, 0);

  Graph::NodeMap<int64_t> aanbod(graph, 0);
  for (int i = 0; i < n; ++i) aanbod[kind_knoop[i]] = 1;
  aanbod[put] = -n;

  Simplex simplex(graph);
  simplex.costMap(kosten).upperMap(boven).supplyMap(aanbod);
  // Every child can always reach the sink through the escalation node, so the problem is
  // feasible and bounded; anything else is a bug.
  if (simplex.run() != Simplex::OPTIMAL) {
    return domain::Fail(domain::ErrorCode::kInternal, "De plaatsing kon niet worden opgelost.");
  }

  PlaatsingsUitkomst uit;
  uit.school_van.assign(n, -1);
  std::vector<int> keuzes(n, 0);  // options per child, for the reasons
  for (size_t k = 0; k < p.opties.size(); ++k) {
    const PlaatsingsOptie& o = p.opties[k];
    ++keuzes[o.kind];
    if (simplex.flow(optie_boog[k]) > 0) {
      uit.school_van[o.kind] = o.school;
      uit.totale_kosten += o.kosten;
    }
  }
  std::vector<int64_t> school_bezet(s), groep_bezet(p.groeps_plaatsen.size());
  for (int j = 0; j < s; ++j) school_bezet[j] = simplex.flow(school_boog[j]);
  for (size_t k = 0; k < groep_boog.size(); ++k) groep_bezet[k] = simplex.flow(groep_boog[k]);

  // Reasons: a child is unplaced although a school had room only if that school cost at least
  // as much as escalating; otherwise every allowed school was full, overall or for the need.
  std::vector<char> ruimte(n, 0), alleen_groep_vol(n, 1);
  for (const PlaatsingsOptie& o : p.opties) {
    if (uit.school_van[o.kind] >= 0) continue;
    const int plek = groeps_plek(o.kind, o.school);
    const bool school_vrij = school_bezet[o.school] < p.scholen[o.school].capaciteit;
    const bool groep_vrij = plek < 0 || groep_bezet[plek] < p.groeps_plaatsen[plek].plaatsen;
    if (school_vrij && groep_vrij) ruimte[o.kind] = 1;
    if (groep_vrij) alleen_groep_vol[o.kind] = 0;
  }
  for (int i = 0; i < n; ++i) {
    if (uit.school_van[i] >= 0) continue;
    uit.totale_kosten += p.niet_geplaatst_kosten[i];
    NietGeplaatstReden reden = NietGeplaatstReden::kScholenVol;
    if (keuzes[i] == 0) {
      reden = NietGeplaatstReden::kGeenSchool;
    } else if (ruimte[i]) {
      reden = NietGeplaatstReden::kEscalerenGoedkoper;
    } else if (alleen_groep_vol[i]) {
      reden = NietGeplaatstReden::kGeenPlaatsVoorBehoefte;
    }
    uit.niet_geplaatst.push_back({i, reden});
  }
  return uit;
}

}  // namespace passend::engine
