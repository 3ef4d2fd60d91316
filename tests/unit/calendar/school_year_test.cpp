// Tests of school years and semesters (năm học, học kỳ) in campaign/calendar/period.hpp and
// recurrence.hpp: their days, due dates, labels, parsing and iCalendar rule.

#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "campaign/calendar/period.hpp"
#include "campaign/calendar/recurrence.hpp"
#include "printing.hpp"

using namespace campaign::calendar;

namespace {

std::optional<Period> parsed(const std::string& text) {
  const PeriodResult result = parse_period(text);
  INFO(text << " -> " << result.error);
  CHECK(result.period.has_value() == result.error.empty());
  return result.period;
}

const Period sy2024{Frequency::school_year, 2024, 1};
const Period hk1{Frequency::semester, 2024, 1};
const Period hk2{Frequency::semester, 2024, 2};

}  // namespace

TEST_CASE("school years and semesters: days, starting in September by default", "[calendar][school]") {
  CHECK(sy2024.first_day() == Date{2024, 9, 1});
  CHECK(sy2024.last_day() == Date{2025, 8, 31});
  CHECK(hk1.first_day() == Date{2024, 9, 1});
  CHECK(hk1.last_day() == Date{2025, 1, 31});
  CHECK(hk2.first_day() == Date{2025, 2, 1});
  CHECK(hk2.last_day() == Date{2025, 8, 31});
  CHECK(hk1.next() == hk2);
  CHECK(hk2.next() == Period{Frequency::semester, 2025, 1});
  CHECK(hk1.previous() == Period{Frequency::semester, 2023, 2});
  CHECK(sy2024.next() == Period{Frequency::school_year, 2025, 1});
}

TEST_CASE("the start month of a school year places its periods", "[calendar][school]") {
  const Period august{Frequency::school_year, 2024, 1, 8};
  CHECK(august.first_day() == Date{2024, 8, 1});
  CHECK(august.last_day() == Date{2025, 7, 31});
  const Period january{Frequency::semester, 2024, 2, 1};  // a school year equal to the calendar year
  CHECK(january.first_day() == Date{2024, 6, 1});
  CHECK(january.last_day() == Date{2024, 12, 31});
  CHECK(august == sy2024);  // the start month is no part of the period's identity
  CHECK(period_containing(Frequency::semester, Date{2025, 1, 31}) == hk1);
  CHECK(period_containing(Frequency::semester, Date{2025, 2, 1}) == hk2);
  CHECK(period_containing(Frequency::school_year, Date{2024, 8, 31}) == Period{Frequency::school_year, 2023, 1});
  CHECK(period_containing(Frequency::school_year, Date{2024, 8, 31}, 8) == sy2024);
  CHECK(period_containing(Frequency::semester, Date{2024, 8, 1}, 8).first_day() == Date{2024, 8, 1});
}

TEST_CASE("school periods fall due like the other frequencies", "[calendar][school]") {
  CHECK(report_due_date(hk1, std::nullopt, DueMonth::last) == Date{2025, 1, 31});
  CHECK(report_due_date(hk1, 10, DueMonth::next) == Date{2025, 2, 10});
  CHECK(report_due_date(hk2, 10, DueMonth::next) == Date{2025, 9, 10});
  CHECK(report_due_date(sy2024, 15, DueMonth::last) == Date{2025, 8, 15});
  CHECK(report_due_date(sy2024, std::nullopt, DueMonth::last) == Date{2025, 8, 31});
  const Recurrence august{Frequency::school_year, std::nullopt, DueMonth::last, 8};
  CHECK(august.due(sy2024) == Date{2025, 7, 31});
}

TEST_CASE("school periods: labels and parsing", "[calendar][school]") {
  CHECK(sy2024.label() == "SY2024-2025");
  CHECK(sy2024.label_vn() == "năm học 2024–2025");
  CHECK(hk2.label() == "S2/2024-2025");
  CHECK(hk1.label_vn() == "học kỳ I năm học 2024–2025");
  for (const char* text : {"năm học 2024-2025", "Năm học 2024 – 2025", "SY2024-2025", "school year 2024-2025"})
    CHECK(parsed(text) == sy2024);
  for (const char* text : {"học kỳ I năm học 2024-2025", "Học kỳ 1/2024-2025", "HK1/2024-2025", "HKI 2024–2025",
                           "S1/2024-2025", "semester 1 2024-2025", "học kì I, năm học 2024-2025"})
    CHECK(parsed(text) == hk1);
  CHECK(parsed("HKII/2024-2025") == hk2);
  CHECK(parsed(hk2.label()) == hk2);
  CHECK_FALSE(parse_period("năm học 2024-2026").period);
  CHECK_FALSE(parse_period("học kỳ III năm học 2024-2025").period);
  CHECK_FALSE(parse_period("học kỳ 3/2024-2025").period);
  CHECK_FALSE(parse_period("năm học 24-25").period);
  CHECK(parsed("năm 2024") == Period{Frequency::year, 2024, 1});  // not a school year
}

TEST_CASE("school frequencies: words and iCalendar rules", "[calendar][school]") {
  CHECK(parse_frequency("năm học") == Frequency::school_year);
  CHECK(parse_frequency("hằng năm học") == Frequency::school_year);
  CHECK(parse_frequency("school-year") == Frequency::school_year);
  CHECK(parse_frequency("theo học kỳ") == Frequency::semester);
  CHECK(parse_frequency("Học kỳ") == Frequency::semester);
  CHECK(frequency_name(Frequency::semester) == "semester");
  CHECK(Recurrence{Frequency::school_year, std::nullopt, DueMonth::last}.rrule(std::nullopt) ==
        "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=-1");
  CHECK(Recurrence{Frequency::semester, 10, DueMonth::next}.rrule(std::nullopt) ==
        "FREQ=MONTHLY;INTERVAL=1;BYMONTH=2,9;BYMONTHDAY=10");
  CHECK(Recurrence{Frequency::semester, std::nullopt, DueMonth::last}.rrule(std::nullopt) ==
        "FREQ=MONTHLY;INTERVAL=1;BYMONTH=1,8;BYMONTHDAY=-1");
  CHECK(Recurrence{Frequency::semester, 30, DueMonth::next}.rrule(std::nullopt) ==
        "FREQ=MONTHLY;INTERVAL=1;BYMONTH=2,9;BYMONTHDAY=28,29,30;BYSETPOS=-1");
}
