// Obligations from tasks: one-off deadlines, recurring report periods, ongoing tasks.

#include "campaign/schedule/obligation.hpp"

#include <unordered_set>

#include "campaign/model/territory.hpp"
#include "campaign/schedule/dates.hpp"

namespace campaign::schedule {
namespace {

// The (body, unit) pairs a task falls on: per-unit bodies once per unit (of their unit set, when
// they name one), for the one unit an ID@UNIT entry names, or for the units of the set an ID@SET
// entry names (a body named twice, by id and by name, counts once). unit is kNone for other bodies.
// Per-unit bodies: the units on the map of the document (Territory::on_map_of).
std::vector<std::pair<std::uint32_t, std::uint32_t>> responsible_pairs(const model::Model& model,
                                                                       const model::Territory& territory,
                                                                       const model::Task& task,
                                                                       const std::optional<Date>& issued) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  const bool one = task.responsible.size() <= 1;  // the common case: nothing to repeat
  std::unordered_set<std::uint64_t> added;
  // Units not on the document's map (formed after it, docs/territory.md) owe nothing by a set.
  auto on_map = [&](const model::Unit& u) { return !territory.any() || territory.on_map_of(u, issued); };
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
    const model::Body& b = model.bodies[body];
    if (at != std::string::npos) {
      const std::string_view after = std::string_view(id).substr(at + 1);
      if (auto unit = model.unit_index(after)) {
        if (model.in_unit_set(b.units, model.units[*unit].id)) add(body, static_cast<std::uint32_t>(*unit));
        continue;
      }
      if (const model::UnitSet* set = model.find_unit_set(after))  // ID@SET: the body of each unit of the set
        for (std::size_t u = 0; u < model.units.size(); ++u)
          if (model.in_unit_set(set->id, model.units[u].id) && model.in_unit_set(b.units, model.units[u].id) &&
              on_map(model.units[u]))
            add(body, static_cast<std::uint32_t>(u));
      continue;
    }
    for (std::size_t u = 0; u < model.units.size(); ++u)
      if (model.in_unit_set(b.units, model.units[u].id) && on_map(model.units[u]))
        add(body, static_cast<std::uint32_t>(u));
  }
  return pairs;
}

// The periods of a report owed as of `as_of` (see expand()).
std::vector<Period> owed_periods(const model::ReportRule& rule, const DueRule& dates, const Date& from,
                                 const Date& as_of, int window_days) {
  const Date horizon = calendar::add_days(as_of, window_days);
  auto due = [&](const Period& p) { return due_date(rule, p, dates).due; };
  // With `month: next` the period before the one holding `from` may still fall due after it.
  Period period = calendar::period_containing(rule.every, from, rule.school_year_start).previous();
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

std::optional<Date> cancelled_from(const model::Model& model, const model::Task& task) {
  if (!task.cancelled) return std::nullopt;
  if (task.cancelled->date) return task.cancelled->date;
  const model::Document* by = model.find_document(task.cancelled->by);
  return by ? by->issued : std::nullopt;  // an undated cancelling document: not known (W066)
}

std::string TaskRef::key() const {
  return document->number + "#" + task->id;
}

namespace {

// Moves an obligation of a unit that ceased by `on` to the unit that carries it then (one
// successor), or marks it `former` of itself when split or led nowhere (no single successor).
Obligation carried(const model::Model& model, const model::Territory& territory, Obligation o, const Date& on) {
  if (o.unit == kNone || !territory.any()) return o;
  const model::Unit& unit = model.units[o.unit];
  const model::UnitChange* change = territory.change_of(unit.id);
  if (!change || on < *change->effective) return o;
  const model::Succession s = territory.successor_on(unit.id, on);
  o.former = o.unit;
  if (s.units.size() == 1 && !s.split)
    if (auto index = model.unit_index(s.units.front()->id)) o.unit = static_cast<std::uint32_t>(*index);
  return o;
}

// Days the rule moved a due date: a few at most (the longest break, Tết, is about 10 days).
std::int16_t moved_days(const Due& due) {
  return static_cast<std::int16_t>(calendar::days_between(due.written, due.due));
}

// The kind and due date of a task's one-off obligation: `due` resolved (Kind::planned for "dự
// kiến"; with `extended_to`, gia hạn, that date whatever the phrase said, under the document's
// rule like any date), or undated while it has no date (tied to an event not yet dated); `on`,
// the day the task takes place (Kind::event, not moved by the rule); ongoing with neither. A
// report without a start (no `from`, a document without its date of issue) cannot be
// scheduled: undated. nullopt for a report alone.
struct OneOff {
  Kind kind = Kind::one_off;
  std::optional<Due> due;
};
std::optional<OneOff> one_off(const model::Model& model, const model::Task& task, bool report_undated,
                              const DueRule& dates) {
  if (task.due) {
    const Kind kind = task.due->nature == calendar::DeadlineNature::planned ? Kind::planned : Kind::one_off;
    if (task.extended_to) {
      model::Deadline extended;
      extended.date = task.extended_to;
      return OneOff{kind, due_date(extended, dates)};
    }
    std::optional<Due> due = due_date(model, *task.due, dates);
    return due ? OneOff{kind, due} : OneOff{Kind::undated, std::nullopt};
  }
  if (task.on && task.on->date) return OneOff{Kind::event, Due{*task.on->date, *task.on->date, OffReason::none}};
  if (task.on || report_undated) return OneOff{Kind::undated, std::nullopt};
  if (task.report) return std::nullopt;
  return OneOff{Kind::ongoing, std::nullopt};
}

// The obligation of a report that is not periodic: owed once by its deadline (Kind::report_once,
// undated while the deadline has no date), on request or with no period stated (no date);
// nullopt for a periodic report or none.
std::optional<OneOff> irregular_report(const model::Model& model, const model::Task& task, const DueRule& dates) {
  if (!task.report) return std::nullopt;
  switch (task.report->timing) {
    case model::ReportTiming::periodic:
      return std::nullopt;
    case model::ReportTiming::once: {
      std::optional<Due> due = task.report->once ? due_date(model, *task.report->once, dates) : std::nullopt;
      return due ? OneOff{Kind::report_once, due} : OneOff{Kind::undated, std::nullopt};
    }
    case model::ReportTiming::on_request:
      return OneOff{Kind::on_request, std::nullopt};
    case model::ReportTiming::unstated:
      return OneOff{Kind::unstated, std::nullopt};
  }
  return std::nullopt;
}

// The obligations of one task: per (body, unit) pair, its report periods, then its one-off,
// planned, event, undated or ongoing obligation.
void add_task(std::deque<Obligation>& obligations, const model::Model& model, const model::Territory& territory,
              std::uint32_t index, const model::Task& task,
              const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs, const std::vector<Period>& periods,
              const Date& as_of, const DueRule& dates, bool report_undated) {
  auto add = [&](Obligation o, const Date& on) { obligations.push_back(carried(model, territory, o, on)); };
  const std::optional<OneOff> single = one_off(model, task, report_undated, dates);
  const std::optional<OneOff> owed = irregular_report(model, task, dates);
  for (auto [body, unit] : pairs) {
    if (owed) {
      if (owed->due) {
        const Due& due = *owed->due;
        add(Obligation{index, body, unit, owed->kind, due.off, moved_days(due), {}, due.due, kNone}, due.due);
      } else {
        add(Obligation{index, body, unit, owed->kind, OffReason::none, 0, {}, {}, kNone}, as_of);
      }
    }
    if (task.report && task.report->timing == model::ReportTiming::periodic) {
      for (const Period& period : periods) {
        const Due due = due_date(*task.report, period, dates);
        add(Obligation{index, body, unit, Kind::report, due.off, moved_days(due), period, due.due, kNone}, due.due);
      }
    }
    if (!single) continue;
    if (single->due) {
      const Due& due = *single->due;
      add(Obligation{index, body, unit, single->kind, due.off, moved_days(due), {}, due.due, kNone}, due.due);
    } else {
      add(Obligation{index, body, unit, single->kind, OffReason::none, 0, {}, {}, kNone}, as_of);
    }
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
  const model::Territory territory(model);
  for (const model::Document& document : model.documents) {
    if (document.issued && as_of < *document.issued) {
      schedule.not_yet_issued.push_back(&document);
      continue;
    }
    const DueRule dates = due_rule(model, document);
    for (const model::Directive& directive : document.directives) {
      for (const model::Task& task : directive.tasks) {
        const auto index = static_cast<std::uint32_t>(schedule.tasks.size());
        schedule.tasks.push_back(TaskRef{&document, &directive, &task});
        std::vector<Period> periods;
        const bool periodic = task.report && task.report->timing == model::ReportTiming::periodic;
        const bool report_undated = periodic && !task.report->from && !document.issued;
        if (periodic && !report_undated) {
          // Cancelled (by a document in force as of as_of): periods begun after it are not owed.
          model::ReportRule rule = *task.report;
          if (const auto cancelled = cancelled_from(model, task); cancelled && !(as_of < *cancelled))
            rule.until = rule.until && *rule.until < *cancelled ? *rule.until : *cancelled;
          periods = owed_periods(rule, dates, rule.from.value_or(*document.issued), as_of, window_days);
        }
        const auto pairs = responsible_pairs(model, territory, task, document.issued);
        const std::size_t each = periods.size() + (task.due || task.on || !task.report || report_undated ? 1 : 0) +
                                 (task.report && !periodic ? 1 : 0);
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
        add_task(schedule.obligations, model, territory, index, task, pairs, periods, as_of, dates, report_undated);
      }
    }
  }
  return schedule;
}

const model::UnitChange* transfer_of(const model::Model& model, const Obligation& obligation) {
  if (obligation.former == kNone) return nullptr;
  const std::string& id = model.units[obligation.former].id;
  for (const model::UnitChange& c : model.changes)
    if (c.unit == id && c.effective && !c.successors.empty()) return &c;  // the first counts (Territory)
  return nullptr;
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
