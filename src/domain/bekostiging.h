#pragma once
// An SWV's support income computed from the records (issue 8 items 1–3; domain.md §3.7):
// students on the count date × the norm amounts, verevening, minus what DUO pays the (v)so
// schools directly for the SWV's TLV students (counts per category on the count date); and a
// school year's amount spread over calendar years as 5/12 and 7/12. Exact cents only.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/codes.h"
#include "domain/error.h"
#include "domain/money.h"
#include "domain/tlv.h"

namespace passend::domain {

/// The norm amounts of one sector and year (Regeling bekostiging; config/bekostiging.json).
struct Normbedragen {
  Cents lichte_ondersteuning;         // per student on the count date
  Cents zware_ondersteuning;          // per student on the count date
  std::map<TlvCategorie, Cents> tlv;  // per so (PO) or vso (VO) TLV student, per category
};

/// What the income of one SWV for one year is computed from.
struct BatenInvoer {
  Sector sector = Sector::kPo;
  int64_t leerlingen = 0;  // funded students at the region's schools on the count date
  Cents verevening;        // positive or negative (seed 000, seed 003 §1.3)
  TlvTelling telling;      // the SWV's TLVs on the count date (domain::TelOp)
};

/// One line of the computation, shown with its inputs and formula.
struct BatenRegel {
  std::string code;          // `lichte-ondersteuning`, `zware-ondersteuning`, `verevening`,
                             // `tlv-so-laag`, ... (API spelling)
  std::string omschrijving;  // Dutch
  int64_t aantal = 0;        // students or TLVs (1 for verevening)
  Cents per_eenheid;         // the norm amount (the amount itself for verevening)
  Cents bedrag;              // signed: deductions are negative
  std::string formule;       // Dutch, e.g. `12.345 × € 150,00`
};

/// The income with its lines; `totaal` is their exact sum.
struct Baten {
  std::vector<BatenRegel> regels;
  Cents totaal;
};

/// Computes the lines and the total (kInvalid naming `leerlingen` or a TLV count when
/// negative; overflow is an error, never a wrap). Only (v)so TLVs are deducted: the so
/// categories for a PO SWV, the vso categories for a VO SWV (DUO pays those schools directly).
Result<Baten> BerekenBaten(const BatenInvoer& invoer, const Normbedragen& norm);

/// A school year's amount split over the two calendar years it touches.
struct Kalenderjaardelen {
  Cents augustus_december;  // 5/12, in the calendar year the school year starts
  Cents januari_juli;       // 7/12, in the next calendar year
};

/// 5/12 rounded half away from zero, and the rest as 7/12, so the parts always add up to the
/// whole amount: no cent is lost or made (domain.md §3.7).
Result<Kalenderjaardelen> VerdeelSchooljaar(Cents schooljaarbedrag);

/// The calendar year Y's amount from school year (Y−1)/Y (its January–July part) and school
/// year Y/(Y+1) (its August–December part).
Result<Cents> Kalenderjaarbedrag(Cents schooljaar_ervoor, Cents schooljaar_erna);

}  // namespace passend::domain
