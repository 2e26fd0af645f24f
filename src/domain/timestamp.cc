#include "domain/timestamp.h"

#include <fmt/format.h>

#include <charconv>

#include "domain/date.h"

namespace passend::domain {

std::string FormatIsoTimestamp(Timestamp at) {
  const auto days = std::chrono::floor<std::chrono::days>(at);
  const std::chrono::year_month_day ymd(days);
  const std::chrono::hh_mm_ss time(at - days);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     time.hours().count(), time.minutes().count(), time.seconds().count());
}

std::string FormatDutchTimestamp(Timestamp at) {
  const auto days = std::chrono::floor<std::chrono::days>(at);
  const std::chrono::hh_mm_ss time(at - days);
  return fmt::format("{}, {:02}:{:02} UTC", FormatDutchDate(Date(days)), time.hours().count(),
                     time.minutes().count());
}

Result<Timestamp> ParseIsoTimestamp(std::string_view text) {
  // Fixed layout YYYY-MM-DDTHH:MM:SSZ, the only one Passend writes.
  auto bad = [] {
    return Fail(ErrorCode::kInvalid, "Ongeldig tijdstip; verwacht is JJJJ-MM-DDTUU:MM:SSZ.");
  };
  if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':' || text[19] != 'Z') {
    return bad();
  }
  auto number = [&](size_t pos, size_t len, int& out) {
    const char* begin = text.data() + pos;
    auto [ptr, ec] = std::from_chars(begin, begin + len, out);
    return ec == std::errc() && ptr == begin + len;
  };
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!number(0, 4, y) || !number(5, 2, mo) || !number(8, 2, d) || !number(11, 2, h) ||
      !number(14, 2, mi) || !number(17, 2, s)) {
    return bad();
  }
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month(mo),
                                        std::chrono::day(d)};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 59) return bad();
  return std::chrono::sys_days(ymd) + std::chrono::hours(h) + std::chrono::minutes(mi) +
         std::chrono::seconds(s);
}

}  // namespace passend::domain
