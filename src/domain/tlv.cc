#include "domain/tlv.h"

#include <fmt/format.h>

#include <algorithm>

namespace passend::domain {

namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

Result<void> Tekst(const std::string& text, const char* veld, const char* wat) {
  if (IsBlank(text) || text.size() > 4000) {
    return Fail(ErrorCode::kInvalid, fmt::format("Beschrijf {} (hoogstens 4.000 tekens).", wat),
                veld);
  }
  return {};
}

// An advice counts towards completeness from its own date on: the request is complete on the
// day the last required advice arrived.
std::optional<Date> CompleetMet(std::span<const Deskundigenadvies> adviezen) {
  std::vector<const Deskundigenadvies*> op_datum;
  for (const auto& a : adviezen) op_datum.push_back(&a);
  std::stable_sort(op_datum.begin(), op_datum.end(),
                   [](const auto* a, const auto* b) { return a->datum < b->datum; });
  bool gedragsdeskundige = false;
  for (size_t i = 0; i < op_datum.size(); ++i) {
    gedragsdeskundige = gedragsdeskundige || IsGedragsdeskundige(op_datum[i]->discipline);
    if (i >= 1 && gedragsdeskundige) return op_datum[i]->datum;
  }
  return std::nullopt;
}

}  // namespace

std::string_view TlvSoortCode(TlvSoort soort) {
  switch (soort) {
    case TlvSoort::kSbo:
      return "sbo";
    case TlvSoort::kSo:
      return "so";
    case TlvSoort::kVso:
      return "vso";
  }
  return "so";
}

Result<TlvSoort> ParseTlvSoort(std::string_view text) {
  for (auto soort : {TlvSoort::kSbo, TlvSoort::kSo, TlvSoort::kVso}) {
    if (TlvSoortCode(soort) == text) return soort;
  }
  return Fail(ErrorCode::kInvalid, "Kies de soort: sbo, so of vso.", "soort");
}

std::string_view TlvSoortNaam(TlvSoort soort) {
  switch (soort) {
    case TlvSoort::kSbo:
      return "Speciaal basisonderwijs (sbo)";
    case TlvSoort::kSo:
      return "Speciaal onderwijs (so)";
    case TlvSoort::kVso:
      return "Voortgezet speciaal onderwijs (vso)";
  }
  return "";
}

std::string_view TlvCategorieCode(TlvCategorie categorie) {
  switch (categorie) {
    case TlvCategorie::kLaag:
      return "laag";
    case TlvCategorie::kMidden:
      return "midden";
    case TlvCategorie::kHoog:
      return "hoog";
  }
  return "laag";
}

Result<TlvCategorie> ParseTlvCategorie(std::string_view text) {
  for (auto c : {TlvCategorie::kLaag, TlvCategorie::kMidden, TlvCategorie::kHoog}) {
    if (TlvCategorieCode(c) == text) return c;
  }
  return Fail(ErrorCode::kInvalid, "Kies de categorie: laag, midden of hoog.", "categorie");
}

bool IsGedragsdeskundige(std::string_view discipline) {
  return discipline == "orthopedagoog" || discipline == "psycholoog";
}

Result<void> Valideer(const TlvAanvraag& a, Date vandaag) {
  if (a.leerling.value <= 0) {
    return Fail(ErrorCode::kInvalid, "Kies de leerling om wie het gaat.", "leerling");
  }
  if (!a.aangevraagd_op.ok() || a.aangevraagd_op > vandaag) {
    return Fail(ErrorCode::kInvalid, "De aanvraagdatum ligt niet na vandaag.", "aangevraagdOp");
  }
  PASSEND_RETURN_IF_ERROR(
      Tekst(a.ondersteuningsbehoefte, "ondersteuningsbehoefte", "de ondersteuningsbehoefte"));
  // Seed 004: a request shows what the school already did; a TLV is not the first step.
  PASSEND_RETURN_IF_ERROR(Tekst(a.al_gedaan, "alGedaan", "wat de school al heeft gedaan"));
  PASSEND_RETURN_IF_ERROR(
      Tekst(a.zienswijze_ouders, "zienswijzeOuders", "de zienswijze van de ouders"));
  return Valideer(a.hoorrecht);
}

Result<void> VoegAdviesToe(TlvAanvraag& a, Deskundigenadvies advies, Date vandaag) {
  if (a.besluit) {
    return Fail(ErrorCode::kRegel, "Over deze aanvraag is al besloten; er komt geen advies bij.");
  }
  if (IsBlank(advies.discipline) || advies.discipline.size() > 100) {
    return Fail(ErrorCode::kInvalid,
                "Vul de discipline in, bijvoorbeeld orthopedagoog, psycholoog of kinderarts.",
                "discipline");
  }
  if (IsBlank(advies.naam) || advies.naam.size() > 200) {
    return Fail(ErrorCode::kInvalid, "Vul de naam van de deskundige in.", "naam");
  }
  PASSEND_RETURN_IF_ERROR(Tekst(advies.advies, "advies", "het advies"));
  if (!advies.datum.ok() || advies.datum > vandaag || advies.datum < a.aangevraagd_op) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het advies valt tussen de aanvraag ({}) en vandaag.",
                            FormatDutchDate(a.aangevraagd_op)),
                "datum");
  }
  a.adviezen.push_back(std::move(advies));
  return {};
}

bool IsCompleet(const TlvAanvraag& a) { return CompleetMet(a.adviezen).has_value(); }

std::optional<Date> CompleetOp(const TlvAanvraag& a) { return CompleetMet(a.adviezen); }

std::optional<Date> BeslisUiterlijk(const TlvAanvraag& a, const TlvTermijnen& termijnen) {
  auto compleet = CompleetOp(a);
  if (!compleet) return std::nullopt;
  return AddDays(*compleet, termijnen.beslis_dagen);
}

Result<void> Beslis(TlvAanvraag& a, TlvBesluit b) {
  if (a.besluit) {
    return Fail(ErrorCode::kConflict, fmt::format("Over deze aanvraag is al op {} besloten.",
                                                  FormatDutchDate(a.besluit->datum)));
  }
  auto compleet = CompleetOp(a);
  // Domain.md §3.3: two experts advise on each request, one of them an orthopedagoog or
  // psycholoog; without them the committee does not decide.
  if (!compleet) {
    return Fail(ErrorCode::kRegel,
                "De aanvraag is niet compleet: er zijn twee deskundigenadviezen nodig, waarvan "
                "één van een orthopedagoog of psycholoog.");
  }
  if (!b.datum.ok() || b.datum < *compleet) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het besluit valt op of na de dag dat de aanvraag compleet was ({}).",
                            FormatDutchDate(*compleet)),
                "datum");
  }
  if (!b.toegekend) {
    if (b.categorie || b.ingangsdatum || b.einddatum || b.hele_loopbaan) {
      return Fail(ErrorCode::kInvalid,
                  "Een afwijzing heeft geen categorie, ingangsdatum of einddatum.", "uitkomst");
    }
    PASSEND_RETURN_IF_ERROR(Tekst(b.motivering, "motivering", "waarom de aanvraag is afgewezen"));
    a.besluit = std::move(b);
    return {};
  }
  // Law: so and vso are funded per category; sbo has none.
  if (a.soort == TlvSoort::kSbo && b.categorie) {
    return Fail(ErrorCode::kInvalid, "Een TLV voor het sbo heeft geen categorie.", "categorie");
  }
  if (a.soort != TlvSoort::kSbo && !b.categorie) {
    return Fail(ErrorCode::kInvalid,
                "Kies de categorie (laag, midden of hoog) voor een TLV voor so of vso.",
                "categorie");
  }
  if (!b.ingangsdatum || !b.ingangsdatum->ok()) {
    return Fail(ErrorCode::kInvalid, "Vul de ingangsdatum van de TLV in.", "ingangsdatum");
  }
  if (b.hele_loopbaan) {
    // Seed 000 #18: for the whole primary or secondary career; no end date.
    if (b.einddatum) {
      return Fail(ErrorCode::kInvalid, "Een TLV voor de hele schoolloopbaan heeft geen einddatum.",
                  "einddatum");
    }
  } else {
    if (!b.einddatum || !b.einddatum->ok()) {
      return Fail(ErrorCode::kInvalid,
                  "Vul de einddatum in, of kies een TLV voor de hele schoolloopbaan.", "einddatum");
    }
    // Domain.md §3.3: at least one school year.
    const Date minimaal = AddDays(PlusMaanden(*b.ingangsdatum, 12), -1);
    if (*b.einddatum < minimaal) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Een TLV geldt minstens een schooljaar: de einddatum ligt op of na "
                              "{}.",
                              FormatDutchDate(minimaal)),
                  "einddatum");
    }
  }
  a.besluit = std::move(b);
  return {};
}

Result<void> DienBezwaarIn(TlvAanvraag& a, Date op, std::string gronden,
                           const TlvTermijnen& termijnen) {
  if (!a.besluit) {
    return Fail(ErrorCode::kRegel, "Er is nog geen besluit om bezwaar tegen te maken.");
  }
  if (a.bezwaar) {
    return Fail(ErrorCode::kConflict, fmt::format("Er is al op {} bezwaar gemaakt.",
                                                  FormatDutchDate(a.bezwaar->ingediend_op)));
  }
  if (!op.ok() || op < a.besluit->datum) {
    return Fail(ErrorCode::kInvalid, "Het bezwaar valt op of na het besluit.", "datum");
  }
  const Date uiterlijk = AddDays(a.besluit->datum, termijnen.bezwaar_dagen);
  if (op > uiterlijk) {
    return Fail(ErrorCode::kRegel,
                fmt::format("De bezwaartermijn van {} dagen is verstreken: het bezwaar had "
                            "uiterlijk {} binnen moeten zijn.",
                            termijnen.bezwaar_dagen, FormatDutchDate(uiterlijk)),
                "datum");
  }
  PASSEND_RETURN_IF_ERROR(Tekst(gronden, "gronden", "de gronden van het bezwaar"));
  a.bezwaar = TlvBezwaar{op, std::move(gronden), std::nullopt, "", std::nullopt, false, ""};
  return {};
}

Result<void> RondBezwaarAf(TlvAanvraag& a, Date lbt_op, std::string lbt_advies, Date beslist_op,
                           bool gegrond, std::string beslissing) {
  if (!a.bezwaar) return Fail(ErrorCode::kRegel, "Er loopt geen bezwaar.");
  if (a.bezwaar->beslist_op) {
    return Fail(ErrorCode::kConflict, "Op dit bezwaar is al beslist.");
  }
  if (!lbt_op.ok() || lbt_op < a.bezwaar->ingediend_op) {
    return Fail(ErrorCode::kInvalid, "Het advies van de bezwaarcommissie volgt op het bezwaar.",
                "lbtAdviesOp");
  }
  if (!beslist_op.ok() || beslist_op < lbt_op) {
    return Fail(ErrorCode::kInvalid, "De beslissing op bezwaar volgt op het advies.", "beslistOp");
  }
  PASSEND_RETURN_IF_ERROR(Tekst(lbt_advies, "lbtAdvies", "het advies van de bezwaarcommissie"));
  PASSEND_RETURN_IF_ERROR(Tekst(beslissing, "beslissing", "de beslissing op bezwaar"));
  a.bezwaar->lbt_advies_op = lbt_op;
  a.bezwaar->lbt_advies = std::move(lbt_advies);
  a.bezwaar->beslist_op = beslist_op;
  a.bezwaar->gegrond = gegrond;
  a.bezwaar->beslissing = std::move(beslissing);
  return {};
}

Result<void> VraagEvaluatie(TlvAanvraag& a, Date op) {
  if (!a.besluit || !a.besluit->toegekend || !a.besluit->hele_loopbaan) {
    return Fail(ErrorCode::kRegel,
                "Een evaluatiemoment kan alleen bij een TLV voor de hele schoolloopbaan.");
  }
  if (!op.ok() || op < a.besluit->datum) {
    return Fail(ErrorCode::kInvalid, "De vraag volgt op het besluit.", "datum");
  }
  a.evaluatie_gevraagd_op = op;
  return {};
}

std::optional<Tlv> TlvVan(const TlvAanvraag& a) {
  if (!a.besluit || !a.besluit->toegekend) return std::nullopt;
  const TlvBesluit& b = *a.besluit;
  return Tlv{a.id, a.leerling, a.swv, a.soort, b.categorie, *b.ingangsdatum, b.einddatum};
}

bool IsActief(const Tlv& tlv, Date op) {
  return tlv.ingangsdatum <= op && (!tlv.einddatum || op <= *tlv.einddatum);
}

bool EindigtBinnenkort(const Tlv& tlv, Date op, const TlvTermijnen& termijnen) {
  return IsActief(tlv, op) && tlv.einddatum &&
         DaysBetween(op, *tlv.einddatum) <= termijnen.signaal_dagen;
}

TlvTelling TelOp(std::span<const Tlv> tlvs, Date teldatum) {
  TlvTelling telling;
  for (const Tlv& tlv : tlvs) {
    if (!IsActief(tlv, teldatum)) continue;
    ++telling.totaal;
    if (tlv.soort == TlvSoort::kSbo) {
      ++telling.sbo;
    } else if (tlv.categorie) {
      ++(tlv.soort == TlvSoort::kSo ? telling.so : telling.vso)[*tlv.categorie];
    }
  }
  return telling;
}

}  // namespace passend::domain
