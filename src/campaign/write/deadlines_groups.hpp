#pragma once
// The deadline report grouped for documents in circulation (issue 13): by task (its number,
// label and text once, then one row per body), and the missing reports by period, then task.
// Used by the DOCX writers of check-deadlines (deadlines_docx.hpp).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/model/model.hpp"
#include "campaign/schedule/report.hpp"

namespace campaign::write {

/// Longest label task_label derives from a text, in code points (a longer first sentence is
/// cut at a word and ends with "…").
inline constexpr int kLabelLength = 120;

/// The first sentence of a task's text: up to and including the first ". ", or all of it.
std::string_view first_sentence(std::string_view text);

/// The short label of a task: its `label:` when given, else the first sentence of its text
/// (up to the first ". ", or the whole text), cut to kLabelLength code points at a word.
std::string task_label(const model::Task& task);

/// One task's items, in the report's order (by due date, then body).
struct TaskGroup {
  std::uint32_t task = 0;  ///< index into Schedule::tasks
  std::vector<const schedule::Item*> items;
};

/// The items of `report` grouped by task, the tasks in schedule order (document, directive,
/// task). Pointers into `report`.
std::vector<TaskGroup> group_by_task(const schedule::Report& report);

/// The missing reports of one period, by task; `once`: the reports owed once (no period).
struct PeriodGroup {
  calendar::Period period;
  std::vector<const schedule::MissingReport*> reports;  ///< one per task, in task order
  bool once = false;

  /// "quý III/2024", "học kỳ I năm học 2024–2025"; "một lần" for the reports owed once.
  [[nodiscard]] std::string label_vn() const { return once ? "một lần" : period.label_vn(); }
  /// "Q3/2024", "S1/2024-2025"; "once" for the reports owed once.
  [[nodiscard]] std::string label() const { return once ? "once" : period.label(); }
};

/// `report.missing` grouped by period (in time order, shorter frequencies first), then task;
/// the reports owed once last, in one group.
std::vector<PeriodGroup> missing_by_period(const schedule::Report& report);

}  // namespace campaign::write
