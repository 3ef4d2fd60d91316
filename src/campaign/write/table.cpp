#include "campaign/write/table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

std::string_view ansi_for(const std::string& style) {
  if (style == "overdue" || style == "missing" || style == "not-met") return "\x1b[31m";
  if (style == "due-today" || style == "due-soon") return "\x1b[33m";
  if (style == "done" || style == "met") return "\x1b[32m";
  if (style == "late") return "\x1b[35m";
  if (style == "upcoming" || style == "ongoing") return "\x1b[36m";
  return "";
}

// A cell as the text writer shows it: tabs, line ends and other control characters escaped
// (`\t`, `\n`, `\x1b`), so that a task text or a file name can neither break the columns and
// rows nor drive the terminal.
std::string shown(const std::string& text) {
  return text::escape_controls(text);
}

// Column widths for the text writer: natural widths (of the headings and of every row that
// `each_row` gives), then flexible columns shrink to fit.
template <typename EachRow>
std::vector<int> text_widths(const std::vector<Column>& columns, EachRow each_row, int limit) {
  std::vector<int> w(columns.size());
  for (std::size_t c = 0; c < columns.size(); ++c) w[c] = text::display_width(shown(columns[c].heading));
  each_row([&](const std::vector<Cell>& row) {
    for (std::size_t c = 0; c < columns.size(); ++c) w[c] = std::max(w[c], text::display_width(shown(row[c].text)));
  });
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (columns[c].max_width > 0) w[c] = std::min(w[c], std::max(columns[c].max_width, 1));
  if (limit <= 0) return w;
  int total = std::accumulate(w.begin(), w.end(), 0) + 2 * static_cast<int>(w.size() - 1);
  for (std::size_t c = 0; c < w.size() && total > limit; ++c) {
    if (!columns[c].flexible) continue;
    int floor = std::max(text::display_width(columns[c].heading), 12);
    int cut = std::min(total - limit, std::max(w[c] - floor, 0));
    w[c] -= cut;
    total -= cut;
  }
  return w;
}

void text_row(std::ostream& out, const std::vector<Column>& columns, const std::vector<Cell>& cells,
              const std::vector<int>& w, bool color) {
  std::string line;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    std::string s = text::truncate_to_width(shown(cells[c].text), w[c]);
    bool last = c + 1 == cells.size();
    std::string padded = columns[c].align == Align::right ? text::pad_left(s, w[c])
                         : last                           ? s
                                                          : text::pad_right(s, w[c]);
    std::string_view ansi = color ? ansi_for(cells[c].style) : "";
    if (!ansi.empty()) padded = std::string(ansi) + padded + "\x1b[0m";
    line += padded;
    if (!last) line += "  ";
  }
  line.erase(line.find_last_not_of(' ') + 1);  // no trailing spaces after empty last cells
  out << line << '\n';
}

// Markdown cell text: '|' escaped, a line end a <br>, other control characters as in the text
// writer (`\t`, `\x1b`).
std::string md_escape(std::string_view s) {
  std::string out;
  for (char ch : s) {
    if (ch == '|')
      out += "\\|";
    else if (ch == '\n')
      out += "<br>";
    else if (ch != '\r')
      out += ch;
  }
  return text::escape_controls(out);
}

}  // namespace

namespace {

// The headings (under the group heading, if any) and their rule.
void text_headings(std::ostream& out, const std::vector<Column>& columns, const std::optional<Table::Group>& group,
                   std::vector<int>& w) {
  std::vector<Cell> heading;
  for (const auto& c : columns) heading.push_back({c.heading, {}, false, 0, {}});
  if (group) {
    std::vector<Cell> group_row(columns.size());
    group_row[group->first].text = group->heading;
    // The group heading sits over its first column; widen that column if needed.
    w[group->first] = std::max(w[group->first], text::display_width(shown(group->heading)));
    text_row(out, columns, group_row, w, false);
  }
  text_row(out, columns, heading, w, false);
  std::vector<Cell> rule;
  for (int width : w) rule.push_back({std::string(static_cast<std::size_t>(width), '-'), {}, false, 0, {}});
  text_row(out, columns, rule, w, false);
}

}  // namespace

void write_text(std::ostream& out, const Table& table, const TextStyle& style) {
  if (!table.title.empty()) out << shown(table.title) << "\n\n";
  std::vector<int> w = text_widths(
      table.columns, [&](const auto& visit) { std::for_each(table.rows.begin(), table.rows.end(), visit); },
      style.width);
  text_headings(out, table.columns, table.group, w);
  for (const auto& row : table.rows) text_row(out, table.columns, row, w, style.color);
}

void write_text(std::ostream& out, const RowSource& table, const TextStyle& style) {
  if (!table.title.empty()) out << shown(table.title) << "\n\n";
  auto each_row = [&](const auto& visit) {
    for (std::size_t i = 0; i < table.count; ++i) visit(table.row(i));
  };
  std::vector<int> w = text_widths(table.columns, each_row, style.width);
  text_headings(out, table.columns, std::nullopt, w);
  each_row([&](const std::vector<Cell>& row) { text_row(out, table.columns, row, w, style.color); });
}

Table RowSource::table() const {
  Table out;
  out.columns = columns;
  out.title = title;
  out.rows.reserve(count);
  for (std::size_t i = 0; i < count; ++i) out.rows.push_back(row(i));
  return out;
}

void write_markdown(std::ostream& out, const Table& table) {
  if (!table.title.empty()) out << "**" << md_escape(table.title) << "**\n\n";
  out << '|';
  for (const auto& c : table.columns) out << ' ' << md_escape(c.heading) << " |";
  out << "\n|";
  for (const auto& c : table.columns) out << (c.align == Align::right ? " ---: |" : " --- |");
  out << '\n';
  for (const auto& row : table.rows) {
    out << '|';
    for (const auto& cell : row) out << ' ' << md_escape(cell.text) << " |";
    out << '\n';
  }
}

std::string csv_field(const Cell& cell, const CsvStyle& style) {
  if (cell.no_value) return "";
  if (cell.date) return calendar::format_iso(*cell.date);
  // A number goes to a spreadsheet as the plain number at its written decimals ("+1.2 điểm %"
  // and "20.33%" as 1.2 and 20.33): it stays a number in every locale and cannot read as a
  // formula; the column heading names the unit (csv_heading).
  if (cell.number) {
    std::string n = fmt::format("{:.{}f}", *cell.number, std::max(cell.decimals, 0));
    if (n == "-0" || n.find_first_not_of("-0.") == std::string::npos) n = n.substr(n[0] == '-' ? 1 : 0);
    std::replace(n.begin(), n.end(), '.', style.decimal);
    return n;
  }
  const std::string& t = cell.text;
  // Formula injection (OWASP "CSV Injection"): text starting with = + - @ tab or CR gets a
  // leading ' so that spreadsheets show it as text.
  bool formula_like = !t.empty() && std::string_view("=+-@\t\r").find(t[0]) != std::string_view::npos;
  std::string s = formula_like ? fmt::format("'{}", t) : t;
  if (s.find_first_of(std::string{style.separator, '"', '\r', '\n'}) == std::string::npos) return s;
  std::string quoted = "\"";
  for (char ch : s) {
    if (ch == '"') quoted += '"';
    quoted += ch;
  }
  return quoted + '"';
}

std::string csv_heading(const Table& table, std::size_t c) {
  const Column& column = table.columns[c];
  std::string unit = column.unit;
  if (unit.empty()) {
    bool numbers = false, percent = true, dates = false;
    for (const auto& row : table.rows) {
      if (c < row.size() && row[c].date) dates = true;
      if (c >= row.size() || !row[c].number || row[c].no_value) continue;
      numbers = true;
      percent = percent && row[c].percent;
    }
    if (numbers && percent)
      unit = "%";
    else if (dates && !numbers)
      unit = "YYYY-MM-DD";
  }
  return unit.empty() ? column.heading : fmt::format("{} ({})", column.heading, unit);
}

void write_csv(std::ostream& out, const Table& table, const CsvStyle& style) {
  if (style.bom) out << "\xEF\xBB\xBF";
  auto write_row = [&](const std::vector<Cell>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c)
      out << (c ? std::string(1, style.separator) : "") << csv_field(cells[c], style);
    out << "\r\n";
  };
  std::vector<Cell> heading;
  for (std::size_t c = 0; c < table.columns.size(); ++c) heading.push_back({csv_heading(table, c), {}, false, 0, {}});
  write_row(heading);
  for (const auto& row : table.rows) write_row(row);
}

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

}  // namespace campaign::write
