#include "engine/demo_geography.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace passend::engine {
namespace {

// Provinces in DUO's order: SWV codes PO20xx are Groningen ... PO31xx Limburg. Inhabitants:
// CBS StatLine, 1 January 2024, rounded to thousands (approximation).
constexpr std::array<ProvincieInfo, 12> kProvincies{{
    {"Groningen", 20, 596},
    {"Fryslân", 21, 659},
    {"Drenthe", 22, 502},
    {"Overijssel", 23, 1184},
    {"Flevoland", 24, 444},
    {"Gelderland", 25, 2133},
    {"Utrecht", 26, 1387},
    {"Noord-Holland", 27, 2952},
    {"Zuid-Holland", 28, 3804},
    {"Zeeland", 29, 391},
    {"Noord-Brabant", 30, 2626},
    {"Limburg", 31, 1128},
}};

// Real municipalities with their CBS codes. Centres, inhabitants (thousands) and postcode
// ranges are rounded approximations from public sources; the list is a selection (about 130
// of the 342 municipalities): each province's remaining inhabitants are spread over the listed
// ones (see demo_structure.cc).
constexpr GemeenteInfo kGemeenten[] = {
    // Groningen
    {"GM0014", "Groningen", 0, 53.219, 6.567, 238, 9711, 9747},
    {"GM1966", "Het Hogeland", 0, 53.400, 6.550, 48, 9950, 9989},
    {"GM1969", "Westerkwartier", 0, 53.200, 6.300, 65, 9800, 9869},
    {"GM1895", "Oldambt", 0, 53.170, 7.050, 38, 9670, 9699},
    {"GM0037", "Stadskanaal", 0, 52.990, 6.950, 32, 9500, 9509},
    {"GM0047", "Veendam", 0, 53.110, 6.880, 28, 9640, 9649},
    {"GM1952", "Midden-Groningen", 0, 53.170, 6.780, 61, 9600, 9619},
    // Fryslân
    {"GM0080", "Leeuwarden", 1, 53.201, 5.799, 125, 8911, 8939},
    {"GM1900", "Súdwest-Fryslân", 1, 53.030, 5.660, 91, 8600, 8629},
    {"GM0074", "Heerenveen", 1, 52.960, 5.920, 51, 8440, 8449},
    {"GM0090", "Smallingerland", 1, 53.110, 6.100, 56, 9200, 9209},
    {"GM0072", "Harlingen", 1, 53.170, 5.420, 16, 8860, 8864},
    // Drenthe
    {"GM0106", "Assen", 2, 52.993, 6.562, 69, 9400, 9409},
    {"GM0114", "Emmen", 2, 52.785, 6.897, 108, 7811, 7849},
    {"GM0118", "Hoogeveen", 2, 52.723, 6.476, 56, 7900, 7909},
    {"GM0119", "Meppel", 2, 52.696, 6.194, 35, 7940, 7949},
    // Overijssel
    {"GM0193", "Zwolle", 3, 52.512, 6.091, 132, 8011, 8047},
    {"GM0153", "Enschede", 3, 52.221, 6.894, 160, 7511, 7548},
    {"GM0150", "Deventer", 3, 52.255, 6.163, 102, 7411, 7431},
    {"GM0141", "Almelo", 3, 52.357, 6.662, 74, 7600, 7609},
    {"GM0164", "Hengelo", 3, 52.266, 6.793, 82, 7550, 7559},
    {"GM0166", "Kampen", 3, 52.555, 5.911, 55, 8260, 8269},
    {"GM0160", "Hardenberg", 3, 52.575, 6.619, 61, 7770, 7799},
    {"GM0173", "Oldenzaal", 3, 52.313, 6.929, 32, 7570, 7579},
    // Flevoland
    {"GM0034", "Almere", 4, 52.371, 5.222, 220, 1311, 1363},
    {"GM0995", "Lelystad", 4, 52.518, 5.471, 82, 8211, 8245},
    {"GM0303", "Dronten", 4, 52.525, 5.718, 42, 8250, 8256},
    {"GM0171", "Noordoostpolder", 4, 52.710, 5.760, 48, 8300, 8316},
    {"GM0184", "Urk", 4, 52.662, 5.601, 22, 8320, 8323},
    {"GM0050", "Zeewolde", 4, 52.330, 5.540, 23, 3890, 3899},
    // Gelderland
    {"GM0268", "Nijmegen", 5, 51.842, 5.853, 180, 6511, 6546},
    {"GM0202", "Arnhem", 5, 51.985, 5.899, 166, 6811, 6846},
    {"GM0200", "Apeldoorn", 5, 52.211, 5.969, 166, 7311, 7364},
    {"GM0228", "Ede", 5, 52.040, 5.667, 121, 6711, 6739},
    {"GM0222", "Doetinchem", 5, 51.965, 6.289, 59, 7000, 7009},
    {"GM0243", "Harderwijk", 5, 52.342, 5.621, 49, 3840, 3849},
    {"GM0301", "Zutphen", 5, 52.138, 6.201, 48, 7200, 7209},
    {"GM0289", "Wageningen", 5, 51.970, 5.665, 40, 6700, 6709},
    {"GM0203", "Barneveld", 5, 52.140, 5.585, 62, 3770, 3781},
    {"GM0281", "Tiel", 5, 51.887, 5.430, 42, 4000, 4009},
    {"GM0299", "Zevenaar", 5, 51.930, 6.070, 45, 6900, 6909},
    // Utrecht
    {"GM0344", "Utrecht", 6, 52.091, 5.122, 370, 3511, 3585},
    {"GM0307", "Amersfoort", 6, 52.156, 5.387, 160, 3811, 3829},
    {"GM0345", "Veenendaal", 6, 52.028, 5.559, 68, 3900, 3909},
    {"GM0355", "Zeist", 6, 52.090, 5.233, 66, 3700, 3709},
    {"GM0356", "Nieuwegein", 6, 52.029, 5.081, 64, 3430, 3439},
    {"GM0321", "Houten", 6, 52.033, 5.168, 51, 3990, 3995},
    {"GM0310", "De Bilt", 6, 52.110, 5.180, 43, 3730, 3739},
    {"GM0353", "IJsselstein", 6, 52.020, 5.040, 35, 3400, 3405},
    {"GM0632", "Woerden", 6, 52.086, 4.883, 53, 3440, 3449},
    {"GM1904", "Stichtse Vecht", 6, 52.170, 5.020, 66, 3600, 3633},
    {"GM1581", "Utrechtse Heuvelrug", 6, 52.040, 5.360, 50, 3940, 3959},
    {"GM0342", "Soest", 6, 52.174, 5.292, 47, 3760, 3769},
    {"GM0308", "Baarn", 6, 52.211, 5.288, 25, 3740, 3744},
    {"GM0327", "Leusden", 6, 52.132, 5.430, 30, 3830, 3835},
    {"GM0313", "Bunschoten", 6, 52.243, 5.376, 22, 3750, 3754},
    {"GM0351", "Woudenberg", 6, 52.080, 5.415, 14, 3930, 3931},
    // Noord-Holland
    {"GM0363", "Amsterdam", 7, 52.373, 4.893, 930, 1011, 1109},
    {"GM0392", "Haarlem", 7, 52.381, 4.637, 165, 2011, 2037},
    {"GM0479", "Zaanstad", 7, 52.440, 4.810, 160, 1500, 1567},
    {"GM0394", "Haarlemmermeer", 7, 52.300, 4.690, 161, 2130, 2159},
    {"GM0362", "Amstelveen", 7, 52.300, 4.860, 92, 1180, 1189},
    {"GM0361", "Alkmaar", 7, 52.632, 4.748, 111, 1811, 1827},
    {"GM0402", "Hilversum", 7, 52.223, 5.176, 92, 1211, 1223},
    {"GM0405", "Hoorn", 7, 52.643, 5.060, 74, 1620, 1628},
    {"GM0439", "Purmerend", 7, 52.505, 4.959, 93, 1440, 1448},
    {"GM0400", "Den Helder", 7, 52.959, 4.760, 56, 1780, 1789},
    {"GM0453", "Velsen", 7, 52.460, 4.630, 69, 1970, 1991},
    {"GM0397", "Heemstede", 7, 52.350, 4.620, 27, 2100, 2106},
    {"GM0384", "Diemen", 7, 52.340, 4.960, 32, 1110, 1113},
    {"GM0406", "Huizen", 7, 52.300, 5.240, 41, 1270, 1277},
    {"GM0375", "Beverwijk", 7, 52.487, 4.657, 43, 1940, 1949},
    // Zuid-Holland
    {"GM0599", "Rotterdam", 8, 51.922, 4.479, 670, 3011, 3089},
    {"GM0518", "'s-Gravenhage", 8, 52.078, 4.288, 560, 2491, 2599},
    {"GM0546", "Leiden", 8, 52.160, 4.497, 127, 2311, 2334},
    {"GM0637", "Zoetermeer", 8, 52.057, 4.493, 127, 2711, 2729},
    {"GM0505", "Dordrecht", 8, 51.813, 4.690, 121, 3311, 3329},
    {"GM0503", "Delft", 8, 52.012, 4.357, 106, 2611, 2629},
    {"GM0484", "Alphen aan den Rijn", 8, 52.129, 4.656, 114, 2400, 2409},
    {"GM0513", "Gouda", 8, 52.017, 4.708, 75, 2800, 2809},
    {"GM0606", "Schiedam", 8, 51.919, 4.400, 80, 3111, 3125},
    {"GM0622", "Vlaardingen", 8, 51.912, 4.342, 75, 3130, 3138},
    {"GM0502", "Capelle aan den IJssel", 8, 51.930, 4.580, 67, 2900, 2909},
    {"GM1916", "Leidschendam-Voorburg", 8, 52.080, 4.390, 77, 2260, 2275},
    {"GM1783", "Westland", 8, 51.990, 4.210, 112, 2670, 2695},
    {"GM0537", "Katwijk", 8, 52.200, 4.400, 67, 2220, 2225},
    {"GM0603", "Rijswijk", 8, 52.036, 4.325, 57, 2280, 2289},
    {"GM1926", "Pijnacker-Nootdorp", 8, 52.020, 4.430, 58, 2640, 2643},
    {"GM1621", "Lansingerland", 8, 51.990, 4.520, 63, 2650, 2661},
    {"GM0489", "Barendrecht", 8, 51.857, 4.535, 50, 2990, 2994},
    {"GM0597", "Ridderkerk", 8, 51.870, 4.600, 47, 2980, 2989},
    {"GM0512", "Gorinchem", 8, 51.835, 4.975, 38, 4200, 4209},
    {"GM0642", "Zwijndrecht", 8, 51.815, 4.633, 45, 3330, 3335},
    {"GM0556", "Maassluis", 8, 51.923, 4.250, 34, 3140, 3147},
    {"GM1930", "Nissewaard", 8, 51.840, 4.330, 86, 3200, 3209},
    {"GM0542", "Krimpen aan den IJssel", 8, 51.916, 4.595, 30, 2920, 2926},
    {"GM0629", "Wassenaar", 8, 52.143, 4.400, 27, 2240, 2245},
    {"GM0575", "Noordwijk", 8, 52.240, 4.440, 44, 2200, 2205},
    // Zeeland
    {"GM0687", "Middelburg", 9, 51.499, 3.610, 49, 4330, 4339},
    {"GM0718", "Vlissingen", 9, 51.443, 3.573, 45, 4380, 4389},
    {"GM0664", "Goes", 9, 51.504, 3.889, 39, 4460, 4469},
    {"GM0715", "Terneuzen", 9, 51.336, 3.828, 55, 4530, 4539},
    {"GM1676", "Schouwen-Duiveland", 9, 51.660, 3.920, 34, 4300, 4328},
    // Noord-Brabant
    {"GM0772", "Eindhoven", 10, 51.441, 5.478, 240, 5611, 5658},
    {"GM0855", "Tilburg", 10, 51.560, 5.091, 226, 5011, 5049},
    {"GM0758", "Breda", 10, 51.589, 4.776, 186, 4811, 4841},
    {"GM0796", "'s-Hertogenbosch", 10, 51.697, 5.304, 160, 5211, 5249},
    {"GM0794", "Helmond", 10, 51.476, 5.661, 93, 5701, 5709},
    {"GM0828", "Oss", 10, 51.765, 5.518, 93, 5340, 5349},
    {"GM1674", "Roosendaal", 10, 51.531, 4.465, 78, 4700, 4709},
    {"GM0748", "Bergen op Zoom", 10, 51.495, 4.291, 69, 4600, 4625},
    {"GM0826", "Oosterhout", 10, 51.645, 4.860, 57, 4900, 4909},
    {"GM0861", "Veldhoven", 10, 51.420, 5.400, 46, 5500, 5509},
    {"GM0867", "Waalwijk", 10, 51.683, 5.071, 49, 5140, 5146},
    {"GM0865", "Vught", 10, 51.650, 5.290, 27, 5260, 5264},
    {"GM0753", "Best", 10, 51.510, 5.390, 31, 5680, 5684},
    {"GM0797", "Heusden", 10, 51.730, 5.140, 45, 5250, 5258},
    {"GM0824", "Oisterwijk", 10, 51.580, 5.190, 33, 5060, 5066},
    // Limburg
    {"GM0935", "Maastricht", 11, 50.851, 5.691, 122, 6211, 6229},
    {"GM0917", "Heerlen", 11, 50.888, 5.980, 87, 6411, 6422},
    {"GM1883", "Sittard-Geleen", 11, 51.000, 5.870, 91, 6130, 6166},
    {"GM0983", "Venlo", 11, 51.370, 6.172, 102, 5900, 5928},
    {"GM0957", "Roermond", 11, 51.194, 5.987, 59, 6040, 6046},
    {"GM0988", "Weert", 11, 51.251, 5.707, 50, 6000, 6006},
    {"GM0928", "Kerkrade", 11, 50.866, 6.063, 45, 6460, 6471},
};

// SWV Eemland (real region; the demo's SWV codes and all data in it are synthetic).
constexpr std::string_view kRegio[] = {"GM0307", "GM0327", "GM0342", "GM0308", "GM0313", "GM0351"};

// Postcode letters as PostNL uses them: F, I, O, Q, U and Y do not occur.
constexpr std::string_view kLetters = "ABCDEGHJKLMNPRSTVWXZ";

// Metres per degree of latitude, and of longitude at 52° north (cos 52° = 0.6157).
constexpr int kMeterPerGraadLat = 111320;
constexpr int kMeterPerGraadLon = 68540;

}  // namespace

std::span<const ProvincieInfo> Provincies() { return kProvincies; }
std::span<const GemeenteInfo> Gemeenten() { return kGemeenten; }
std::span<const std::string_view> RegioGemeenteCodes() { return kRegio; }

int StraalMeter(const GemeenteInfo& gemeente) {
  // Larger towns cover more ground: about 2.5 km for 20k inhabitants, 9 km for Amsterdam.
  int root = 1;
  while ((root + 1) * (root + 1) <= gemeente.inwoners_k) ++root;
  return 1500 + 250 * root;
}

domain::Coordinates Jitter(Rng& rng, domain::Coordinates centre, int straal_m) {
  // Offsets are drawn as whole metres and divided (never multiply-added), so no fused
  // multiply-add can make results differ between compilers.
  const int dy = rng.Range(-straal_m, straal_m);
  const int dx = rng.Range(-straal_m, straal_m);
  const double dlat = static_cast<double>(dy) / kMeterPerGraadLat;
  const double dlon = static_cast<double>(dx) / kMeterPerGraadLon;
  return {centre.lat + dlat, centre.lon + dlon};
}

void WritePostcode(Rng& rng, const GemeenteInfo& gemeente, char out[7]) {
  int cijfers = rng.Range(gemeente.postcode_lo, gemeente.postcode_hi);
  for (int i = 3; i >= 0; --i) {
    out[i] = static_cast<char>('0' + cijfers % 10);
    cijfers /= 10;
  }
  out[4] = ' ';
  for (;;) {
    out[5] = kLetters[rng.Below(kLetters.size())];
    out[6] = kLetters[rng.Below(kLetters.size())];
    // PostNL never issues SA, SD and SS (domain/postcode.h).
    if (out[5] != 'S' || (out[6] != 'A' && out[6] != 'D' && out[6] != 'S')) break;
  }
}

domain::Postcode MakePostcode(Rng& rng, const GemeenteInfo& gemeente) {
  char text[7];
  WritePostcode(rng, gemeente, text);
  auto postcode = domain::Postcode::Parse(std::string_view(text, 7));
  if (!postcode) {
    // The table and the letters above only make valid postcodes; anything else is a bug.
    std::fprintf(stderr, "demo: ongeldige postcode gegenereerd\n");
    std::abort();
  }
  return *std::move(postcode);
}

}  // namespace passend::engine
