#include "app/bekostiging_config.h"

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "domain/school_year.h"

namespace passend::app {

using domain::Cents;
using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

Result<void> Onbekend(const std::string& pad) {
  return Fail(ErrorCode::kInvalid, fmt::format("Onbekende instelling '{}'.", pad), pad);
}

bool IsCommentaar(const std::string& key) { return !key.empty() && key[0] == '_'; }

// Amounts are whole cents in the file: a JSON number with a fraction would be floating point,
// which the money code never reads (domain.md §3.7).
Result<Cents> LeesCent(const json& object, const std::string& key, const std::string& pad,
                       bool negatief_mag = false) {
  const std::string volledig = pad + "." + key;
  if (!object.contains(key)) {
    return Fail(ErrorCode::kInvalid, fmt::format("'{}' ontbreekt.", volledig), volledig);
  }
  const json& waarde = object.at(key);
  if (!waarde.is_number_integer() || (!negatief_mag && waarde.get<int64_t>() < 0)) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("'{}' moet een geheel aantal eurocent zijn{}.", volledig,
                            negatief_mag ? "" : " (niet negatief)"),
                volledig);
  }
  return Cents(waarde.get<int64_t>());
}

Result<bool> LeesDemo(const json& object, const std::string& pad) {
  if (!object.contains("demo")) return false;
  if (!object.at("demo").is_boolean()) {
    return Fail(ErrorCode::kInvalid, fmt::format("'{}.demo' moet true of false zijn.", pad),
                pad + ".demo");
  }
  return object.at("demo").get<bool>();
}

Result<domain::Normbedragen> LeesSector(const json& object, const std::string& pad) {
  if (!object.is_object()) {
    return Fail(ErrorCode::kInvalid, fmt::format("'{}' moet een object zijn.", pad), pad);
  }
  for (const auto& [key, waarde] : object.items()) {
    if (!IsCommentaar(key) && key != "lichteOndersteuningCent" && key != "zwareOndersteuningCent" &&
        key != "tlvCent") {
      return std::unexpected(Onbekend(pad + "." + key).error());
    }
  }
  domain::Normbedragen norm;
  PASSEND_ASSIGN_OR_RETURN(norm.lichte_ondersteuning,
                           LeesCent(object, "lichteOndersteuningCent", pad));
  PASSEND_ASSIGN_OR_RETURN(norm.zware_ondersteuning,
                           LeesCent(object, "zwareOndersteuningCent", pad));
  if (!object.contains("tlvCent") || !object.at("tlvCent").is_object()) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("'{}.tlvCent' moet een object met laag, midden en hoog zijn.", pad),
                pad + ".tlvCent");
  }
  const json& tlv = object.at("tlvCent");
  for (const auto& [key, waarde] : tlv.items()) {
    if (IsCommentaar(key)) continue;
    auto categorie = domain::ParseTlvCategorie(key);
    if (!categorie) return std::unexpected(Onbekend(pad + ".tlvCent." + key).error());
  }
  for (const auto categorie :
       {domain::TlvCategorie::kLaag, domain::TlvCategorie::kMidden, domain::TlvCategorie::kHoog}) {
    PASSEND_ASSIGN_OR_RETURN(
        norm.tlv[categorie],
        LeesCent(tlv, std::string(domain::TlvCategorieCode(categorie)), pad + ".tlvCent"));
  }
  return norm;
}

// A whole number in [van, tot] at `object.key`.
Result<int> LeesGetal(const json& object, const std::string& key, const std::string& pad, int van,
                      int tot) {
  const std::string volledig = pad + "." + key;
  if (!object.contains(key) || !object.at(key).is_number_integer() ||
      object.at(key).get<int64_t>() < van || object.at(key).get<int64_t>() > tot) {
    return Fail(
        ErrorCode::kInvalid,
        fmt::format("'{}' moet een geheel getal van {} tot en met {} zijn.", volledig, van, tot),
        volledig);
  }
  return static_cast<int>(object.at(key).get<int64_t>());
}

// `reserveplan`: {vanafJaar, deadline: {jarenNaJaarrekening, maand, dag}, maxJaren,
// begrotingMinJaren}, with `_bron` and `aangenomen` as documentation.
Result<domain::ReserveplanTermijn> LeesReserveplan(const json& object, const std::string& pad) {
  if (!object.is_object()) {
    return Fail(ErrorCode::kInvalid, fmt::format("'{}' moet een object zijn.", pad), pad);
  }
  for (const auto& [key, waarde] : object.items()) {
    if (!IsCommentaar(key) && key != "aangenomen" && key != "vanafJaar" && key != "deadline" &&
        key != "maxJaren" && key != "begrotingMinJaren") {
      return std::unexpected(Onbekend(pad + "." + key).error());
    }
  }
  domain::ReserveplanTermijn t;
  PASSEND_ASSIGN_OR_RETURN(t.vanaf_jaar, LeesGetal(object, "vanafJaar", pad, 2014, 2100));
  PASSEND_ASSIGN_OR_RETURN(t.max_jaren, LeesGetal(object, "maxJaren", pad, 1, 10));
  PASSEND_ASSIGN_OR_RETURN(t.begroting_min_jaren,
                           LeesGetal(object, "begrotingMinJaren", pad, 1, 10));
  const std::string dpad = pad + ".deadline";
  if (!object.contains("deadline") || !object.at("deadline").is_object()) {
    return Fail(
        ErrorCode::kInvalid,
        fmt::format("'{}' moet een object met jarenNaJaarrekening, maand en dag zijn.", dpad),
        dpad);
  }
  const json& deadline = object.at("deadline");
  for (const auto& [key, waarde] : deadline.items()) {
    if (!IsCommentaar(key) && key != "jarenNaJaarrekening" && key != "maand" && key != "dag") {
      return std::unexpected(Onbekend(dpad + "." + key).error());
    }
  }
  PASSEND_ASSIGN_OR_RETURN(t.deadline_jaren_na,
                           LeesGetal(deadline, "jarenNaJaarrekening", dpad, 0, 5));
  PASSEND_ASSIGN_OR_RETURN(t.deadline_maand, LeesGetal(deadline, "maand", dpad, 1, 12));
  PASSEND_ASSIGN_OR_RETURN(t.deadline_dag, LeesGetal(deadline, "dag", dpad, 1, 31));
  return t;
}

}  // namespace

Result<const Schooljaarbedragen*> BekostigingConfig::Schooljaar(int start_jaar) const {
  const auto gevonden = schooljaren.find(start_jaar);
  if (gevonden == schooljaren.end()) {
    const std::string label = domain::SchoolYear(start_jaar).Label();
    return Fail(
        ErrorCode::kRegel,
        fmt::format("Voor schooljaar {} staan geen normbedragen in config/bekostiging.json. "
                    "Vul de bedragen uit de Regeling bekostiging in.",
                    label),
        "jaar");
  }
  return &gevonden->second;
}

Cents BekostigingConfig::Verevening(const std::string& swv, int start_jaar) const {
  const auto per_swv = verevening.find(swv);
  if (per_swv == verevening.end()) return Cents(0);
  const auto bedrag = per_swv->second.find(start_jaar);
  return bedrag == per_swv->second.end() ? Cents(0) : bedrag->second;
}

Result<BekostigingConfig> ParseBekostiging(std::string_view json_text) {
  const json root = json::parse(json_text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Fail(ErrorCode::kInvalid, "config/bekostiging.json is geen geldig JSON-object.");
  }
  BekostigingConfig config;
  for (const auto& [key, waarde] : root.items()) {
    if (IsCommentaar(key)) continue;
    if (key == "signaleringswaarde") {
      PASSEND_ASSIGN_OR_RETURN(config.reserve_demo, LeesDemo(waarde, key));
      for (const auto& [sub, v] : waarde.items()) {
        if (!IsCommentaar(sub) && sub != "demo" && sub != "teller" && sub != "noemer" &&
            sub != "minimumCent") {
          return std::unexpected(Onbekend(key + "." + sub).error());
        }
      }
      PASSEND_ASSIGN_OR_RETURN(const Cents teller, LeesCent(waarde, "teller", key));
      PASSEND_ASSIGN_OR_RETURN(const Cents noemer, LeesCent(waarde, "noemer", key));
      if (noemer == Cents(0)) {
        return Fail(ErrorCode::kInvalid, "'signaleringswaarde.noemer' moet groter dan 0 zijn.",
                    "signaleringswaarde.noemer");
      }
      config.reserve.teller = teller.value();
      config.reserve.noemer = noemer.value();
      PASSEND_ASSIGN_OR_RETURN(config.reserve.minimum, LeesCent(waarde, "minimumCent", key));
    } else if (key == "schooljaren") {
      for (const auto& [label, jaar] : waarde.items()) {
        if (IsCommentaar(label)) continue;
        const std::string pad = key + "." + label;
        auto schooljaar = domain::SchoolYear::Parse(label);
        if (!schooljaar || !jaar.is_object()) {
          return Fail(ErrorCode::kInvalid,
                      fmt::format("'{}' is geen schooljaar zoals 2019-2020 met een object.", pad),
                      pad);
        }
        Schooljaarbedragen bedragen;
        PASSEND_ASSIGN_OR_RETURN(bedragen.demo, LeesDemo(jaar, pad));
        for (const auto& [sub, v] : jaar.items()) {
          if (!IsCommentaar(sub) && sub != "demo" && sub != "po" && sub != "vo") {
            return std::unexpected(Onbekend(pad + "." + sub).error());
          }
        }
        if (!jaar.contains("po") || !jaar.contains("vo")) {
          return Fail(ErrorCode::kInvalid, fmt::format("'{}' heeft 'po' en 'vo' nodig.", pad), pad);
        }
        PASSEND_ASSIGN_OR_RETURN(bedragen.po, LeesSector(jaar.at("po"), pad + ".po"));
        PASSEND_ASSIGN_OR_RETURN(bedragen.vo, LeesSector(jaar.at("vo"), pad + ".vo"));
        config.schooljaren[schooljaar->start_year()] = std::move(bedragen);
      }
    } else if (key == "verevening") {
      PASSEND_ASSIGN_OR_RETURN(config.verevening_demo, LeesDemo(waarde, key));
      for (const auto& [sub, v] : waarde.items()) {
        if (!IsCommentaar(sub) && sub != "demo" && sub != "per") {
          return std::unexpected(Onbekend(key + "." + sub).error());
        }
      }
      const json per = waarde.contains("per") ? waarde.at("per") : json::object();
      for (const auto& [swv, jaren] : per.items()) {
        if (IsCommentaar(swv)) continue;
        const std::string pad = key + ".per." + swv;
        if (!jaren.is_object()) {
          return Fail(ErrorCode::kInvalid,
                      fmt::format("'{}' moet een object per schooljaar zijn.", pad), pad);
        }
        for (const auto& [label, bedrag] : jaren.items()) {
          auto schooljaar = domain::SchoolYear::Parse(label);
          if (!schooljaar) {
            return Fail(ErrorCode::kInvalid,
                        fmt::format("'{}.{}' is geen schooljaar zoals 2019-2020.", pad, label),
                        pad + "." + label);
          }
          PASSEND_ASSIGN_OR_RETURN(config.verevening[swv][schooljaar->start_year()],
                                   LeesCent(jaren, label, pad, true));
        }
      }
    } else if (key == "reserveplan") {
      PASSEND_ASSIGN_OR_RETURN(config.reserveplan, LeesReserveplan(waarde, key));
    } else {
      return std::unexpected(Onbekend(key).error());
    }
  }
  return config;
}

Result<BekostigingConfig> LeesBekostiging(const std::string& pad) {
  std::ifstream in(pad);
  if (!in) return BekostigingConfig{};
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  auto config = ParseBekostiging(text);
  if (!config) {
    return Fail(ErrorCode::kInvalid, pad + ": " + config.error().message, config.error().field);
  }
  return config;
}

}  // namespace passend::app
