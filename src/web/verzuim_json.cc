#include "web/verzuim_json.h"

#include "web/json_fields.h"

namespace passend::web {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

json Signalen(const domain::VerzuimStatus& status) {
  json signalen = json::array();
  for (auto s : status.signalen) signalen.push_back(std::string(domain::VerzuimSignaalCode(s)));
  return signalen;
}

json VrijstellingJson(const std::optional<domain::VrijstellingStatus>& status) {
  if (!status) return nullptr;
  json signalen = json::array();
  for (auto s : status->signalen) {
    signalen.push_back(std::string(domain::VrijstellingSignaalCode(s)));
  }
  return json{{"artsverklaring", domain::FormatIsoDate(status->artsverklaring)},
              {"geldigTotEnMet", domain::FormatIsoDate(status->geldig_tot_en_met)},
              {"verlengenVoor", domain::FormatIsoDate(status->verlengen_voor)},
              {"signalen", std::move(signalen)}};
}

json DoorbrakenJson(const std::vector<domain::Doorbraak>& doorbraken) {
  json result = json::array();
  for (const auto& d : doorbraken) {
    result.push_back(
        {{"volgnummer", d.volgnummer},
         {"aangevraagdOp", domain::FormatIsoDate(d.aangevraagd_op)},
         {"aangevraagdDoor", d.aangevraagd_door},
         {"reden", d.reden},
         {"doorzettingsmacht",
          {{"houder", std::string(domain::DoorzettingsmachtCode(d.doorzettingsmacht.houder))},
           {"naam", d.doorzettingsmacht.naam}}},
         {"besluitOp", DateOrNull(d.besluit_op)},
         {"besluit", d.besluit_op ? json(d.besluit) : json(nullptr)},
         {"beslotenDoor", d.besluit_op ? json(d.besloten_door) : json(nullptr)}});
  }
  return result;
}

}  // namespace

Result<app::NieuweVerzuimmelding> ParseNieuweVerzuimmelding(const json& body) {
  app::NieuweVerzuimmelding nieuw;
  PASSEND_ASSIGN_OR_RETURN(nieuw.leerling, VerplichteLeerling(body));
  PASSEND_ASSIGN_OR_RETURN(auto type, JsonText(body, "type", true));
  PASSEND_ASSIGN_OR_RETURN(nieuw.type, AlsVeldfout(domain::ParseVerzuimType(type), "type"));
  PASSEND_ASSIGN_OR_RETURN(nieuw.startdatum,
                           VerplichteDatum(body, "startdatum", "de eerste dag van verzuim"));
  PASSEND_ASSIGN_OR_RETURN(auto school, JsonText(body, "school", false));
  if (!school.empty()) {
    PASSEND_ASSIGN_OR_RETURN(nieuw.school,
                             AlsVeldfout(domain::Vestigingscode::Parse(school), "school"));
  }
  PASSEND_ASSIGN_OR_RETURN(nieuw.artsverklaring, JsonDate(body, "artsverklaring"));
  return nieuw;
}

Result<DoorbraakVerzoek> ParseDoorbraakVerzoek(const json& body) {
  DoorbraakVerzoek verzoek;
  PASSEND_ASSIGN_OR_RETURN(verzoek.reden, JsonText(body, "reden", true));
  return verzoek;
}

Result<DoorbraakBesluit> ParseDoorbraakBesluit(const json& body) {
  DoorbraakBesluit besluit;
  PASSEND_ASSIGN_OR_RETURN(besluit.datum, JsonDate(body, "datum"));
  PASSEND_ASSIGN_OR_RETURN(besluit.besluit, JsonText(body, "besluit", true));
  PASSEND_ASSIGN_OR_RETURN(besluit.besloten_door, JsonText(body, "beslotenDoor", true));
  return besluit;
}

Result<AdviesVerzoek> ParseAdviesVerzoek(const json& body) {
  AdviesVerzoek verzoek;
  PASSEND_ASSIGN_OR_RETURN(verzoek.leerling, VerplichteLeerling(body));
  PASSEND_ASSIGN_OR_RETURN(verzoek.advies, JsonText(body, "advies", true));
  PASSEND_ASSIGN_OR_RETURN(verzoek.datum, JsonDate(body, "datum"));
  return verzoek;
}

json ToJson(const domain::Vrijstellingsadvies& advies) {
  return json{{"id", advies.id},
              {"leerling", advies.leerling.value},
              {"swv", advies.swv.str()},
              {"datum", domain::FormatIsoDate(advies.datum)},
              {"advies", advies.advies}};
}

Result<app::VerzuimEinde> ParseVerzuimEinde(const json& body) {
  app::VerzuimEinde einde;
  PASSEND_ASSIGN_OR_RETURN(einde.einddatum,
                           VerplichteDatum(body, "einddatum", "de eerste dag niet meer thuis"));
  PASSEND_ASSIGN_OR_RETURN(auto reden, JsonText(body, "reden", true));
  PASSEND_ASSIGN_OR_RETURN(einde.reden, AlsVeldfout(domain::ParseBeeindiging(reden), "reden"));
  PASSEND_ASSIGN_OR_RETURN(einde.toelichting, JsonText(body, "toelichting", false));
  return einde;
}

Result<domain::PassendAanbod> ParsePassendAanbod(const json& body) {
  domain::PassendAanbod aanbod;
  PASSEND_ASSIGN_OR_RETURN(aanbod.datum, VerplichteDatum(body, "datum", "de datum van het aanbod"));
  PASSEND_ASSIGN_OR_RETURN(aanbod.omschrijving, JsonText(body, "omschrijving", true));
  return aanbod;
}

json ToJson(const app::VerzuimInzicht& inzicht) {
  const auto& o = inzicht.overzicht;
  const auto& m = o.record.melding;
  const auto& s = inzicht.status;
  const std::string self = "/api/v1/verzuimmeldingen/" + std::to_string(m.id);
  json aanbod = nullptr;
  if (m.aanbod) {
    aanbod = {{"datum", domain::FormatIsoDate(m.aanbod->datum)},
              {"omschrijving", m.aanbod->omschrijving}};
  }
  return json{
      {"id", m.id},
      {"leerling", m.leerling.value},
      {"leerlingNaam", o.leerling_naam},
      {"type", std::string(domain::VerzuimTypeCode(m.type))},
      {"gemeente", m.gemeente.str()},
      {"school", m.school ? json(m.school->str()) : json(nullptr)},
      {"schoolNaam", m.school ? json(o.school_naam) : json(nullptr)},
      {"swv", m.swv.str()},
      {"startdatum", domain::FormatIsoDate(m.startdatum)},
      {"einddatum", DateOrNull(m.einddatum)},
      {"redenEinde",
       m.reden_einde ? json(std::string(domain::BeeindigingCode(*m.reden_einde))) : json(nullptr)},
      {"toelichtingEinde", m.toelichting_einde},
      {"aanbod", aanbod},
      {"overgedragenOp", DateOrNull(o.record.overgedragen_op)},
      {"loopt", s.loopt},
      {"thuiszitter", s.thuiszitter},
      {"dagenThuis", s.dagen_thuis},
      {"thuiszitterVanaf", DateOrNull(s.thuiszitter_vanaf)},
      {"consulentVanaf", DateOrNull(s.consulent_vanaf)},
      {"drieMaandenVanaf", DateOrNull(s.drie_maanden_vanaf)},
      {"langerDanDrieMaanden", s.langer_dan_drie_maanden},
      {"signalen", Signalen(s)},
      {"artsverklaring", DateOrNull(m.artsverklaring)},
      {"advies", m.advies ? json(*m.advies) : json(nullptr)},
      {"vrijstelling", VrijstellingJson(inzicht.vrijstelling)},
      {"doorbraken", DoorbrakenJson(o.record.doorbraken)},
      {"waarschuwingen", inzicht.waarschuwingen},
      {"_links",
       {{"self", {{"href", self}}},
        {"leerling", {{"href", "/api/v1/leerlingen/" + std::to_string(m.leerling.value)}}}}}};
}

json ToJson(const domain::Thuiszittertelling& t) {
  return json{{"thuiszitters", t.thuiszitters},
              {"absoluutVerzuim", t.absoluut_verzuim},
              {"langdurigRelatiefVerzuim", t.langdurig_relatief_verzuim},
              {"langerDanVierWeken", t.langer_dan_vier_weken},
              {"langerDanDrieMaanden", t.langer_dan_drie_maanden},
              {"zonderAanbod", t.zonder_aanbod},
              {"ziek", t.ziek},
              {"vrijstellingen", t.vrijstellingen},
              {"relatiefVerzuim", t.relatief_verzuim}};
}

json ToJson(const app::ThuiszittersOverzicht& overzicht) {
  json thuiszitters = json::array();
  for (const auto& t : overzicht.thuiszitters) thuiszitters.push_back(ToJson(t));
  const std::string self = "/api/v1/samenwerkingsverbanden/" + overzicht.swv + "/thuiszitters";
  return json{{"swv", overzicht.swv},
              {"peildatum", domain::FormatIsoDate(overzicht.peildatum)},
              {"telling", ToJson(overzicht.telling)},
              {"thuiszitters", std::move(thuiszitters)},
              {"_links", {{"self", {{"href", self}}}}}};
}

}  // namespace passend::web
