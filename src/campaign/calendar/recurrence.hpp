#pragma once
// The rule of a recurring report (báo cáo định kỳ): how often, and on which day its report falls
// due. One object gives both every due date and its iCalendar recurrence rule, so that a
// calendar file and the deadline list never disagree.

#include <optional>
#include <string>

#include "campaign/calendar/period.hpp"

namespace campaign::calendar {

/// `every` period a report is due: without `day` on the period's last day; with day N on day N
/// of the period's last month (DueMonth::last) or of the month after it (DueMonth::next),
/// clamped to the month's length (report_due_date).
struct Recurrence {
  Frequency every = Frequency::quarter;
  std::optional<int> day;
  DueMonth month = DueMonth::last;
  int start = kSchoolYearStart;  ///< first month of the school year (school_year, semester)

  /// When the report for `period` is due (report_due_date).
  [[nodiscard]] Date due(const Period& period) const;

  /// The due date of the last period owed when the report ends on `until` (periods beginning
  /// on or before `until`), counting from `first`; `first`'s own due date when none later is.
  [[nodiscard]] Date last_due(Period first, const Date& until) const;

  /// The RRULE of these due dates (RFC 5545 §3.3.10), for an event starting on the first one:
  /// FREQ=MONTHLY with INTERVAL=1/3/6/12 for month/quarter/half-year/year; BYMONTHDAY=-1 when
  /// due on the last day of each period (or day 31); BYMONTHDAY=N for a day N ≤ 28; for N of
  /// 29..30, BYMONTHDAY=28,…,N;BYSETPOS=-1 (day N, or the month's last day when shorter, as
  /// due() clamps); UNTIL=`last` (as YYYYMMDD) when given. E.g. "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1".
  /// A school year is INTERVAL=12. Semesters are of unequal length (5 and 7 months), so no
  /// INTERVAL fits: FREQ=MONTHLY;BYMONTH=A,B names the two months their reports fall due in
  /// (e.g. BYMONTH=1,8 for reports due on the last day of each semester), with the same BYMONTHDAY.
  [[nodiscard]] std::string rrule(const std::optional<Date>& last) const;
};

}  // namespace campaign::calendar
