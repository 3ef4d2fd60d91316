#pragma once
// The CSV file of `campaign record submissions --from-csv`: one report received per row, under a
// header naming the columns (docs/record.md, "A batch from a spreadsheet").

#include <optional>
#include <string>
#include <vector>

#include "campaign/schedule/record.hpp"

namespace campaign::cli {

/// One row of the CSV as a request, with the line it starts on.
struct RecordRow {
  schedule::RecordRequest request;
  int line = 0;
};

/// Reads `path` (at most `max_size` bytes) as CSV (load/csv.hpp) with a header row whose columns
/// are, in any order and any case: task (nhiệm vụ), body (cơ quan, đơn vị), period (kỳ báo cáo,
/// kỳ), received (ngày nhận) and optionally number (số, số ký hiệu). Values are trimmed and put
/// in NFC. nullopt, after naming the line and column, for a file that cannot be read, an unknown
/// or missing column, a row with more or fewer fields than the header, or no rows.
std::optional<std::vector<RecordRow>> read_record_csv(const std::string& path, std::size_t max_size);

}  // namespace campaign::cli
