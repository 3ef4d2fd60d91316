#pragma once
// Tables of `campaign check-deadlines`: the obligations, the missing reports and the
// statistics, built from the schedule for the shared Table writers (text, Markdown, CSV).
// The terminal table has English headings; tables meant for circulation (Markdown, CSV) have
// Vietnamese headings and status words (issue 3; docs/check-deadlines.md).

#include <optional>
#include <string>
#include <vector>

#include "campaign/schedule/lenient.hpp"
#include "campaign/schedule/report.hpp"
#include "campaign/write/language.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// Everything the deadline writers read: the model and the report (schedule::build_report),
/// and what --lenient skipped (listed in every output, so that a run that skipped something
/// never reads as complete).
struct DeadlinesView {
  const model::Model* model = nullptr;
  const schedule::Report* report = nullptr;
  std::vector<schedule::Skipped> skipped;
};

/// The status of an item in words: "overdue 93 days", "done 28/09/2024",
/// "done late 03/10/2024 +3d" / "Quá hạn 93 ngày", "Đã hoàn thành 28/09/2024", …
std::string status_text(const schedule::Item& item, Language language);

/// The deadline as written and as resolved: "trong tháng 7/2024 → 31/07/2024"; the date alone
/// for reports and when the phrase is that date; "–" for ongoing tasks.
std::string due_text(const DeadlinesView& view, const schedule::Obligation& obligation);

/// One row per item: status, due, period, body, via, task, text (the text column flexible).
Table obligations_table(const DeadlinesView& view, Language language);
/// The same rows, each made when asked for (for the terminal table, which need not hold them);
/// `view` must outlive the result.
RowSource obligation_rows(const DeadlinesView& view, Language language);

/// One row per missing body: task, period, due, via, body; task, period, due and via are left
/// blank on the following rows of the same report when `group` (for the terminal).
Table missing_table(const DeadlinesView& view, Language language, bool group);

/// What --lenient skipped, one row each: place (file:line), what, its effect ("left out",
/// "listed without a date", "not used") and the error with its code.
Table skipped_table(const DeadlinesView& view, Language language);

/// The words of skipped_table: "task 127-TB/BCĐ#3.1" / "nhiệm vụ 127-TB/BCĐ#3.1", "left out" / "bỏ qua".
std::string skipped_what(const schedule::Skipped& skipped, Language language);
std::string skipped_effect(const schedule::Skipped& skipped, Language language);

/// What a statistics table counts by.
enum class StatsBy { body, document };

/// Statistics per body or per document, then a total row: done on time, done late, not yet
/// due, overdue, share on time ("–" before anything fell due). Numbers are numeric cells.
Table statistics_table(const DeadlinesView& view, StatsBy by, Language language);

}  // namespace campaign::write
