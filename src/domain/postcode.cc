#include "domain/postcode.h"

#include <string>

namespace passend::domain {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char ToUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

Result<Postcode> Postcode::Parse(std::string_view text) {
  constexpr std::string_view kShape =
      "Dit is geen geldige postcode. Schrijf 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.";
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() < 6 || !IsDigit(text[0]) || !IsDigit(text[1]) || !IsDigit(text[2]) ||
      !IsDigit(text[3])) {
    return Fail(ErrorCode::kInvalid, std::string(kShape));
  }
  std::string_view letters = text.substr(4);
  // People write `1234AB`, `1234 AB`, `1234  AB` or `1234-AB`; all mean the same postcode.
  if (!letters.empty() && letters.front() == '-') {
    letters.remove_prefix(1);
  } else {
    while (!letters.empty() && letters.front() == ' ') letters.remove_prefix(1);
  }
  if (letters.size() != 2 || !IsLetter(letters[0]) || !IsLetter(letters[1])) {
    return Fail(ErrorCode::kInvalid, std::string(kShape));
  }
  // PostNL numbers postcode areas from 1000 upwards; 0xxx does not exist.
  if (text[0] == '0') {
    return Fail(ErrorCode::kInvalid,
                "Een postcode begint niet met 0. Controleer de 4 cijfers van de postcode.");
  }
  std::string code =
      std::string(text.substr(0, 4)) + ' ' + ToUpper(letters[0]) + ToUpper(letters[1]);
  const std::string_view pair = std::string_view(code).substr(5);
  // PostNL never issues SA, SD and SS because of their association with the Second World War.
  if (pair == "SA" || pair == "SD" || pair == "SS") {
    return Fail(ErrorCode::kInvalid,
                "Deze postcode bestaat niet: de letters SA, SD en SS worden niet gebruikt. "
                "Controleer de letters van de postcode.");
  }
  return Postcode(std::move(code));
}

int Postcode::Cijfers() const {
  if (code_.size() < 4) return 0;
  int value = 0;
  for (int i = 0; i < 4; ++i) value = value * 10 + (code_[i] - '0');
  return value;
}

}  // namespace passend::domain
