#include "app/opp_events.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace passend::app {

using nlohmann::json;

std::string OppSubject(int64_t id) { return "opp/" + std::to_string(id); }

std::string OppAangemaaktPayload(const domain::Opp& opp) {
  return json{{"leerling", opp.leerling.value},
              {"school", opp.school.str()},
              {"swv", opp.swv.str()},
              {"onderwijs", std::string(domain::SchoolSoortCode(opp.onderwijs))},
              {"plaatsingsdatum", domain::FormatIsoDate(opp.plaatsingsdatum)}}
      .dump();
}

std::string OppVersiePayload(const domain::Opp& opp, const domain::OppVersie& versie) {
  const auto& i = versie.inhoud;
  return json{
      {"leerling", opp.leerling.value},
      {"school", opp.school.str()},
      {"plaatsingsdatum", domain::FormatIsoDate(opp.plaatsingsdatum)},
      {"versie", versie.nummer},
      {"vastgesteldOp", domain::FormatIsoDate(versie.vastgesteld_op)},
      {"uitstroomprofiel",
       i.uitstroomprofiel ? json(std::string(domain::UitstroomprofielCode(*i.uitstroomprofiel)))
                          : json(nullptr)},
      {"aantalDoelen", i.doelen.size()},
      {"leerlingGehoord", i.hoorrecht.gehoord}}
      .dump();
}

const char* OppVersieEvent(const domain::OppVersie& versie) {
  return versie.nummer == 1 ? kOppVastgesteld : kOppVersieVastgesteld;
}

std::string OppInstemmingPayload(int versie, const domain::OppInstemmingStap& stap) {
  return json{{"versie", versie},
              {"status", std::string(domain::InstemmingCode(stap.status))},
              {"datum", domain::FormatIsoDate(stap.datum)}}
      .dump();
}

const char* OppInstemmingEvent(domain::Instemming status) {
  switch (status) {
    case domain::Instemming::kGevraagd:
      return kOppInstemmingGevraagd;
    case domain::Instemming::kGegeven:
      return kOppInstemmingGegeven;
    case domain::Instemming::kGeweigerd:
      return kOppInstemmingGeweigerd;
  }
  return kOppInstemmingGevraagd;
}

std::string OppEvaluatiePayload(const domain::Opp& opp, const domain::OppEvaluatie& evaluatie) {
  return json{{"datum", domain::FormatIsoDate(evaluatie.datum)},
              {"aantalEvaluaties", opp.evaluaties.size()}}
      .dump();
}

std::pair<std::string, std::string> OppInstemmingVraagBericht(const domain::Opp& opp) {
  const domain::OppVersie& v = opp.versies.back();
  // WPO art. 40a, WEC art. 41a: the handelingsdeel needs the parents' consent.
  return {"Vraag om instemming met het ontwikkelingsperspectiefplan",
          fmt::format("De school vraagt uw instemming met het handelingsdeel van versie {} van "
                      "het ontwikkelingsperspectiefplan van uw kind, vastgesteld op {}. Bekijk "
                      "het plan en geef aan of u instemt. Stemt u niet in, dan blijft de vorige "
                      "versie waarmee u instemde gelden.",
                      v.nummer, domain::FormatDutchDate(v.vastgesteld_op))};
}

std::pair<std::string, std::string> OppWeigeringBericht(const domain::Opp& opp) {
  const domain::OppVersie* in_werking = domain::VersieInWerking(opp);
  const std::string geldt = in_werking
                                ? fmt::format("Versie {} blijft gelden.", in_werking->nummer)
                                : std::string("Er is nog geen versie waarmee u hebt ingestemd.");
  return {"U hebt niet ingestemd met het ontwikkelingsperspectiefplan",
          fmt::format("U hebt niet ingestemd met het handelingsdeel van versie {}. {} {}",
                      opp.versies.back().nummer, geldt, domain::OppGeschilroute())};
}

}  // namespace passend::app
