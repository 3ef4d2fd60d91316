#pragma once
// Excel workbooks of tables (libxlsxwriter): a target table laid out as the appendix of notice
// 127-TB/BCĐ, with the "Trong đó" group heading merged over the unit columns.

#include <string>

#include "campaign/write/table.hpp"

namespace campaign::write {

/// Writes `table` as the only worksheet `sheet` of a new workbook at `path`. The title, if
/// any, is row 1 (merged across); columns outside the group have their heading merged over two
/// rows, the group heading is merged over its columns. Numeric cells are numbers: percentages
/// stored as fractions (20.33% -> 0.2033) with the Excel percent format of their written
/// decimals ("0.00%", "0.0%", "0%"), other numbers with "0", "0.0", … Column widths fit the
/// widest text (display width, Vietnamese in NFC). Returns "" or an error message.
std::string write_xlsx(const std::string& path, const Table& table, const std::string& sheet);

/// The Excel number format for `decimals` decimals: "0", "0.0", "0.00"…, with "%" for percent.
std::string excel_number_format(int decimals, bool percent);

/// The value stored for a numeric cell: 20.33 (percent, 2 decimals) -> 0.2033, computed from
/// the written digits so the stored double is the one nearest the written decimal.
double excel_value(const Cell& cell);

}  // namespace campaign::write
