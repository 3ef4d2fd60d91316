#pragma once
// CSV as spreadsheets save it (RFC 4180), for `campaign record submissions --from-csv`: fields
// separated by ',' or, when the first line that is not blank has ';' and no ',' outside quotes,
// by ';' (a spreadsheet in a Vietnamese locale); fields in double quotes may hold separators, line ends and "" for a
// quote. A UTF-8 byte-order mark is skipped; LF and CRLF line ends; blank lines are skipped.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace campaign::load {

/// One row: its fields (NFC is the caller's business) and the line it starts on (1-based).
struct CsvRow {
  std::vector<std::string> fields;
  int line = 0;
};

/// Outcome of read_csv: the rows, or `error` (English) with the `line` and `column` (1-based,
/// bytes) of the first problem, and no rows.
struct CsvTable {
  std::vector<CsvRow> rows;
  char separator = ',';
  std::string error;
  int line = 0;
  int column = 0;
};

/// Reads `bytes` as CSV. Refused: text that is not UTF-8 (the offset of the first bad byte is
/// reported as its line and column), a quote inside an unquoted field, text after a closing
/// quote, a quoted field that never ends, and more than `max_rows` rows or `max_fields` fields
/// in a row (bounds on memory whatever the input). Never throws for bad input.
CsvTable read_csv(std::string_view bytes, std::size_t max_rows = 100'000, std::size_t max_fields = 64);

}  // namespace campaign::load
