#include "campaign/write/xlsx.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>

#include "campaign/i18n/translate.hpp"
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
    format_set_text_wrap(title_);
    format_set_align(title_, LXW_ALIGN_CENTER);
    format_set_align(title_, LXW_ALIGN_VERTICAL_CENTER);
    attached_ = workbook_add_format(book_);
    format_set_italic(attached_);
    format_set_text_wrap(attached_);
    format_set_align(attached_, LXW_ALIGN_CENTER);
    format_set_align(attached_, LXW_ALIGN_VERTICAL_CENTER);
    column_number_ = bordered();
    format_set_italic(column_number_);
    format_set_align(column_number_, LXW_ALIGN_CENTER);
    note_ = workbook_add_format(book_);
    format_set_text_wrap(note_);
    format_set_align(note_, LXW_ALIGN_VERTICAL_TOP);
  }
  lxw_format* heading() const { return heading_; }
  lxw_format* text() const { return text_; }
  lxw_format* title() const { return title_; }
  lxw_format* attached() const { return attached_; }  ///< "(kèm theo …)": italic, not bold
  lxw_format* column_number() const { return column_number_; }
  lxw_format* note() const { return note_; }
  lxw_format* date() {
    if (!date_) {
      date_ = bordered();
      format_set_num_format(date_, "dd/mm/yyyy");
      format_set_align(date_, LXW_ALIGN_VERTICAL_CENTER);
    }
    return date_;
  }
  lxw_format* blank() { return bordered_blank_ ? bordered_blank_ : (bordered_blank_ = bordered()); }
  lxw_format* number(int decimals, bool percent, const std::string& unit = {}, bool grouped = false) {
    std::string key = excel_number_format(decimals, percent, unit, grouped);
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
  lxw_format* attached_;
  lxw_format* column_number_;
  lxw_format* note_;
  lxw_format* bordered_blank_ = nullptr;
  lxw_format* date_ = nullptr;
  std::map<std::string, lxw_format*> numbers_;
};

bool in_group(const Table& t, std::size_t c) {
  return t.group && c >= t.group->first && c < t.group->first + t.group->count;
}

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
      if (cell.no_value) {
        worksheet_write_blank(ws, row, col, f.blank());
      } else if (cell.date) {
        lxw_datetime d{cell.date->year, cell.date->month, cell.date->day, 0, 0, 0};
        worksheet_write_datetime(ws, row, col, &d, f.date());
      } else if (cell.number) {
        worksheet_write_number(ws, row, col, excel_value(cell),
                               f.number(cell.decimals, cell.percent, t.columns[c].unit, t.group_thousands));
      } else {
        worksheet_write_string(ws, row, col, cell.text.c_str(), f.text());
      }
    }
    ++row;
  }
}

// Width of column `c` in Excel character units: the widest cell; headings wrap, so count
// their longest word and the heading over the lines it has room for (two: the group's unit
// names wrap onto the second heading row, the others are merged over both rows).
double column_width(const Table& t, std::size_t c) {
  int width = 0;
  const std::string& h = t.columns[c].heading;
  std::size_t start = 0;
  while (start <= h.size()) {
    std::size_t end = h.find(' ', start);
    if (end == std::string::npos) end = h.size();
    width = std::max(width, text::display_width(std::string_view(h).substr(start, end - start)));
    start = end + 1;
  }
  const int lines = t.group ? 2 : 1;
  width = std::max(width, (text::display_width(h) + lines - 1) / lines);
  for (const auto& row : t.rows)
    if (c < row.size() && !row[c].no_value) width = std::max(width, text::display_width(row[c].text));
  return std::clamp(width + 2, 6, 50);
}

void set_widths(lxw_worksheet* ws, const Table& t) {
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    worksheet_set_column(ws, static_cast<Col>(c), static_cast<Col>(c), column_width(t, c), nullptr);
}

// Excel header and footer text: '&' starts a code, so a literal one is doubled; cut to keep
// the whole string within Excel's 255 characters.
std::string header_text(const std::string& s, int max_points) {
  std::string cut(text::first_code_points(s, max_points));
  if (cut.size() < s.size()) cut += "…";
  std::string out;
  for (char ch : cut) out += ch == '&' ? std::string("&&") : std::string(1, ch);
  return out;
}

void set_properties(lxw_workbook* book, const WorkbookInfo& info) {
  const calendar::Date day = info.created.value_or(calendar::Date{1980, 1, 1});
  lxw_doc_properties props{};
  std::string title = info.title;
  props.title = title.data();
  props.created = static_cast<time_t>(calendar::days_between(calendar::Date{1970, 1, 1}, day) * 86400L);
  workbook_set_properties(book, &props);
}

// The total width of the table's columns, in Excel character units.
double table_width(const Table& t) {
  double total = 0;
  for (std::size_t c = 0; c < t.columns.size(); ++c) total += column_width(t, c);
  return total;
}

// A line merged across the table at `row`, its height for the lines it wraps to.
void write_line(lxw_worksheet* ws, const Table& t, Row row, const std::string& line, lxw_format* format) {
  auto last = static_cast<Col>(t.columns.empty() ? 0 : t.columns.size() - 1);
  if (last == 0)
    worksheet_write_string(ws, row, 0, line.c_str(), format);
  else
    worksheet_merge_range(ws, row, 0, row, last, line.c_str(), format);
  const double width = std::max(table_width(t), 1.0);
  const double lines = std::ceil(text::display_width(line) * 1.1 / width);
  if (lines > 1) worksheet_set_row(ws, row, 15.0 * lines + 2, nullptr);
}

bool bracketed(const std::string& line) {
  return !line.empty() && line.front() == '(' && line.back() == ')';
}

// Heading lines and title from row 0; returns the row of the column headings.
Row write_heading(lxw_worksheet* ws, const Table& t, Formats& f) {
  Row row = 0;
  for (const auto& line : t.heading) write_line(ws, t, row++, line, bracketed(line) ? f.attached() : f.title());
  if (!t.title.empty()) write_line(ws, t, row++, t.title, f.title());
  return row == 0 ? 0 : row + 1;  // a blank row before the headings
}

void page_setup(lxw_worksheet* ws, const Table& t, Row first_heading, Row data, const WorkbookInfo& info) {
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);        // A4
  worksheet_fit_to_pages(ws, 1, 0);  // one page wide, as many long as needed
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
  worksheet_center_horizontally(ws);
  worksheet_repeat_rows(ws, first_heading, data - 1);
  const std::string& title = !t.title.empty()       ? t.title
                             : t.heading.size() > 1 ? t.heading[1]
                             : !t.heading.empty()   ? t.heading.front()
                                                    : std::string();
  if (!title.empty()) worksheet_set_header(ws, ("&C" + header_text(title, 150)).c_str());
  std::string footer = t.footer.empty() ? "" : "&L" + header_text(t.footer, 80);
  footer += "&R" + header_text(info.page, 20) + " &P/&N";
  worksheet_set_footer(ws, footer.c_str());
}

void write_sheet(lxw_worksheet* ws, const Table& table, Formats& formats, const WorkbookInfo& info) {
  set_widths(ws, table);
  const Row first = write_heading(ws, table, formats);
  Row data = write_headings(ws, table, first, formats);
  for (Row r = first; r < data; ++r) worksheet_set_row(ws, r, 32, nullptr);  // room for wrapped headings
  if (table.column_numbers) {
    for (std::size_t c = 0; c < table.columns.size(); ++c)
      worksheet_write_number(ws, data, static_cast<Col>(c), static_cast<double>(c + 1), formats.column_number());
    ++data;
  }
  write_cells(ws, table, data, formats);
  Row row = data + static_cast<Row>(table.rows.size()) + (table.notes.empty() ? 0 : 1);
  for (const auto& note : table.notes) write_line(ws, table, row++, note, formats.note());
  worksheet_freeze_panes(ws, data, 0);
  page_setup(ws, table, first, data, info);
}

}  // namespace

std::string excel_number_format(int decimals, bool percent, const std::string& unit, bool grouped) {
  const std::string digits = fmt::format("{}0{}{:0>{}}{}", grouped ? "#,##" : "", decimals > 0 ? "." : "", "",
                                         std::max(decimals, 0), percent ? "%" : "");
  if (unit.empty() || percent) return digits;
  std::string quoted = " ";  // the unit as a literal: "" doubles a quote inside it
  for (char ch : unit) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return fmt::format("+{0}\"{1}\";-{0}\"{1}\";{0}\"{1}\"", digits, quoted);
}

double excel_value(const Cell& cell) {
  if (!cell.number) return 0;
  double scale = std::pow(10.0, cell.decimals);
  double units = std::round(*cell.number * scale);
  return cell.percent ? units / (scale * 100.0) : units / scale;
}

std::string sheet_name(const std::string& name) {
  std::string out;
  for (char ch : name) out += std::string_view("[]:*?/\\").find(ch) == std::string_view::npos ? ch : '-';
  out = std::string(text::first_code_points(out, 31));
  return out.empty() ? "Sheet" : out;
}

std::string write_xlsx(const std::string& path, const Table& table, const std::string& sheet) {
  const std::string& title = table.heading.empty() ? table.title : table.heading.front();
  return write_xlsx(path, {Sheet{sheet, table}}, WorkbookInfo{title, std::nullopt});
}

std::string write_xlsx(const std::string& path, const std::vector<Sheet>& sheets, const WorkbookInfo& info) {
  // Fail early with the system's reason (libxlsxwriter would only report at close, on stderr).
  if (FILE* probe = std::fopen(path.c_str(), "wb")) {
    std::fclose(probe);
  } else {
    return i18n::trf("cannot write '{}': {}", path, std::strerror(errno));
  }
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return i18n::trf("cannot create the workbook '{}'", path);
  set_properties(book, info);
  Formats formats(book);
  for (const Sheet& sheet : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(book, sheet_name(sheet.name).c_str());
    if (!ws) {
      workbook_close(book);
      return i18n::trf("cannot add the worksheet '{}' to '{}'", sheet.name, path);
    }
    write_sheet(ws, sheet.table, formats, info);
  }
  lxw_error err = workbook_close(book);
  if (err != LXW_NO_ERROR) return std::string("cannot write '") + path + "': " + lxw_strerror(err);
  return "";
}

}  // namespace campaign::write
