// CSV as spreadsheets save it: see csv.hpp.

#include "campaign/load/csv.hpp"

#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {
namespace {

// The line and column (1-based) of byte `offset` of `text`.
void place(std::string_view text, std::size_t offset, CsvTable& table) {
  table.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      ++table.line;
      line_start = i + 1;
    }
  table.column = static_cast<int>(offset - line_start) + 1;
}

CsvTable failed(std::string_view text, std::size_t offset, std::string error) {
  CsvTable table;
  table.error = std::move(error);
  place(text, offset, table);
  return table;
}

// ';' when the first line that is not blank has ';' and no ',' outside quotes, else ','.
char separator_of(std::string_view text) {
  std::size_t at = text.find_first_not_of("\r\n");
  if (at == std::string_view::npos) return ',';
  bool quoted = false;
  bool semicolon = false;
  for (; at < text.size() && (quoted || (text[at] != '\n' && text[at] != '\r')); ++at) {
    if (text[at] == '"') quoted = !quoted;
    if (quoted) continue;
    if (text[at] == ',') return ',';
    semicolon = semicolon || text[at] == ';';
  }
  return semicolon ? ';' : ',';
}

bool row_blank(const CsvRow& row) {
  return row.fields.size() == 1 && row.fields.front().empty();
}

}  // namespace

CsvTable read_csv(std::string_view bytes, std::size_t max_rows, std::size_t max_fields) {
  std::string_view text = bytes;
  std::size_t base = 0;
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
    base = 3;
  }
  if (const auto bad = text::find_invalid_utf8(text))
    return failed(bytes, base + *bad, i18n::tr("not UTF-8 text: save the spreadsheet as CSV UTF-8"));
  CsvTable table;
  table.separator = separator_of(text);
  CsvRow row{{std::string()}, 1};
  int line = 1;
  std::size_t i = 0;
  bool quoted_field = false;  // the current field was quoted (only separators or a line end may follow)
  auto end_row = [&]() -> bool {
    if (!row_blank(row)) table.rows.push_back(std::move(row));
    row = CsvRow{{std::string()}, line};
    quoted_field = false;
    return table.rows.size() <= max_rows;
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == table.separator) {
      if (row.fields.size() >= max_fields)
        return failed(bytes, base + i, i18n::trf("more than {} fields in a row", max_fields));
      row.fields.emplace_back();
      quoted_field = false;
      ++i;
    } else if (c == '\n' || c == '\r') {  // LF, CRLF, or CR alone (old Mac spreadsheets)
      i += c == '\r' && i + 1 < text.size() && text[i + 1] == '\n' ? 2U : 1U;
      ++line;
      if (!end_row()) return failed(bytes, base + i, i18n::trf("more than {} rows", max_rows));
    } else if (quoted_field) {
      return failed(bytes, base + i,
                    i18n::tr("text after a closing quote; a quote inside a quoted field is written \"\""));
    } else if (c == '"') {
      if (!row.fields.back().empty())
        return failed(bytes, base + i,
                      i18n::tr("a quote inside a field that does not start with one; quote the whole field"));
      const std::size_t open = i++;
      std::string& field = row.fields.back();
      for (;;) {
        if (i >= text.size())
          return failed(bytes, base + open, i18n::tr("a quoted field that never ends (no closing quote)"));
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++line;
        field += text[i++];
      }
      quoted_field = true;
    } else {
      row.fields.back() += c;
      ++i;
    }
  }
  if (!end_row()) return failed(bytes, base + i, i18n::trf("more than {} rows", max_rows));
  return table;
}

}  // namespace campaign::load
