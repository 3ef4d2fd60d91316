#include "campaign/write/table.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

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
    std::string n = cell.exact.empty() ? fmt::format("{:.{}f}", *cell.number, std::max(cell.decimals, 0)) : cell.exact;
    if (n == "-0" || n.find_first_not_of("-0.") == std::string::npos) n = n.substr(n[0] == '-' ? 1 : 0);
    n = group_number(n, style.grouping, style.decimal);
    if (n.find(style.separator) == std::string::npos) return n;
    return "\"" + n + "\"";
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
