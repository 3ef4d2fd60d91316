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
      return 12;
  }
  return 1;
}

}  // namespace

Date Recurrence::due(const Period& period) const {
  return report_due_date(period, day, month);
}

Date Recurrence::last_due(Period first, const Date& until) const {
  while (first.next().first_day() <= until) first = first.next();
  return due(first);
}

std::string Recurrence::rrule(const std::optional<Date>& last) const {
  std::string r = fmt::format("FREQ=MONTHLY;INTERVAL={}", months_per_period(every));
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
