#include "app/tlv_events.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace passend::app {

using nlohmann::json;

namespace {

json DateOrNull(const std::optional<domain::Date>& date) {
  return date ? json(domain::FormatIsoDate(*date)) : json(nullptr);
}

}  // namespace

std::string TlvSubject(int64_t id) { return "tlv-aanvraag/" + std::to_string(id); }

std::string TlvAangevraagdPayload(const domain::TlvAanvraag& a) {
  return json{{"leerling", a.leerling.value},
              {"school", a.school.str()},
              {"swv", a.swv.str()},
              {"soort", std::string(domain::TlvSoortCode(a.soort))},
              {"aangevraagdOp", domain::FormatIsoDate(a.aangevraagd_op)},
              {"leerlingGehoord", a.hoorrecht.gehoord}}
      .dump();
}

std::string TlvAdviesPayload(const domain::TlvAanvraag& a,
                             const domain::Deskundigenadvies& advies) {
  return json{{"discipline", advies.discipline},
              {"datum", domain::FormatIsoDate(advies.datum)},
              {"aantalAdviezen", a.adviezen.size()},
              {"compleet", domain::IsCompleet(a)},
              {"compleetOp", DateOrNull(domain::CompleetOp(a))}}
      .dump();
}

std::string TlvBeslotenPayload(const domain::TlvBesluit& b) {
  return json{{"uitkomst", b.toegekend ? "toegekend" : "afgewezen"},
              {"datum", domain::FormatIsoDate(b.datum)},
              {"categorie", b.categorie ? json(std::string(domain::TlvCategorieCode(*b.categorie)))
                                        : json(nullptr)},
              {"ingangsdatum", DateOrNull(b.ingangsdatum)},
              {"einddatum", DateOrNull(b.einddatum)},
              {"heleLoopbaan", b.hele_loopbaan}}
      .dump();
}

std::string TlvBezwaarPayload(const domain::TlvBezwaar& z) {
  return json{{"ingediendOp", domain::FormatIsoDate(z.ingediend_op)}}.dump();
}

std::string TlvBezwaarAfgerondPayload(const domain::TlvBezwaar& z) {
  return json{{"lbtAdviesOp", DateOrNull(z.lbt_advies_op)},
              {"beslistOp", DateOrNull(z.beslist_op)},
              {"gegrond", z.gegrond}}
      .dump();
}

std::string TlvEvaluatiePayload(domain::Date gevraagd_op) {
  return json{{"gevraagdOp", domain::FormatIsoDate(gevraagd_op)}}.dump();
}

std::pair<std::string, std::string> TlvOudersBericht(const domain::TlvAanvraag& a,
                                                     const domain::TlvTermijnen& termijnen) {
  const domain::TlvBesluit& b = *a.besluit;
  const std::string soort(domain::TlvSoortNaam(a.soort));
  // Awb: the objection term runs from the decision; the parents are told the last day.
  const std::string bezwaar = fmt::format(
      "Bent u het niet eens met dit besluit? Dan kunt u tot en met {} bezwaar maken bij het "
      "samenwerkingsverband.",
      domain::FormatDutchDate(domain::AddDays(b.datum, termijnen.bezwaar_dagen)));
  if (!b.toegekend) {
    return {"TLV-aanvraag afgewezen",
            fmt::format("Het samenwerkingsverband heeft op {} besloten geen "
                        "toelaatbaarheidsverklaring te geven voor {}. De reden: {} {}",
                        domain::FormatDutchDate(b.datum), soort, b.motivering, bezwaar)};
  }
  std::string periode;
  if (b.hele_loopbaan) {
    periode = fmt::format(
        "vanaf {} voor de hele schoolloopbaan; u kunt vragen om een "
        "evaluatiemoment",
        domain::FormatDutchDate(*b.ingangsdatum));
  } else {
    periode = fmt::format("van {} tot en met {}", domain::FormatDutchDate(*b.ingangsdatum),
                          domain::FormatDutchDate(*b.einddatum));
  }
  const std::string categorie =
      b.categorie ? fmt::format(", categorie {}", domain::TlvCategorieCode(*b.categorie)) : "";
  return {"TLV toegekend",
          fmt::format("Het samenwerkingsverband heeft op {} een toelaatbaarheidsverklaring "
                      "gegeven voor {}{}, geldig {}. {}",
                      domain::FormatDutchDate(b.datum), soort, categorie, periode, bezwaar)};
}

std::pair<std::string, std::string> TlvBezwaarOudersBericht(const domain::TlvAanvraag& a) {
  const domain::TlvBezwaar& z = *a.bezwaar;
  return {"Beslissing op uw bezwaar tegen het TLV-besluit",
          fmt::format("Het samenwerkingsverband heeft op {} op uw bezwaar beslist, na advies van "
                      "de Landelijke Bezwaarcommissie: uw bezwaar is {}. {}",
                      domain::FormatDutchDate(*z.beslist_op), z.gegrond ? "gegrond" : "ongegrond",
                      z.beslissing)};
}

}  // namespace passend::app
