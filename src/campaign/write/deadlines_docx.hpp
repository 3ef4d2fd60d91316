#pragma once
// The deadline report of `campaign check-deadlines --format docx` (issue 13): a Word document
// on A4 landscape that prints as it is. Vietnamese headings and words.

#include "campaign/write/deadlines_report.hpp"
#include "campaign/write/docx/model.hpp"

namespace campaign::write {

/// The report as a Word document. The title names the report, the committee (the full names
/// of the issuers of the documents in the report) and the as-of date. The list: one table, the
/// heading row (STT, body, period, due date, status) repeated on every page; for each task a
/// row with its number, document and short label (task_label) and its text once, then one row
/// per body. The missing reports (after the list, or alone with `layout.missing`): grouped by
/// period, then task (its due date and the body reports go through), one row per body with
/// the days overdue. `layout.summary`: the statistics by body and by document instead. What
/// --lenient skipped is listed at the end, and the title says the report is incomplete.
/// Document properties and zip times carry the as-of date (equal input, equal bytes).
docx::Document deadlines_docx(const DeadlinesView& view, const DeadlinesLayout& layout);

}  // namespace campaign::write
