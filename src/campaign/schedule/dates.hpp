#pragma once
// Due dates, resolved in one place: the date a one-off deadline falls on and the date each
// period of a recurring report falls due. The schedule, the checks of received records and the
// writers all take their dates from here (issue 12: a calendar rule, such as a deadline that
// falls on a day off, changes one file).

#include <optional>

#include "campaign/calendar/date.hpp"
#include "campaign/calendar/period.hpp"
#include "campaign/model/model.hpp"

namespace campaign::schedule {

/// The date a one-off deadline is due: its resolved date; for a deadline tied to an event
/// (`after: EVENT`) the event's date once `events:` records it; nullopt when there is no date
/// (a tied deadline whose event is not dated, or an error kept by --lenient).
std::optional<calendar::Date> due_date(const model::Model& model, const model::Deadline& deadline);

/// The date the report of `period` is due under `rule` (its recurrence).
calendar::Date due_date(const model::ReportRule& rule, const calendar::Period& period);

/// The due date of the last period a report with `until` is owed for, counting from `first`;
/// nullopt when the report is open-ended.
std::optional<calendar::Date> last_due_date(const model::ReportRule& rule, const calendar::Period& first);

}  // namespace campaign::schedule
