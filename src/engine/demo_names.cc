#include "engine/demo_names.h"

#include <string_view>

namespace passend::engine {
namespace {

using domain::SchoolSoort;

// Frequent first names of children born 2006-2021 (SVB/Meertens top lists, from memory).
constexpr std::string_view kJongens[] = {
    "Daan",    "Sem",      "Noah",  "Lucas", "Levi",  "Finn",    "Luuk",   "Milan",  "Jesse",
    "Bram",    "Liam",     "Thijs", "Mees",  "Lars",  "Max",     "Tim",    "Thomas", "Ruben",
    "Jayden",  "Julian",   "Sam",   "Gijs",  "Stijn", "Tygo",    "Teun",   "Siem",   "Adam",
    "Mohamed", "Noud",     "Jens",  "Ties",  "Hugo",  "Olivier", "Jasper", "Ryan",   "Floris",
    "Niels",   "Tom",      "Boaz",  "Dex",   "Mats",  "Jurre",   "Morris", "Dani",   "Pepijn",
    "Rayan",   "Guus",     "Sven",  "Koen",  "Jan",   "Pieter",  "Willem", "Joep",   "Kian",
    "Owen",    "Benjamin", "Elias", "Vince", "Cas",   "Quinten"};

constexpr std::string_view kMeisjes[] = {
    "Emma",    "Julia", "Mila",  "Tess",   "Sophie", "Zoë",   "Sara",   "Nora",  "Yara",  "Eva",
    "Liv",     "Lotte", "Evi",   "Anna",   "Saar",   "Noor",  "Lisa",   "Fleur", "Isa",   "Fenna",
    "Lieke",   "Sanne", "Femke", "Roos",   "Maud",   "Esmee", "Olivia", "Nina",  "Elin",  "Lauren",
    "Jasmijn", "Sofie", "Floor", "Lynn",   "Amira",  "Vera",  "Ilse",   "Iris",  "Luna",  "Hailey",
    "Romy",    "Demi",  "Sarah", "Fatima", "Lina",   "Jade",  "Naomi",  "Merel", "Puck",  "Hanna",
    "Lara",    "Ella",  "Mia",   "Nova",   "Veerle", "Anouk", "Kim",    "Amber", "Marit", "Esther"};

// The most frequent Dutch surnames (Meertens Instituut, Nederlandse Familienamenbank);
// the top few appear twice so that they come up about as often as in reality.
constexpr Achternaam kAchternamen[] = {
    {"de", "Jong"},         {"de", "Jong"},        {"", "Jansen"},
    {"", "Jansen"},         {"de", "Vries"},       {"de", "Vries"},
    {"van den", "Berg"},    {"van den", "Berg"},   {"van", "Dijk"},
    {"van", "Dijk"},        {"", "Bakker"},        {"", "Bakker"},
    {"", "Janssen"},        {"", "Visser"},        {"", "Smit"},
    {"", "Meijer"},         {"de", "Boer"},        {"", "Mulder"},
    {"de", "Groot"},        {"", "Bos"},           {"", "Vos"},
    {"", "Peters"},         {"", "Hendriks"},      {"van", "Leeuwen"},
    {"", "Dekker"},         {"", "Brouwer"},       {"de", "Wit"},
    {"", "Dijkstra"},       {"", "Smits"},         {"de", "Graaf"},
    {"van der", "Meer"},    {"van der", "Linden"}, {"", "Kok"},
    {"", "Jacobs"},         {"de", "Haan"},        {"", "Vermeulen"},
    {"van den", "Heuvel"},  {"van der", "Veen"},   {"van den", "Broek"},
    {"de", "Bruijn"},       {"de", "Bruin"},       {"van der", "Heijden"},
    {"", "Schouten"},       {"van", "Beek"},       {"", "Willems"},
    {"van", "Vliet"},       {"van de", "Ven"},     {"", "Hoekstra"},
    {"", "Maas"},           {"", "Verhoeven"},     {"", "Koster"},
    {"van", "Dam"},         {"van der", "Wal"},    {"", "Prins"},
    {"", "Blom"},           {"", "Huisman"},       {"", "Peeters"},
    {"de", "Leeuw"},        {"", "Kuipers"},       {"", "Veenstra"},
    {"", "Kramer"},         {"van den", "Brink"},  {"van", "Wijk"},
    {"", "Postma"},         {"", "Kuijpers"},      {"", "Schipper"},
    {"", "Vink"},           {"van der", "Laan"},   {"", "Boer"},
    {"", "Verbeek"},        {"de", "Lange"},       {"", "Bosch"},
    {"van", "Wijngaarden"}, {"", "Hermans"},       {"", "Koning"},
    {"van", "Doorn"},       {"", "Gerritsen"},     {"", "Timmermans"},
    {"", "Claassen"},       {"van der", "Velde"},  {"", "Wouters"},
    {"van", "Rijn"},        {"", "Sanders"},       {"", "Evers"},
    {"", "Lambregts"},      {"", "Yilmaz"},        {"", "El Amrani"},
    {"", "Kaya"},           {"", "Pinas"},         {"", "Nguyen"},
    {"", "Nijhuis"},        {"", "Kroon"},         {"van", "Loon"},
    {"", "Martens"},        {"", "Hoogendoorn"},   {"", "Groen"},
    {"ter", "Horst"},       {"", "Aksoy"},         {"in 't", "Veld"},
    {"van 't", "Hof"},
};

constexpr std::string_view kStraten[] = {"Kerkstraat",
                                         "Schoolstraat",
                                         "Dorpsstraat",
                                         "Molenweg",
                                         "Stationsweg",
                                         "Julianalaan",
                                         "Beatrixstraat",
                                         "Wilhelminastraat",
                                         "Oranjelaan",
                                         "Lindenlaan",
                                         "Eikenlaan",
                                         "Berkenlaan",
                                         "Kastanjelaan",
                                         "Beukenlaan",
                                         "Parkweg",
                                         "Prins Bernhardlaan",
                                         "Emmastraat",
                                         "Marktstraat",
                                         "Nieuwstraat",
                                         "Dijkweg",
                                         "Rembrandtlaan",
                                         "Vondelstraat",
                                         "Van Goghstraat",
                                         "Merelstraat",
                                         "Koolmeesstraat",
                                         "Zwanenlaan",
                                         "Tulpstraat",
                                         "Rozenstraat",
                                         "Sportlaan",
                                         "Torenstraat",
                                         "Burgemeester de Withstraat",
                                         "Hoofdstraat",
                                         "Laan van Meerdervoort",
                                         "Zandweg",
                                         "Populierenlaan",
                                         "Plataanstraat",
                                         "Esdoornlaan",
                                         "Wilgenstraat",
                                         "Irisstraat",
                                         "Zonnebloemstraat"};

// Names of primary schools: the same few dozen images recur all over the country.
constexpr std::string_view kBaoPrefix[] = {"Basisschool",
                                           "Basisschool",
                                           "Openbare Basisschool",
                                           "Christelijke Basisschool",
                                           "Katholieke Basisschool",
                                           "Daltonschool",
                                           "Montessorischool",
                                           "Jenaplanschool",
                                           "Protestants-Christelijke Basisschool",
                                           "Openbare Daltonschool",
                                           "Vrije School",
                                           "Islamitische Basisschool"};

constexpr std::string_view kBaoNaam[] = {"De Regenboog",     "De Zonnewijzer",
                                         "Het Kompas",       "De Wegwijzer",
                                         "De Vlinder",       "De Klimop",
                                         "De Springplank",   "Het Palet",
                                         "De Fontein",       "De Sterrenkijker",
                                         "De Notenkraker",   "De Horizon",
                                         "De Wereldwijzer",  "Het Anker",
                                         "De Zevensprong",   "De Tweemaster",
                                         "De Bolster",       "De Ontdekking",
                                         "Het Mozaïek",      "De Piramide",
                                         "De Kameleon",      "De Schakel",
                                         "De Boomgaard",     "De Eendracht",
                                         "Het Baken",        "De Wingerd",
                                         "De Linde",         "De Meander",
                                         "Het Startpunt",    "De Toermalijn",
                                         "De Kraanvogel",    "De Parel",
                                         "De Zonnebloem",    "Het Kleurenorkest",
                                         "De Wilgenhoek",    "Sint Jozef",
                                         "Sint Maarten",     "Prins Willem-Alexander",
                                         "Koningin Juliana", "Willem de Zwijger"};

constexpr std::string_view kSpeciaalNaam[] = {
    "De Brug",     "De Horizon", "Het Mozaïek",  "De Sprong",       "Het Baken", "De Ster",
    "De Boei",     "Het Kompas", "De Vuurtoren", "De Wissel",       "Het Anker", "De Kroonvogel",
    "De Windroos", "De Steiger", "De Overstap",  "Het Noorderlicht"};

constexpr std::string_view kVoVorm[] = {"Christelijk Lyceum",
                                        "Stedelijk Gymnasium",
                                        "Openbare Scholengemeenschap",
                                        "Katholieke Scholengemeenschap",
                                        "Montessori Lyceum",
                                        "Christelijk College",
                                        "Dalton College",
                                        "Het Nieuwe Lyceum",
                                        "Scholengemeenschap",
                                        "Vakcollege"};

constexpr std::string_view kVoNaam[] = {
    "Het Baarnsch",  "De Breul",    "Erasmus",           "Comenius",  "Spinoza",  "Vathorst",
    "Oosterlicht",   "Het Rhedens", "Willem de Zwijger", "Revius",    "Leonardo", "Da Vinci",
    "Johan de Witt", "Huygens",     "Groenewald",        "Rijnlands", "Vossius",  "Augustinus"};

constexpr std::string_view kBestuurBeeld[] = {
    "Meerwaarde", "Floreo",   "Prisma",    "Perspectief", "Spectrum", "Horizon",
    "Fluvius",    "Kwadraat", "Samenwijs", "Veldvest",    "Wijzer",   "Kindwijs",
    "Leerkracht", "Trivium",  "Archipel",  "Primo",       "Sterk",    "Lumen"};

constexpr std::string_view kRichting[] = {"Openbaar", "Christelijk", "Katholiek",
                                          "Protestants-Christelijk", "Interconfessioneel"};

template <typename T, size_t N>
const T& PickFrom(Rng& rng, const T (&items)[N]) {
  return items[rng.Below(N)];
}

}  // namespace

std::span<const std::string_view> Jongensnamen() { return kJongens; }
std::span<const std::string_view> Meisjesnamen() { return kMeisjes; }
std::span<const Achternaam> Achternamen() { return kAchternamen; }
std::span<const std::string_view> Straatnamen() { return kStraten; }

std::string SchoolNaam(Rng& rng, SchoolSoort soort, int cluster, std::string_view plaats) {
  std::string naam;
  switch (soort) {
    case SchoolSoort::kBao:
      naam.append(PickFrom(rng, kBaoPrefix)).append(" ").append(PickFrom(rng, kBaoNaam));
      break;
    case SchoolSoort::kSbo:
      naam.append("SBO ").append(PickFrom(rng, kSpeciaalNaam));
      break;
    case SchoolSoort::kSo:
    case SchoolSoort::kVso: {
      const std::string_view soort_tekst = soort == SchoolSoort::kSo ? "SO" : "VSO";
      if (cluster == 1) {
        naam.append("Expertisecentrum Zien, ").append(soort_tekst).append(" ").append(plaats);
      } else if (cluster == 2) {
        naam.append("School voor Doven en Slechthorenden, ")
            .append(soort_tekst)
            .append(" ")
            .append(plaats);
      } else {
        naam.append(soort_tekst).append(" ").append(PickFrom(rng, kSpeciaalNaam));
      }
      break;
    }
    case SchoolSoort::kPro:
      naam.append("Praktijkschool ").append(plaats);
      break;
    case SchoolSoort::kVo:
      // Half of the VO schools carry their town's name, half an eponym.
      naam.append(PickFrom(rng, kVoVorm)).append(" ");
      naam.append(rng.PerMille(500) ? plaats : PickFrom(rng, kVoNaam));
      break;
  }
  return naam;
}

std::string BestuurNaam(Rng& rng, BestuurSoort soort, std::string_view plaats) {
  std::string naam = "Stichting ";
  switch (soort) {
    case BestuurSoort::kPrimair:
      if (rng.PerMille(400)) {
        naam.append(PickFrom(rng, kBestuurBeeld)).append(" Onderwijs");
      } else {
        naam.append(PickFrom(rng, kRichting)).append(" Primair Onderwijs ").append(plaats);
      }
      break;
    case BestuurSoort::kVoortgezet:
      naam.append(PickFrom(rng, kRichting)).append(" Voortgezet Onderwijs ").append(plaats);
      break;
    case BestuurSoort::kSpeciaal:
      naam.append("Speciaal Onderwijs ")
          .append(PickFrom(rng, kBestuurBeeld))
          .append(" ")
          .append(plaats);
      break;
    case BestuurSoort::kLandelijk:
      naam.append("Landelijk Expertisecentrum ").append(plaats);
      break;
  }
  return naam;
}

void AppendEmailLocal(std::string& out, std::string_view voornaam, std::string_view tussenvoegsel,
                      std::string_view achternaam) {
  auto append_letters = [&out](std::string_view text) {
    for (char c : text) {
      if (c >= 'a' && c <= 'z') out.push_back(c);
      if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
    }
  };
  append_letters(voornaam.substr(0, 1));
  out.push_back('.');
  append_letters(tussenvoegsel);
  append_letters(achternaam);
}

}  // namespace passend::engine
