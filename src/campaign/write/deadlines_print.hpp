#pragma once
// check-deadlines --format html and xlsx (issue 13): the report grouped as the DOCX one is,
// as tables for the shared print writers (write_html, write_xlsx): A4 landscape, the heading
// row repeated on every page, the report's title lines above.

#include <vector>

#include "campaign/write/deadlines_report.hpp"
#include "campaign/write/xlsx.hpp"

namespace campaign::write {

/// The report as print tables. Every table carries the title lines (Table::heading: the
/// report, the committee, the as-of date; html shows them once, xlsx on each sheet). The
/// list: one table per task (title "Nhiệm vụ 2.3 (127-TB/BCĐ): label", one row per body with
/// STT, body, period, due date, status; the task's whole text as its note); then, or alone with
/// `layout.missing`, one table per period and task of the missing reports (STT, body, via, days
/// overdue). `layout.summary`: the statistics by body and by document. What --lenient skipped
/// is a last table. Never empty: a report with nothing to show is one table saying so. Each
/// comes with its worksheet name: "Nhiệm vụ 2.3", "Chưa BC Q3-2024 (2.3)", "Theo cơ quan",
/// "Theo văn bản", "Bỏ qua".
std::vector<Sheet> deadlines_print_tables(const DeadlinesView& view, const DeadlinesLayout& layout);

}  // namespace campaign::write
