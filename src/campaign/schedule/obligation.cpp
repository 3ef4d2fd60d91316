// Obligations from tasks: one-off deadlines, recurring report periods, ongoing tasks.

#include "campaign/schedule/obligation.hpp"

#include <unordered_set>

#include "campaign/schedule/dates.hpp"

namespace campaign::schedule {
namespace {

// The (body, unit) pairs a task falls on: per-unit bodies once per unit, or for the one unit an
// ID@UNIT entry names (a body named twice, by id and by name, counts once). unit is kNone for
// other bodies.
std::vector<std::pair<std::uint32_t, std::uint32_t>> responsible_pairs(const model::Model& model,
                                                                       const model::Task& task) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  const bool one = task.responsible.size() <= 1;  // the common case: nothing to repeat
  std::unordered_set<std::uint64_t> added;
  auto add = [&](std::uint32_t body, std::uint32_t unit) {
    if (one || added.insert(std::uint64_t{body} << 32 | unit).second) pairs.emplace_back(body, unit);
  };
  for (const std::string& id : task.responsible) {
    const std::size_t at = id.find('@');
    const std::optional<std::size_t> found = model.body_index(std::string_view(id).substr(0, at));
    if (!found) continue;
    const auto body = static_cast<std::uint32_t>(*found);
    if (!model.bodies[body].per_unit) {
      if (at == std::string::npos) add(body, kNone);
      continue;
    }
    if (at != std::string::npos) {
      if (auto unit = model.unit_index(std::string_view(id).substr(at + 1)))
        add(body, static_cast<std::uint32_t>(*unit));
      continue;
    }
    for (std::size_t u = 0; u < model.units.size(); ++u) add(body, static_cast<std::uint32_t>(u));
  }
  return pairs;
}

// The periods of a report owed as of `as_of` (see expand()).
std::vector<Period> owed_periods(const model::ReportRule& rule, const Date& from, const Date& as_of, int window_days) {
  const Date horizon = calendar::add_days(as_of, window_days);
  auto due = [&](const Period& p) { return due_date(rule, p); };
  // With `month: next` the period before the one holding `from` may still fall due after it.
  Period period = calendar::period_containing(rule.every, from).previous();
  while (due(period) < from) period = period.next();
  std::vector<Period> periods;
  for (;;) {
    if (rule.until && *rule.until < period.first_day()) break;
    periods.push_back(period);
    if (due(period) > horizon) break;  // the first one beyond the horizon: "what comes next"
    period = period.next();
  }
  return periods;
}

}  // namespace

std::string TaskRef::key() const {
  return document->number + "#" + task->id;
}

namespace {

// The obligations of one task: per (body, unit) pair, its report periods, then its one-off,
// undated or ongoing obligation.
// The kind and date of a task's one-off obligation: `due` resolved (planned for "dự kiến"), or
// undated; `on`, an event's day; ongoing with neither. A report without a start (no `from`, a
// document without its date of issue) cannot be scheduled: undated.
std::pair<Kind, Date> one_off(const model::Model& model, const model::Task& task, bool report_undated) {
  if (task.due) {
    const std::optional<Date> due = due_date(model, *task.due);
    if (!due) return {Kind::undated, {}};
    return {task.due->nature == calendar::DeadlineNature::planned ? Kind::planned : Kind::one_off, *due};
  }
  if (task.on && task.on->date) return {Kind::event, *task.on->date};
  if (task.on || report_undated) return {Kind::undated, {}};
  return {Kind::ongoing, {}};
}

void add_task(Schedule& schedule, std::uint32_t index, const model::Model& model, const model::Task& task,
              bool report_undated, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs,
              const std::vector<Period>& periods) {
  const auto [kind, due] = one_off(model, task, report_undated);
  for (auto [body, unit] : pairs) {
    if (task.report) {
      for (const Period& period : periods) {
        schedule.obligations.push_back(
            Obligation{index, body, unit, Kind::report, period, due_date(*task.report, period)});
      }
    }
    if (!task.report || task.due || task.on || report_undated)
      schedule.obligations.push_back(Obligation{index, body, unit, kind, {}, due});
  }
}

// The overflow of a task that owes `owed` when `before` are owed already, or nullopt within the caps.
std::optional<Overflow> over_limits(const Limits& limits, std::size_t owed, std::size_t before) {
  if (owed > limits.per_task) return Overflow{0, true, limits.per_task, 0, 0, {}, {}, owed, before};
  if (before + owed > limits.per_run) return Overflow{0, false, limits.per_run, 0, 0, {}, {}, owed, before};
  return std::nullopt;
}

}  // namespace

Schedule expand(const model::Model& model, const Date& as_of, int window_days, const Limits& limits) {
  Schedule schedule;
  for (const model::Document& document : model.documents) {
    if (document.issued && as_of < *document.issued) {
      schedule.not_yet_issued.push_back(&document);
      continue;
    }
    for (const model::Directive& directive : document.directives) {
      for (const model::Task& task : directive.tasks) {
        const auto index = static_cast<std::uint32_t>(schedule.tasks.size());
        schedule.tasks.push_back(TaskRef{&document, &directive, &task});
        std::vector<Period> periods;
        const bool report_undated = task.report && !task.report->from && !document.issued;
        if (task.report && !report_undated)
          periods = owed_periods(*task.report, task.report->from.value_or(*document.issued), as_of, window_days);
        const auto pairs = responsible_pairs(model, task);
        const std::size_t each = periods.size() + (task.due || task.on || !task.report || report_undated ? 1 : 0);
        if (auto overflow = over_limits(limits, pairs.size() * each, schedule.obligations.size())) {
          overflow->task = index;
          overflow->bodies = pairs.size();
          overflow->periods = periods.size();
          if (!periods.empty()) {
            overflow->first = periods.front();
            overflow->last = periods.back();
          }
          schedule.obligations = {};
          schedule.overflow = overflow;
          return schedule;
        }
        add_task(schedule, index, model, task, report_undated, pairs, periods);
      }
    }
  }
  return schedule;
}

std::string body_id(const model::Model& model, const Obligation& obligation) {
  if (obligation.body == kNone) return {};
  std::string id = model.bodies[obligation.body].id;
  if (obligation.unit != kNone) id += "@" + model.units[obligation.unit].id;
  return id;
}

std::string body_label(const model::Model& model, const Obligation& obligation) {
  if (obligation.body == kNone) return {};
  std::string label = model.bodies[obligation.body].name;
  if (obligation.unit != kNone) label += " (" + model.units[obligation.unit].name + ")";
  return label;
}

std::string body_name(const model::Model& model, const std::string& id) {
  if (const model::Body* body = model.find_body(id)) return body->name;
  return id;
}

std::string unit_body_name(const model::Model& model, const std::string& id) {
  const std::size_t at = id.find('@');
  if (at == std::string::npos) return body_name(model, id);
  std::string label = body_name(model, id.substr(0, at));
  const model::Unit* unit = model.find_unit(std::string_view(id).substr(at + 1));
  return label + " (" + (unit ? unit->name : id.substr(at + 1)) + ")";
}

}  // namespace campaign::schedule
