#include "domain/school_year.h"

#include <fmt/format.h>

namespace passend::domain {

namespace {

using std::chrono::August;
using std::chrono::July;
using std::chrono::year;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

SchoolYear SchoolYear::Containing(Date date) {
  // WPO art. 1 and WVO: the school year runs from 1 August to 31 July.
  const int y = static_cast<int>(date.year());
  return SchoolYear(date.month() >= August ? y : y - 1);
}

Result<SchoolYear> SchoolYear::Parse(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool shape_ok = text.size() == 9 && (text[4] == '-' || text[4] == '/');
  for (std::size_t i = 0; shape_ok && i < text.size(); ++i) {
    if (i != 4 && !IsDigit(text[i])) shape_ok = false;
  }
  if (!shape_ok) {
    return Fail(ErrorCode::kInvalid,
                "Dit is geen geldig schooljaar. Schrijf het als twee jaartallen, bijvoorbeeld "
                "2025-2026.");
  }
  const auto to_int = [](std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
  };
  const int first = to_int(text.substr(0, 4));
  const int second = to_int(text.substr(5, 4));
  if (second != first + 1) {
    return Fail(ErrorCode::kInvalid,
                "Een schooljaar loopt over twee opeenvolgende jaren. Het tweede jaartal moet "
                "één hoger zijn dan het eerste, bijvoorbeeld 2025-2026.");
  }
  return SchoolYear(first);
}

Date SchoolYear::First() const { return Date{year{start_year_}, August, std::chrono::day{1}}; }

Date SchoolYear::Last() const { return Date{year{start_year_ + 1}, July, std::chrono::day{31}}; }

bool SchoolYear::Contains(Date date) const { return date >= First() && date <= Last(); }

Date SchoolYear::Teldatum(std::chrono::month month, std::chrono::day day) const {
  // DUO's count date (teldatum) is traditionally 1 October; PO funding counts on 1 February
  // since 2023, hence the parameter. August..December fall in the start year, the rest after.
  const int y = month >= August ? start_year_ : start_year_ + 1;
  return Date{year{y}, month, day};
}

std::string SchoolYear::Label() const { return fmt::format("{}-{}", start_year_, start_year_ + 1); }

}  // namespace passend::domain
