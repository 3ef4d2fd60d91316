// Due dates in one place (see dates.hpp).

#include "campaign/schedule/dates.hpp"

namespace campaign::schedule {

std::optional<calendar::Date> due_date(const model::Model& model, const model::Deadline& deadline) {
  if (deadline.date || deadline.after.empty()) return deadline.date;
  const model::Event* event = model.find_event(deadline.after);
  return event ? event->date : std::nullopt;
}

calendar::Date due_date(const model::ReportRule& rule, const calendar::Period& period) {
  return rule.recurrence().due(period);
}

std::optional<calendar::Date> last_due_date(const model::ReportRule& rule, const calendar::Period& first) {
  if (!rule.until) return std::nullopt;
  return rule.recurrence().last_due(first, *rule.until);
}

}  // namespace campaign::schedule
