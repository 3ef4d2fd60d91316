// Tests of campaign/calendar/date.hpp: leap years, month lengths, day arithmetic, ISO dates.

#include "campaign/calendar/date.hpp"

#include <catch2/catch.hpp>
#include <optional>

#include "printing.hpp"

using namespace campaign::calendar;

TEST_CASE("is_leap_year follows the Gregorian rule", "[calendar][date]") {
  CHECK_FALSE(is_leap_year(1900));  // divisible by 100, not by 400
  CHECK(is_leap_year(2000));        // divisible by 400
  CHECK(is_leap_year(2024));
  CHECK_FALSE(is_leap_year(2023));
  CHECK_FALSE(is_leap_year(2100));
  CHECK(is_leap_year(2400));
}

TEST_CASE("days_in_month", "[calendar][date]") {
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(2024, 1) == 31);
  CHECK(days_in_month(2024, 4) == 30);
  CHECK(days_in_month(2024, 6) == 30);
  CHECK(days_in_month(2024, 9) == 30);
  CHECK(days_in_month(2024, 11) == 30);
  CHECK(days_in_month(2024, 12) == 31);
  CHECK(days_in_month(2024, 0) == 0);  // not a month
  CHECK(days_in_month(2024, 13) == 0);
}

TEST_CASE("make_date accepts only real days", "[calendar][date]") {
  CHECK(make_date(2024, 2, 29) == Date{2024, 2, 29});
  CHECK(make_date(2023, 2, 29) == std::nullopt);
  CHECK(make_date(2024, 2, 30) == std::nullopt);
  CHECK(make_date(2024, 4, 31) == std::nullopt);
  CHECK(make_date(2024, 13, 1) == std::nullopt);
  CHECK(make_date(2024, 0, 1) == std::nullopt);
  CHECK(make_date(2024, 1, 0) == std::nullopt);
  CHECK(make_date(0, 1, 1) == std::nullopt);
  CHECK(make_date(10000, 1, 1) == std::nullopt);
}

TEST_CASE("end_of_month", "[calendar][date]") {
  CHECK(end_of_month(2024, 2) == Date{2024, 2, 29});
  CHECK(end_of_month(2025, 2) == Date{2025, 2, 28});
  CHECK(end_of_month(2024, 9) == Date{2024, 9, 30});
  CHECK(end_of_month(2024, 12) == Date{2024, 12, 31});
}

TEST_CASE("to_days and from_days count from 1970-01-01", "[calendar][date]") {
  CHECK(to_days(Date{1970, 1, 1}) == 0);
  CHECK(to_days(Date{1970, 1, 2}) == 1);
  CHECK(to_days(Date{1969, 12, 31}) == -1);
  CHECK(to_days(Date{2000, 3, 1}) == 11017);
  CHECK(to_days(Date{1900, 1, 1}) == -25567);
  CHECK(from_days(0) == Date{1970, 1, 1});
  CHECK(from_days(11017) == Date{2000, 3, 1});
  CHECK(from_days(-25567) == Date{1900, 1, 1});
  // Every day of 1899..2201 survives the round trip and follows the previous one.
  Date previous = from_days(to_days(Date{1899, 1, 1}) - 1);
  long bad_days = 0;
  for (long day = to_days(Date{1899, 1, 1}); day <= to_days(Date{2201, 12, 31}); ++day) {
    const Date date = from_days(day);
    if (to_days(date) != day || !make_date(date.year, date.month, date.day) || !(previous < date)) {
      ++bad_days;
    }
    previous = date;
  }
  CHECK(bad_days == 0);
  CHECK(previous == Date{2201, 12, 31});
}

TEST_CASE("days_between is signed and exact", "[calendar][date]") {
  CHECK(days_between(Date{2024, 2, 28}, Date{2024, 3, 1}) == 2);  // leap year
  CHECK(days_between(Date{2023, 2, 28}, Date{2023, 3, 1}) == 1);
  CHECK(days_between(Date{2024, 12, 31}, Date{2025, 1, 1}) == 1);
  CHECK(days_between(Date{2025, 1, 1}, Date{2024, 12, 31}) == -1);
  CHECK(days_between(Date{2024, 1, 1}, Date{2025, 1, 1}) == 366);
  CHECK(days_between(Date{2023, 1, 1}, Date{2024, 1, 1}) == 365);
  CHECK(days_between(Date{2024, 7, 11}, Date{2024, 7, 11}) == 0);
  // The shared case report-next-month: due 05/10/2024, as of 06/01/2025, 93 days late.
  CHECK(days_between(Date{2024, 10, 5}, Date{2025, 1, 6}) == 93);
}

TEST_CASE("add_days crosses months and years", "[calendar][date]") {
  CHECK(add_days(Date{2024, 1, 31}, 1) == Date{2024, 2, 1});
  CHECK(add_days(Date{2024, 2, 28}, 1) == Date{2024, 2, 29});
  CHECK(add_days(Date{2023, 2, 28}, 1) == Date{2023, 3, 1});
  CHECK(add_days(Date{2024, 12, 31}, 1) == Date{2025, 1, 1});
  CHECK(add_days(Date{2025, 1, 1}, -1) == Date{2024, 12, 31});
  CHECK(add_days(Date{2024, 3, 1}, -1) == Date{2024, 2, 29});
  CHECK(add_days(Date{2024, 7, 11}, 0) == Date{2024, 7, 11});
  CHECK(add_days(Date{2024, 1, 1}, 366) == Date{2025, 1, 1});
  CHECK(add_days(Date{1900, 2, 28}, 1) == Date{1900, 3, 1});
}

TEST_CASE("parse_iso_date reads exactly YYYY-MM-DD", "[calendar][date]") {
  CHECK(parse_iso_date("2024-07-31") == Date{2024, 7, 31});
  CHECK(parse_iso_date("2024-02-29") == Date{2024, 2, 29});
  CHECK(parse_iso_date("1900-01-01") == Date{1900, 1, 1});
  CHECK(parse_iso_date("2024-02-30") == std::nullopt);
  CHECK(parse_iso_date("2023-02-29") == std::nullopt);
  CHECK(parse_iso_date("2024-13-01") == std::nullopt);
  CHECK(parse_iso_date("2024-00-10") == std::nullopt);
  CHECK(parse_iso_date("2024-07-00") == std::nullopt);
  CHECK(parse_iso_date("2024-7-1") == std::nullopt);
  CHECK(parse_iso_date("2024-07-1") == std::nullopt);
  CHECK(parse_iso_date("2024/07/01") == std::nullopt);
  CHECK(parse_iso_date("31/07/2024") == std::nullopt);
  CHECK(parse_iso_date(" 2024-07-01") == std::nullopt);
  CHECK(parse_iso_date("2024-07-01 ") == std::nullopt);
  CHECK(parse_iso_date("+024-07-01") == std::nullopt);
  CHECK(parse_iso_date("2024-+7-01") == std::nullopt);
  CHECK(parse_iso_date("20a4-07-01") == std::nullopt);
  CHECK(parse_iso_date("") == std::nullopt);
}

TEST_CASE("format_iso and format_vn", "[calendar][date]") {
  CHECK(format_iso(Date{2024, 7, 5}) == "2024-07-05");
  CHECK(format_vn(Date{2024, 7, 5}) == "05/07/2024");
  CHECK(format_iso(Date{999, 1, 2}) == "0999-01-02");
  CHECK(parse_iso_date(format_iso(Date{2025, 12, 31})) == Date{2025, 12, 31});
}

TEST_CASE("dates order chronologically", "[calendar][date]") {
  CHECK(Date{2024, 12, 31} < Date{2025, 1, 1});
  CHECK(Date{2024, 2, 1} > Date{2024, 1, 31});
  CHECK(Date{2024, 7, 5} == Date{2024, 7, 5});
}
