#pragma once
// Due dates, resolved in one place: the date a one-off deadline falls on and the date each
// period of a recurring report falls due. The schedule, the checks of received records and the
// writers all take their dates from here (issue 12: a calendar rule, such as a deadline that
// falls on a day off, changes one file). Days off: calendar/holidays.hpp, docs/calendar.md.

#include <cstdint>
#include <optional>

#include "campaign/calendar/date.hpp"
#include "campaign/calendar/holidays.hpp"
#include "campaign/calendar/period.hpp"
#include "campaign/model/model.hpp"

namespace campaign::schedule {

/// Why a date is not a working day: none (it is one), the weekly rest day, or a day off of the
/// calendar by its calendar::DayOffKind.
enum class OffReason : std::uint8_t { none, weekend, holiday, in_lieu, swapped, local };

/// Why `date` is not a working day under `calendar` (OffReason::none on a working day,
/// a make-up Saturday included).
OffReason off_reason(const calendar::Date& date, const calendar::Calendar& calendar);

/// What the due dates of one document are resolved with: the run's days off, and whether a
/// due date on a day off moves to the next working day (BLDS 2015 Điều 148 khoản 5;
/// `deadline_rule: next-working-day`).
struct DueRule {
  const calendar::Calendar* calendar = &calendar::statutory_calendar();
  bool next_working_day = false;
};

/// The rule of `document` in `model`: model.days_off() and model.deadline_rule_of(document).
DueRule due_rule(const model::Model& model, const model::Document& document);

/// A due date: `written` is the date the deadline names (a count of working days resolved with
/// the rule's calendar), `due` the date it falls due: `written`, or under next_working_day the
/// first working day from it. `off` says why `written` is no working day (none when it is one).
struct Due {
  calendar::Date due;
  calendar::Date written;
  OffReason off = OffReason::none;

  /// True when the rule moved the date.
  [[nodiscard]] bool shifted() const { return due != written; }
};

/// The due date of a one-off deadline, or nullopt when the phrase has no date (a deadline tied
/// to an event, "ngay sau đại hội", or an error kept by --lenient).
std::optional<Due> due_date(const model::Deadline& deadline, const DueRule& rule = {});

/// The due date of a one-off deadline read in `model`: as above, and for a deadline tied to an
/// event (`after: EVENT`) whose phrase names no date, the event's date once `events:` records it
/// (under the same rule); nullopt while the event is not dated or not defined.
std::optional<Due> due_date(const model::Model& model, const model::Deadline& deadline, const DueRule& rule);

/// The due date of the report of `period` under `report` (its recurrence) and `rule`.
Due due_date(const model::ReportRule& report, const calendar::Period& period, const DueRule& rule = {});

/// The due date of the last period a report with `until` is owed for, counting from `first`;
/// nullopt when the report is open-ended.
std::optional<Due> last_due_date(const model::ReportRule& report, const calendar::Period& first,
                                 const DueRule& rule = {});

}  // namespace campaign::schedule
