#include "domain/codes.h"

#include <fmt/format.h>

#include <cstddef>

namespace passend::domain {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char ToUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// DUO's BRIN: two digits followed by two letters, e.g. 12AB; stored upper case.
bool IsBrinShape(std::string_view text) {
  return text.size() == 4 && IsDigit(text[0]) && IsDigit(text[1]) && IsLetter(text[2]) &&
         IsLetter(text[3]);
}

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ToUpper(c);
  return out;
}

}  // namespace

std::string_view SectorCode(Sector sector) {
  switch (sector) {
    case Sector::kPo:
      return "PO";
    case Sector::kVo:
      return "VO";
  }
  return "PO";
}

Result<Brin> Brin::Parse(std::string_view text) {
  const std::string_view trimmed = Trim(text);
  if (!IsBrinShape(trimmed)) {
    return Fail(ErrorCode::kInvalid,
                "Dit is geen geldig BRIN-nummer. Een BRIN-nummer bestaat uit 2 cijfers en 2 "
                "letters, bijvoorbeeld 12AB.");
  }
  return Brin(Upper(trimmed));
}

Result<Vestigingscode> Vestigingscode::Parse(std::string_view text) {
  const std::string_view trimmed = Trim(text);
  std::string compact;
  // `12AB 00` and `12AB-00` are how the code appears in DUO exports and on letterheads.
  if (trimmed.size() == 7 && (trimmed[4] == ' ' || trimmed[4] == '-')) {
    compact = std::string(trimmed.substr(0, 4)) + std::string(trimmed.substr(5, 2));
  } else {
    compact = std::string(trimmed);
  }
  if (compact.size() != 6 || !IsBrinShape(std::string_view(compact).substr(0, 4)) ||
      !IsDigit(compact[4]) || !IsDigit(compact[5])) {
    return Fail(ErrorCode::kInvalid,
                "Dit is geen geldige vestigingscode. Een vestigingscode is een BRIN-nummer met "
                "een volgnummer van 2 cijfers, bijvoorbeeld 12AB00.");
  }
  return Vestigingscode(Upper(compact));
}

Result<Vestigingscode> Vestigingscode::Make(const Brin& brin, int vestiging) {
  if (brin.str().empty()) {
    return Fail(ErrorCode::kInvalid,
                "Het BRIN-nummer ontbreekt. Vul het BRIN-nummer van de school in, bijvoorbeeld "
                "12AB.");
  }
  if (vestiging < 0 || vestiging > 99) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Vestigingsnummer {} bestaat niet. Kies een nummer van 0 tot en met "
                            "99.",
                            vestiging));
  }
  return Vestigingscode(fmt::format("{}{:02}", brin.str(), vestiging));
}

Brin Vestigingscode::brin() const {
  if (code_.size() != 6) return Brin();
  // The first four characters were checked as a BRIN when this code was made, so this
  // cannot fail; Parse is the only way to make a Brin from outside the class.
  return Brin::Parse(std::string_view(code_).substr(0, 4)).value_or(Brin());
}

int Vestigingscode::vestiging() const {
  if (code_.size() != 6) return 0;
  return (code_[4] - '0') * 10 + (code_[5] - '0');
}

Result<SwvCode> SwvCode::Parse(std::string_view text) {
  const std::string_view trimmed = Trim(text);
  const auto fail = [] {
    return Fail(ErrorCode::kInvalid,
                "Dit is geen geldige code van een samenwerkingsverband. Gebruik PO of VO "
                "gevolgd door 4 cijfers, bijvoorbeeld PO2001 of VO 20.01.");
  };
  if (trimmed.size() < 2) return fail();
  const std::string prefix = Upper(trimmed.substr(0, 2));
  // Passend onderwijs has separate SWVs for PO and VO; the code starts with that sector.
  if (prefix != "PO" && prefix != "VO") return fail();
  std::string_view rest = trimmed.substr(2);
  if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  // DUO prints the region and the number apart: `20-01` or `20.01`.
  std::string number;
  if (rest.size() == 5 && (rest[2] == '-' || rest[2] == '.')) {
    number = std::string(rest.substr(0, 2)) + std::string(rest.substr(3, 2));
  } else {
    number = std::string(rest);
  }
  if (number.size() != 4) return fail();
  for (char c : number) {
    if (!IsDigit(c)) return fail();
  }
  return SwvCode(prefix + number);
}

Sector SwvCode::sector() const { return code_.starts_with("VO") ? Sector::kVo : Sector::kPo; }

Result<GemeenteCode> GemeenteCode::Parse(std::string_view text) {
  std::string_view rest = Trim(text);
  const auto fail = [] {
    return Fail(ErrorCode::kInvalid,
                "Dit is geen geldige gemeentecode. Gebruik de CBS-code: GM gevolgd door 4 "
                "cijfers (bijvoorbeeld GM0363), of alleen het nummer.");
  };
  if (rest.size() >= 2 && ToUpper(rest[0]) == 'G' && ToUpper(rest[1]) == 'M') {
    rest.remove_prefix(2);
  }
  // Spreadsheets drop the leading zeros of CBS codes (0363 becomes 363).
  if (rest.empty() || rest.size() > 4) return fail();
  int number = 0;
  for (char c : rest) {
    if (!IsDigit(c)) return fail();
    number = number * 10 + (c - '0');
  }
  if (number < 1) return fail();
  return GemeenteCode(fmt::format("GM{:04}", number));
}

}  // namespace passend::domain
