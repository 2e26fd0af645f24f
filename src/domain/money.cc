#include "domain/money.h"

#include <fmt/format.h>

#include <limits>

namespace passend::domain {

namespace {

// g++ -Wpedantic warns on __int128 unless it is marked as an extension.
__extension__ using Int128 = __int128;

constexpr std::string_view kEuroSign = "\xE2\x82\xAC";  // U+20AC in UTF-8

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::unexpected<Error> Overflow() {
  return Fail(ErrorCode::kInvalid,
              "Het bedrag is te groot om mee te rekenen (meer dan 92 biljard euro). Controleer "
              "de ingevoerde bedragen en aantallen.");
}

std::unexpected<Error> BadNotation() {
  return Fail(ErrorCode::kInvalid,
              "Dit is geen geldig bedrag. Schrijf het bedrag in euro's met een komma voor de "
              "centen, bijvoorbeeld 1.234,56 of 12,50.");
}

// Also skips the no-break space (U+00A0) that web pages put between `€` and the amount.
void SkipSpaces(std::string_view& text) {
  while (true) {
    if (text.starts_with(' ')) {
      text.remove_prefix(1);
    } else if (text.starts_with("\xC2\xA0")) {
      text.remove_prefix(2);
    } else {
      return;
    }
  }
}

// Inserts a thousands dot every three digits, as Dutch writes 1.234.567.
std::string GroupThousands(uint64_t value) {
  const std::string digits = fmt::format("{}", value);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back('.');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

Result<Cents> Cents::ParseEuro(std::string_view text) {
  SkipSpaces(text);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool negative = false;
  // The sign may stand before or after the euro sign: `-€ 12,50` and `€ -12,50` (our Format).
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
    SkipSpaces(text);
  }
  if (text.starts_with(kEuroSign)) {
    text.remove_prefix(kEuroSign.size());
    SkipSpaces(text);
  }
  if (!negative && !text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }

  // Dutch notation: a dot groups thousands, a comma starts the cents.
  const std::size_t comma = text.find(',');
  const std::string_view whole = text.substr(0, comma);
  std::string_view fraction =
      comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
  if (whole.empty() || !IsDigit(whole.front()) || !IsDigit(whole.back())) return BadNotation();

  // With thousands dots, every group after the first has exactly three digits; `1.23` is an
  // English decimal point and must not silently become 123 euro.
  uint64_t euros = 0;
  const bool grouped = whole.find('.') != std::string_view::npos;
  std::size_t group_length = 0;
  bool first_group = true;
  for (char c : whole) {
    if (c == '.') {
      if ((first_group && group_length > 3) || (!first_group && group_length != 3)) {
        return BadNotation();
      }
      first_group = false;
      group_length = 0;
      continue;
    }
    if (!IsDigit(c)) return BadNotation();
    ++group_length;
    euros = euros * 10 + static_cast<uint64_t>(c - '0');
    // Stop before the digits could wrap around; the exact limit is checked below.
    if (euros > (uint64_t{1} << 63) / 100) return Overflow();
  }
  if (grouped && group_length != 3) return BadNotation();

  if (comma != std::string_view::npos) {
    // `12,-` is the Dutch way to write a whole amount; a bare `12,` is a typing error.
    if (fraction == "-") {
      fraction = {};
    } else if (fraction.empty()) {
      return BadNotation();
    }
  }
  uint64_t cents = 0;
  for (char c : fraction) {
    if (!IsDigit(c)) return BadNotation();
    cents = cents * 10 + static_cast<uint64_t>(c - '0');
  }
  if (fraction.size() > 2) {
    return Fail(ErrorCode::kInvalid,
                "Een bedrag heeft hoogstens 2 cijfers achter de komma (hele centen). Rond het "
                "bedrag af op centen.");
  }
  if (fraction.size() == 1) cents *= 10;  // `12,5` is 12 euro 50 cent

  // Compare magnitudes in unsigned arithmetic: the negative range has one more value.
  const uint64_t limit = negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
  if (euros > (limit - cents) / 100) return Overflow();
  const uint64_t magnitude = euros * 100 + cents;
  if (magnitude > limit) return Overflow();
  if (!negative) return Cents(static_cast<int64_t>(magnitude));
  // 0 - magnitude in unsigned arithmetic, then back: well defined for INT64_MIN too.
  return Cents(static_cast<int64_t>(~magnitude + 1));
}

Result<Cents> Cents::Add(Cents other) const {
  int64_t sum = 0;
  if (__builtin_add_overflow(value_, other.value_, &sum)) return Overflow();
  return Cents(sum);
}

Result<Cents> Cents::Subtract(Cents other) const {
  int64_t difference = 0;
  if (__builtin_sub_overflow(value_, other.value_, &difference)) return Overflow();
  return Cents(difference);
}

Result<Cents> Cents::Multiply(int64_t factor) const {
  int64_t product = 0;
  if (__builtin_mul_overflow(value_, factor, &product)) return Overflow();
  return Cents(product);
}

Result<Cents> Cents::MultiplyRatio(int64_t numerator, int64_t denominator) const {
  if (denominator == 0) {
    return Fail(ErrorCode::kInvalid,
                "Een verhouding met noemer 0 kan niet. Controleer de verdeelsleutel; de noemer "
                "moet groter zijn dan 0.");
  }
  // |value * numerator| < 2^126, so the product fits in 128 bits.
  const Int128 product = static_cast<Int128>(value_) * numerator;
  Int128 quotient = product / denominator;
  const Int128 remainder = product % denominator;
  // Round half away from zero, as bookkeeping does (2.5 cent becomes 3, -2.5 becomes -3): a
  // remainder of at least half the divisor moves the result one cent outwards.
  const Int128 abs_remainder = remainder < 0 ? -remainder : remainder;
  const Int128 abs_denominator =
      denominator < 0 ? -static_cast<Int128>(denominator) : static_cast<Int128>(denominator);
  if (2 * abs_remainder >= abs_denominator) {
    quotient += ((product < 0) != (denominator < 0)) ? -1 : 1;
  }
  if (quotient > std::numeric_limits<int64_t>::max() ||
      quotient < std::numeric_limits<int64_t>::min()) {
    return Overflow();
  }
  return Cents(static_cast<int64_t>(quotient));
}

std::string Cents::Format() const {
  // Magnitude in unsigned arithmetic so that INT64_MIN has no positive counterpart problem.
  const bool negative = value_ < 0;
  const uint64_t magnitude =
      negative ? ~static_cast<uint64_t>(value_) + 1 : static_cast<uint64_t>(value_);
  return fmt::format("{} {}{},{:02}", kEuroSign, negative ? "-" : "",
                     GroupThousands(magnitude / 100), magnitude % 100);
}

std::string FormatAantal(int64_t aantal) {
  const uint64_t magnitude =
      aantal < 0 ? ~static_cast<uint64_t>(aantal) + 1 : static_cast<uint64_t>(aantal);
  std::string out = GroupThousands(magnitude);
  if (aantal < 0) out.insert(out.begin(), '-');
  return out;
}

}  // namespace passend::domain
