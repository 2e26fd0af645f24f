#include "domain/registry.h"

#include <fmt/format.h>

namespace passend::domain {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

Result<std::string> ParseBestuurCode(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool ok = text.size() == 5;
  for (char c : text) ok = ok && IsDigit(c);
  // DUO numbers every bevoegd gezag with 5 digits.
  if (!ok) {
    return Fail(ErrorCode::kInvalid,
                "Dit is geen geldig bestuursnummer. Een bestuursnummer (bevoegd gezag) bestaat "
                "uit 5 cijfers, bijvoorbeeld 41234.");
  }
  return std::string(text);
}

std::string_view SchoolSoortCode(SchoolSoort soort) {
  switch (soort) {
    case SchoolSoort::kBao:
      return "bao";
    case SchoolSoort::kSbo:
      return "sbo";
    case SchoolSoort::kSo:
      return "so";
    case SchoolSoort::kVso:
      return "vso";
    case SchoolSoort::kVo:
      return "vo";
    case SchoolSoort::kPro:
      return "pro";
  }
  return "bao";
}

Result<SchoolSoort> ParseSchoolSoort(std::string_view text) {
  for (SchoolSoort soort : {SchoolSoort::kBao, SchoolSoort::kSbo, SchoolSoort::kSo,
                            SchoolSoort::kVso, SchoolSoort::kVo, SchoolSoort::kPro}) {
    if (text == SchoolSoortCode(soort)) return soort;
  }
  return Fail(ErrorCode::kInvalid,
              "Onbekende schoolsoort. Kies een van: bao, sbo, so, vso, vo of pro.");
}

Sector SectorOf(SchoolSoort soort) {
  switch (soort) {
    case SchoolSoort::kBao:
    case SchoolSoort::kSbo:
    case SchoolSoort::kSo:
      return Sector::kPo;
    // Praktijkonderwijs is a form of VO (WVO); vso falls under the VO SWV (WEC).
    case SchoolSoort::kVso:
    case SchoolSoort::kVo:
    case SchoolSoort::kPro:
      return Sector::kVo;
  }
  return Sector::kPo;
}

bool HasCluster(SchoolSoort soort) {
  // Only special education (WEC) is organised in clusters 1 to 4.
  return soort == SchoolSoort::kSo || soort == SchoolSoort::kVso;
}

Result<void> Validate(const School& school) {
  if (HasCluster(school.soort)) {
    if (!school.cluster) {
      return Fail(ErrorCode::kInvalid,
                  "Bij een school voor (voortgezet) speciaal onderwijs hoort een cluster. Kies "
                  "cluster 1, 2, 3 of 4.");
    }
    if (*school.cluster < 1 || *school.cluster > 4) {
      return Fail(ErrorCode::kInvalid, "Dit cluster bestaat niet. Kies cluster 1, 2, 3 of 4.");
    }
  } else if (school.cluster) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Een school van soort {} heeft geen cluster; alleen so en vso "
                            "hebben er een. Laat het cluster leeg.",
                            SchoolSoortCode(school.soort)));
  }

  // Clusters 1 (visual) and 2 (auditory, communicative) are organised nationally by
  // institutions outside the SWVs; every other school belongs to an SWV (WPO art. 18a).
  const bool national = school.cluster && (*school.cluster == 1 || *school.cluster == 2);
  if (!school.swv) {
    if (national) return {};
    return Fail(ErrorCode::kInvalid,
                "Deze school hoort bij een samenwerkingsverband. Kies het "
                "samenwerkingsverband van de school.");
  }
  // PO schools (including so) join a PO SWV, VO schools (including vso and pro) a VO SWV.
  const Sector sector = SectorOf(school.soort);
  if (school.swv->sector() != sector) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Een school van soort {} hoort bij een samenwerkingsverband {}, "
                            "maar {} is een samenwerkingsverband {}. Kies een "
                            "samenwerkingsverband van de sector {}.",
                            SchoolSoortCode(school.soort), SectorCode(sector), school.swv->str(),
                            SectorCode(school.swv->sector()), SectorCode(sector)));
  }
  return {};
}

std::string_view GeslachtCode(Geslacht geslacht) {
  switch (geslacht) {
    case Geslacht::kMan:
      return "M";
    case Geslacht::kVrouw:
      return "V";
    case Geslacht::kOnbekend:
      return "X";
  }
  return "X";
}

Result<Geslacht> ParseGeslacht(std::string_view text) {
  for (Geslacht geslacht : {Geslacht::kMan, Geslacht::kVrouw, Geslacht::kOnbekend}) {
    if (text == GeslachtCode(geslacht)) return geslacht;
  }
  return Fail(ErrorCode::kInvalid, "Onbekend geslacht. Kies M (man), V (vrouw) of X (onbekend).");
}

std::string Leerling::VolledigeNaam() const {
  // Dutch order: voornaam, tussenvoegsel, achternaam; most students have no tussenvoegsel, so
  // empty parts are left out rather than leaving a double space.
  std::string naam;
  for (const std::string* part : {&voornaam, &tussenvoegsel, &achternaam}) {
    if (part->empty()) continue;
    if (!naam.empty()) naam.push_back(' ');
    naam += *part;
  }
  return naam;
}

bool Inschrijving::ActiefOp(Date date) const {
  // Both ends are inclusive: a student enrolled until 31 July still counts on 31 July.
  return date >= van && (!tot || date <= *tot);
}

Result<void> Validate(const Inschrijving& inschrijving) {
  if (!inschrijving.van.ok()) {
    return Fail(ErrorCode::kInvalid,
                "De begindatum van de inschrijving is geen geldige datum. Vul een bestaande "
                "datum in.");
  }
  if (inschrijving.tot && !inschrijving.tot->ok()) {
    return Fail(ErrorCode::kInvalid,
                "De einddatum van de inschrijving is geen geldige datum. Vul een bestaande "
                "datum in of laat de einddatum leeg.");
  }
  if (inschrijving.tot && *inschrijving.tot < inschrijving.van) {
    return Fail(ErrorCode::kInvalid,
                "De einddatum van de inschrijving ligt voor de begindatum. Kies een einddatum "
                "op of na de begindatum.");
  }
  return {};
}

}  // namespace passend::domain
