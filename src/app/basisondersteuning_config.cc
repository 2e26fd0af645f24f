#include "app/basisondersteuning_config.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

std::string Pad(const std::string& pad, const std::string& key) {
  return pad.empty() ? key : pad + "." + key;
}

Result<void> AlleenBekend(const json& object, const std::string& pad,
                          std::initializer_list<std::string_view> bekend) {
  if (!object.is_object()) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("'{}' moet een object zijn.", pad.empty() ? "norm" : pad), pad);
  }
  for (const auto& [key, value] : object.items()) {
    if (!key.empty() && key[0] == '_') continue;
    if (std::find(bekend.begin(), bekend.end(), key) == bekend.end()) {
      return Fail(ErrorCode::kInvalid, fmt::format("Onbekend veld '{}'.", Pad(pad, key)),
                  Pad(pad, key));
    }
  }
  return {};
}

Result<std::string> Tekst(const json& object, const std::string& key, const std::string& pad,
                          bool verplicht) {
  if (!object.contains(key) || object.at(key).is_null()) {
    if (!verplicht) return std::string();
    return Fail(ErrorCode::kInvalid, fmt::format("'{}' ontbreekt.", Pad(pad, key)), Pad(pad, key));
  }
  if (!object.at(key).is_string()) {
    return Fail(ErrorCode::kInvalid, fmt::format("'{}' moet tekst zijn.", Pad(pad, key)),
                Pad(pad, key));
  }
  return object.at(key).get<std::string>();
}

Result<const json*> Lijst(const json& root, const std::string& key) {
  if (!root.at(key).is_array()) {
    return Fail(ErrorCode::kInvalid, fmt::format("'{}' moet een lijst zijn.", key), key);
  }
  return &root.at(key);
}

}  // namespace

Result<domain::Basisondersteuningsnorm> NormUitJson(
    const json& root, NormBron bron, const std::vector<domain::NormAspect>& standaard_aspecten) {
  if (bron == NormBron::kConfiguratie) {
    PASSEND_RETURN_IF_ERROR(AlleenBekend(
        root, "", {"versie", "titel", "geldigVanaf", "toelichting", "aspecten", "elementen"}));
  } else {
    PASSEND_RETURN_IF_ERROR(AlleenBekend(
        root, "", {"label", "titel", "geldigVanaf", "toelichting", "aspecten", "elementen"}));
  }
  domain::Basisondersteuningsnorm n;
  PASSEND_ASSIGN_OR_RETURN(n.label,
                           Tekst(root, bron == NormBron::kConfiguratie ? "versie" : "label", "",
                                 bron == NormBron::kConfiguratie));
  if (bron == NormBron::kConfiguratie && n.label.empty()) {
    return Fail(ErrorCode::kInvalid, "Geef de landelijke norm een versie, bijvoorbeeld 2026.1.",
                "versie");
  }
  PASSEND_ASSIGN_OR_RETURN(n.titel, Tekst(root, "titel", "", true));
  PASSEND_ASSIGN_OR_RETURN(std::string datum, Tekst(root, "geldigVanaf", "", true));
  auto parsed = domain::ParseIsoDate(datum);
  if (!parsed) {
    return Fail(ErrorCode::kInvalid, "Geef 'geldigVanaf' als datum (JJJJ-MM-DD).", "geldigVanaf");
  }
  n.geldig_vanaf = *parsed;
  PASSEND_ASSIGN_OR_RETURN(n.toelichting, Tekst(root, "toelichting", "", false));
  if (root.contains("aspecten")) {
    PASSEND_ASSIGN_OR_RETURN(const json* lijst, Lijst(root, "aspecten"));
    for (size_t i = 0; i < lijst->size(); ++i) {
      const std::string pad = fmt::format("aspecten[{}]", i);
      const json& a = (*lijst)[i];
      PASSEND_RETURN_IF_ERROR(AlleenBekend(a, pad, {"code", "naam", "omschrijving"}));
      domain::NormAspect aspect;
      PASSEND_ASSIGN_OR_RETURN(aspect.code, Tekst(a, "code", pad, true));
      PASSEND_ASSIGN_OR_RETURN(aspect.naam, Tekst(a, "naam", pad, true));
      PASSEND_ASSIGN_OR_RETURN(aspect.omschrijving, Tekst(a, "omschrijving", pad, false));
      n.aspecten.push_back(std::move(aspect));
    }
  } else if (bron == NormBron::kSwv) {
    n.aspecten = standaard_aspecten;
  }
  if (!root.contains("elementen")) {
    return Fail(ErrorCode::kInvalid, "'elementen' ontbreekt.", "elementen");
  }
  PASSEND_ASSIGN_OR_RETURN(const json* lijst, Lijst(root, "elementen"));
  for (size_t i = 0; i < lijst->size(); ++i) {
    const std::string pad = fmt::format("elementen[{}]", i);
    const json& e = (*lijst)[i];
    PASSEND_RETURN_IF_ERROR(AlleenBekend(e, pad, {"code", "aspect", "titel", "omschrijving"}));
    domain::NormElement element;
    PASSEND_ASSIGN_OR_RETURN(element.code, Tekst(e, "code", pad, true));
    PASSEND_ASSIGN_OR_RETURN(element.aspect, Tekst(e, "aspect", pad, true));
    PASSEND_ASSIGN_OR_RETURN(element.titel, Tekst(e, "titel", pad, true));
    PASSEND_ASSIGN_OR_RETURN(element.omschrijving, Tekst(e, "omschrijving", pad, true));
    n.elementen.push_back(std::move(element));
  }
  PASSEND_RETURN_IF_ERROR(domain::Valideer(n));
  return n;
}

Result<domain::Basisondersteuningsnorm> ParseBasisondersteuningConfig(std::string_view json_text) {
  const json root = json::parse(json_text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Fail(ErrorCode::kInvalid, "Het bestand is geen geldig JSON-object.");
  }
  return NormUitJson(root, NormBron::kConfiguratie);
}

Result<domain::Basisondersteuningsnorm> LeesBasisondersteuningConfig(const std::string& pad) {
  std::ifstream in(pad);
  if (!in) return domain::StandaardNorm();
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  auto norm = ParseBasisondersteuningConfig(text);
  if (!norm) {
    return Fail(ErrorCode::kInvalid, pad + ": " + norm.error().message, norm.error().field);
  }
  return norm;
}

}  // namespace passend::app
