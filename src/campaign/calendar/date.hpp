#pragma once
// Civil dates of the proleptic Gregorian calendar, the only calendar notices use.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace campaign::calendar {

/// A calendar day (no time, no time zone). Fields are 1-based; a Date is always valid
/// when built through make_date / parse_iso_date.
struct Date {
  int year = 1970;
  int month = 1;  ///< 1..12
  int day = 1;    ///< 1..days_in_month(year, month)

  auto operator<=>(const Date&) const = default;
};

/// True for Gregorian leap years (divisible by 4, not by 100 unless by 400).
bool is_leap_year(int year);

/// Days in `month` (1..12) of `year`: 28..31.
int days_in_month(int year, int month);

/// The date if year/month/day name a real day (e.g. 31/02/2024 does not) of years 1..9999,
/// else nullopt.
std::optional<Date> make_date(int year, int month, int day);

/// Last day of the month (e.g. 2024-02 -> 2024-02-29).
Date end_of_month(int year, int month);

/// Days since 1970-01-01 (negative before); exact for any year in 1..9999.
long to_days(const Date& date);

/// Inverse of to_days.
Date from_days(long days);

/// Signed number of days from `from` to `to` (to - from).
long days_between(const Date& from, const Date& to);

/// `date` shifted by `days` (may be negative).
Date add_days(const Date& date, long days);

/// Parses exactly `YYYY-MM-DD` (ISO 8601 calendar date); nullopt if malformed or not a real day.
std::optional<Date> parse_iso_date(std::string_view text);

/// `YYYY-MM-DD`.
std::string format_iso(const Date& date);

/// `DD/MM/YYYY`, the way Vietnamese documents write dates.
std::string format_vn(const Date& date);

}  // namespace campaign::calendar
