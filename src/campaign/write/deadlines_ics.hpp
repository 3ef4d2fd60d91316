#pragma once
// iCalendar output of `campaign check-deadlines --format ics` (RFC 5545), written with libical:
// one all-day event per one-off deadline (all its bodies in the description) and one recurring
// event per recurring report and body, its RRULE from the report's calendar::Recurrence and its
// first date from the schedule (schedule/dates.hpp). Dates are VALUE=DATE (no time, no time zone).
// Optionally a display alarm N days before each event (IcsOptions).

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

/// What `check-deadlines --format ics` adds to its events or keeps (--remind-days, --keep-finished).
struct IcsOptions {
  /// Days before each event's date for a display alarm (VALARM with ACTION:DISPLAY and
  /// TRIGGER:-PnD, relative to the start: RFC 5545 §3.6.6), on every event still owed;
  /// 0: no alarm. The CLI allows 1..365.
  int alarm_days = 0;
  /// Keep the one-off tasks that no body shown still owes: all done (SUMMARY "Đã hoàn thành: …")
  /// or cancelled (STATUS:CANCELLED, RFC 5545 §3.8.1.11; SUMMARY "Không còn thực hiện: …"),
  /// without an alarm. False: they have no event.
  bool keep_finished = false;
};

/// Widest title summary_label derives from a task's text, in terminal columns.
inline constexpr int kSummaryLabelWidth = 60;

/// The title of a task in an event's SUMMARY: its `label:` when given, else its first sentence
/// cut at a word to kSummaryLabelWidth columns with "…" (text::truncate_at_word).
std::string summary_label(const model::Task& task);

/// Writes the events of the tasks and bodies of `view.items` as one VCALENDAR. DTSTAMP is
/// `view.as_of` at 00:00:00Z, so the same input gives the same bytes. Lines are folded by
/// libical (3.0.16 folds at 75 octets and never inside a UTF-8 sequence; the unit tests check it).
/// A SUMMARY reads "Hạn: LABEL (127-TB/BCĐ#3.1) – BODIES" (one-off; the bodies that still owe
/// it), "Báo cáo hàng quý: LABEL (KEY) – BODY" (report); DESCRIPTION holds the whole text.
void write_deadlines_ics(std::ostream& out, const DeadlinesView& view, const IcsOptions& options = {});

}  // namespace campaign::write
