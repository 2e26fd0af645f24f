#include "app/ondersteuning_config.h"

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

bool IsComment(const std::string& key) { return !key.empty() && key[0] == '_'; }

Result<std::string> Tekst(const json& object, const std::string& key, const std::string& pad,
                          bool verplicht) {
  if (!object.contains(key)) {
    if (!verplicht) return std::string();
    return Fail(ErrorCode::kInvalid, fmt::format("'{}.{}' ontbreekt.", pad, key), pad + "." + key);
  }
  if (!object.at(key).is_string()) {
    return Fail(ErrorCode::kInvalid, fmt::format("'{}.{}' moet tekst zijn.", pad, key),
                pad + "." + key);
  }
  return object.at(key).get<std::string>();
}

Result<void> AlleenBekend(const json& object, const std::string& pad,
                          std::initializer_list<std::string_view> bekend) {
  if (!object.is_object()) {
    return Fail(ErrorCode::kInvalid, fmt::format("'{}' moet een object zijn.", pad), pad);
  }
  for (const auto& [key, value] : object.items()) {
    if (IsComment(key)) continue;
    if (std::find(bekend.begin(), bekend.end(), key) == bekend.end()) {
      const std::string naam = pad.empty() ? key : pad + "." + key;
      return Fail(ErrorCode::kInvalid, fmt::format("Onbekende instelling '{}'.", naam), naam);
    }
  }
  return {};
}

}  // namespace

Result<OndersteuningConfig> ParseOndersteuningConfig(std::string_view json_text) {
  const json root = json::parse(json_text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Fail(ErrorCode::kInvalid, "Het bestand is geen geldig JSON-object.");
  }
  PASSEND_RETURN_IF_ERROR(AlleenBekend(
      root, "", {"versie", "geldigVanaf", "niveaus", "behoeften", "suggesties", "dekkendAanbod"}));
  OndersteuningConfig config;
  auto& t = config.taxonomie;
  if (root.contains("versie")) {
    PASSEND_ASSIGN_OR_RETURN(t.versie, Tekst(root, "versie", "", true));
  }
  if (root.contains("geldigVanaf")) {
    PASSEND_ASSIGN_OR_RETURN(std::string datum, Tekst(root, "geldigVanaf", "", true));
    auto parsed = domain::ParseIsoDate(datum);
    if (!parsed) {
      return Fail(ErrorCode::kInvalid, "'geldigVanaf': " + parsed.error().message, "geldigVanaf");
    }
    t.geldig_vanaf = *parsed;
  }
  if (root.contains("niveaus")) {
    const json& lijst = root.at("niveaus");
    if (!lijst.is_array()) {
      return Fail(ErrorCode::kInvalid, "'niveaus' moet een lijst zijn.", "niveaus");
    }
    t.niveaus.clear();
    for (size_t i = 0; i < lijst.size(); ++i) {
      const std::string pad = fmt::format("niveaus[{}]", i);
      PASSEND_RETURN_IF_ERROR(AlleenBekend(lijst[i], pad, {"code", "naam", "omschrijving"}));
      PASSEND_ASSIGN_OR_RETURN(std::string code, Tekst(lijst[i], "code", pad, true));
      domain::NiveauDefinitie n;
      PASSEND_ASSIGN_OR_RETURN(n.niveau, domain::ParseNiveau(code, pad + ".code"));
      PASSEND_ASSIGN_OR_RETURN(n.naam, Tekst(lijst[i], "naam", pad, true));
      PASSEND_ASSIGN_OR_RETURN(n.omschrijving, Tekst(lijst[i], "omschrijving", pad, false));
      t.niveaus.push_back(std::move(n));
    }
  }
  if (root.contains("behoeften")) {
    const json& lijst = root.at("behoeften");
    if (!lijst.is_array()) {
      return Fail(ErrorCode::kInvalid, "'behoeften' moet een lijst zijn.", "behoeften");
    }
    t.behoeften.clear();
    for (size_t i = 0; i < lijst.size(); ++i) {
      const std::string pad = fmt::format("behoeften[{}]", i);
      PASSEND_RETURN_IF_ERROR(AlleenBekend(lijst[i], pad, {"code", "naam", "omschrijving"}));
      domain::BehoefteDefinitie b;
      PASSEND_ASSIGN_OR_RETURN(b.code, Tekst(lijst[i], "code", pad, true));
      PASSEND_ASSIGN_OR_RETURN(b.naam, Tekst(lijst[i], "naam", pad, true));
      PASSEND_ASSIGN_OR_RETURN(b.omschrijving, Tekst(lijst[i], "omschrijving", pad, false));
      t.behoeften.push_back(std::move(b));
    }
  }
  PASSEND_RETURN_IF_ERROR(domain::Valideer(t));
  if (root.contains("suggesties")) {
    const json& s = root.at("suggesties");
    PASSEND_RETURN_IF_ERROR(AlleenBekend(
        s, "suggesties", {"maxAfstandKm", "overschotMeter", "maxSuggesties", "maxAfgevallen"}));
    for (const auto& [key, value] : s.items()) {
      if (IsComment(key)) continue;
      const std::string naam = "suggesties." + key;
      if (!value.is_number_integer() || value.get<int64_t>() < 0 ||
          value.get<int64_t>() > 1'000'000) {
        return Fail(ErrorCode::kInvalid,
                    fmt::format("'{}' moet een geheel getal van 0 tot 1000000 zijn.", naam), naam);
      }
      const int64_t v = value.get<int64_t>();
      if (key == "maxAfstandKm") config.suggesties.max_meter = v * 1000;
      if (key == "overschotMeter") config.suggesties.overschot_meter = v;
      if (key == "maxSuggesties") config.suggesties.max_suggesties = static_cast<size_t>(v);
      if (key == "maxAfgevallen") config.suggesties.max_afgevallen = static_cast<size_t>(v);
    }
  }
  if (root.contains("dekkendAanbod")) {
    // Issue 5 item 7: per level the farthest a provider may be from a municipality.
    const json& d = root.at("dekkendAanbod");
    PASSEND_RETURN_IF_ERROR(AlleenBekend(d, "dekkendAanbod", {"maxAfstandKm"}));
    if (d.contains("maxAfstandKm")) {
      const json& per_niveau = d.at("maxAfstandKm");
      PASSEND_RETURN_IF_ERROR(AlleenBekend(per_niveau, "dekkendAanbod.maxAfstandKm",
                                           {"basis", "extra", "specialistisch"}));
      config.dekkend_aanbod.max_meter = {};
      for (const auto& [key, value] : per_niveau.items()) {
        if (IsComment(key)) continue;
        const std::string naam = "dekkendAanbod.maxAfstandKm." + key;
        if (!value.is_number_integer() || value.get<int64_t>() < 1 || value.get<int64_t>() > 1000) {
          return Fail(ErrorCode::kInvalid,
                      fmt::format("'{}' moet een geheel getal van 1 tot 1000 zijn.", naam), naam);
        }
        PASSEND_ASSIGN_OR_RETURN(auto niveau, domain::ParseNiveau(key, naam));
        config.dekkend_aanbod.max_meter[static_cast<size_t>(niveau)] = value.get<int64_t>() * 1000;
      }
    }
  }
  return config;
}

Result<OndersteuningConfig> LeesOndersteuningConfig(const std::string& pad) {
  std::ifstream in(pad);
  if (!in) return OndersteuningConfig{};
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  auto config = ParseOndersteuningConfig(text);
  if (!config) {
    return Fail(ErrorCode::kInvalid, pad + ": " + config.error().message, config.error().field);
  }
  return config;
}

}  // namespace passend::app
