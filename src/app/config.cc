#include "app/config.h"

#include <functional>
#include <map>
#include <nlohmann/json.hpp>

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

// One setter per known key of a section; a key is a positive whole number.
using Setters = std::map<std::string, std::function<void(int)>>;

Result<void> ReadSection(const json& root, const std::string& section, const Setters& setters) {
  if (!root.contains(section)) return {};
  const json& object = root.at(section);
  if (!object.is_object()) {
    return Fail(ErrorCode::kInvalid, "'" + section + "' moet een object zijn.", section);
  }
  for (const auto& [key, value] : object.items()) {
    if (!key.empty() && key[0] == '_') continue;  // comments such as "_bron"
    const std::string name = section + "." + key;
    auto setter = setters.find(key);
    if (setter == setters.end()) {
      return Fail(ErrorCode::kInvalid, "Onbekende instelling '" + name + "'.", name);
    }
    if (!value.is_number_integer() || value.get<int64_t>() < 1 ||
        value.get<int64_t>() > 1'000'000) {
      return Fail(ErrorCode::kInvalid, "'" + name + "' moet een positief geheel getal zijn.", name);
    }
    setter->second(value.get<int>());
  }
  return {};
}

}  // namespace

Result<PassendConfig> ParseConfig(std::string_view json_text) {
  const json root = json::parse(json_text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Fail(ErrorCode::kInvalid, "Het configuratiebestand is geen geldig JSON-object.");
  }
  for (const auto& [key, value] : root.items()) {
    if (key != "sessie" && key != "zorgplicht" && key != "gpo" && key.rfind('_', 0) != 0) {
      return Fail(ErrorCode::kInvalid, "Onbekende instelling '" + key + "'.", key);
    }
  }
  PassendConfig config;
  auto& s = config.sessie;
  PASSEND_RETURN_IF_ERROR(
      ReadSection(root, "sessie",
                  {{"inactiefMinuten", [&](int v) { s.idle = std::chrono::minutes{v}; }},
                   {"absoluutUren", [&](int v) { s.absoluut = std::chrono::hours{v}; }},
                   {"maxPogingenPerAccount", [&](int v) { s.max_pogingen_account = v; }},
                   {"maxPogingenPerAdres", [&](int v) { s.max_pogingen_client = v; }},
                   {"vensterMinuten", [&](int v) { s.venster = std::chrono::minutes{v}; }}}));
  auto& z = config.zorgplicht;
  PASSEND_RETURN_IF_ERROR(
      ReadSection(root, "zorgplicht",
                  {{"beslistermijnDagen", [&](int v) { z.beslistermijn_dagen = v; }},
                   {"maxVerlengingDagen", [&](int v) { z.max_verlenging_dagen = v; }},
                   {"signaalDagen", [&](int v) { z.signaal_dagen = v; }}}));
  auto& g = config.gpo;
  PASSEND_RETURN_IF_ERROR(ReadSection(root, "gpo",
                                      {{"indienenDagen", [&](int v) { g.indienen_dagen = v; }},
                                       {"verweerDagen", [&](int v) { g.verweer_dagen = v; }},
                                       {"oordeelDagen", [&](int v) { g.oordeel_dagen = v; }}}));
  if (s.absoluut < s.idle) {
    return Fail(ErrorCode::kInvalid,
                "'sessie.absoluutUren' moet minstens zo lang zijn als 'sessie.inactiefMinuten'.",
                "sessie.absoluutUren");
  }
  return config;
}

}  // namespace passend::app
