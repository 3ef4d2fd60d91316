#pragma once
// The whole output of `campaign check-deadlines` in text, Markdown and CSV: the headline, the
// obligations, the missing reports or the statistics, what the run did not count (documents
// issued after the as-of date) and what --lenient skipped. JSON and iCalendar have their own
// writers (deadlines_json.hpp, deadlines_ics.hpp); all read the same DeadlinesView.

#include <ostream>

#include "campaign/write/deadlines_table.hpp"

namespace campaign::write {

/// What to write: the list (default) or the statistics (--summary).
struct DeadlinesLayout {
  bool summary = false;
  TextStyle style;  ///< text only: width and colour
};

/// The terminal report, English headings: "As of 05/10/2024 (due soon: within 7 days): 27
/// shown, …", a line per document issued after the as-of date ("Not counted: …"), the
/// obligations and the missing reports (or the statistics), then what --lenient skipped.
void write_deadlines_text(std::ostream& out, const DeadlinesView& view, const DeadlinesLayout& layout);

/// The report for circulation in Markdown, Vietnamese headings and titles.
void write_deadlines_markdown(std::ostream& out, const DeadlinesView& view, const DeadlinesLayout& layout);

/// The report as one rectangular CSV table (Vietnamese headings): the obligations, or with
/// `summary` the statistics with a first column saying what a row counts by; rows for what
/// --lenient skipped follow, so that a partial export says so.
Table deadlines_csv_table(const DeadlinesView& view, const DeadlinesLayout& layout);

}  // namespace campaign::write
