#include "domain/bekostiging.h"

#include <fmt/format.h>

#include <utility>

namespace passend::domain {
namespace {

// One line `aantal × per_eenheid`, negated for deductions.
Result<BatenRegel> Regel(std::string code, std::string omschrijving, int64_t aantal,
                         Cents per_eenheid, bool aftrek) {
  PASSEND_ASSIGN_OR_RETURN(Cents bedrag, per_eenheid.Multiply(aantal));
  if (aftrek) {
    PASSEND_ASSIGN_OR_RETURN(bedrag, Cents(0).Subtract(bedrag));
  }
  std::string formule =
      fmt::format("{}{} × {}", aftrek ? "− " : "", FormatAantal(aantal), per_eenheid.Format());
  return BatenRegel{std::move(code), std::move(omschrijving), aantal, per_eenheid,
                    bedrag,          std::move(formule)};
}

}  // namespace

Result<Baten> BerekenBaten(const BatenInvoer& invoer, const Normbedragen& norm) {
  if (invoer.leerlingen < 0) {
    return Fail(ErrorCode::kInvalid, "Het aantal leerlingen op de teldatum kan niet negatief zijn.",
                "leerlingen");
  }
  Baten baten;
  // seed 003 §1.3: light and heavy support money together, per student on the count date.
  PASSEND_ASSIGN_OR_RETURN(
      BatenRegel licht,
      Regel("lichte-ondersteuning", "Lichte ondersteuning (leerlingen × normbedrag)",
            invoer.leerlingen, norm.lichte_ondersteuning, false));
  PASSEND_ASSIGN_OR_RETURN(
      BatenRegel zwaar,
      Regel("zware-ondersteuning", "Zware ondersteuning (leerlingen × normbedrag)",
            invoer.leerlingen, norm.zware_ondersteuning, false));
  baten.regels.push_back(std::move(licht));
  baten.regels.push_back(std::move(zwaar));
  baten.regels.push_back(BatenRegel{"verevening", "Verevening", 1, invoer.verevening,
                                    invoer.verevening, invoer.verevening.Format()});
  // DUO pays the (v)so schools directly for the SWV's TLV students and offsets it against the
  // SWV's heavy-support budget, counted per category on 1 October (domain.md §3.7).
  const bool po = invoer.sector == Sector::kPo;
  const auto& telling = po ? invoer.telling.so : invoer.telling.vso;
  const std::string soort = po ? "so" : "vso";
  for (const TlvCategorie categorie :
       {TlvCategorie::kLaag, TlvCategorie::kMidden, TlvCategorie::kHoog}) {
    const auto gevonden = telling.find(categorie);
    const int aantal = gevonden == telling.end() ? 0 : gevonden->second;
    const std::string code = fmt::format("tlv-{}-{}", soort, TlvCategorieCode(categorie));
    if (aantal < 0) {
      return Fail(ErrorCode::kInvalid, "Een aantal TLV's kan niet negatief zijn.", code);
    }
    const auto bedrag = norm.tlv.find(categorie);
    const Cents per = bedrag == norm.tlv.end() ? Cents(0) : bedrag->second;
    PASSEND_ASSIGN_OR_RETURN(
        BatenRegel regel,
        Regel(code,
              fmt::format("Af: directe bekostiging {} categorie {} (TLV's op de teldatum)", soort,
                          TlvCategorieCode(categorie)),
              aantal, per, true));
    baten.regels.push_back(std::move(regel));
  }
  for (const BatenRegel& regel : baten.regels) {
    PASSEND_ASSIGN_OR_RETURN(baten.totaal, baten.totaal.Add(regel.bedrag));
  }
  return baten;
}

Result<Kalenderjaardelen> VerdeelSchooljaar(Cents schooljaarbedrag) {
  // domain.md §3.7: August–December is 5/12 of the school year, January–July 7/12. Only the
  // first part is rounded; the second is the remainder, so the parts add up to the cent.
  PASSEND_ASSIGN_OR_RETURN(const Cents vijf, schooljaarbedrag.MultiplyRatio(5, 12));
  PASSEND_ASSIGN_OR_RETURN(const Cents zeven, schooljaarbedrag.Subtract(vijf));
  return Kalenderjaardelen{vijf, zeven};
}

Result<Cents> Kalenderjaarbedrag(Cents schooljaar_ervoor, Cents schooljaar_erna) {
  PASSEND_ASSIGN_OR_RETURN(const Kalenderjaardelen ervoor, VerdeelSchooljaar(schooljaar_ervoor));
  PASSEND_ASSIGN_OR_RETURN(const Kalenderjaardelen erna, VerdeelSchooljaar(schooljaar_erna));
  return ervoor.januari_juli.Add(erna.augustus_december);
}

}  // namespace passend::domain
