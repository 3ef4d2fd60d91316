#pragma once
// iCalendar output of `campaign check-deadlines --format ics` (RFC 5545), written with libical:
// one all-day event per one-off deadline (all its bodies in the description) and one recurring
// event per recurring report and body, its RRULE from the report's calendar::Recurrence and its
// first date from the schedule (schedule/dates.hpp). Dates are VALUE=DATE (no time, no time zone).

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "campaign/write/deadlines_table.hpp"

namespace campaign::write {

/// BYMONTHDAY=N for a day N ≤ 28; for N of 29..31, BYMONTHDAY=28,…,N;BYSETPOS=-1 (day N, or the
/// month's last day when shorter, as calendar::report_due_date clamps); UNTIL=the last due
/// date when the report has `until`. E.g. "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1".
std::string report_rrule(const model::ReportRule& rule, const std::optional<calendar::Date>& last_due);

/// A stable UID: 16 hex digits of FNV-1a 64 of `key` ("127-TB/BCĐ#3.1#ubnd-huyen"), then
/// "@campaign".
std::string stable_uid(std::string_view key);

/// Writes the events of the tasks and bodies of `view.items` as one VCALENDAR. DTSTAMP is
/// `view.as_of` at 00:00:00Z, so the same input gives the same bytes. Lines are folded by
/// libical (3.0.16 folds at 75 octets and never inside a UTF-8 sequence; the unit tests check it).
void write_deadlines_ics(std::ostream& out, const DeadlinesView& view);

}  // namespace campaign::write
