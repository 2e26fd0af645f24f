#pragma once
// The money parameters per school year from config/bekostiging.json (issue 8 item 1): norm
// amounts per student and per TLV category, verevening per SWV, the reserve threshold. Values
// marked `demo` are example amounts, not the published ones, and every answer built on them
// says so.

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "domain/bekostiging.h"
#include "domain/codes.h"
#include "domain/error.h"
#include "domain/reserve.h"
#include "domain/reserveplan.h"

namespace passend::app {

/// The norm amounts of one school year.
struct Schooljaarbedragen {
  bool demo = true;  // example amounts, not the Regeling bekostiging's
  domain::Normbedragen po;
  domain::Normbedragen vo;
  /// The amounts of `sector`.
  const domain::Normbedragen& Van(domain::Sector sector) const {
    return sector == domain::Sector::kPo ? po : vo;
  }
};

/// Every money parameter.
struct BekostigingConfig {
  domain::ReserveNorm reserve;
  bool reserve_demo = false;
  std::map<int, Schooljaarbedragen> schooljaren;  // by the school year's start year
  std::map<std::string, std::map<int, domain::Cents>> verevening;  // SWV → start year → amount
  bool verevening_demo = true;
  /// The reserve plan duty: first accounts year, the deadline rule, the plan's and the
  /// multi-year budget's years (`reserveplan`; seed 000 #23). Not a statutory term: the
  /// deadline rule generalises the one announced for the 2019 accounts.
  domain::ReserveplanTermijn reserveplan;

  /// The amounts of the school year starting in `start_jaar`; kRegel naming the year when the
  /// file has none (an answer is never computed from guessed amounts).
  domain::Result<const Schooljaarbedragen*> Schooljaar(int start_jaar) const;
  /// The SWV's verevening in the school year starting in `start_jaar` (0 when not listed).
  domain::Cents Verevening(const std::string& swv, int start_jaar) const;
};

/// Where the file lives by default (next to config/vakanties.json).
inline constexpr char kBekostigingBestand[] = "config/bekostiging.json";

/// Reads and parses the file at `pad`; a missing file gives a configuration without school
/// years (every income question then answers that the amounts are missing), a malformed one an
/// error naming the file and the key.
domain::Result<BekostigingConfig> LeesBekostiging(const std::string& pad);

/// Parses config/bekostiging.json; `_`-prefixed keys are comments; unknown keys, amounts that
/// are not whole numbers of cents, and school years that do not parse are errors naming the
/// key path (`schooljaren.2019-2020.po.tlvCent.laag`).
domain::Result<BekostigingConfig> ParseBekostiging(std::string_view json_text);

}  // namespace passend::app
