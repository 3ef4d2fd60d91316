#pragma once
// Tables of campaign (write::Table) as Word tables, and documents made of them: the target
// tables, the comparison and the statistics of the deadline report in DOCX (issue 13). A4
// landscape, Times New Roman, the heading rows repeated on every page, the "Trong đó" group
// heading merged over its columns, column widths proportional to their contents.

#include <optional>
#include <string>
#include <vector>

#include "campaign/calendar/date.hpp"
#include "campaign/write/docx/model.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// Font sizes in half-points used by the DOCX writers of campaign: body 14 pt, tables 12 pt,
/// dense tables (many columns) 11 pt.
inline constexpr int kBodySize = 28;
inline constexpr int kTableSize = 24;
inline constexpr int kDenseTableSize = 22;

/// Proportional weights of `table`'s columns: each column's widest word-wrapped content in
/// display columns, at least 4 and at most 40 (a long text wraps instead of taking the page).
std::vector<double> column_weights(const Table& table);

/// `table` as a Word table `width` twips wide: the column headings as heading rows repeated
/// on every page (two rows under a group heading: the columns outside the group merged
/// vertically, the group heading merged across its columns), the column-number row 1…N when
/// Table::column_numbers, then the data rows (numbers right-aligned, rows never split).
docx::Table docx_table(const Table& table, int width);

/// The print layout of `table` as paragraphs above it: its heading lines (the first in bold
/// capitals, the others bold, a "(kèm theo …)" line italic), then its title in bold.
std::vector<docx::Paragraph> table_heading(const Table& table);

/// A document of `tables` on A4 landscape (margins 20/20/20/15 mm, pages numbered at the top
/// from page 2), each under its table_heading, its notes after it; a new page for each table
/// after the first. `title` and `date` are the document properties (the date also stamps the
/// zip entries, so equal input gives equal bytes).
docx::Document tables_document(const std::vector<Table>& tables, const std::string& title, calendar::Date date);

}  // namespace campaign::write
