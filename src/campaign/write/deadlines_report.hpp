#pragma once
// The whole output of `campaign check-deadlines` in text, Markdown and CSV: the headline, the
// obligations, the missing reports or the statistics, what the run did not count (documents
// issued after the as-of date) and what --lenient skipped. JSON and iCalendar have their own
// writers (deadlines_json.hpp, deadlines_ics.hpp); all read the same DeadlinesView.

#include <ostream>

#include "campaign/write/deadlines_table.hpp"

namespace campaign::write {

/// What to write: the list (default), the statistics (--summary) or only the missing reports
/// (--missing).
struct DeadlinesLayout {
  bool summary = false;
  TextStyle style;  ///< text only: width and colour
  bool missing = false;
  Language language = Language::vietnamese;  ///< text only: headings, status words and notes (--lang)
};

/// The terminal report in `layout.language`: "Tính đến ngày 05/10/2024 (sắp đến hạn: trong 7 ngày):
/// 27 mục, …" / "As of 05/10/2024 (due soon: within 7 days): 27 shown, …", a line per document issued after the as-of
/// date ("Not counted: …"), the obligations and the missing reports (or the statistics), then what --lenient skipped.
void write_deadlines_text(std::ostream& out, const DeadlinesView& view, const DeadlinesLayout& layout);

/// The report for circulation in Markdown, Vietnamese headings and titles (deadlines_markdown.cpp),
/// grouped as the DOCX report is: each task once ("#### Nhiệm vụ 2.3 (127-TB/BCĐ): label", its
/// text), then a table of its bodies (STT, body, period, due date, status); the missing reports
/// by period ("#### Kỳ báo cáo quý III/2024"), then task, one row per body. Separator rows give
/// each column dashes in proportion to its contents; every text is escaped for Markdown and HTML.
void write_deadlines_markdown(std::ostream& out, const DeadlinesView& view, const DeadlinesLayout& layout);

/// The report as one rectangular CSV table (Vietnamese headings) that imports right in any
/// locale (deadlines_csv.cpp): the obligations, each with beside the Vietnamese words its
/// status code (the --status keys), its days (overdue, late or left, as the status says), its
/// completion and due dates as YYYY-MM-DD; with `missing` the missing reports, one row per
/// body; with `summary` the statistics with a first column saying what a row counts by. Dates
/// in the Vietnamese text columns read "ngày 30/09/2024", which no spreadsheet turns into a
/// date (a bare 05/10/2024 opens as 10 May in an English locale). Rows for what --lenient
/// skipped follow, so that a partial export says so.
Table deadlines_csv_table(const DeadlinesView& view, const DeadlinesLayout& layout);

}  // namespace campaign::write
