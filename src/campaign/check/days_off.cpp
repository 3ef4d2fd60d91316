// W030: a one-off due date on a holiday or another day off (not a plain weekend) while the document does not follow
// Điều 148 khoản 5.

#include <fmt/format.h>

#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/schedule/dates.hpp"
#include "rules.hpp"

namespace campaign::check {
namespace {

// Why `date` is off, in the words of the calendar: "Ngày Chiến thắng", "nghỉ bù Quốc khánh".
std::string why_off(const calendar::Date& date, const calendar::Calendar& days_off) {
  if (const std::optional<calendar::DayOff> day = days_off.day_off(date)) return day->reason;
  return "";
}

}  // namespace

void due_on_days_off(const model::Model& model, diag::Sink& sink) {
  for (const model::Document& document : model.documents) {
    const schedule::DueRule rule = schedule::due_rule(model, document);
    if (rule.next_working_day) continue;
    for (const model::Directive& directive : document.directives) {
      for (const model::Task& task : directive.tasks) {
        for (const model::Deadline* written : task.written_deadlines()) {
          // An event-tied deadline counts once its event is dated (`after`, `events`).
          const std::optional<schedule::Due> due = schedule::due_date(model, *written, rule);
          // Plain weekends are left out: notices often name a Saturday or a Sunday and mean it,
          // and the rule, when asked for, moves those too.
          if (!due || due->off == schedule::OffReason::none || due->off == schedule::OffReason::weekend) continue;
          sink.warning(
              std::string(diag::kDueOnDayOff), written->position,
              i18n::trf("the deadline '{}' falls on {}, a day off ({}); by Bộ luật Dân sự 2015 Điều 148 "
                        "khoản 5 it ends on the next working day, {}: add 'deadline_rule: "
                        "next-working-day' to the document or the registry to count it so, or write the "
                        "working day meant",
                        written->phrase, calendar::format_vn(due->written), why_off(due->written, *rule.calendar),
                        calendar::format_vn(calendar::end_of_period(due->written, *rule.calendar))));
        }
      }
    }
  }
}

}  // namespace campaign::check
