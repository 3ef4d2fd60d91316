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
/// "done late 03/10/2024 +3d" / "Quá hạn 93 ngày", "Đã hoàn thành 28/09/2024", …; for an
/// obligation whose report was returned (Item::returned), followed by "(báo cáo nhận ngày
/// 28/09/2024 chưa đạt yêu cầu: REASON)" / "(the report received … was returned, not acceptable: …)".
std::string status_text(const schedule::Item& item, Language language);

/// The bodies that coordinate a task (phối hợp, `coordinating`), who owe nothing: "Phối hợp:
/// Phòng Tư pháp, Công đoàn ngành Giáo dục" / "Coordinating: …"; empty when none.
std::string coordinating_note(const DeadlinesView& view, const model::Task& task, Language language);

/// status_text, and for a cancelled obligation what cancelled it: "Không còn thực hiện (bãi bỏ
/// theo 135-TB/BCĐ)", "cancelled (superseded by 135-TB/BCĐ#1.1, 135-TB/BCĐ)".
std::string status_with_cancellation(const DeadlinesView& view, const schedule::Item& item, Language language);

/// The deadline as written and as resolved: "trong tháng 7/2024 → 31/07/2024"; the date alone
/// for reports and when the phrase is that date; "–" for ongoing tasks. A lunar deadline shows
/// the lunar date beside: "rằm tháng Giêng 2025 → 12/02/2025 (15 tháng Giêng Ất Tỵ)"; a date
/// moved by `deadline_rule: next-working-day` shows both: "30/04/2025 → 05/05/2025 (nghỉ lễ)";
/// for a task with `extended_to`, "15/08/2024 (gia hạn; hạn cũ: trong tháng 7/2024 → 31/07/2024)".
std::string due_text(const DeadlinesView& view, const schedule::Obligation& obligation);

/// The "Kỳ báo cáo" (period) cell of an obligation: a periodic report's period ("Q3/2024",
/// "quý III/2024"); "once" / "một lần" for a report owed once, "on request" / "theo yêu cầu"
/// (đột xuất), "periodic (period not stated)" / "định kỳ (chưa rõ kỳ báo cáo)"; each followed by
/// the body it is sent to when `to` names one (", to BTV Huyện ủy" / ", gửi về BTV Huyện ủy").
/// Empty for other obligations.
std::string period_text(const DeadlinesView& view, const schedule::Obligation& obligation, Language language);

/// Why a date is a day off, as a clerk says it: "nghỉ lễ", "nghỉ bù", "nghỉ hoán đổi", "nghỉ
/// theo quyết định địa phương", "nghỉ cuối tuần" / "public holiday", "day off in lieu", "swapped
/// day off", "local day off", "weekend"; "" for OffReason::none.
std::string_view off_reason_text(schedule::OffReason reason, Language language);

/// One row per item: status, due, period, body, via, task, text (the text column flexible).
Table obligations_table(const DeadlinesView& view, Language language);

/// The obligations for a terminal (English headings), grouped by task as group_by_task orders
/// them: before each task's rows a section "KEY — label (via BODY)", the task's text when it is
/// more than the label, and "Due: …" with the deadline as written (due_text) where it says more
/// than the date; then one row per item: status, due date, period, body.
Table obligations_text_table(const DeadlinesView& view, Language language);

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
