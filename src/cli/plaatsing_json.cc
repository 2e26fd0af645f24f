#include "cli/plaatsing_json.h"

#include <fmt/format.h>

#include <cmath>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/loting.h"
#include "engine/plaatsing.h"
#include "engine/plaatsing_kosten.h"

namespace passend::cli {

namespace {

// ordered_json keeps the file's order, so "first listed" means what the file says.
using Json = nlohmann::ordered_json;

std::unexpected<domain::Error> Fout(std::string_view veld, std::string_view wat) {
  return domain::Fail(domain::ErrorCode::kInvalid, fmt::format("{}: {}", veld, wat),
                      std::string(veld));
}

domain::Result<int64_t> Geheel(const Json& v, std::string_view veld) {
  if (v.is_number_unsigned()) {
    const auto u = v.get<uint64_t>();
    if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      return Fout(veld, "het getal is te groot.");
    }
    return static_cast<int64_t>(u);
  }
  if (v.is_number_integer()) return v.get<int64_t>();
  return Fout(veld, "verwacht een geheel getal.");
}

domain::Result<int64_t> NietNegatief(const Json& v, std::string_view veld) {
  PASSEND_ASSIGN_OR_RETURN(const int64_t g, Geheel(v, veld));
  if (g < 0) return Fout(veld, "moet 0 of meer zijn.");
  return g;
}

domain::Result<std::string> Tekst(const Json& v, std::string_view veld) {
  if (!v.is_string() || v.get_ref<const std::string&>().empty()) {
    return Fout(veld, "verwacht een niet-lege tekst.");
  }
  return v.get<std::string>();
}

domain::Result<double> Getal(const Json& v, std::string_view veld) {
  if (!v.is_number()) return Fout(veld, "verwacht een getal.");
  const double d = v.get<double>();
  if (!std::isfinite(d)) return Fout(veld, "verwacht een eindig getal.");
  return d;
}

domain::Result<std::vector<std::string>> Teksten(const Json& v, std::string_view veld) {
  if (!v.is_array()) return Fout(veld, "verwacht een lijst met teksten.");
  std::vector<std::string> uit;
  for (size_t i = 0; i < v.size(); ++i) {
    PASSEND_ASSIGN_OR_RETURN(std::string t, Tekst(v[i], fmt::format("{}[{}]", veld, i)));
    uit.push_back(std::move(t));
  }
  return uit;
}

domain::Result<Json> Lees(std::string_view tekst) {
  Json root = Json::parse(tekst, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    return domain::Fail(domain::ErrorCode::kInvalid, "instance: het bestand is geen geldige JSON.",
                        "instance");
  }
  if (!root.is_object()) return Fout("instance", "verwacht een JSON-object.");
  if (!root.contains("kinderen")) return Fout("kinderen", "ontbreekt.");
  if (!root.contains("scholen")) return Fout("scholen", "ontbreekt.");
  return root;
}

// ---- full form (docs/placement.md "Full form") ----

domain::Result<domain::Coordinates> Locatie(const Json& v, std::string_view veld) {
  if (!v.is_object() || !v.contains("lat") || !v.contains("lon")) {
    return Fout(veld, "verwacht {\"lat\": ..., \"lon\": ...}.");
  }
  PASSEND_ASSIGN_OR_RETURN(const double lat, Getal(v["lat"], fmt::format("{}.lat", veld)));
  PASSEND_ASSIGN_OR_RETURN(const double lon, Getal(v["lon"], fmt::format("{}.lon", veld)));
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
    return Fout(veld, "breedte tussen -90 en 90, lengte tussen -180 en 180.");
  }
  return domain::Coordinates{lat, lon};
}

// The taxonomy's spelling (`specialistisch`); `gespecialiseerd`, the instance files' first
// spelling, stays accepted as an alias (docs/placement.md).
domain::Result<engine::Niveau> NiveauVan(const Json& v, std::string_view veld) {
  if (!v.is_string()) return Fout(veld, "verwacht basis, extra of specialistisch.");
  const std::string tekst = v.get<std::string>();
  if (tekst == "gespecialiseerd") return domain::Ondersteuningsniveau::kSpecialistisch;
  auto niveau = domain::ParseNiveau(tekst, veld);
  if (!niveau) return Fout(veld, "verwacht basis, extra of specialistisch.");
  return *niveau;
}

domain::Result<engine::VolledigeInstantie> LeesVolledig(const Json& root) {
  engine::VolledigeInstantie in;
  const Json& kinderen = root["kinderen"];
  for (size_t i = 0; i < kinderen.size(); ++i) {
    const Json& k = kinderen[i];
    const std::string veld = fmt::format("kinderen[{}]", i);
    if (!k.is_object()) return Fout(veld, "verwacht een object met id.");
    engine::KindVraag kind;
    if (!k.contains("id")) return Fout(fmt::format("{}.id", veld), "ontbreekt.");
    PASSEND_ASSIGN_OR_RETURN(kind.id, Tekst(k["id"], fmt::format("{}.id", veld)));
    if (k.contains("locatie")) {
      PASSEND_ASSIGN_OR_RETURN(kind.locatie,
                               Locatie(k["locatie"], fmt::format("{}.locatie", veld)));
    }
    if (k.contains("behoeften")) {
      const Json& b = k["behoeften"];
      if (!b.is_object()) {
        return Fout(fmt::format("{}.behoeften", veld), "verwacht {\"behoefte\": \"niveau\"}.");
      }
      for (const auto& [naam, niveau] : b.items()) {
        PASSEND_ASSIGN_OR_RETURN(const engine::Niveau n,
                                 NiveauVan(niveau, fmt::format("{}.behoeften.{}", veld, naam)));
        kind.behoeften.push_back({naam, n});
      }
    }
    if (k.contains("hoofdbehoefte")) {
      PASSEND_ASSIGN_OR_RETURN(kind.hoofdbehoefte,
                               Tekst(k["hoofdbehoefte"], fmt::format("{}.hoofdbehoefte", veld)));
    }
    if (k.contains("voorkeuren")) {
      PASSEND_ASSIGN_OR_RETURN(kind.voorkeuren,
                               Teksten(k["voorkeuren"], fmt::format("{}.voorkeuren", veld)));
    }
    in.kinderen.push_back(std::move(kind));
  }
  const Json& scholen = root["scholen"];
  if (!scholen.is_array())
    return Fout("scholen", "verwacht een lijst met scholen (volledige vorm).");
  for (size_t j = 0; j < scholen.size(); ++j) {
    const Json& s = scholen[j];
    const std::string veld = fmt::format("scholen[{}]", j);
    if (!s.is_object()) return Fout(veld, "verwacht een object met id en capaciteit.");
    engine::SchoolAanbod school;
    if (!s.contains("id")) return Fout(fmt::format("{}.id", veld), "ontbreekt.");
    PASSEND_ASSIGN_OR_RETURN(school.id, Tekst(s["id"], fmt::format("{}.id", veld)));
    if (!s.contains("capaciteit")) return Fout(fmt::format("{}.capaciteit", veld), "ontbreekt.");
    PASSEND_ASSIGN_OR_RETURN(school.capaciteit,
                             NietNegatief(s["capaciteit"], fmt::format("{}.capaciteit", veld)));
    if (s.contains("locatie")) {
      PASSEND_ASSIGN_OR_RETURN(school.locatie,
                               Locatie(s["locatie"], fmt::format("{}.locatie", veld)));
    }
    if (s.contains("aanbod")) {
      const Json& a = s["aanbod"];
      if (!a.is_object()) {
        return Fout(fmt::format("{}.aanbod", veld),
                    "verwacht {\"behoefte\": \"niveau\"} of {\"behoefte\": {\"niveau\": ..., "
                    "\"plaatsen\": n}}.");
      }
      for (const auto& [naam, waarde] : a.items()) {
        const std::string av = fmt::format("{}.aanbod.{}", veld, naam);
        engine::Aanbod aanbod;
        aanbod.behoefte = naam;
        if (waarde.is_object()) {
          if (!waarde.contains("niveau")) return Fout(fmt::format("{}.niveau", av), "ontbreekt.");
          PASSEND_ASSIGN_OR_RETURN(aanbod.niveau,
                                   NiveauVan(waarde["niveau"], fmt::format("{}.niveau", av)));
          if (waarde.contains("plaatsen")) {
            PASSEND_ASSIGN_OR_RETURN(
                aanbod.plaatsen, NietNegatief(waarde["plaatsen"], fmt::format("{}.plaatsen", av)));
          }
        } else {
          PASSEND_ASSIGN_OR_RETURN(aanbod.niveau, NiveauVan(waarde, av));
        }
        school.aanbod.push_back(std::move(aanbod));
      }
    }
    in.scholen.push_back(std::move(school));
  }
  if (root.contains("afstanden")) {
    const Json& a = root["afstanden"];
    if (!a.is_array()) return Fout("afstanden", "verwacht [[kind, school, meters], ...].");
    for (size_t i = 0; i < a.size(); ++i) {
      const std::string veld = fmt::format("afstanden[{}]", i);
      if (!a[i].is_array() || a[i].size() != 3) {
        return Fout(veld, "verwacht [kind, school, meters].");
      }
      engine::Afstand afstand;
      PASSEND_ASSIGN_OR_RETURN(afstand.kind, Tekst(a[i][0], veld));
      PASSEND_ASSIGN_OR_RETURN(afstand.school, Tekst(a[i][1], veld));
      PASSEND_ASSIGN_OR_RETURN(afstand.meter, NietNegatief(a[i][2], veld));
      in.afstanden.push_back(std::move(afstand));
    }
  }
  if (root.contains("maxAfstandKm")) {
    PASSEND_ASSIGN_OR_RETURN(const double km, Getal(root["maxAfstandKm"], "maxAfstandKm"));
    if (km < 0 || km > 1e6) return Fout("maxAfstandKm", "verwacht 0 tot 1.000.000 km.");
    in.max_afstand_meter = std::llround(km * 1000.0);
  }
  if (root.contains("tekortBoete")) {
    PASSEND_ASSIGN_OR_RETURN(in.tekort_boete, NietNegatief(root["tekortBoete"], "tekortBoete"));
  }
  return in;
}

domain::Result<std::vector<std::pair<std::string, std::vector<std::string>>>> Prioriteiten(
    const Json& root) {
  std::vector<std::pair<std::string, std::vector<std::string>>> uit;
  if (!root.contains("prioriteiten")) return uit;
  const Json& p = root["prioriteiten"];
  if (!p.is_object()) return Fout("prioriteiten", "verwacht {\"school\": [\"kind\", ...]}.");
  for (const auto& [school, kinderen] : p.items()) {
    PASSEND_ASSIGN_OR_RETURN(auto lijst, Teksten(kinderen, fmt::format("prioriteiten.{}", school)));
    uit.emplace_back(school, std::move(lijst));
  }
  return uit;
}

bool IsVolledig(const Json& root) {
  const Json& kinderen = root["kinderen"];
  return kinderen.is_array() && !kinderen.empty() && kinderen[0].is_object();
}

// Plain schools: {"s1": capacity, ...}.
domain::Result<std::vector<std::pair<std::string, int64_t>>> GewoneScholen(const Json& root) {
  const Json& scholen = root["scholen"];
  if (!scholen.is_object()) return Fout("scholen", "verwacht {\"school\": capaciteit, ...}.");
  std::vector<std::pair<std::string, int64_t>> uit;
  for (const auto& [id, cap] : scholen.items()) {
    if (id.empty()) return Fout("scholen", "een school heeft een lege id.");
    PASSEND_ASSIGN_OR_RETURN(const int64_t c, NietNegatief(cap, fmt::format("scholen.{}", id)));
    uit.emplace_back(id, c);
  }
  return uit;
}

// ---- output ----

std::string Toon(const Json& uit) { return uit.dump(2) + "\n"; }

// Appends `sleutel` to an ordered object without ordered_map's linear search for an existing
// key (the ids were checked to be unique), so writing n children takes O(n), not O(n²): the
// search made writing 20,000 children take longer than solving (callgrind, docs/performance.md).
void VoegToe(Json& object, const std::string& sleutel, Json waarde) {
  auto& leden = object.get_ref<Json::object_t&>();
  leden.Json::object_t::Container::emplace_back(sleutel, std::move(waarde));
}

domain::Result<std::string> PlaatsingUit(const engine::PlaatsingsProbleem& p,
                                         const std::vector<std::string>& hoofdbehoefte,
                                         const std::vector<std::string>& toelichting) {
  PASSEND_ASSIGN_OR_RETURN(const engine::PlaatsingsUitkomst u, engine::Plaats(p));
  Json toewijzing = Json::object();
  for (size_t i = 0; i < p.kinderen.size(); ++i) {
    if (u.school_van[i] >= 0) VoegToe(toewijzing, p.kinderen[i], p.scholen[u.school_van[i]].id);
  }
  Json niet = Json::array();
  for (const engine::NietGeplaatst& ng : u.niet_geplaatst) {
    Json e = {{"kind", p.kinderen[ng.kind]},
              {"reden", engine::RedenCode(ng.reden)},
              {"toelichting", engine::RedenTekst(ng.reden)}};
    if (!hoofdbehoefte.empty() && !hoofdbehoefte[ng.kind].empty()) {
      e["behoefte"] = hoofdbehoefte[ng.kind];
    }
    if (!toelichting.empty() && !toelichting[ng.kind].empty()) {
      e["toelichting"] = toelichting[ng.kind];
    }
    niet.push_back(std::move(e));
  }
  return Toon(Json{{"toewijzing", std::move(toewijzing)},
                   {"totaleKosten", u.totale_kosten},
                   {"geplaatst", p.kinderen.size() - u.niet_geplaatst.size()},
                   {"nietGeplaatst", std::move(niet)}});
}

domain::Result<std::string> LotingUit(const engine::LotingsProbleem& p,
                                      const std::vector<std::string>& hoofdbehoefte,
                                      const std::vector<std::string>& toelichting) {
  PASSEND_ASSIGN_OR_RETURN(const engine::LotingsUitkomst u, engine::Loot(p));
  Json toewijzing = Json::object(), loten = Json::object();
  for (size_t i = 0; i < p.kinderen.size(); ++i) {
    if (u.school_van[i] >= 0) VoegToe(toewijzing, p.kinderen[i], p.scholen[u.school_van[i]].id);
    VoegToe(loten, p.kinderen[i], u.lotnummer[i]);
  }
  Json niet = Json::array();
  for (const engine::LotingsNietGeplaatst& ng : u.niet_geplaatst) {
    Json e = {{"kind", p.kinderen[ng.kind]},
              {"reden", engine::LotingsRedenCode(ng.reden)},
              {"toelichting", engine::LotingsRedenTekst(ng.reden)}};
    if (!hoofdbehoefte.empty() && !hoofdbehoefte[ng.kind].empty()) {
      e["behoefte"] = hoofdbehoefte[ng.kind];
    }
    if (ng.reden == engine::LotingsReden::kGeenVoorkeur && !toelichting.empty() &&
        !toelichting[ng.kind].empty()) {
      e["toelichting"] = toelichting[ng.kind];
    }
    niet.push_back(std::move(e));
  }
  return Toon(Json{{"toewijzing", std::move(toewijzing)},
                   {"nietGeplaatst", std::move(niet)},
                   {"seed", p.seed},
                   {"lotnummers", std::move(loten)}});
}

domain::Result<std::string> Plaatsing(const Json& root) {
  if (!root.contains("nietGeplaatstKosten")) return Fout("nietGeplaatstKosten", "ontbreekt.");
  PASSEND_ASSIGN_OR_RETURN(const int64_t niet_geplaatst,
                           NietNegatief(root["nietGeplaatstKosten"], "nietGeplaatstKosten"));
  if (IsVolledig(root)) {
    PASSEND_ASSIGN_OR_RETURN(engine::VolledigeInstantie in, LeesVolledig(root));
    in.niet_geplaatst_kosten = niet_geplaatst;
    PASSEND_ASSIGN_OR_RETURN(auto gebouwd, engine::BouwPlaatsingsProbleem(in));
    return PlaatsingUit(gebouwd.probleem, gebouwd.hoofdbehoefte, gebouwd.toelichting);
  }
  // Plain form: {"kinderen": [...], "scholen": {...}, "kosten": [[k, s, c], ...]}.
  engine::PlaatsingsProbleem p;
  PASSEND_ASSIGN_OR_RETURN(p.kinderen, Teksten(root["kinderen"], "kinderen"));
  std::unordered_map<std::string, int> kind_index, school_index;
  for (size_t i = 0; i < p.kinderen.size(); ++i) {
    if (!kind_index.emplace(p.kinderen[i], static_cast<int>(i)).second) {
      return Fout("kinderen", fmt::format("{} staat er twee keer in.", p.kinderen[i]));
    }
  }
  p.niet_geplaatst_kosten.assign(p.kinderen.size(), niet_geplaatst);
  PASSEND_ASSIGN_OR_RETURN(const auto scholen, GewoneScholen(root));
  for (const auto& [id, cap] : scholen) {
    school_index.emplace(id, static_cast<int>(p.scholen.size()));
    p.scholen.push_back({id, cap});
  }
  if (!root.contains("kosten")) return Fout("kosten", "ontbreekt.");
  const Json& kosten = root["kosten"];
  if (!kosten.is_array()) return Fout("kosten", "verwacht [[kind, school, kosten], ...].");
  for (size_t i = 0; i < kosten.size(); ++i) {
    const std::string veld = fmt::format("kosten[{}]", i);
    const Json& t = kosten[i];
    if (!t.is_array() || t.size() != 3) return Fout(veld, "verwacht [kind, school, kosten].");
    PASSEND_ASSIGN_OR_RETURN(const std::string kind, Tekst(t[0], veld));
    PASSEND_ASSIGN_OR_RETURN(const std::string school, Tekst(t[1], veld));
    PASSEND_ASSIGN_OR_RETURN(const int64_t c, NietNegatief(t[2], veld));
    const auto ki = kind_index.find(kind);
    if (ki == kind_index.end()) return Fout(veld, fmt::format("onbekend kind {}.", kind));
    const auto si = school_index.find(school);
    if (si == school_index.end()) return Fout(veld, fmt::format("onbekende school {}.", school));
    p.opties.push_back({ki->second, si->second, c});
  }
  return PlaatsingUit(p, {}, {});
}

domain::Result<std::string> Loting(const Json& root, uint64_t seed) {
  PASSEND_ASSIGN_OR_RETURN(const auto prioriteiten, Prioriteiten(root));
  if (IsVolledig(root)) {
    PASSEND_ASSIGN_OR_RETURN(engine::VolledigeInstantie in, LeesVolledig(root));
    in.prioriteiten = prioriteiten;
    PASSEND_ASSIGN_OR_RETURN(auto gebouwd, engine::BouwLotingsProbleem(in, seed));
    return LotingUit(gebouwd.probleem, gebouwd.hoofdbehoefte, gebouwd.toelichting);
  }
  // Plain form: {"kinderen": {"k1": ["s2", "s1"]}, "scholen": {"s1": 2}, "prioriteiten": ...}.
  engine::LotingsProbleem p;
  p.seed = seed;
  PASSEND_ASSIGN_OR_RETURN(const auto scholen, GewoneScholen(root));
  std::unordered_map<std::string, int> kind_index, school_index;
  for (const auto& [id, cap] : scholen) {
    school_index.emplace(id, static_cast<int>(p.scholen.size()));
    engine::LotingsSchool s;
    s.id = id;
    s.capaciteit = cap;
    p.scholen.push_back(std::move(s));
  }
  const Json& kinderen = root["kinderen"];
  if (!kinderen.is_object()) {
    return Fout("kinderen", "verwacht {\"kind\": [\"school\", ...], ...}.");
  }
  for (const auto& [id, lijst] : kinderen.items()) {
    if (id.empty()) return Fout("kinderen", "een kind heeft een lege id.");
    const std::string veld = fmt::format("kinderen.{}", id);
    PASSEND_ASSIGN_OR_RETURN(const auto namen, Teksten(lijst, veld));
    std::vector<int> voorkeur;
    for (const std::string& naam : namen) {
      const auto si = school_index.find(naam);
      if (si == school_index.end()) return Fout(veld, fmt::format("onbekende school {}.", naam));
      voorkeur.push_back(si->second);
    }
    kind_index.emplace(id, static_cast<int>(p.kinderen.size()));
    p.kinderen.push_back(id);
    p.voorkeuren.push_back(std::move(voorkeur));
  }
  for (const auto& [school, lijst] : prioriteiten) {
    const auto si = school_index.find(school);
    if (si == school_index.end()) {
      return Fout("prioriteiten", fmt::format("onbekende school {}.", school));
    }
    for (const std::string& kind : lijst) {
      const auto ki = kind_index.find(kind);
      if (ki == kind_index.end()) {
        return Fout(fmt::format("prioriteiten.{}", school), fmt::format("onbekend kind {}.", kind));
      }
      p.scholen[si->second].prioriteit.push_back(ki->second);
    }
  }
  return LotingUit(p, {}, {});
}

// Library exceptions stop at this edge (docs/architecture.md "Errors").
template <typename F>
domain::Result<std::string> Veilig(F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    return domain::Fail(
        domain::ErrorCode::kInvalid,
        fmt::format("instance: het bestand kon niet worden gelezen ({}).", e.what()), "instance");
  }
}

domain::Result<std::string> LeesBestand(const std::string& pad) {
  std::ifstream in(pad, std::ios::binary);
  if (!in) {
    return domain::Fail(
        domain::ErrorCode::kInvalid,
        fmt::format("--instance: kan {} niet openen; geef een bestaand JSON-bestand.", pad),
        "instance");
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int Afdrukken(const domain::Result<std::string>& uit) {
  if (!uit) {
    std::cerr << "passend: " << uit.error().message << "\n";
    return uit.error().code == domain::ErrorCode::kInvalid ? 2 : 1;
  }
  std::cout << *uit;
  return 0;
}

}  // namespace

domain::Result<std::string> PlaatsingJson(std::string_view instantie) {
  return Veilig([&]() -> domain::Result<std::string> {
    PASSEND_ASSIGN_OR_RETURN(const Json root, Lees(instantie));
    return Plaatsing(root);
  });
}

domain::Result<std::string> LotingJson(std::string_view instantie, uint64_t seed) {
  return Veilig([&]() -> domain::Result<std::string> {
    PASSEND_ASSIGN_OR_RETURN(const Json root, Lees(instantie));
    return Loting(root, seed);
  });
}

int PlaatsingCommando(const std::string& pad) {
  auto tekst = LeesBestand(pad);
  if (!tekst) return Afdrukken(std::unexpected(tekst.error()));
  return Afdrukken(PlaatsingJson(*tekst));
}

int LotingCommando(const std::string& pad, uint64_t seed) {
  auto tekst = LeesBestand(pad);
  if (!tekst) return Afdrukken(std::unexpected(tekst.error()));
  return Afdrukken(LotingJson(*tekst, seed));
}

}  // namespace passend::cli
