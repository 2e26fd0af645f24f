#include "engine/demo_basisondersteuning.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/rng.h"

namespace passend::engine {

namespace {

// What a school writes per element: how it does it, its evidence, and when it falls short,
// why and what it does about it. Elements without their own text get a general one.
struct Tekst {
  std::string_view element;
  std::string_view hoe;
  std::string_view bewijs;
  std::string_view tekort;
};

constexpr Tekst kTeksten[] = {
    {"veilig-klimaat",
     "Wij werken met een schoolbrede aanpak voor sociale veiligheid en een anti-pestprotocol; "
     "elke groep maakt aan het begin van het jaar eigen afspraken.",
     "Jaarlijkse monitor sociale veiligheid; anti-pestprotocol.",
     "De monitor liet dit jaar een daling zien in de bovenbouw; een nieuwe aanpak start na de "
     "zomer."},
    {"afstemming",
     "Leraren geven instructie op drie niveaus en plannen verlengde instructie voor wie dat "
     "nodig heeft.",
     "Groepsplannen en lesbezoeken van de intern begeleider.",
     "Niet alle leraren differentiëren al; een teamscholing loopt dit schooljaar."},
    {"ouders-en-leerling",
     "Ouders zijn vanaf het eerste signaal betrokken; een leerling praat mee in een "
     "kindgesprek.",
     "Verslagen van oudergesprekken; kindgesprekken drie keer per jaar.",
     "Kindgesprekken worden nog niet in alle groepen gevoerd."},
    {"vroegsignalering",
     "Wij volgen elke leerling met een leerlingvolgsysteem en bespreken de groepen drie keer per "
     "jaar met de intern begeleider.",
     "Leerlingvolgsysteem; verslagen van groepsbesprekingen.", ""},
    {"dyslexie-dyscalculie",
     "Wij werken volgens de protocollen leesproblemen en dyslexie en ernstige reken-wiskunde-"
     "problemen en dyscalculie.",
     "Protocollen; een leesspecialist twee dagdelen per week.",
     "De aanpak voor dyscalculie is nog in ontwikkeling; de rekencoördinator werkt die dit jaar "
     "uit."},
    {"gedrag-sociaal-emotioneel",
     "Een gedragsspecialist denkt mee met leraren; wij bieden sociale vaardigheidstraining in "
     "kleine groepen.",
     "Inzet gedragsspecialist; trainingsprogramma.",
     "Er is nu geen gedragsspecialist; wij delen er een met een buurschool vanaf januari."},
    {"medisch-toegankelijkheid",
     "Medische handelingen volgens het protocol van ons bestuur; het gebouw is gelijkvloers en "
     "heeft een aangepast toilet.",
     "Protocol medische handelingen; toegankelijkheidsscan van het gebouw.",
     "Het gebouw heeft geen lift; leerlingen in een rolstoel kunnen de eerste verdieping niet "
     "bereiken."},
    {"interne-begeleiding",
     "De intern begeleider heeft vier dagdelen per week voor de ondersteuning en coacht "
     "leraren.",
     "Taakbeleid; opleiding master SEN.", ""},
    {"ketenpartners",
     "Wij werken samen met het wijkteam, de jeugdarts en de leerplichtambtenaar in een "
     "ondersteuningsteam dat zes keer per jaar bijeenkomt.",
     "Afspraken met het wijkteam; verslagen ondersteuningsteam.",
     "Het wijkteam is nieuw in onze wijk; de vaste contactpersoon volgt nog."},
    {"overgangen",
     "Bij elke overstap is er een warme overdracht met de vorige of volgende school en de "
     "ouders.",
     "Overdrachtsformulier; afspraken met voorschool en vervolgonderwijs.", ""},
    {"handelingsgericht",
     "Wij werken handelingsgericht: signaleren, analyseren, plannen, uitvoeren en evalueren, "
     "vastgelegd in groepsoverzichten.",
     "Groepsoverzichten en evaluaties.", ""},
    {"opp",
     "Voor leerlingen met extra ondersteuning stellen wij binnen zes weken een "
     "ontwikkelingsperspectief op met de ouders en evalueren het jaarlijks.",
     "Ontwikkelingsperspectieven met handtekening van ouders.",
     "Niet elk ontwikkelingsperspectief is binnen zes weken klaar; de planning wordt strakker."},
    {"evaluatie",
     "Elk jaar evalueren wij met het team de ondersteuning en de resultaten en passen het "
     "schoolondersteuningsprofiel zo nodig aan.",
     "Jaarverslag ondersteuning.", ""}};

const Tekst* TekstVoor(std::string_view element) {
  for (const auto& t : kTeksten) {
    if (t.element == element) return &t;
  }
  return nullptr;
}

}  // namespace

std::vector<domain::BasisInvulling> GenerateBasisInvullingen(
    const DemoStructure& s, const DemoOptions& options,
    const domain::Basisondersteuningsnorm& norm) {
  Rng rng(options.seed, 0xBA515);  // a stream of its own: other demo data stays as it was
  std::vector<domain::BasisInvulling> uit;
  uit.reserve(s.scholen.size());
  for (const DemoSchool& d : s.scholen) {
    // One in twenty-five has described nothing yet.
    if (rng.PerMille(40)) continue;
    domain::BasisInvulling inv;
    inv.school = d.school.code;
    inv.swv = d.school.swv ? d.school.swv->str() : "";
    inv.norm = norm.Sleutel();
    inv.vastgesteld_op = domain::AddDays(options.peildatum, -rng.Range(20, 300));
    inv.vastgesteld_door = "demo";
    // About one in five falls short on one or two elements.
    const int tekorten = rng.PerMille(200) ? rng.Range(1, 2) : 0;
    std::vector<size_t> kort;
    for (int k = 0; k < tekorten; ++k) {
      kort.push_back(static_cast<size_t>(rng.Below(norm.elementen.size())));
    }
    for (size_t i = 0; i < norm.elementen.size(); ++i) {
      const auto& e = norm.elementen[i];
      const Tekst* t = TekstVoor(e.code);
      domain::ElementInvulling ei;
      ei.element = e.code;
      ei.hoe = t ? std::string(t->hoe)
                 : fmt::format(
                       "Wij geven hier invulling aan zoals beschreven in ons "
                       "schoolondersteuningsprofiel ({}).",
                       e.titel);
      if (t && rng.PerMille(700)) ei.bewijs = std::string(t->bewijs);
      if (std::find(kort.begin(), kort.end(), i) != kort.end()) {
        ei.oordeel = rng.PerMille(650) ? domain::Oordeel::kDeels : domain::Oordeel::kNogNiet;
        ei.toelichting = t && !t->tekort.empty()
                             ? std::string(t->tekort)
                             : std::string(
                                   "Dit is nog niet overal in de school op orde; het "
                                   "staat in het jaarplan.");
      }
      inv.elementen.push_back(std::move(ei));
    }
    uit.push_back(std::move(inv));
  }
  return uit;
}

}  // namespace passend::engine
