#pragma once
// Excel workbooks of tables (libxlsxwriter): a target table laid out as the appendix of notice
// 127-TB/BCĐ, with the "Trong đó" group heading merged over the unit columns.

#include <optional>
#include <string>
#include <vector>

#include "campaign/calendar/date.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// One worksheet: its name (at most 31 characters, none of []:*?/\ — see sheet_name) and
/// its table.
struct Sheet {
  std::string name;
  Table table;
};

/// Workbook properties. `created` is written as the creation and modification time (00:00
/// UTC of that day), so that the same input gives the same bytes; 1980-01-01 when not given
/// (libxlsxwriter would write the time of the run).
struct WorkbookInfo {
  std::string title;
  std::optional<calendar::Date> created;
  std::string page = "Trang";  ///< the page footer's word before "N/M" ("Page" in English)
};

/// Writes `sheets` as a new workbook at `path`. On each sheet, from the top: the print
/// layout's heading lines and the title (each merged across the table), the column headings
/// (columns outside the group merged over two rows, the group heading over its columns), the
/// column-number row when asked, the data, then the notes. Numeric cells are numbers:
/// percentages stored as fractions (20.33% -> 0.2033) with the Excel percent format of their
/// written decimals ("0.00%", "0.0%", "0%"), other numbers with "0", "0.0", …; "no value"
/// cells are empty (bordered) cells. Column widths fit the widest text (display width,
/// Vietnamese in NFC). It prints: A4 landscape, fitted to one page wide, the heading rows
/// repeated on every page, the title in the page header, the footer the Table's footer on the
/// left and "Trang N/M" on the right. Returns "" or an error message.
std::string write_xlsx(const std::string& path, const std::vector<Sheet>& sheets, const WorkbookInfo& info);

/// The same for one sheet named `sheet`, titled by the table's first heading line or title.
std::string write_xlsx(const std::string& path, const Table& table, const std::string& sheet);

/// A worksheet name from `name`: the characters Excel refuses ([]:*?/\) replaced by '-', cut
/// to 31 characters (never inside a letter), "Sheet" when empty.
std::string sheet_name(const std::string& name);

/// The Excel number format for `decimals` decimals: "0", "0.0", "0.00"…, with "%" for percent.
/// With a column's `unit` (a gap in "điểm %"), signed and followed by the unit:
/// `+0.0" điểm %";-0.0" điểm %";0.0" điểm %"` (1.2 shows "+1.2 điểm %", as the text tables).
/// `grouped` (--number-style vi, Table::group_thousands): "#,##0.00", thousands grouped by the
/// reader's locale (14.714.669.968 in a Vietnamese Excel). Excel holds 15 significant digits.
std::string excel_number_format(int decimals, bool percent, const std::string& unit = {}, bool grouped = false);

/// The value stored for a numeric cell: 20.33 (percent, 2 decimals) -> 0.2033, computed from
/// the written digits so the stored double is the one nearest the written decimal.
double excel_value(const Cell& cell);

}  // namespace campaign::write
