#pragma once
// Tables of `campaign check-deadlines`: the obligations, the missing reports and the
// statistics, built from the schedule for the shared Table writers (text, Markdown, CSV).
// The terminal table has English headings; tables meant for circulation (Markdown, CSV) have
// Vietnamese headings and status words (issue 3; docs/check-deadlines.md).

#include <optional>
#include <string>
#include <vector>

#include "campaign/schedule/stats.hpp"
#include "campaign/schedule/status.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// Everything the deadline writers read: the model, its schedule, the items to show (already
/// filtered and sorted), the missing reports and statistics, and the run's parameters.
struct DeadlinesView {
  const model::Model* model = nullptr;
  const schedule::Schedule* schedule = nullptr;
  std::vector<schedule::Item> items;
  std::vector<schedule::MissingReport> missing;
  schedule::Statistics statistics;
  calendar::Date as_of;
  int within = 7;
};

/// Language of headings and status words: English for the terminal, Vietnamese for circulation.
enum class Language { english, vietnamese };

/// The status of an item in words: "overdue 93 days", "done 28/09/2024",
/// "done late 03/10/2024 +3d" / "Quá hạn 93 ngày", "Đã hoàn thành 28/09/2024", …
std::string status_text(const schedule::Item& item, Language language);

/// The deadline as written and as resolved: "trong tháng 7/2024 → 31/07/2024"; the date alone
/// for reports and when the phrase is that date; "–" for ongoing tasks.
std::string due_text(const DeadlinesView& view, const schedule::Obligation& obligation);

/// One row per item: status, due, period, body, via, task, text (the text column flexible).
Table obligations_table(const DeadlinesView& view, Language language);

/// One row per missing body: task, period, due, via, body; task, period, due and via are left
/// blank on the following rows of the same report when `group` (for the terminal).
Table missing_table(const DeadlinesView& view, Language language, bool group);

/// What a statistics table counts by.
enum class StatsBy { body, document };

/// Statistics per body or per document, then a total row: done on time, done late, not yet
/// due, overdue, share on time ("–" before anything fell due). Numbers are numeric cells.
Table statistics_table(const DeadlinesView& view, StatsBy by, Language language);

}  // namespace campaign::write
