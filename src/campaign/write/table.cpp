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

// Column widths for the text writer: natural widths, then flexible columns shrink to fit.
std::vector<int> text_widths(const Table& t, int limit) {
  std::vector<int> w(t.columns.size());
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    w[c] = text::display_width(shown(t.columns[c].heading));
    for (const auto& row : t.rows) w[c] = std::max(w[c], text::display_width(shown(row[c].text)));
    if (t.columns[c].max_width > 0) w[c] = std::min(w[c], std::max(t.columns[c].max_width, 1));
  }
  if (limit <= 0) return w;
  int total = std::accumulate(w.begin(), w.end(), 0) + 2 * static_cast<int>(w.size() - 1);
  for (std::size_t c = 0; c < w.size() && total > limit; ++c) {
    if (!t.columns[c].flexible) continue;
    int floor = std::max(text::display_width(t.columns[c].heading), 12);
    int cut = std::min(total - limit, std::max(w[c] - floor, 0));
    w[c] -= cut;
    total -= cut;
  }
  return w;
}

void text_row(std::ostream& out, const Table& t, const std::vector<Cell>& cells, const std::vector<int>& w,
              bool color) {
  std::string line;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    std::string s = text::truncate_to_width(shown(cells[c].text), w[c]);
    bool last = c + 1 == cells.size();
    std::string padded = t.columns[c].align == Align::right ? text::pad_left(s, w[c])
                         : last                              ? s
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
    if (ch == '|') out += "\\|";
    else if (ch == '\n') out += "<br>";
    else if (ch != '\r') out += ch;
  }
  return text::escape_controls(out);
}

}  // namespace

void write_text(std::ostream& out, const Table& table, const TextStyle& style) {
  if (!table.title.empty()) out << shown(table.title) << "\n\n";
  std::vector<int> w = text_widths(table, style.width);
  std::vector<Cell> heading;
  for (const auto& c : table.columns) heading.push_back({c.heading, {}, false, 0, {}});
  if (table.group) {
    std::vector<Cell> group_row(table.columns.size());
    group_row[table.group->first].text = table.group->heading;
    // The group heading sits over its first column; widen that column if needed.
    w[table.group->first] = std::max(w[table.group->first], text::display_width(shown(table.group->heading)));
    text_row(out, table, group_row, w, false);
  }
  text_row(out, table, heading, w, false);
  std::vector<Cell> rule;
  for (int width : w) rule.push_back({std::string(static_cast<std::size_t>(width), '-'), {}, false, 0, {}});
  text_row(out, table, rule, w, false);
  for (const auto& row : table.rows) text_row(out, table, row, w, style.color);
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

// "-0.6", "+1", "20.33%": text a spreadsheet reads as the number it shows.
bool plain_number(std::string_view t) {
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) t.remove_prefix(1);
  if (!t.empty() && t.back() == '%') t.remove_suffix(1);
  if (t.empty() || t.front() == '.' || t.back() == '.') return false;
  return t.find_first_not_of("0123456789.") == std::string_view::npos && std::count(t.begin(), t.end(), '.') <= 1;
}

std::string csv_field(const Cell& cell) {
  // A number shown with words ("+1.2 điểm %") goes to a spreadsheet as the number (1.2), so that
  // it stays a number and cannot read as a formula; the column heading names the unit.
  const std::string t = cell.number && !plain_number(cell.text) && !cell.text.empty()
                            ? fmt::format("{:.{}f}", *cell.number, std::max(cell.decimals, 0))
                            : cell.text;
  // Formula injection (OWASP "CSV Injection"): text starting with = + - @ tab or CR gets a
  // leading ' so that spreadsheets show it as text; plain numbers ("-0.6", "20.33%") stay numbers.
  bool formula_like = !t.empty() && std::string_view("=+-@\t\r").find(t[0]) != std::string_view::npos &&
                      !(cell.number && plain_number(t));
  std::string s = formula_like ? fmt::format("'{}", t) : t;
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string quoted = "\"";
  for (char ch : s) {
    if (ch == '"') quoted += '"';
    quoted += ch;
  }
  return quoted + '"';
}

void write_csv(std::ostream& out, const Table& table, bool bom) {
  if (bom) out << "\xEF\xBB\xBF";
  auto write_row = [&](const std::vector<Cell>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) out << (c ? "," : "") << csv_field(cells[c]);
    out << "\r\n";
  };
  std::vector<Cell> heading;
  for (const auto& c : table.columns) heading.push_back({c.heading, {}, false, 0, {}});
  write_row(heading);
  for (const auto& row : table.rows) write_row(row);
}

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

void write_html(std::ostream& out, const Table& table, const std::string& lang) {
  out << "<!DOCTYPE html>\n<html lang=\"" << escape_html(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << escape_html(table.title.empty() ? "campaign" : table.title) << "</title>\n<style>\n"
      << "body{font-family:\"Times New Roman\",serif;margin:2em}\n"
      << "table{border-collapse:collapse}\nth,td{border:1px solid #444;padding:4px 8px}\n"
      << "th{background:#eee;text-align:center}\ntd.num{text-align:right}\n"
      << ".overdue,.missing,.not-met{color:#b00}\n.done,.met{color:#070}\n</style>\n</head>\n<body>\n";
  if (!table.title.empty()) out << "<h1>" << escape_html(table.title) << "</h1>\n";
  out << "<table>\n<thead>\n";
  if (table.group) {
    out << "<tr>";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (c == table.group->first) {
        out << "<th colspan=\"" << table.group->count << "\">" << escape_html(table.group->heading) << "</th>";
        c += table.group->count - 1;
      } else {
        out << "<th rowspan=\"2\">" << escape_html(table.columns[c].heading) << "</th>";
      }
    }
    out << "</tr>\n<tr>";
    for (std::size_t c = table.group->first; c < table.group->first + table.group->count; ++c)
      out << "<th>" << escape_html(table.columns[c].heading) << "</th>";
    out << "</tr>\n";
  } else {
    out << "<tr>";
    for (const auto& c : table.columns) out << "<th>" << escape_html(c.heading) << "</th>";
    out << "</tr>\n";
  }
  out << "</thead>\n<tbody>\n";
  for (const auto& row : table.rows) {
    out << "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      std::string cls = table.columns[c].align == Align::right ? "num" : "";
      if (!row[c].style.empty()) cls += (cls.empty() ? "" : " ") + row[c].style;
      out << (cls.empty() ? "<td>" : "<td class=\"" + escape_html(cls) + "\">") << escape_html(row[c].text) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n</body>\n</html>\n";
}

}  // namespace campaign::write
