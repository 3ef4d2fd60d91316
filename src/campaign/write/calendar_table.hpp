#pragma once
// The output of `campaign calendar YEAR`: a year's days off and why (docs/calendar.md), as a
// table (text, Vietnamese by default) or JSON. Reads a calendar::Calendar, changes nothing.

#include <ostream>
#include <string>
#include <vector>

#include "campaign/calendar/holidays.hpp"
#include "campaign/write/language.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// A run of days with no work (a weekend, a holiday, the days between): first and last day.
struct Break {
  calendar::Date first;
  calendar::Date last;
};

/// The breaks of `year` that hold at least one day off (not the ordinary weekends alone), in
/// date order, e.g. 25/01/2025-02/02/2025 for Tết 2025.
std::vector<Break> breaks_of(int year, const calendar::Calendar& calendar);

/// One row per day off of `year`: date, weekday, lunar date, kind, reason, status, source; its
/// title names the year, its notes the breaks, the make-up Saturdays (làm bù) and the proposed
/// days, and, when the Prime Minister's choice of Tết or Quốc khánh is not given, that the
/// days shown are defaults.
Table calendar_table(int year, const calendar::Calendar& calendar, Language language);

/// The same as JSON: {"format": "campaign/calendar/1", "year", "covered", "days_off": [{date,
/// weekday, lunar, kind, reason, source, status}], "breaks", "make_up_days", "proposed"}.
void write_calendar_json(std::ostream& out, int year, const calendar::Calendar& calendar);

}  // namespace campaign::write
