#include "campaign/write/xlsx.hpp"

#include <xlsxwriter.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cmath>
#include <map>

#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

using Row = lxw_row_t;
using Col = lxw_col_t;

// Formats of one workbook, made once per distinct number format.
class Formats {
 public:
  explicit Formats(lxw_workbook* book) : book_(book) {
    heading_ = bordered();
    format_set_bold(heading_);
    format_set_text_wrap(heading_);
    format_set_align(heading_, LXW_ALIGN_CENTER);
    format_set_align(heading_, LXW_ALIGN_VERTICAL_CENTER);
    text_ = bordered();
    format_set_text_wrap(text_);
    format_set_align(text_, LXW_ALIGN_VERTICAL_CENTER);
    title_ = workbook_add_format(book_);
    format_set_bold(title_);
    format_set_align(title_, LXW_ALIGN_CENTER);
  }
  lxw_format* heading() const { return heading_; }
  lxw_format* text() const { return text_; }
  lxw_format* title() const { return title_; }
  lxw_format* number(int decimals, bool percent) {
    std::string key = excel_number_format(decimals, percent);
    auto it = numbers_.find(key);
    if (it != numbers_.end()) return it->second;
    lxw_format* f = bordered();
    format_set_num_format(f, key.c_str());
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return numbers_[key] = f;
  }

 private:
  lxw_format* bordered() {
    lxw_format* f = workbook_add_format(book_);
    format_set_border(f, LXW_BORDER_THIN);
    return f;
  }
  lxw_workbook* book_;
  lxw_format* heading_;
  lxw_format* text_;
  lxw_format* title_;
  std::map<std::string, lxw_format*> numbers_;
};

bool in_group(const Table& t, std::size_t c) { return t.group && c >= t.group->first && c < t.group->first + t.group->count; }

// Writes the heading rows from `row`; returns the first data row.
Row write_headings(lxw_worksheet* ws, const Table& t, Row row, Formats& f) {
  if (!t.group) {
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      worksheet_write_string(ws, row, static_cast<Col>(c), t.columns[c].heading.c_str(), f.heading());
    return row + 1;
  }
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    auto col = static_cast<Col>(c);
    if (in_group(t, c))
      worksheet_write_string(ws, row + 1, col, t.columns[c].heading.c_str(), f.heading());
    else
      worksheet_merge_range(ws, row, col, row + 1, col, t.columns[c].heading.c_str(), f.heading());
  }
  auto first = static_cast<Col>(t.group->first);
  auto last = static_cast<Col>(t.group->first + t.group->count - 1);
  if (first == last)
    worksheet_write_string(ws, row, first, t.group->heading.c_str(), f.heading());
  else
    worksheet_merge_range(ws, row, first, row, last, t.group->heading.c_str(), f.heading());
  return row + 2;
}

void write_cells(lxw_worksheet* ws, const Table& t, Row row, Formats& f) {
  for (const auto& cells : t.rows) {
    for (std::size_t c = 0; c < cells.size() && c < t.columns.size(); ++c) {
      const Cell& cell = cells[c];
      auto col = static_cast<Col>(c);
      if (cell.number)
        worksheet_write_number(ws, row, col, excel_value(cell), f.number(cell.decimals, cell.percent));
      else
        worksheet_write_string(ws, row, col, cell.text.c_str(), f.text());
    }
    ++row;
  }
}

// Widths in Excel character units: the widest cell, heading words wrap so count the longest word.
void set_widths(lxw_worksheet* ws, const Table& t) {
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    int width = 0;
    const std::string& h = t.columns[c].heading;
    std::size_t start = 0;
    while (start <= h.size()) {
      std::size_t end = h.find(' ', start);
      if (end == std::string::npos) end = h.size();
      width = std::max(width, text::display_width(std::string_view(h).substr(start, end - start)));
      start = end + 1;
    }
    // A heading in the group has one row; others are merged over two rows, so two lines.
    int lines = t.group && !in_group(t, c) ? 2 : 1;
    width = std::max(width, (text::display_width(h) + lines - 1) / lines);
    for (const auto& row : t.rows)
      if (c < row.size()) width = std::max(width, text::display_width(row[c].text));
    double w = std::clamp(width + 2, 6, 50);
    worksheet_set_column(ws, static_cast<Col>(c), static_cast<Col>(c), w, nullptr);
  }
}

}  // namespace

std::string excel_number_format(int decimals, bool percent) {
  return fmt::format("0{}{:0>{}}{}", decimals > 0 ? "." : "", "", std::max(decimals, 0), percent ? "%" : "");
}

double excel_value(const Cell& cell) {
  if (!cell.number) return 0;
  double scale = std::pow(10.0, cell.decimals);
  double units = std::round(*cell.number * scale);
  return cell.percent ? units / (scale * 100.0) : units / scale;
}

std::string write_xlsx(const std::string& path, const Table& table, const std::string& sheet) {
  // Fail early with the system's reason (libxlsxwriter would only report at close, on stderr).
  if (FILE* probe = std::fopen(path.c_str(), "wb")) {
    std::fclose(probe);
  } else {
    return "cannot write '" + path + "': " + std::strerror(errno);
  }
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return "cannot create the workbook '" + path + "'";
  lxw_worksheet* ws = workbook_add_worksheet(book, sheet.c_str());
  Formats formats(book);
  Row row = 0;
  if (!table.title.empty()) {
    auto last = static_cast<Col>(table.columns.empty() ? 0 : table.columns.size() - 1);
    if (last == 0)
      worksheet_write_string(ws, 0, 0, table.title.c_str(), formats.title());
    else
      worksheet_merge_range(ws, 0, 0, 0, last, table.title.c_str(), formats.title());
    row = 2;
  }
  Row data = write_headings(ws, table, row, formats);
  for (Row r = row; r < data; ++r) worksheet_set_row(ws, r, 30, nullptr);  // room for wrapped headings
  write_cells(ws, table, data, formats);
  set_widths(ws, table);
  worksheet_freeze_panes(ws, data, 0);
  lxw_error err = workbook_close(book);
  if (err != LXW_NO_ERROR) return std::string("cannot write '") + path + "': " + lxw_strerror(err);
  return "";
}

}  // namespace campaign::write
