// Civil date arithmetic on top of C++20 <chrono> calendar types (proleptic Gregorian).

#include "campaign/calendar/date.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstddef>

namespace campaign::calendar {
namespace {

namespace chr = std::chrono;

chr::year_month_day to_ymd(const Date& date) {
  return chr::year_month_day{chr::year{date.year}, chr::month{static_cast<unsigned>(date.month)},
                             chr::day{static_cast<unsigned>(date.day)}};
}

// Value of the `count` ASCII digits at `text[pos]`, or -1 if any of them is not a digit.
int digits_at(std::string_view text, std::size_t pos, std::size_t count) {
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

bool is_leap_year(int year) {
  return chr::year{year}.is_leap();
}

int days_in_month(int year, int month) {
  if (month < 1 || month > 12) return 0;
  const auto last =
      chr::year_month_day_last{chr::year{year}, chr::month_day_last{chr::month{static_cast<unsigned>(month)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::optional<Date> make_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return Date{year, month, day};
}

Date end_of_month(int year, int month) {
  return Date{year, month, days_in_month(year, month)};
}

long to_days(const Date& date) {
  return static_cast<long>(chr::sys_days{to_ymd(date)}.time_since_epoch().count());
}

Date from_days(long days) {
  const chr::year_month_day ymd{chr::sys_days{chr::days{days}}};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

long days_between(const Date& from, const Date& to) {
  return to_days(to) - to_days(from);
}

Date add_days(const Date& date, long days) {
  return from_days(to_days(date) + days);
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int year = digits_at(text, 0, 4);
  const int month = digits_at(text, 5, 2);
  const int day = digits_at(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return std::nullopt;
  return make_date(year, month, day);
}

std::string format_iso(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::string format_vn(const Date& date) {
  return fmt::format("{:02}/{:02}/{:04}", date.day, date.month, date.year);
}

}  // namespace campaign::calendar
