#include "app/geschil_events.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace passend::app {

using nlohmann::json;

namespace {

json DatumOfNull(const std::optional<domain::Date>& date) {
  return date ? json(domain::FormatIsoDate(*date)) : json(nullptr);
}

std::string RungNaam(const std::vector<domain::LadderStap>& ladder, const std::string& code) {
  for (const auto& rung : ladder) {
    if (rung.code == code) return rung.naam;
  }
  return code;
}

}  // namespace

std::string GeschilSubject(int64_t id) { return "geschil/" + std::to_string(id); }

std::string GeschilLink(int64_t id) { return "/geschillen/" + std::to_string(id); }

std::string SwvInstellingenSubject(const std::string& swv) { return std::string("swv/") + swv; }

std::string GeopendPayload(const GeschilRecord& record) {
  return json{{"onderwerp", std::string(domain::OnderwerpCode(record.onderwerp))},
              {"leerling", record.leerling.value},
              {"school", record.school.str()},
              {"aanmelding", record.aanmelding ? json(*record.aanmelding) : json(nullptr)},
              {"besluitdatum", DatumOfNull(record.besluitdatum)}}
      .dump();
}

std::string InGeschilPayload(int64_t geschil) { return json{{"geschil", geschil}}.dump(); }

std::string StapGestartPayload(const domain::Geschil& g) {
  const domain::Stap& s = *g.HuidigeStap();
  json payload{{"stap", s.code},
               {"volgnummer", g.Stappen().size()},
               {"start", domain::FormatIsoDate(s.start)},
               {"eigenaar", s.eigenaar},
               {"termijnDagen", s.termijn_dagen},
               {"uiterlijk", DatumOfNull(g.UiterlijkeDatum())}};
  if (auto verweer = g.VerweerUiterlijk()) {
    payload["verweerUiterlijk"] = domain::FormatIsoDate(*verweer);
  }
  return payload.dump();
}

std::string StapAfgerondPayload(const domain::Geschil& g) {
  const domain::Stap& s = *g.HuidigeStap();
  return json{{"stap", s.code},
              {"volgnummer", g.Stappen().size()},
              {"einde", domain::FormatIsoDate(*s.einde)},
              {"uitkomst", s.uitkomst}}
      .dump();
}

// What the parents read about a step that started or closed (berichten).
std::pair<std::string, std::string> StapBericht(const domain::Geschil& g) {
  const domain::Stap& s = *g.HuidigeStap();
  const std::string naam = RungNaam(g.Ladder(), s.code);
  if (s.einde) {
    return {"Geschil: stap afgerond",
            "De stap \"" + naam + "\" is afgerond op " + domain::FormatDutchDate(*s.einde) +
                ". Uitkomst: " + s.uitkomst +
                ". Bent u het er niet mee eens, dan kunt u de volgende stap zetten."};
  }
  std::string tekst = "De stap \"" + naam + "\" is gestart op " + domain::FormatDutchDate(s.start) +
                      ". Deze stap wordt behandeld door " + s.eigenaar + ".";
  if (auto uiterlijk = g.UiterlijkeDatum()) {
    tekst += " U hoort uiterlijk " + domain::FormatDutchDate(*uiterlijk) + " meer.";
  }
  return {"Geschil: nieuwe stap", tekst};
}

std::string SwvInstellingenPayload(const domain::SwvInstellingen& instellingen) {
  json ladder = json::array();
  for (const auto& stap : instellingen.ladder) {
    ladder.push_back({{"code", stap.code}, {"termijnDagen", stap.termijn_dagen}});
  }
  return json{{"meldingsplicht", instellingen.meldingsplicht},
              {"centraalAanmeldpunt", instellingen.centraal_aanmeldpunt},
              {"ladder", ladder},
              {"steunpunt", instellingen.steunpunt.naam}}
      .dump();
}

}  // namespace passend::app
