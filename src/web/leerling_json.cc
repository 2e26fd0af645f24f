#include "web/leerling_json.h"

namespace passend::web {

using nlohmann::json;

json ToJson(const app::LeerlingOverzicht& l) {
  return json{
      {"id", l.id.value},
      {"voornaam", l.voornaam},
      {"tussenvoegsel", l.tussenvoegsel},
      {"achternaam", l.achternaam},
      {"geboortedatum", domain::FormatIsoDate(l.geboortedatum)},
      {"school", l.school.empty() ? json(nullptr) : json(l.school)},
      {"schoolNaam", l.school_naam},
      {"samenwerkingsverband", l.swv.empty() ? json(nullptr) : json(l.swv)},
      {"woongemeente", {{"code", l.woongemeente}, {"naam", l.woongemeente_naam}}},
      {"_links", {{"self", {{"href", "/api/v1/leerlingen/" + std::to_string(l.id.value)}}}}}};
}

json ToJson(const app::LeerlingInzicht& inzicht) {
  const auto& d = inzicht.dossier;
  const auto& l = d.record.leerling;
  json verzorgers = json::array();
  for (const auto& v : l.verzorgers) {
    verzorgers.push_back(
        {{"naam", v.naam}, {"relatie", v.relatie}, {"telefoon", v.telefoon}, {"email", v.email}});
  }
  json inschrijvingen = json::array();
  for (const auto& regel : d.inschrijvingen) {
    const auto& i = regel.inschrijving;
    inschrijvingen.push_back(
        {{"school", i.school.str()},
         {"schoolNaam", regel.school_naam},
         {"van", domain::FormatIsoDate(i.van)},
         {"tot", i.tot ? json(domain::FormatIsoDate(*i.tot)) : json(nullptr)}});
  }
  const std::string self = "/api/v1/leerlingen/" + std::to_string(l.id.value);
  return json{{"id", l.id.value},
              {"voornaam", l.voornaam},
              {"tussenvoegsel", l.tussenvoegsel},
              {"achternaam", l.achternaam},
              {"geboortedatum", domain::FormatIsoDate(l.geboortedatum)},
              {"geslacht", domain::GeslachtCode(l.geslacht)},
              {"bsn", inzicht.bsn_gemaskeerd},
              {"postcode", l.postcode.str()},
              {"woongemeente", {{"code", l.woongemeente.str()}, {"naam", d.gemeente_naam}}},
              {"school", d.plaats.school.empty() ? json(nullptr) : json(d.plaats.school)},
              {"schoolNaam", d.school_naam},
              {"samenwerkingsverband", d.plaats.swv.empty() ? json(nullptr) : json(d.plaats.swv)},
              {"verzorgers", std::move(verzorgers)},
              {"inschrijvingen", std::move(inschrijvingen)},
              {"_links",
               {{"self", {{"href", self}}},
                {"audit", {{"href", "/api/v1/audit?leerling=" + std::to_string(l.id.value)}}}}}};
}

json ToJson(const app::AuditEntry& e) {
  return json{{"tijdstip", domain::FormatIsoTimestamp(e.at)},
              {"gebruiker", e.actor.gebruiker},
              {"rol", e.actor.rol},
              {"organisatie", e.actor.organisatie},
              {"clientAdres", e.actor.client},
              {"leerling", e.leerling.value},
              {"actie", e.actie},
              {"wat", e.wat}};
}

json ToJson(const app::Account& a) {
  json kinderen = json::array();
  for (const auto& k : a.kinderen) kinderen.push_back(k.value);
  return json{{"id", a.id},
              {"gebruikersnaam", a.gebruikersnaam},
              {"rol", domain::RolCode(a.rol)},
              {"organisatie", a.organisatie},
              {"aantalLeerlingen", kinderen.size()},
              {"aangemaakt", domain::FormatIsoTimestamp(a.aangemaakt)}};
}

json ToJson(const app::Principal& p) {
  return json{{"gebruikersnaam", p.gebruikersnaam},
              {"rol", domain::RolCode(p.rol)},
              {"rolNaam", domain::RolNaam(p.rol)},
              {"organisatie", p.organisatie}};
}

}  // namespace passend::web
