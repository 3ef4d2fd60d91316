// Due dates in one place (see dates.hpp).

#include "campaign/schedule/dates.hpp"

namespace campaign::schedule {
namespace {

Due resolve(const calendar::Date& written, const DueRule& rule) {
  const OffReason off = off_reason(written, *rule.calendar);
  if (off == OffReason::none || !rule.next_working_day) return Due{written, written, off};
  return Due{calendar::end_of_period(written, *rule.calendar), written, off};
}

}  // namespace

OffReason off_reason(const calendar::Date& date, const calendar::Calendar& calendar) {
  if (calendar::is_working_day(date, calendar)) return OffReason::none;
  if (const std::optional<calendar::DayOff> day = calendar.day_off(date)) {
    switch (day->kind) {
      case calendar::DayOffKind::holiday:
        return OffReason::holiday;
      case calendar::DayOffKind::in_lieu:
        return OffReason::in_lieu;
      case calendar::DayOffKind::swapped:
        return OffReason::swapped;
      case calendar::DayOffKind::local:
        return OffReason::local;
    }
  }
  return OffReason::weekend;
}

DueRule due_rule(const model::Model& model, const model::Document& document) {
  return DueRule{&model.days_off(), model.deadline_rule_of(document) == model::DeadlineRule::next_working_day};
}

std::optional<Due> due_date(const model::Deadline& deadline, const DueRule& rule) {
  if (!deadline.date) return std::nullopt;
  if (deadline.working_days) {
    const calendar::WorkingDays& counted = *deadline.working_days;
    return resolve(calendar::add_working_days(counted.from, counted.count, *rule.calendar), rule);
  }
  return resolve(*deadline.date, rule);
}

std::optional<Due> due_date(const model::Model& model, const model::Deadline& deadline, const DueRule& rule) {
  if (deadline.date || deadline.after.empty()) return due_date(deadline, rule);
  const model::Event* event = model.find_event(deadline.after);
  if (event == nullptr || !event->date) return std::nullopt;
  return resolve(*event->date, rule);
}

Due due_date(const model::ReportRule& report, const calendar::Period& period, const DueRule& rule) {
  return resolve(report.recurrence().due(period), rule);
}

std::optional<Due> last_due_date(const model::ReportRule& report, const calendar::Period& first, const DueRule& rule) {
  if (!report.until) return std::nullopt;
  return resolve(report.recurrence().last_due(first, *report.until), rule);
}

}  // namespace campaign::schedule
