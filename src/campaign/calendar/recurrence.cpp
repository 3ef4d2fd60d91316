// Due dates of recurring reports and their iCalendar rule (see recurrence.hpp).

#include "campaign/calendar/recurrence.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace campaign::calendar {
namespace {

int months_per_period(Frequency f) {
  switch (f) {
    case Frequency::month:
      return 1;
    case Frequency::quarter:
      return 3;
    case Frequency::half_year:
      return 6;
    case Frequency::year:
    case Frequency::school_year:
      return 12;
    case Frequency::semester:
      return 1;  // with BYMONTH (see rrule)
  }
  return 1;
}

}  // namespace

Date Recurrence::due(const Period& period) const {
  Period placed = period;
  if (every == Frequency::school_year || every == Frequency::semester) placed.start = start;
  return report_due_date(placed, day, month);
}

Date Recurrence::last_due(Period first, const Date& until) const {
  while (first.next().first_day() <= until) first = first.next();
  return due(first);
}

std::string Recurrence::rrule(const std::optional<Date>& last) const {
  std::string r = fmt::format("FREQ=MONTHLY;INTERVAL={}", months_per_period(every));
  if (every == Frequency::semester) {
    // The months the two semesters' reports fall due in: both from due(), so that they agree.
    const Period first{Frequency::semester, 2000, 1, start};
    const int a = due(first).month;
    const int b = due(first.next()).month;
    r += fmt::format(";BYMONTH={},{}", std::min(a, b), std::max(a, b));
  }
  if (last) r += fmt::format(";UNTIL={:04}{:02}{:02}", last->year, last->month, last->day);
  const int n = day ? std::clamp(*day, 1, 31) : 0;
  if (!day || n == 31) {
    r += ";BYMONTHDAY=-1";
  } else if (n <= 28) {
    r += fmt::format(";BYMONTHDAY={}", n);
  } else {
    r += ";BYMONTHDAY=28";
    for (int d = 29; d <= n; ++d) r += fmt::format(",{}", d);
    r += ";BYSETPOS=-1";
  }
  return r;
}

}  // namespace campaign::calendar
