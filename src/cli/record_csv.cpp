// The CSV file of `campaign record submissions --from-csv`: see record_csv.hpp.
#include "record_csv.hpp"

#include <fmt/format.h>

#include <array>
#include <fstream>
#include <sstream>

#include "campaign/i18n/translate.hpp"
#include "campaign/load/csv.hpp"
#include "campaign/text/unicode.hpp"
#include "messages.hpp"

namespace campaign::cli {
namespace {

// The columns and the header words that name them (compared in lower case, NFC, trimmed).
struct Column {
  std::string_view key;
  std::array<std::string_view, 3> words;
  bool required;
};
constexpr std::array<Column, 5> kColumns{{
    {"task", {"task", "nhiệm vụ", ""}, true},
    {"body", {"body", "cơ quan", "đơn vị"}, true},
    {"period", {"period", "kỳ báo cáo", "kỳ"}, true},
    {"received", {"received", "ngày nhận", ""}, true},
    {"number", {"number", "số", "số ký hiệu"}, false},
}};

std::string trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\r");
  return text::to_nfc(text.substr(first, last - first + 1));
}

// The column each header field names (kColumns index), or nullopt after saying why.
std::optional<std::vector<std::size_t>> read_header(const std::string& path, const load::CsvRow& header) {
  std::vector<std::size_t> columns;
  std::array<bool, kColumns.size()> seen{};
  for (std::size_t f = 0; f < header.fields.size(); ++f) {
    const std::string word = text::to_lower(trimmed(header.fields[f]));
    std::size_t found = kColumns.size();
    for (std::size_t c = 0; c < kColumns.size(); ++c)
      for (std::string_view w : kColumns[c].words)
        if (!w.empty() && w == word) found = c;
    if (found == kColumns.size()) {
      say_error(i18n::trf("{}:{}: column {} '{}' is not one of task, body, period, received, number", path, header.line,
                          f + 1, header.fields[f]));
      return std::nullopt;
    }
    if (seen[found]) {
      say_error(i18n::trf("{}:{}: column '{}' is given twice", path, header.line, kColumns[found].key));
      return std::nullopt;
    }
    seen[found] = true;
    columns.push_back(found);
  }
  for (std::size_t c = 0; c < kColumns.size(); ++c)
    if (kColumns[c].required && !seen[c]) {
      say_error(
          i18n::trf("{}:{}: the header has no column '{}' (the columns: task, body, period, received, and "
                    "optionally number)",
                    path, header.line, kColumns[c].key));
      return std::nullopt;
    }
  return columns;
}

}  // namespace

std::optional<std::vector<RecordRow>> read_record_csv(const std::string& path, std::size_t max_size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    say_error(i18n::trf("--from-csv: cannot read '{}'", path));
    return std::nullopt;
  }
  std::string bytes(max_size + 1, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (bytes.size() > max_size) {
    say_error(i18n::trf("--from-csv: '{}' is larger than --max-file-size ({} bytes)", path, max_size));
    return std::nullopt;
  }
  const load::CsvTable table = load::read_csv(bytes);
  if (!table.error.empty()) {
    say_error(i18n::trf("{}:{}:{}: {}; no row was recorded", path, table.line, table.column, table.error));
    return std::nullopt;
  }
  if (table.rows.size() < 2) {
    say_error(i18n::trf("{}: no rows under the header; nothing to record", path));
    return std::nullopt;
  }
  const std::optional<std::vector<std::size_t>> columns = read_header(path, table.rows.front());
  if (!columns) return std::nullopt;
  std::vector<RecordRow> rows;
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const load::CsvRow& row = table.rows[r];
    if (row.fields.size() != columns->size()) {
      say_error(i18n::trf("{}:{}: {} fields where the header has {}; no row was recorded", path, row.line,
                          row.fields.size(), columns->size()));
      return std::nullopt;
    }
    RecordRow out{{}, row.line};
    out.request.kind = schedule::RecordKind::submission;
    std::string* slots[] = {&out.request.task, &out.request.body, &out.request.period, &out.request.date,
                            &out.request.number};
    for (std::size_t f = 0; f < row.fields.size(); ++f) *slots[(*columns)[f]] = trimmed(row.fields[f]);
    rows.push_back(std::move(out));
  }
  return rows;
}

}  // namespace campaign::cli
