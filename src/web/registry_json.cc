#include "web/registry_json.h"

namespace passend::web {

nlohmann::json ToJson(const app::SwvOverzicht& overzicht) {
  const auto& swv = overzicht.swv;
  nlohmann::json gemeenten = nlohmann::json::array();
  for (const auto& code : swv.gemeenten) gemeenten.push_back(code.str());
  const std::string self = "/api/v1/samenwerkingsverbanden/" + swv.code.str();
  return nlohmann::json{{"code", swv.code.str()},
                        {"naam", swv.naam},
                        {"sector", domain::SectorCode(swv.sector())},
                        {"gemeenten", std::move(gemeenten)},
                        {"aantalScholen", overzicht.aantal_scholen},
                        {"aantalLeerlingen", overzicht.aantal_leerlingen},
                        {"_links",
                         {{"self", {{"href", self}}},
                          {"scholen", {{"href", "/api/v1/scholen?swv=" + swv.code.str()}}}}}};
}

nlohmann::json ToJson(const app::SchoolOverzicht& overzicht) {
  const auto& school = overzicht.school;
  nlohmann::json links{{"self", {{"href", "/api/v1/scholen/" + school.code.str()}}}};
  if (school.swv) {
    links["samenwerkingsverband"] = {
        {"href", "/api/v1/samenwerkingsverbanden/" + school.swv->str()}};
  }
  return nlohmann::json{
      {"code", school.code.str()},
      {"brin", school.code.brin().str()},
      {"naam", school.naam},
      {"soort", domain::SchoolSoortCode(school.soort)},
      {"cluster", school.cluster ? nlohmann::json(*school.cluster) : nlohmann::json(nullptr)},
      {"adres",
       {{"straat", school.adres.straat},
        {"huisnummer", school.adres.huisnummer},
        {"postcode", school.adres.postcode.str()},
        {"plaats", school.adres.plaats}}},
      {"gemeente", {{"code", school.gemeente.str()}, {"naam", overzicht.gemeente_naam}}},
      {"positie", {{"lat", school.positie.lat}, {"lon", school.positie.lon}}},
      {"bestuur", {{"code", school.bestuur}, {"naam", overzicht.bestuur_naam}}},
      {"samenwerkingsverband",
       school.swv ? nlohmann::json(school.swv->str()) : nlohmann::json(nullptr)},
      {"aantalLeerlingen", overzicht.aantal_leerlingen},
      {"_links", std::move(links)}};
}

}  // namespace passend::web
