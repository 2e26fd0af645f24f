#pragma once
// The codes DUO and CBS give to schools, boards, SWVs and municipalities.

#include <string>
#include <string_view>

#include "domain/error.h"

namespace passend::domain {

/// Primary (PO) or secondary (VO) education: SWVs are split along this line.
enum class Sector { kPo, kVo };

/// `PO` or `VO`.
std::string_view SectorCode(Sector sector);

/// A BRIN number: 2 digits and 2 letters (`12AB`), identifying a school (institution).
class Brin {
 public:
  /// Empty (unset); only Parse produces a valid value.
  Brin() = default;
  /// Accepts `12AB` in any letter case, with surrounding spaces.
  static Result<Brin> Parse(std::string_view text);
  const std::string& str() const { return code_; }
  friend auto operator<=>(const Brin&, const Brin&) = default;

 private:
  explicit Brin(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

/// A school location: BRIN plus a 2-digit vestiging number (`12AB00`); Passend's school code.
class Vestigingscode {
 public:
  /// Empty (unset); only Parse produces a valid value.
  Vestigingscode() = default;
  /// Accepts `12AB00`, `12ab00`, `12AB 00`, `12AB-00`.
  static Result<Vestigingscode> Parse(std::string_view text);
  /// From a BRIN and a location number 0..99.
  static Result<Vestigingscode> Make(const Brin& brin, int vestiging);
  const std::string& str() const { return code_; }
  /// The BRIN part (`12AB`).
  Brin brin() const;
  /// The location number (0..99).
  int vestiging() const;
  friend auto operator<=>(const Vestigingscode&, const Vestigingscode&) = default;

 private:
  explicit Vestigingscode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

/// An SWV code as DUO writes it: `PO2001`, `VO2001` (sector + 2-digit region + 2-digit number).
class SwvCode {
 public:
  /// Empty (unset); only Parse produces a valid value.
  SwvCode() = default;
  /// Accepts `PO2001`, `po2001`, `PO 20-01`, `PO 20.01`, `PO20.01`.
  static Result<SwvCode> Parse(std::string_view text);
  const std::string& str() const { return code_; }
  Sector sector() const;
  friend auto operator<=>(const SwvCode&, const SwvCode&) = default;

 private:
  explicit SwvCode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

/// A CBS municipality code: `GM` + 4 digits (`GM0363` is Amsterdam).
class GemeenteCode {
 public:
  /// Empty (unset); only Parse produces a valid value.
  GemeenteCode() = default;
  /// Accepts `GM0363`, `gm0363`, `0363` and `363`.
  static Result<GemeenteCode> Parse(std::string_view text);
  const std::string& str() const { return code_; }
  friend auto operator<=>(const GemeenteCode&, const GemeenteCode&) = default;

 private:
  explicit GemeenteCode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

}  // namespace passend::domain
