#include "app/config.h"

#include <fmt/format.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

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
    if (key != "sessie" && key != "zorgplicht" && key != "gpo" && key != "verzuim" &&
        key != "vrijstelling" && key != "tlv" && key != "opp" && key.rfind('_', 0) != 0) {
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
  auto& v = config.verzuim;
  PASSEND_RETURN_IF_ERROR(
      ReadSection(root, "verzuim",
                  {{"langdurigRelatiefLesweken", [&](int n) { v.langdurig_relatief_lesweken = n; }},
                   {"consulentLesweken", [&](int n) { v.consulent_lesweken = n; }},
                   {"maxThuisMaanden", [&](int n) { v.max_thuis_maanden = n; }},
                   {"signaalDagen", [&](int n) { v.signaal_dagen = n; }}}));
  // Leerplichtwet art. 7 (domain/vrijstelling.h): the exemption 5 onder a's term and reminder.
  auto& vr = config.vrijstelling;
  PASSEND_RETURN_IF_ERROR(
      ReadSection(root, "vrijstelling",
                  {{"geldigMaanden", [&](int n) { vr.geldig_maanden = n; }},
                   {"herinneringDagen", [&](int n) { vr.herinnering_dagen = n; }},
                   {"adviesGeldigMaanden", [&](int n) { vr.advies_geldig_maanden = n; }}}));
  // domain.md §3.3 and issue 7: the committee's term, the objection term (Awb: 6 weeks), the
  // renewal reminder and the count date (1 October).
  auto& t = config.tlv;
  PASSEND_RETURN_IF_ERROR(
      ReadSection(root, "tlv",
                  {{"beslisDagen", [&](int n) { t.beslis_dagen = n; }},
                   {"bezwaarDagen", [&](int n) { t.bezwaar_dagen = n; }},
                   {"signaalDagen", [&](int n) { t.signaal_dagen = n; }},
                   {"teldatumMaand", [&](int n) { config.tlv_teldatum_maand = n; }},
                   {"teldatumDag", [&](int n) { config.tlv_teldatum_dag = n; }}}));
  // WPO art. 40a, WEC art. 41a, WVO art. 26: the OPP within 6 weeks after placement, and
  // evaluated with the parents at least yearly (domain.md §3.4).
  auto& o = config.opp;
  PASSEND_RETURN_IF_ERROR(
      ReadSection(root, "opp",
                  {{"vaststellenWeken", [&](int n) { o.vaststellen_weken = n; }},
                   {"evaluatieMaanden", [&](int n) { o.evaluatie_maanden = n; }}}));
  if (config.tlv_teldatum_maand > 12 ||
      !domain::Date{std::chrono::year{2001}, std::chrono::month(config.tlv_teldatum_maand),
                    std::chrono::day(config.tlv_teldatum_dag)}
           .ok()) {
    return Fail(ErrorCode::kInvalid,
                "'tlv.teldatumMaand' en 'tlv.teldatumDag' vormen samen geen datum.",
                "tlv.teldatumDag");
  }
  if (s.absoluut < s.idle) {
    return Fail(ErrorCode::kInvalid,
                "'sessie.absoluutUren' moet minstens zo lang zijn als 'sessie.inactiefMinuten'.",
                "sessie.absoluutUren");
  }
  return config;
}

const domain::Schoolvakanties& Vakantiekalender::Regio(domain::Vakantieregio regio) const {
  static const domain::Schoolvakanties kGeen;
  auto it = regios.find(regio);
  return it == regios.end() ? kGeen : it->second;
}

namespace {

bool IsComment(const std::string& key) { return !key.empty() && key[0] == '_'; }

Result<domain::Date> ReadDate(const json& object, const std::string& key, const std::string& pad) {
  const std::string name = pad + "." + key;
  if (!object.contains(key) || !object.at(key).is_string()) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("'{}' ontbreekt; schrijf de datum als JJJJ-MM-DD.", name), name);
  }
  auto date = domain::ParseIsoDate(object.at(key).get<std::string>());
  if (!date)
    return Fail(ErrorCode::kInvalid, fmt::format("'{}': {}", name, date.error().message), name);
  return *date;
}

}  // namespace

Result<Vakantiekalender> ParseVakanties(std::string_view json_text) {
  const json root = json::parse(json_text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Fail(ErrorCode::kInvalid, "Het vakantiebestand is geen geldig JSON-object.");
  }
  constexpr domain::Vakantieregio kRegios[] = {
      domain::Vakantieregio::kNoord, domain::Vakantieregio::kMidden, domain::Vakantieregio::kZuid};
  Vakantiekalender kalender;
  std::map<domain::Vakantieregio, std::vector<domain::Schoolvakantie>> per_regio;
  for (const auto& [jaar_key, jaar_value] : root.items()) {
    if (IsComment(jaar_key)) continue;
    auto jaar = domain::SchoolYear::Parse(jaar_key);
    if (!jaar || jaar->Label() != jaar_key) {
      return Fail(
          ErrorCode::kInvalid,
          fmt::format("Onbekende sleutel '{}': verwacht een schooljaar zoals 2025-2026.", jaar_key),
          jaar_key);
    }
    if (!jaar_value.is_object()) {
      return Fail(ErrorCode::kInvalid, fmt::format("'{}' moet een object zijn.", jaar_key),
                  jaar_key);
    }
    Vakantiejaar vakantiejaar{*jaar, VakantieStatus::kVoorbeeld};
    const std::string status_key = jaar_key + ".status";
    const std::string status = jaar_value.contains("status") && jaar_value.at("status").is_string()
                                   ? jaar_value.at("status").get<std::string>()
                                   : std::string();
    if (status == "gepubliceerd") {
      vakantiejaar.status = VakantieStatus::kGepubliceerd;
    } else if (status != "voorbeeld") {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("'{}' moet 'gepubliceerd' of 'voorbeeld' zijn.", status_key),
                  status_key);
    }
    for (const auto& [naam, vakantie] : jaar_value.items()) {
      if (IsComment(naam) || naam == "status") continue;
      const std::string pad = jaar_key + "." + naam;
      if (!vakantie.is_object()) {
        return Fail(ErrorCode::kInvalid,
                    fmt::format("'{}' moet per regio (noord, midden, zuid) de data geven.", pad),
                    pad);
      }
      for (const auto& item : vakantie.items()) {
        const std::string& regio_key = item.key();
        if (IsComment(regio_key)) continue;
        if (!domain::ParseVakantieregio(regio_key)) {
          const std::string name = pad + "." + regio_key;
          return Fail(ErrorCode::kInvalid,
                      fmt::format("Onbekende regio '{}'; kies noord, midden of zuid.", name), name);
        }
      }
      for (domain::Vakantieregio regio : kRegios) {
        const std::string regio_pad = pad + "." + std::string(domain::VakantieregioCode(regio));
        if (!vakantie.contains(domain::VakantieregioCode(regio)) ||
            !vakantie.at(domain::VakantieregioCode(regio)).is_object()) {
          return Fail(
              ErrorCode::kInvalid,
              fmt::format("'{}' ontbreekt: geef van en totEnMet voor elke regio.", regio_pad),
              regio_pad);
        }
        const json& periode = vakantie.at(domain::VakantieregioCode(regio));
        PASSEND_ASSIGN_OR_RETURN(const domain::Date van, ReadDate(periode, "van", regio_pad));
        PASSEND_ASSIGN_OR_RETURN(const domain::Date tot, ReadDate(periode, "totEnMet", regio_pad));
        if (tot < van) {
          return Fail(ErrorCode::kInvalid,
                      fmt::format("'{}.totEnMet' ligt vóór '{}.van'.", regio_pad, regio_pad),
                      regio_pad + ".totEnMet");
        }
        // A holiday belongs to the school year it starts in; the summer holiday may run into
        // the next one.
        if (!jaar->Contains(van)) {
          return Fail(ErrorCode::kInvalid,
                      fmt::format("'{}.van' valt niet in schooljaar {}.", regio_pad, jaar_key),
                      regio_pad + ".van");
        }
        per_regio[regio].push_back(domain::Schoolvakantie{naam + " " + jaar_key, van, tot});
      }
    }
    kalender.jaren.push_back(vakantiejaar);
  }
  for (auto& [regio, vakanties] : per_regio) {
    auto lijst = domain::Schoolvakanties::Create(std::move(vakanties));
    if (!lijst) {
      const std::string name(domain::VakantieregioCode(regio));
      return Fail(ErrorCode::kInvalid, fmt::format("Regio {}: {}", name, lijst.error().message),
                  name);
    }
    kalender.regios.emplace(regio, std::move(*lijst));
  }
  return kalender;
}

}  // namespace passend::app
