#include "domain/aanmelding.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace passend::domain {

namespace {

// A refusal by a rule of §3.1 (HTTP 422), keeping the message and the field.
Error AlsRegel(Error error) {
  error.code = ErrorCode::kRegel;
  return error;
}

}  // namespace

std::string_view OndersteuningsbehoefteCode(Ondersteuningsbehoefte behoefte) {
  switch (behoefte) {
    case Ondersteuningsbehoefte::kLeren:
      return "leren";
    case Ondersteuningsbehoefte::kGedrag:
      return "gedrag";
    case Ondersteuningsbehoefte::kSociaalEmotioneel:
      return "sociaal-emotioneel";
    case Ondersteuningsbehoefte::kAandacht:
      return "aandacht";
    case Ondersteuningsbehoefte::kTaalSpraak:
      return "taal-spraak";
    case Ondersteuningsbehoefte::kZien:
      return "zien";
    case Ondersteuningsbehoefte::kHoren:
      return "horen";
    case Ondersteuningsbehoefte::kLichamelijk:
      return "lichamelijk";
    case Ondersteuningsbehoefte::kMedisch:
      return "medisch";
    case Ondersteuningsbehoefte::kCognitief:
      return "cognitief";
    case Ondersteuningsbehoefte::kBegaafdheid:
      return "begaafdheid";
    case Ondersteuningsbehoefte::kEmb:
      return "emb";
  }
  return "";
}

Result<Ondersteuningsbehoefte> ParseOndersteuningsbehoefte(std::string_view text) {
  for (Ondersteuningsbehoefte behoefte : kAlleOndersteuningsbehoeften) {
    if (OndersteuningsbehoefteCode(behoefte) == text) return behoefte;
  }
  return Fail(ErrorCode::kInvalid,
              "Onbekende ondersteuningsbehoefte; kies uit leren, gedrag, sociaal-emotioneel, "
              "aandacht, taal-spraak, zien, horen, lichamelijk, medisch, cognitief, begaafdheid "
              "of emb.",
              "ondersteuningsbehoeften");
}

std::string_view OndersteuningsbehoefteNaam(Ondersteuningsbehoefte behoefte) {
  switch (behoefte) {
    case Ondersteuningsbehoefte::kLeren:
      return "Leren";
    case Ondersteuningsbehoefte::kGedrag:
      return "Gedrag";
    case Ondersteuningsbehoefte::kSociaalEmotioneel:
      return "Sociaal-emotionele ontwikkeling";
    case Ondersteuningsbehoefte::kAandacht:
      return "Aandacht en concentratie";
    case Ondersteuningsbehoefte::kTaalSpraak:
      return "Taal en spraak";
    case Ondersteuningsbehoefte::kZien:
      return "Zien (visuele beperking)";
    case Ondersteuningsbehoefte::kHoren:
      return "Horen (auditieve beperking)";
    case Ondersteuningsbehoefte::kLichamelijk:
      return "Lichamelijke beperking";
    case Ondersteuningsbehoefte::kMedisch:
      return "Medische zorg";
    case Ondersteuningsbehoefte::kCognitief:
      return "Cognitieve ontwikkeling";
    case Ondersteuningsbehoefte::kBegaafdheid:
      return "(Hoog)begaafdheid";
    case Ondersteuningsbehoefte::kEmb:
      return "Ernstig meervoudige beperking (EMB)";
  }
  return "";
}

Result<void> Valideer(const Aanmelding& a) {
  if (!a.aanmelddatum.ok()) {
    return Fail(ErrorCode::kInvalid, "De aanmelddatum bestaat niet.", "aanmelddatum");
  }
  if (a.schriftelijk && !a.compleet_op) {
    return Fail(ErrorCode::kInvalid,
                "Bij een schriftelijke aanmelding hoort de datum waarop die volledig was.",
                "aanmelddatum");
  }
  if (!a.schriftelijk && a.compleet_op) {
    // A verbal registration starts no clock; only the written one does (WPO art. 40).
    return Fail(
        ErrorCode::kInvalid,
        "Een mondelinge aanmelding heeft geen datum van volledige schriftelijke aanmelding.",
        "schriftelijk");
  }
  if (a.compleet_op && *a.compleet_op < a.aanmelddatum) {
    return Fail(ErrorCode::kInvalid, "De aanmelding kan niet volledig zijn vóór de aanmelddatum.",
                "aanmelddatum");
  }
  if (a.gewenste_startdatum && !a.gewenste_startdatum->ok()) {
    return Fail(ErrorCode::kInvalid, "De gewenste startdatum bestaat niet.", "gewensteStartdatum");
  }
  if (a.beslistermijn_dagen <= 0) {
    return Fail(ErrorCode::kInvalid, "De beslistermijn moet minstens 1 dag zijn.",
                "beslistermijnDagen");
  }
  std::vector<Ondersteuningsbehoefte> sorted = a.ondersteuningsbehoeften;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    return Fail(ErrorCode::kInvalid, "Noem elke ondersteuningsbehoefte maar één keer.",
                "ondersteuningsbehoeften");
  }
  return {};
}

std::string_view AanmeldingStatusCode(AanmeldingStatusSoort soort) {
  switch (soort) {
    case AanmeldingStatusSoort::kOpen:
      return "open";
    case AanmeldingStatusSoort::kBijnaVerlopen:
      return "bijna-verlopen";
    case AanmeldingStatusSoort::kVerlopen:
      return "verlopen";
    case AanmeldingStatusSoort::kBesloten:
      return "besloten";
    case AanmeldingStatusSoort::kMondeling:
      return "mondeling";
  }
  return "";
}

Result<AanmeldingStatusSoort> ParseAanmeldingStatus(std::string_view text) {
  for (AanmeldingStatusSoort soort : kAlleAanmeldingStatussen) {
    if (AanmeldingStatusCode(soort) == text) return soort;
  }
  return Fail(ErrorCode::kInvalid,
              "Onbekende status; kies uit open, bijna-verlopen, verlopen, besloten of mondeling.",
              "status");
}

std::string_view AanmeldingStatusNaam(AanmeldingStatusSoort soort) {
  switch (soort) {
    case AanmeldingStatusSoort::kOpen:
      return "Open";
    case AanmeldingStatusSoort::kBijnaVerlopen:
      return "Bijna verlopen";
    case AanmeldingStatusSoort::kVerlopen:
      return "Verlopen";
    case AanmeldingStatusSoort::kBesloten:
      return "Besloten";
    case AanmeldingStatusSoort::kMondeling:
      return "Mondeling";
  }
  return "";
}

Result<ZorgplichtKlok> KlokVan(const Aanmelding& a, const ZorgplichtTermijnen& termijnen) {
  if (!a.schriftelijk || !a.compleet_op) {
    return Fail(ErrorCode::kInvalid,
                "Een mondelinge aanmelding heeft geen beslistermijn. Vraag de ouders de "
                "aanmelding schriftelijk te doen.",
                "schriftelijk");
  }
  ZorgplichtTermijnen t = termijnen;
  // The term in force when the registration was made holds, even if the configuration has
  // changed since; an extension given under a longer maximum stays valid.
  t.beslistermijn_dagen = a.beslistermijn_dagen;
  t.max_verlenging_dagen = std::max(t.max_verlenging_dagen, a.verlenging_dagen);
  PASSEND_ASSIGN_OR_RETURN(auto klok, ZorgplichtKlok::Create(*a.compleet_op, t));
  if (a.verlenging_dagen > 0) {
    PASSEND_RETURN_IF_ERROR(klok.Verleng(a.verlenging_dagen, a.verlenging_reden,
                                         a.verlengd_op.value_or(*a.compleet_op)));
  }
  if (a.besluit) PASSEND_RETURN_IF_ERROR(klok.Besluit(a.besluit->datum));
  return klok;
}

Result<AanmeldingStatus> StatusOp(const Aanmelding& a, const ZorgplichtTermijnen& termijnen,
                                  Date op) {
  AanmeldingStatus status;
  if (!a.schriftelijk) {
    if (a.besluit) {
      status.soort = AanmeldingStatusSoort::kBesloten;
      status.melding = fmt::format("Besloten op {}: {}.", FormatDutchDate(a.besluit->datum),
                                   UitkomstNaam(a.besluit->uitkomst));
      return status;
    }
    // Seed 000: the record of a verbal registration is what stops wegadviseren; the clock
    // only starts once it is in writing.
    status.soort = AanmeldingStatusSoort::kMondeling;
    status.melding =
        "Mondelinge aanmelding: vraag de ouders de aanmelding schriftelijk te doen; pas dan "
        "loopt de beslistermijn.";
    return status;
  }
  PASSEND_ASSIGN_OR_RETURN(auto klok, KlokVan(a, termijnen));
  status.uiterste_beslisdatum = klok.Deadline();
  const ZorgplichtStatus zs = klok.Status(op);
  switch (zs) {
    case ZorgplichtStatus::kBesloten:
      status.soort = AanmeldingStatusSoort::kBesloten;
      status.melding = fmt::format("Besloten op {}: {}.", FormatDutchDate(a.besluit->datum),
                                   UitkomstNaam(a.besluit->uitkomst));
      return status;
    case ZorgplichtStatus::kLoopt:
      status.soort = AanmeldingStatusSoort::kOpen;
      break;
    case ZorgplichtStatus::kBijnaVerlopen:
      status.soort = AanmeldingStatusSoort::kBijnaVerlopen;
      break;
    case ZorgplichtStatus::kVerlopen:
      status.soort = AanmeldingStatusSoort::kVerlopen;
      break;
  }
  const int rest = klok.DagenResterend(op);
  status.dagen_resterend = rest;
  status.recht_op_voorlopige_plaatsing = klok.RechtOpVoorlopigePlaatsing(op);
  if (status.recht_op_voorlopige_plaatsing) {
    status.melding = fmt::format(
        "De beslistermijn is op {} verlopen zonder besluit: de leerling heeft nu recht op "
        "voorlopige plaatsing.",
        FormatDutchDate(klok.Deadline()));
  } else {
    status.melding = fmt::format("Nog {} {} om te beslissen (uiterlijk {}).", rest,
                                 rest == 1 ? "dag" : "dagen", FormatDutchDate(klok.Deadline()));
  }
  return status;
}

Result<void> Verleng(Aanmelding& a, const ZorgplichtTermijnen& termijnen, int dagen,
                     std::string reden, Date op) {
  if (!a.schriftelijk) {
    return Fail(ErrorCode::kRegel,
                "Een mondelinge aanmelding heeft geen beslistermijn en kan dus niet worden "
                "verlengd. Vraag de ouders eerst de aanmelding schriftelijk te doen.",
                "weken");
  }
  PASSEND_ASSIGN_OR_RETURN(auto klok, KlokVan(a, termijnen));
  auto verlengd = klok.Verleng(dagen, reden, op);
  if (!verlengd) {
    Error error = verlengd.error();
    // A blank reason is missing input; everything else is the law saying no.
    if (error.field == "reden") return std::unexpected(std::move(error));
    if (error.field == "dagen") error.field = "weken";
    return std::unexpected(AlsRegel(std::move(error)));
  }
  a.verlenging_dagen = klok.VerlengingDagen();
  a.verlenging_reden = klok.VerlengingReden();
  a.verlengd_op = op;
  return {};
}

Result<void> Beslis(Aanmelding& a, const ZorgplichtTermijnen& termijnen, Besluit besluit) {
  if (a.besluit) {
    return Fail(ErrorCode::kRegel,
                fmt::format("Over deze aanmelding is al op {} besloten ({}). Een besluit kan niet "
                            "worden overschreven; bij onenigheid volgt bezwaar of een geschil.",
                            FormatDutchDate(a.besluit->datum), UitkomstNaam(a.besluit->uitkomst)));
  }
  if (auto valid = domain::Valideer(besluit); !valid) {
    Error error = valid.error();
    if (error.field == "datum") return std::unexpected(std::move(error));
    return std::unexpected(AlsRegel(std::move(error)));
  }
  if (besluit.datum < a.aanmelddatum) {
    return Fail(ErrorCode::kRegel, "Het besluit kan niet vóór de aanmelddatum liggen.", "datum");
  }
  if (a.schriftelijk) {
    PASSEND_ASSIGN_OR_RETURN(auto klok, KlokVan(a, termijnen));
    if (auto ok = klok.Besluit(besluit.datum); !ok) {
      return std::unexpected(AlsRegel(ok.error()));
    }
  }
  a.besluit = std::move(besluit);
  return {};
}

}  // namespace passend::domain
