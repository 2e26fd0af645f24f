#include "web/geschil_json.h"

#include <fmt/format.h>

#include "app/verzuim_instellingen_json.h"
#include "web/json_fields.h"

namespace passend::web {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

json SteunpuntJson(const domain::Steunpunt& s) {
  return {{"naam", s.naam}, {"telefoon", s.telefoon}, {"email", s.email}, {"website", s.website}};
}

json LadderStapJson(const domain::LadderStap& stap) {
  return {{"code", stap.code}, {"naam", stap.naam}, {"termijnDagen", stap.termijn_dagen}};
}

std::string NaamVan(const std::vector<domain::LadderStap>& ladder, const std::string& code) {
  for (const auto& stap : ladder) {
    if (stap.code == code) return stap.naam;
  }
  return code;
}

Result<std::vector<domain::LadderStap>> ParseLadder(const json& body) {
  if (!body.contains("ladder") || body["ladder"].is_null()) return domain::StandaardLadder();
  if (!body["ladder"].is_array()) {
    return Fail(ErrorCode::kInvalid, "ladder moet een lijst van stappen zijn.", "ladder");
  }
  std::vector<domain::LadderStap> ladder;
  for (const json& item : body["ladder"]) {
    if (!item.is_object()) {
      return Fail(ErrorCode::kInvalid, "Elke stap van de ladder heeft code, naam en termijnDagen.",
                  "ladder");
    }
    domain::LadderStap stap;
    PASSEND_ASSIGN_OR_RETURN(stap.code, JsonText(item, "code", true));
    PASSEND_ASSIGN_OR_RETURN(stap.naam, JsonText(item, "naam", true));
    PASSEND_ASSIGN_OR_RETURN(auto termijn, JsonInt(item, "termijnDagen"));
    if (termijn && (*termijn < 0 || *termijn > 3650)) {
      return Fail(ErrorCode::kInvalid,
                  "termijnDagen ligt tussen 0 (geen vaste termijn) en 3650 dagen.", "ladder");
    }
    stap.termijn_dagen = static_cast<int>(termijn.value_or(0));
    ladder.push_back(std::move(stap));
  }
  return ladder;
}

}  // namespace

Result<app::NieuwGeschil> ParseNieuwGeschil(const json& body) {
  app::NieuwGeschil n;
  PASSEND_ASSIGN_OR_RETURN(auto onderwerp, JsonText(body, "onderwerp", true));
  PASSEND_ASSIGN_OR_RETURN(n.onderwerp, domain::ParseOnderwerp(onderwerp));
  PASSEND_ASSIGN_OR_RETURN(n.aanmelding, JsonInt(body, "aanmelding"));
  PASSEND_ASSIGN_OR_RETURN(auto leerling, JsonInt(body, "leerling"));
  if (leerling) n.leerling = domain::LeerlingId{*leerling};
  if (!n.aanmelding && !n.leerling) {
    return Fail(ErrorCode::kInvalid,
                "Geef de aanmelding (id) of de leerling (id) op waarover het geschil gaat.",
                "aanmelding");
  }
  PASSEND_ASSIGN_OR_RETURN(n.besluitdatum, JsonDate(body, "besluitdatum"));
  PASSEND_ASSIGN_OR_RETURN(n.omschrijving, JsonText(body, "omschrijving", false));
  return n;
}

Result<app::NieuweStap> ParseNieuweStap(const json& body, domain::Date vandaag) {
  app::NieuweStap s;
  PASSEND_ASSIGN_OR_RETURN(s.stap, JsonText(body, "stap", true));
  PASSEND_ASSIGN_OR_RETURN(auto start, JsonDate(body, "start"));
  s.start = start.value_or(vandaag);
  PASSEND_ASSIGN_OR_RETURN(s.eigenaar, JsonText(body, "eigenaar", true));
  return s;
}

Result<app::StapAfronding> ParseAfronding(const json& body, domain::Date vandaag) {
  app::StapAfronding a;
  PASSEND_ASSIGN_OR_RETURN(auto einde, JsonDate(body, "einde"));
  a.einde = einde.value_or(vandaag);
  PASSEND_ASSIGN_OR_RETURN(a.uitkomst, JsonText(body, "uitkomst", true));
  return a;
}

json ToJson(const app::GeschilInzicht& inzicht) {
  const app::GeschilRecord& g = inzicht.overzicht.geschil;
  const domain::Geschil& regels = inzicht.geschil;
  json ladder = json::array();
  for (const auto& stap : g.ladder) ladder.push_back(LadderStapJson(stap));
  json stappen = json::array();
  int volgnummer = 0;
  for (const auto& stap : regels.Stappen()) {
    ++volgnummer;
    stappen.push_back(
        {{"volgnummer", volgnummer},
         {"stap", stap.code},
         {"naam", NaamVan(g.ladder, stap.code)},
         {"start", domain::FormatIsoDate(stap.start)},
         {"eigenaar", stap.eigenaar},
         {"termijnDagen", stap.termijn_dagen},
         {"uiterlijk", stap.termijn_dagen > 0 ? json(domain::FormatIsoDate(domain::AddDays(
                                                    stap.start, stap.termijn_dagen)))
                                              : json(nullptr)},
         {"einde", DateOrNull(stap.einde)},
         {"uitkomst", stap.uitkomst.empty() ? json(nullptr) : json(stap.uitkomst)}});
  }
  json gpo = json::object();
  gpo["indienenUiterlijk"] = g.besluitdatum ? json(domain::FormatIsoDate(domain::AddDays(
                                                  *g.besluitdatum, regels.Gpo().indienen_dagen)))
                                            : json(nullptr);
  gpo["verweerUiterlijk"] = DateOrNull(regels.VerweerUiterlijk());
  const domain::Stap* huidig = regels.HuidigeStap();
  gpo["oordeelUiterlijk"] = huidig != nullptr && huidig->code == domain::kGpoStap
                                ? DateOrNull(regels.UiterlijkeDatum())
                                : json(nullptr);
  const std::string self = "/api/v1/geschillen/" + std::to_string(g.id);
  return json{{"id", g.id},
              {"onderwerp", std::string(domain::OnderwerpCode(g.onderwerp))},
              {"leerling", {{"id", g.leerling.value}, {"naam", inzicht.overzicht.leerling_naam}}},
              {"school", {{"code", g.school.str()}, {"naam", inzicht.overzicht.school_naam}}},
              {"swv", g.swv.empty() ? json(nullptr) : json(g.swv)},
              {"aanmelding", g.aanmelding ? json(*g.aanmelding) : json(nullptr)},
              {"besluitdatum", DateOrNull(g.besluitdatum)},
              {"omschrijving", g.omschrijving},
              {"geopendOp", domain::FormatIsoDate(g.geopend_op)},
              {"ladder", ladder},
              {"stappen", stappen},
              {"huidigeStap", stappen.empty() ? json(nullptr) : stappen.back()},
              {"volgendeStap",
               inzicht.volgende_stap ? LadderStapJson(*inzicht.volgende_stap) : json(nullptr)},
              {"uitersteDatum", DateOrNull(regels.UiterlijkeDatum())},
              {"termijnVerstreken", inzicht.termijn_verstreken},
              {"gpo", gpo},
              {"steunpunt", SteunpuntJson(inzicht.steunpunt)},
              {"_links", {{"self", {{"href", self}}}, {"stappen", {{"href", self + "/stappen"}}}}}};
}

Result<domain::SwvInstellingen> ParseSwvInstellingen(const json& body) {
  domain::SwvInstellingen i;
  PASSEND_ASSIGN_OR_RETURN(auto meldingsplicht, JsonFlag(body, "meldingsplicht", true));
  PASSEND_ASSIGN_OR_RETURN(auto centraal, JsonFlag(body, "centraalAanmeldpunt", true));
  i.meldingsplicht = *meldingsplicht;
  i.centraal_aanmeldpunt = *centraal;
  PASSEND_ASSIGN_OR_RETURN(i.ladder, ParseLadder(body));
  if (body.contains("steunpunt") && !body["steunpunt"].is_null()) {
    const json& s = body["steunpunt"];
    if (!s.is_object()) {
      return Fail(ErrorCode::kInvalid,
                  "steunpunt heeft naam, telefoon, email en website (alle optioneel).",
                  "steunpunt");
    }
    PASSEND_ASSIGN_OR_RETURN(i.steunpunt.naam, JsonText(s, "naam", false));
    PASSEND_ASSIGN_OR_RETURN(i.steunpunt.telefoon, JsonText(s, "telefoon", false));
    PASSEND_ASSIGN_OR_RETURN(i.steunpunt.email, JsonText(s, "email", false));
    PASSEND_ASSIGN_OR_RETURN(i.steunpunt.website, JsonText(s, "website", false));
  }
  if (body.contains("verzuim") && !body["verzuim"].is_null()) {
    PASSEND_ASSIGN_OR_RETURN(i.verzuim, app::ParseVerzuimInstellingen(body["verzuim"]));
  }
  return i;
}

json ToJson(const domain::SwvInstellingen& instellingen) {
  json ladder = json::array();
  for (const auto& stap : instellingen.ladder) ladder.push_back(LadderStapJson(stap));
  return json{{"meldingsplicht", instellingen.meldingsplicht},
              {"centraalAanmeldpunt", instellingen.centraal_aanmeldpunt},
              {"ladder", ladder},
              {"steunpunt", SteunpuntJson(instellingen.steunpunt)},
              {"verzuim", app::VerzuimInstellingenJson(instellingen.verzuim)}};
}

}  // namespace passend::web
