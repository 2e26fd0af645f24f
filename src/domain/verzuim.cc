#include "domain/verzuim.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

namespace passend::domain {

namespace {

using std::chrono::sys_days;

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The day the case would become a thuiszitter if it stayed open (its end ignored); none for
// the types that never make a thuiszitter.
std::optional<Date> RuweStart(const Verzuimmelding& melding, const VerzuimTermijnen& termijnen,
                              const Schoolvakanties& vakanties) {
  switch (melding.type) {
    case VerzuimType::kAbsoluutVerzuim:
      // Seed 004, footnote 27: absolute absence exists from the first day without a school.
      return melding.startdatum;
    case VerzuimType::kLangdurigRelatiefVerzuim:
      // Seed 004, footnote 27, and DUO ("langer dan 4 weken aaneengesloten"): the absence is
      // long only after more than 4 weeks, and absence exists only in school weeks.
      return NaLesweken(melding.startdatum, termijnen.langdurig_relatief_lesweken, vakanties);
    case VerzuimType::kRelatiefVerzuim:
    case VerzuimType::kVrijstelling5a:
    case VerzuimType::kVrijstelling5b:
    case VerzuimType::kVrijstelling5c:
    case VerzuimType::kZiek:
      return std::nullopt;
  }
  return std::nullopt;
}

bool Loopt(const Verzuimmelding& melding, Date op) {
  return melding.startdatum <= op && (!melding.einddatum || op < *melding.einddatum);
}

}  // namespace

// --- School holidays -------------------------------------------------------------------------

std::string_view VakantieregioCode(Vakantieregio regio) {
  switch (regio) {
    case Vakantieregio::kNoord:
      return "noord";
    case Vakantieregio::kMidden:
      return "midden";
    case Vakantieregio::kZuid:
      return "zuid";
  }
  return "";
}

Result<Vakantieregio> ParseVakantieregio(std::string_view text) {
  for (Vakantieregio regio :
       {Vakantieregio::kNoord, Vakantieregio::kMidden, Vakantieregio::kZuid}) {
    if (VakantieregioCode(regio) == text) return regio;
  }
  return Fail(ErrorCode::kInvalid, "Onbekende vakantieregio; kies noord, midden of zuid.", "regio");
}

Result<Schoolvakanties> Schoolvakanties::Create(std::vector<Schoolvakantie> vakanties) {
  for (const Schoolvakantie& v : vakanties) {
    if (!v.eerste.ok() || !v.laatste.ok()) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("De {} heeft een datum die niet bestaat.", v.naam), "vakanties");
    }
    if (v.laatste < v.eerste) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("De {} eindigt ({}) vóór zij begint ({}). Controleer de data.",
                              v.naam, FormatIsoDate(v.laatste), FormatIsoDate(v.eerste)),
                  "vakanties");
    }
  }
  std::sort(vakanties.begin(), vakanties.end(),
            [](const Schoolvakantie& a, const Schoolvakantie& b) { return a.eerste < b.eerste; });
  for (std::size_t i = 1; i < vakanties.size(); ++i) {
    if (vakanties[i].eerste <= vakanties[i - 1].laatste) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("De {} ({}) overlapt met de {} (tot en met {}). Eén regio heeft op "
                              "een dag maar één vakantie.",
                              vakanties[i].naam, FormatIsoDate(vakanties[i].eerste),
                              vakanties[i - 1].naam, FormatIsoDate(vakanties[i - 1].laatste)),
                  "vakanties");
    }
  }
  return Schoolvakanties(std::move(vakanties));
}

bool Schoolvakanties::IsVakantie(Date date) const {
  // The first holiday that starts after `date`; the one before it is the only candidate.
  auto it = std::upper_bound(vakanties_.begin(), vakanties_.end(), date,
                             [](Date d, const Schoolvakantie& v) { return d < v.eerste; });
  if (it == vakanties_.begin()) return false;
  return date <= std::prev(it)->laatste;
}

bool Schoolvakanties::IsSchooldag(Date date) const {
  const std::chrono::weekday dag{sys_days{date}};
  if (dag == std::chrono::Saturday || dag == std::chrono::Sunday) return false;
  return !IsVakantie(date);
}

Date NaLesweken(Date start, int lesweken, const Schoolvakanties& vakanties) {
  // docs/verzuim.md "Vakanties": a school week is 5 school days; the clock counts school days
  // from `start` and the trigger is the next school day after the last one counted. Holidays
  // pause it (Leerplichtwet 1969 art. 21 and 21a: «vier opeenvolgende lesweken»; DUO counts
  // langdurig relatief verzuim in consecutive weeks of school), so a holiday neither counts
  // nor breaks the run.
  const int te_tellen = 5 * std::max(0, lesweken);
  int geteld = 0;
  Date dag = start;
  while (true) {
    if (vakanties.IsSchooldag(dag)) {
      if (geteld == te_tellen) return dag;
      ++geteld;
    }
    dag = AddDays(dag, 1);
  }
}

// --- Types and reasons -----------------------------------------------------------------------

std::string_view VerzuimTypeCode(VerzuimType type) {
  switch (type) {
    case VerzuimType::kAbsoluutVerzuim:
      return "absoluut-verzuim";
    case VerzuimType::kLangdurigRelatiefVerzuim:
      return "langdurig-relatief-verzuim";
    case VerzuimType::kRelatiefVerzuim:
      return "relatief-verzuim";
    case VerzuimType::kVrijstelling5a:
      return "vrijstelling-5a";
    case VerzuimType::kVrijstelling5b:
      return "vrijstelling-5b";
    case VerzuimType::kVrijstelling5c:
      return "vrijstelling-5c";
    case VerzuimType::kZiek:
      return "ziek";
  }
  return "";
}

Result<VerzuimType> ParseVerzuimType(std::string_view text) {
  for (VerzuimType type : kAlleVerzuimTypes) {
    if (VerzuimTypeCode(type) == text) return type;
  }
  return Fail(ErrorCode::kInvalid,
              "Onbekend soort verzuim; kies absoluut-verzuim, langdurig-relatief-verzuim, "
              "relatief-verzuim, vrijstelling-5a, vrijstelling-5b, vrijstelling-5c of ziek.",
              "type");
}

std::string_view VerzuimTypeNaam(VerzuimType type) {
  switch (type) {
    case VerzuimType::kAbsoluutVerzuim:
      return "Absoluut verzuim";
    case VerzuimType::kLangdurigRelatiefVerzuim:
      return "Langdurig relatief verzuim";
    case VerzuimType::kRelatiefVerzuim:
      return "Relatief verzuim";
    case VerzuimType::kVrijstelling5a:
      return "Vrijstelling 5 onder a";
    case VerzuimType::kVrijstelling5b:
      return "Vrijstelling 5 onder b";
    case VerzuimType::kVrijstelling5c:
      return "Vrijstelling 5 onder c";
    case VerzuimType::kZiek:
      return "Ziek";
  }
  return "";
}

bool IsThuiszittertype(VerzuimType type) {
  // Seed 004, footnote 27: «Onder de term 'thuiszitters' vallen twee soorten schoolverzuim,
  // namelijk absoluut verzuim en langdurig relatief verzuim.»
  return type == VerzuimType::kAbsoluutVerzuim || type == VerzuimType::kLangdurigRelatiefVerzuim;
}

bool IsVrijstelling(VerzuimType type) {
  return type == VerzuimType::kVrijstelling5a || type == VerzuimType::kVrijstelling5b ||
         type == VerzuimType::kVrijstelling5c;
}

std::string_view BeeindigingCode(Beeindiging reden) {
  switch (reden) {
    case Beeindiging::kTerugNaarSchool:
      return "terug-naar-school";
    case Beeindiging::kAndereSchool:
      return "andere-school";
    case Beeindiging::kVrijstelling:
      return "vrijstelling";
    case Beeindiging::kVerhuisd:
      return "verhuisd";
    case Beeindiging::kEindeLeerplicht:
      return "einde-leerplicht";
    case Beeindiging::kOnderwijsZorg:
      return "onderwijs-zorgarrangement";
    case Beeindiging::kOverig:
      return "overig";
  }
  return "";
}

Result<Beeindiging> ParseBeeindiging(std::string_view text) {
  for (Beeindiging reden :
       {Beeindiging::kTerugNaarSchool, Beeindiging::kAndereSchool, Beeindiging::kVrijstelling,
        Beeindiging::kVerhuisd, Beeindiging::kEindeLeerplicht, Beeindiging::kOnderwijsZorg,
        Beeindiging::kOverig}) {
    if (BeeindigingCode(reden) == text) return reden;
  }
  return Fail(ErrorCode::kInvalid,
              "Onbekende reden van beëindiging; kies terug-naar-school, andere-school, "
              "vrijstelling, verhuisd, einde-leerplicht, onderwijs-zorgarrangement of overig.",
              "reden");
}

std::string_view BeeindigingNaam(Beeindiging reden) {
  switch (reden) {
    case Beeindiging::kTerugNaarSchool:
      return "Terug naar school";
    case Beeindiging::kAndereSchool:
      return "Naar een andere school";
    case Beeindiging::kVrijstelling:
      return "Vrijstelling verleend";
    case Beeindiging::kVerhuisd:
      return "Verhuisd";
    case Beeindiging::kEindeLeerplicht:
      return "Niet meer leerplichtig";
    case Beeindiging::kOnderwijsZorg:
      return "Onderwijs-zorgarrangement";
    case Beeindiging::kOverig:
      return "Overig";
  }
  return "";
}

// --- Validation and changes ------------------------------------------------------------------

namespace {

Result<void> ValideerEinde(const Verzuimmelding& melding, Date einddatum, Beeindiging reden,
                           std::string_view toelichting) {
  if (!einddatum.ok()) {
    return Fail(ErrorCode::kInvalid, "De einddatum bestaat niet. Controleer maand en dag.",
                "einddatum");
  }
  // The end is the first day the child is no longer at home, so a case lasts at least a day.
  if (einddatum <= melding.startdatum) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De einddatum moet na de startdatum ({}) liggen: het is de eerste dag "
                            "dat het kind niet meer thuis zit.",
                            FormatDutchDate(melding.startdatum)),
                "einddatum");
  }
  if (reden == Beeindiging::kOverig && IsBlank(toelichting)) {
    return Fail(ErrorCode::kInvalid,
                "Licht toe hoe de melding is geëindigd; bij 'overig' is een toelichting nodig.",
                "toelichting");
  }
  if (reden == Beeindiging::kVrijstelling && IsVrijstelling(melding.type)) {
    return Fail(ErrorCode::kRegel,
                "Een vrijstelling eindigt niet in een vrijstelling. Registreer een verlenging als "
                "nieuwe melding en kies een andere reden voor het einde van deze.",
                "reden");
  }
  if (melding.aanbod && melding.aanbod->datum > einddatum) {
    return Fail(ErrorCode::kRegel,
                fmt::format("Het passende aanbod is op {} gedaan, na deze einddatum. Kies een "
                            "einddatum op of na die dag.",
                            FormatDutchDate(melding.aanbod->datum)),
                "einddatum");
  }
  return {};
}

Result<void> ValideerAanbod(const Verzuimmelding& melding, const PassendAanbod& aanbod) {
  if (IsBlank(aanbod.omschrijving)) {
    return Fail(ErrorCode::kInvalid,
                "Beschrijf het aanbod: welke school of welk arrangement, en vanaf wanneer.",
                "omschrijving");
  }
  if (!aanbod.datum.ok()) {
    return Fail(ErrorCode::kInvalid, "De datum van het aanbod bestaat niet.", "datum");
  }
  if (aanbod.datum < melding.startdatum) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het aanbod kan niet vóór de eerste verzuimdag ({}) liggen.",
                            FormatDutchDate(melding.startdatum)),
                "datum");
  }
  if (melding.einddatum && aanbod.datum > *melding.einddatum) {
    return Fail(ErrorCode::kRegel,
                fmt::format("De melding is op {} beëindigd; een aanbod daarna hoort bij een "
                            "nieuwe melding.",
                            FormatDutchDate(*melding.einddatum)),
                "datum");
  }
  return {};
}

}  // namespace

Result<void> Valideer(const Verzuimmelding& melding, Date vandaag) {
  if (melding.leerling.value <= 0) {
    return Fail(ErrorCode::kInvalid, "Kies de leerling om wie het gaat.", "leerling");
  }
  if (!melding.startdatum.ok()) {
    return Fail(ErrorCode::kInvalid, "De startdatum bestaat niet. Controleer maand en dag.",
                "startdatum");
  }
  if (melding.startdatum > vandaag) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De startdatum is de eerste verzuimdag en kan niet na vandaag ({}) "
                            "liggen.",
                            FormatDutchDate(vandaag)),
                "startdatum");
  }
  if (melding.gemeente.str().empty()) {
    return Fail(ErrorCode::kInvalid,
                "Kies de gemeente waarvan de leerplichtambtenaar de melding behandelt.",
                "gemeente");
  }
  if (melding.swv.str().empty()) {
    return Fail(ErrorCode::kInvalid,
                "Kies het samenwerkingsverband in wiens registratie de melding hoort.", "swv");
  }
  // Langdurig relatief verzuim, relatief verzuim and sickness are absences from a school the
  // child is registered at (seed 004, fn 27); absolute absence means no school at all, and the
  // exemptions free the child from registration or attendance, so there a school is optional.
  const bool school_nodig = melding.type == VerzuimType::kLangdurigRelatiefVerzuim ||
                            melding.type == VerzuimType::kRelatiefVerzuim ||
                            melding.type == VerzuimType::kZiek;
  if (school_nodig && !melding.school) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Bij {} staat het kind op een school ingeschreven: kies die school.",
                            VerzuimTypeNaam(melding.type)),
                "school");
  }
  if (melding.einddatum && !melding.reden_einde) {
    return Fail(ErrorCode::kInvalid, "Kies hoe de melding is geëindigd.", "reden");
  }
  if (!melding.einddatum && melding.reden_einde) {
    return Fail(ErrorCode::kInvalid, "Geef de einddatum op bij de reden van beëindiging.",
                "einddatum");
  }
  if (melding.aanbod) PASSEND_RETURN_IF_ERROR(ValideerAanbod(melding, *melding.aanbod));
  if (melding.einddatum) {
    PASSEND_RETURN_IF_ERROR(ValideerEinde(melding, *melding.einddatum, *melding.reden_einde,
                                          melding.toelichting_einde));
  }
  return {};
}

Result<void> Beeindig(Verzuimmelding& melding, Date einddatum, Beeindiging reden,
                      std::string toelichting) {
  if (melding.einddatum) {
    return Fail(ErrorCode::kConflict, fmt::format("Deze melding is al op {} beëindigd.",
                                                  FormatDutchDate(*melding.einddatum)));
  }
  PASSEND_RETURN_IF_ERROR(ValideerEinde(melding, einddatum, reden, toelichting));
  melding.einddatum = einddatum;
  melding.reden_einde = reden;
  melding.toelichting_einde = std::move(toelichting);
  return {};
}

Result<void> RegistreerAanbod(Verzuimmelding& melding, PassendAanbod aanbod) {
  if (melding.aanbod) {
    return Fail(ErrorCode::kConflict,
                fmt::format("Er is al op {} een passend aanbod geregistreerd.",
                            FormatDutchDate(melding.aanbod->datum)));
  }
  PASSEND_RETURN_IF_ERROR(ValideerAanbod(melding, aanbod));
  melding.aanbod = std::move(aanbod);
  return {};
}

// --- Derived status --------------------------------------------------------------------------

std::string_view VerzuimSignaalCode(VerzuimSignaal signaal) {
  switch (signaal) {
    case VerzuimSignaal::kConsulent:
      return "consulent";
    case VerzuimSignaal::kBijnaDrieMaanden:
      return "bijna-drie-maanden";
    case VerzuimSignaal::kDrieMaanden:
      return "drie-maanden";
  }
  return "";
}

std::optional<Date> ThuiszitterVanaf(const Verzuimmelding& melding,
                                     const VerzuimTermijnen& termijnen,
                                     const Schoolvakanties& vakanties) {
  const std::optional<Date> start = RuweStart(melding, termijnen, vakanties);
  // A case that ended before it became long never made a thuiszitter.
  if (!start || (melding.einddatum && *melding.einddatum <= *start)) return std::nullopt;
  return start;
}

bool IsThuiszitter(const Verzuimmelding& melding, Date op, const VerzuimTermijnen& termijnen,
                   const Schoolvakanties& vakanties) {
  const std::optional<Date> vanaf = ThuiszitterVanaf(melding, termijnen, vakanties);
  return vanaf && *vanaf <= op && Loopt(melding, op);
}

std::optional<Date> ConsulentDatum(const Verzuimmelding& melding, const VerzuimTermijnen& termijnen,
                                   const Schoolvakanties& vakanties) {
  const std::optional<Date> start = RuweStart(melding, termijnen, vakanties);
  if (!start) return std::nullopt;
  // Seed 003 §4.3: «leerlingen die ten minste vier weken thuiszitten»: school weeks, like the
  // definition of langdurig relatief verzuim it mirrors (docs/verzuim.md).
  return std::max(*start, NaLesweken(melding.startdatum, termijnen.consulent_lesweken, vakanties));
}

std::optional<Date> DrieMaandenDatum(const Verzuimmelding& melding,
                                     const VerzuimTermijnen& termijnen) {
  if (!IsThuiszittertype(melding.type)) return std::nullopt;
  // Seeds 003 and 004: «geen enkel kind langer dan drie maanden thuiszit»: calendar months
  // from the first day of absence, holidays included (seed 004 measures the duration of the
  // absence itself; a summer must not hide a child). Start 1 October: at home 1 October to
  // 31 December is three months; from 1 January it is longer.
  return PlusMaanden(melding.startdatum, termijnen.max_thuis_maanden);
}

VerzuimKlok KlokVan(const Verzuimmelding& melding, const VerzuimTermijnen& termijnen,
                    const Schoolvakanties& vakanties) {
  return VerzuimKlok{ThuiszitterVanaf(melding, termijnen, vakanties),
                     ConsulentDatum(melding, termijnen, vakanties),
                     DrieMaandenDatum(melding, termijnen)};
}

VerzuimStatus StatusOp(const Verzuimmelding& melding, Date op, const VerzuimTermijnen& termijnen,
                       const Schoolvakanties& vakanties) {
  return StatusOp(melding, op, termijnen, KlokVan(melding, termijnen, vakanties));
}

VerzuimStatus StatusOp(const Verzuimmelding& melding, Date op, const VerzuimTermijnen& termijnen,
                       const VerzuimKlok& klok) {
  VerzuimStatus status;
  status.loopt = Loopt(melding, op);
  if (op > melding.startdatum) {
    const Date tot = melding.einddatum ? std::min(op, *melding.einddatum) : op;
    status.dagen_thuis = DaysBetween(melding.startdatum, tot);
  }
  status.thuiszitter_vanaf = klok.thuiszitter_vanaf;
  // IsThuiszitter on the precomputed onset.
  status.thuiszitter = klok.thuiszitter_vanaf && *klok.thuiszitter_vanaf <= op && status.loopt;
  status.consulent_vanaf = klok.consulent_vanaf;
  status.drie_maanden_vanaf = klok.drie_maanden_vanaf;
  status.aanbod_gedaan = melding.aanbod && melding.aanbod->datum <= op;
  if (!status.thuiszitter) return status;
  const Date drie = *status.drie_maanden_vanaf;
  status.langer_dan_drie_maanden = op >= drie;
  // The signals ask someone to act for a child without a prospect of a place (seed 003 §4.3:
  // «zonder uitzicht op schoolplaatsing»; the target: «zonder passend aanbod»).
  if (status.aanbod_gedaan) return status;
  if (op >= *status.consulent_vanaf) status.signalen.push_back(VerzuimSignaal::kConsulent);
  if (op < drie && DaysBetween(op, drie) <= termijnen.signaal_dagen) {
    status.signalen.push_back(VerzuimSignaal::kBijnaDrieMaanden);
  }
  if (op >= drie) status.signalen.push_back(VerzuimSignaal::kDrieMaanden);
  return status;
}

Thuiszittertelling TelThuiszitters(std::span<const Verzuimmelding> meldingen, Date op,
                                   const VerzuimTermijnen& termijnen,
                                   const Schoolvakanties& vakanties) {
  std::vector<VerzuimKlok> klokken;
  klokken.reserve(meldingen.size());
  for (const Verzuimmelding& m : meldingen) {
    // Only running cases are counted; the others need no clock.
    klokken.push_back(Loopt(m, op) ? KlokVan(m, termijnen, vakanties) : VerzuimKlok{});
  }
  return TelThuiszitters(meldingen, klokken, op, termijnen);
}

Thuiszittertelling TelThuiszitters(std::span<const Verzuimmelding> meldingen,
                                   std::span<const VerzuimKlok> klokken, Date op,
                                   const VerzuimTermijnen& termijnen) {
  // Each child is counted once per group, even with overlapping cases (e.g. an absence case
  // and a sick report recorded side by side).
  std::set<int64_t> thuis, absoluut, langdurig, vier_weken, drie_maanden, zonder_aanbod, ziek,
      vrijgesteld, relatief;
  for (std::size_t i = 0; i < meldingen.size(); ++i) {
    const Verzuimmelding& m = meldingen[i];
    if (!Loopt(m, op)) continue;
    const int64_t kind = m.leerling.value;
    if (m.type == VerzuimType::kZiek) ziek.insert(kind);
    if (IsVrijstelling(m.type)) vrijgesteld.insert(kind);
    if (m.type == VerzuimType::kRelatiefVerzuim) relatief.insert(kind);
    const VerzuimStatus status = StatusOp(m, op, termijnen, klokken[i]);
    if (!status.thuiszitter) continue;
    thuis.insert(kind);
    (m.type == VerzuimType::kAbsoluutVerzuim ? absoluut : langdurig).insert(kind);
    if (op >= *status.consulent_vanaf) vier_weken.insert(kind);
    if (status.langer_dan_drie_maanden) drie_maanden.insert(kind);
    if (!status.aanbod_gedaan) zonder_aanbod.insert(kind);
  }
  const auto n = [](const std::set<int64_t>& s) { return static_cast<int>(s.size()); };
  return Thuiszittertelling{
      .thuiszitters = n(thuis),
      .absoluut_verzuim = n(absoluut),
      .langdurig_relatief_verzuim = n(langdurig),
      .langer_dan_vier_weken = n(vier_weken),
      .langer_dan_drie_maanden = n(drie_maanden),
      .zonder_aanbod = n(zonder_aanbod),
      .ziek = n(ziek),
      .vrijstellingen = n(vrijgesteld),
      .relatief_verzuim = n(relatief),
  };
}

}  // namespace passend::domain
