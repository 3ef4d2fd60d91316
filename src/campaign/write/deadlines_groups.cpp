// The deadline report grouped by task and by period (see deadlines_groups.hpp).

#include "campaign/write/deadlines_groups.hpp"

#include <algorithm>
#include <map>

#include "campaign/text/unicode.hpp"

namespace campaign::write {

std::string_view first_sentence(std::string_view text) {
  const std::size_t stop = text.find(". ");
  return stop == std::string_view::npos ? text : text.substr(0, stop + 1);
}

std::string task_label(const model::Task& task) {
  if (!task.label.empty()) return task.label;
  const std::string_view text = first_sentence(task.text);
  if (text::count_code_points(text) <= kLabelLength) return std::string(text);
  std::string_view cut = text::first_code_points(text, kLabelLength - 1);
  const std::size_t space = cut.rfind(' ');
  if (space != std::string_view::npos && space > cut.size() / 2) cut = cut.substr(0, space);
  while (!cut.empty() && (cut.back() == ',' || cut.back() == ';' || cut.back() == ' ')) cut.remove_suffix(1);
  return std::string(cut) + "…";
}

std::vector<TaskGroup> group_by_task(const schedule::Report& report) {
  std::map<std::uint32_t, TaskGroup> groups;
  for (const schedule::Item& item : report.items) {
    TaskGroup& group = groups[item.obligation.task];
    group.task = item.obligation.task;
    group.items.push_back(&item);
  }
  std::vector<TaskGroup> out;
  out.reserve(groups.size());
  for (auto& [task, group] : groups) out.push_back(std::move(group));
  return out;
}

std::vector<PeriodGroup> missing_by_period(const schedule::Report& report) {
  std::vector<const schedule::MissingReport*> sorted;
  for (const schedule::MissingReport& m : report.missing) sorted.push_back(&m);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    if (a->once != b->once) return b->once;
    if (a->once) return a->due != b->due ? a->due < b->due : a->task < b->task;
    if (a->period.first_day() != b->period.first_day()) return a->period.first_day() < b->period.first_day();
    if (a->period != b->period) return a->period < b->period;
    return a->task < b->task;
  });
  std::vector<PeriodGroup> out;
  for (const schedule::MissingReport* m : sorted) {
    if (out.empty() || out.back().once != m->once || out.back().period != m->period)
      out.push_back({m->period, {}, m->once});
    out.back().reports.push_back(m);
  }
  return out;
}

}  // namespace campaign::write
