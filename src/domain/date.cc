#include "domain/date.h"

#include <fmt/format.h>

#include <array>
#include <cstddef>

namespace passend::domain {

namespace {

using std::chrono::sys_days;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int DigitsToInt(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

// Month names as Dutch style guides write them in running text: lower case.
constexpr std::array<std::string_view, 12> kDutchMonths = {
    "januari", "februari", "maart",     "april",   "mei",      "juni",
    "juli",    "augustus", "september", "oktober", "november", "december"};

}  // namespace

Result<Date> ParseIsoDate(std::string_view text) {
  // Strictly YYYY-MM-DD: the API contract uses ISO 8601 calendar dates only, so that a
  // day-month swap (01-10 vs 10-01) can never be misread.
  bool shape_ok = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i = 0; shape_ok && i < text.size(); ++i) {
    if (i != 4 && i != 7 && !IsDigit(text[i])) shape_ok = false;
  }
  if (!shape_ok) {
    return Fail(ErrorCode::kInvalid,
                "Ongeldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-10-01.");
  }
  const Date date{std::chrono::year{DigitsToInt(text.substr(0, 4))},
                  std::chrono::month{static_cast<unsigned>(DigitsToInt(text.substr(5, 2)))},
                  std::chrono::day{static_cast<unsigned>(DigitsToInt(text.substr(8, 2)))}};
  if (!date.ok()) {
    return Fail(ErrorCode::kInvalid,
                "Deze datum bestaat niet. Controleer de maand (01-12) en de dag van de maand.");
  }
  return date;
}

std::string FormatIsoDate(Date date) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::string FormatDutchDate(Date date) {
  const unsigned month = static_cast<unsigned>(date.month());
  const std::string_view name = (month >= 1 && month <= 12) ? kDutchMonths[month - 1] : "?";
  return fmt::format("{} {} {}", static_cast<unsigned>(date.day()), name,
                     static_cast<int>(date.year()));
}

int DaysBetween(Date from, Date to) {
  return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

Date AddDays(Date date, int days) { return Date{sys_days{date} + std::chrono::days{days}}; }

int AgeOn(Date birth, Date on) {
  int age = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  // The birthday has not come yet this year. Someone born on 29 February therefore turns a
  // year older on 1 March in common years.
  if (std::chrono::month_day{on.month(), on.day()} <
      std::chrono::month_day{birth.month(), birth.day()}) {
    --age;
  }
  return age;
}

Date PlusMaanden(Date date, int maanden) {
  const Date doel = date + std::chrono::months{maanden};
  if (doel.ok()) return doel;
  // 31 August + 3 months: November has no 31st, so the term ends on its last day.
  return Date{
      std::chrono::year_month_day_last{doel.year(), std::chrono::month_day_last{doel.month()}}};
}

}  // namespace passend::domain
