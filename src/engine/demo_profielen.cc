#include "engine/demo_profielen.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/rng.h"

namespace passend::engine {

using domain::Ondersteuningsniveau;
using domain::ProfielRegel;
using domain::SchoolSoort;

namespace {

// What a school writes for a need at a level: concrete, as domain.md §3.2 asks.
struct Tekst {
  std::string_view behoefte;
  std::string_view extra;
  std::string_view specialistisch;
  std::string_view onderbouwing;
};

constexpr Tekst kTeksten[] = {
    {"leren", "Verlengde instructie in kleine groepjes en een leesspecialist twee dagen per week.",
     "Onderwijs in kleine groepen met een eigen leerlijn en intensieve begeleiding.",
     "Intern begeleider en leesspecialist (master SEN); dyslexieprotocol."},
    {"gedrag", "Een gedragsspecialist, een time-outplek en een vast dagritme met pictogrammen.",
     "Kleine klassen met een gedragsdeskundige en een orthopedagoog in de school.",
     "Gedragsspecialist (master SEN gedrag); samenwerking met jeugdhulp."},
    {"sociaal-emotioneel", "Sociale vaardigheidstraining en een vertrouwenspersoon in de school.",
     "Een veilige kleine groep met dagelijkse begeleiding door een orthopedagoog.",
     "Training Kanjer of vergelijkbaar; schoolmaatschappelijk werk."},
    {"aandacht", "Prikkelarme werkplekken, koptelefoons en een planningsbord per leerling.",
     "Een prikkelarme leeromgeving met individuele begeleiding.",
     "Leerkrachten geschoold in executieve functies."},
    {"taal-spraak", "Een logopedist in de school en extra woordenschatonderwijs.",
     "Onderwijs met spraak-taalspecialisten en ondersteunende communicatie.",
     "Logopedist in dienst; samenwerking met cluster 2."},
    {"zien", "Vergrotingsapparatuur en aangepast lesmateriaal met ambulante begeleiding.",
     "Onderwijs aan slechtziende en blinde leerlingen met braille en aangepaste middelen.",
     "Expertisecentrum voor visueel beperkten (cluster 1)."},
    {"horen", "Soloapparatuur en een akoestisch aangepast lokaal.",
     "Onderwijs in gebarentaal en gesproken Nederlands voor dove en slechthorende leerlingen.",
     "Expertisecentrum voor auditief beperkten (cluster 2)."},
    {"lichamelijk", "Een drempelloos gebouw met lift en een aangepast toilet.",
     "Onderwijs met fysiotherapie en ergotherapie in de school.",
     "Fysiotherapeut en ergotherapeut in het gebouw."},
    {"medisch", "Afspraken met ouders en de jeugdarts over medicatie en handelingen.",
     "Verpleegkundige zorg onder schooltijd.",
     "Protocol medische handelingen; BIG-geregistreerd personeel."},
    {"cognitief", "Een aangepaste leerlijn met hulp van een onderwijsassistent.",
     "Onderwijs op de leerroutes van het speciaal onderwijs met praktijkvakken.",
     "Orthopedagoog; leerlijnen van het speciaal onderwijs."},
    {"begaafdheid", "Een plusklas een ochtend per week en compacten van de stof.",
     "Een voltijds groep voor hoogbegaafde leerlingen.", "Specialist hoogbegaafdheid (ECHA)."},
    {"emb", "",
     "Onderwijs met zorg en verpleging voor leerlingen met een ernstig meervoudige beperking.",
     "Samenwerking met een zorginstelling; verpleegkundigen in de groep."}};

const Tekst& TekstVoor(std::string_view behoefte) {
  for (const auto& t : kTeksten) {
    if (t.behoefte == behoefte) return t;
  }
  return kTeksten[0];
}

ProfielRegel Regel(std::string_view behoefte, Ondersteuningsniveau niveau,
                   std::optional<int> plaatsen) {
  const Tekst& t = TekstVoor(behoefte);
  return ProfielRegel{
      std::string(behoefte), niveau, plaatsen,
      std::string(niveau == Ondersteuningsniveau::kSpecialistisch ? t.specialistisch : t.extra),
      std::string(t.onderbouwing)};
}

bool IsGat(std::string_view behoefte) {
  return std::find(std::begin(kDemoGaten), std::end(kDemoGaten), behoefte) != std::end(kDemoGaten);
}

// What a regular school (bao, vo) offers above basis: usually nothing, sometimes one or two
// common needs at extra, now and then with limited places.
void Regulier(Rng& rng, std::vector<ProfielRegel>& regels, bool demo_swv) {
  // Per mille of regular schools offering each need at extra (the demo's assumption).
  static constexpr std::pair<std::string_view, int> kKansen[] = {
      {"leren", 100},      {"gedrag", 50},      {"sociaal-emotioneel", 60}, {"aandacht", 45},
      {"taal-spraak", 35}, {"begaafdheid", 70}, {"lichamelijk", 25},        {"medisch", 15},
      {"zien", 5},         {"horen", 5},        {"cognitief", 10}};
  for (const auto& [behoefte, kans] : kKansen) {
    if (demo_swv && IsGat(behoefte)) continue;
    if (!rng.PerMille(kans)) continue;
    std::optional<int> plaatsen;
    if (behoefte != "begaafdheid" && rng.PerMille(400)) plaatsen = rng.Range(2, 8);
    regels.push_back(Regel(behoefte, Ondersteuningsniveau::kExtra, plaatsen));
  }
}

void Speciaal(Rng& rng, const domain::School& school, std::vector<ProfielRegel>& regels,
              bool demo_swv) {
  const auto spec = Ondersteuningsniveau::kSpecialistisch;
  const auto extra = Ondersteuningsniveau::kExtra;
  auto plaatsen = [&](int lo, int hi) { return std::optional<int>(rng.Range(lo, hi)); };
  switch (school.soort) {
    case SchoolSoort::kSbo:
      regels.push_back(Regel("leren", spec, plaatsen(40, 90)));
      regels.push_back(Regel("gedrag", demo_swv ? extra : spec, plaatsen(4, 12)));
      regels.push_back(Regel("aandacht", spec, plaatsen(20, 50)));
      regels.push_back(Regel("sociaal-emotioneel", spec, plaatsen(20, 50)));
      regels.push_back(Regel("taal-spraak", extra, std::nullopt));
      break;
    case SchoolSoort::kPro:
      regels.push_back(Regel("leren", spec, plaatsen(60, 150)));
      regels.push_back(Regel("cognitief", extra, std::nullopt));
      break;
    case SchoolSoort::kSo:
    case SchoolSoort::kVso:
      switch (school.cluster.value_or(3)) {
        case 1:
          regels.push_back(Regel("zien", spec, plaatsen(15, 40)));
          break;
        case 2:
          regels.push_back(Regel("horen", spec, plaatsen(20, 60)));
          regels.push_back(Regel("taal-spraak", spec, plaatsen(30, 80)));
          break;
        case 3:
          regels.push_back(Regel("cognitief", spec, plaatsen(30, 80)));
          regels.push_back(Regel("lichamelijk", spec, plaatsen(15, 40)));
          regels.push_back(Regel("medisch", spec, plaatsen(10, 30)));
          if (!demo_swv && rng.PerMille(500)) regels.push_back(Regel("emb", spec, plaatsen(6, 16)));
          break;
        default:  // 4: behaviour and psychiatry
          // The demo SWVs' behaviour places are few: demand above places (a gap to see).
          regels.push_back(Regel("gedrag", spec, demo_swv ? plaatsen(3, 6) : plaatsen(30, 90)));
          regels.push_back(Regel("sociaal-emotioneel", spec, plaatsen(20, 60)));
          regels.push_back(Regel("aandacht", spec, plaatsen(20, 60)));
          break;
      }
      break;
    case SchoolSoort::kBao:
    case SchoolSoort::kVo:
      Regulier(rng, regels, demo_swv);
      break;
  }
}

}  // namespace

std::vector<domain::Ondersteuningsprofiel> GenerateProfielen(const DemoStructure& s,
                                                             const DemoOptions& options) {
  // The demo SWVs: the first PO and the first VO SWV by code (the demo accounts' region).
  std::string eerste_po, eerste_vo;
  for (const DemoSwv& swv : s.swvs) {
    std::string& eerste = swv.swv.sector() == domain::Sector::kPo ? eerste_po : eerste_vo;
    if (eerste.empty() || swv.swv.code.str() < eerste) eerste = swv.swv.code.str();
  }
  const domain::Ondersteuningstaxonomie taxonomie = domain::StandaardTaxonomie();
  Rng rng(options.seed, 0x50F1E1);  // a stream of its own: other demo data stays as it was
  std::vector<domain::Ondersteuningsprofiel> profielen;
  profielen.reserve(s.scholen.size() + s.scholen.size() / 16);
  for (const DemoSchool& d : s.scholen) {
    const std::string swv = d.school.swv ? d.school.swv->str() : "";
    const bool demo_swv = !swv.empty() && (swv == eerste_po || swv == eerste_vo);
    domain::Ondersteuningsprofiel p;
    p.school = d.school.code;
    p.swv = swv;
    p.taxonomie_versie = taxonomie.versie;
    p.vastgesteld_door = "demo";
    // Set in the spring before the peildatum's school year, with the MR's advice a few weeks
    // earlier; most schools (not all) record the advice.
    p.vastgesteld_op = domain::AddDays(options.peildatum, -rng.Range(60, 400));
    if (rng.PerMille(850)) p.mr_advies_op = domain::AddDays(p.vastgesteld_op, -rng.Range(7, 40));
    Speciaal(rng, d.school, p.regels, demo_swv);
    p.toelichting = p.regels.empty()
                        ? "Wij bieden de basisondersteuning van ons samenwerkingsverband."
                        : fmt::format(
                              "Naast de basisondersteuning bieden wij extra ondersteuning op {} "
                              "gebied{}.",
                              p.regels.size(), p.regels.size() == 1 ? "" : "en");
    // One in sixteen changed its profile since: the earlier version comes first.
    if (!p.regels.empty() && rng.PerMille(62)) {
      domain::Ondersteuningsprofiel eerder = p;
      eerder.vastgesteld_op = domain::AddDays(p.vastgesteld_op, -365);
      eerder.mr_advies_op.reset();
      eerder.regels.pop_back();
      p.vastgesteld_op =
          std::min(domain::AddDays(p.vastgesteld_op, 30), domain::AddDays(options.peildatum, -1));
      profielen.push_back(std::move(eerder));
    }
    profielen.push_back(std::move(p));
  }
  return profielen;
}

}  // namespace passend::engine
