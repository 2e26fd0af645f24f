#include "domain/bsn.h"

#include <cstddef>

namespace passend::domain {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsSeparator(char c) { return c == ' ' || c == '.' || c == '-'; }

}  // namespace

bool IsValidBsn(std::string_view digits) {
  if (digits.size() != 9) return false;
  int sum = 0;
  bool all_zero = true;
  for (std::size_t i = 0; i < 9; ++i) {
    const char c = digits[i];
    if (!IsDigit(c)) return false;
    const int d = c - '0';
    if (d != 0) all_zero = false;
    // Elfproef: the weights are 9..2 for the first eight digits and -1 for the last (BRP rules).
    const int weight = i < 8 ? 9 - static_cast<int>(i) : -1;
    sum += weight * d;
  }
  // 000000000 passes the arithmetic but is never issued.
  if (all_zero) return false;
  // Elfproef: the weighted sum of a BSN is divisible by 11 (BRP rules).
  return sum % 11 == 0;
}

Result<Bsn> Bsn::Parse(std::string_view text) {
  // The messages below never echo `text`: a BSN is a special personal number (UAVG art. 46)
  // and error messages end up in logs and on screens.
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && text[begin] == ' ') ++begin;
  while (end > begin && text[end - 1] == ' ') --end;
  const std::string_view trimmed = text.substr(begin, end - begin);
  if (trimmed.empty()) {
    return Fail(ErrorCode::kInvalid, "Vul een burgerservicenummer (BSN) in van 9 cijfers.");
  }

  constexpr std::string_view kBadCharacters =
      "Een burgerservicenummer (BSN) bestaat alleen uit cijfers, eventueel gescheiden door "
      "spaties, punten of streepjes. Controleer het nummer.";
  std::string digits;
  for (char c : trimmed) {
    if (IsDigit(c)) {
      if (digits.size() > 9) break;  // too long; reported below without reading further
      digits.push_back(c);
    } else if (!IsSeparator(c) || digits.empty()) {
      // Separators are allowed between digit groups only (`123 456 782`, `1234.56.782`).
      return Fail(ErrorCode::kInvalid, std::string(kBadCharacters));
    }
  }
  if (!IsDigit(trimmed.back())) return Fail(ErrorCode::kInvalid, std::string(kBadCharacters));
  // Spreadsheets store a BSN as a number and drop its leading zero.
  if (digits.size() == 8) digits.insert(digits.begin(), '0');
  if (digits.size() != 9) {
    return Fail(ErrorCode::kInvalid,
                "Een burgerservicenummer (BSN) heeft 9 cijfers. Controleer het aantal cijfers.");
  }
  if (!IsValidBsn(digits)) {
    return Fail(ErrorCode::kInvalid,
                "Dit is geen geldig burgerservicenummer (BSN): het voldoet niet aan de "
                "elfproef. Controleer of u het nummer goed hebt overgenomen.");
  }
  return Bsn(std::move(digits));
}

std::string Bsn::Masked() const {
  if (digits_.size() < 4) return std::string(digits_.size(), '*');
  // Only the last four digits are shown, as on letters from the Belastingdienst and DUO.
  return std::string(digits_.size() - 4, '*') + digits_.substr(digits_.size() - 4);
}

}  // namespace passend::domain
