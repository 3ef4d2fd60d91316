// The text writer of tables (table.hpp): columns fitted to a width by wrapping, never by
// losing words.

#include <algorithm>
#include <numeric>

#include "campaign/text/unicode.hpp"
#include "campaign/write/table.hpp"

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
// rows nor drive the terminal; cut to the column's max_width when it has one.
std::string shown(const std::string& text, int max_width = 0) {
  std::string s = text::escape_controls(text);
  return max_width > 0 ? text::truncate_to_width(s, max_width) : s;
}

// The columns of one part of a table (all of them when it fits), and their widths.
struct Part {
  std::vector<std::size_t> columns;
  std::vector<int> widths;
};

// Natural width and narrowest width of each column: numbers keep their width (only their
// headings wrap), text columns wrap down to their longest word, the flexible column further
// (a word longer than 30 columns, such as a link, is broken rather than widening the table).
struct Bounds {
  std::vector<int> natural, narrowest;
};

Bounds bounds_of(const Table& t) {
  Bounds b{std::vector<int>(t.columns.size()), std::vector<int>(t.columns.size())};
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    const Column& col = t.columns[c];
    const std::string heading = shown(col.heading);
    int natural = text::display_width(heading), words = text::widest_word(heading), cells = 0;
    for (const auto& row : t.rows) {
      const std::string s = shown(row[c].text, col.max_width);
      natural = std::max(natural, text::display_width(s));
      cells = std::max(cells, col.align == Align::right ? text::display_width(s) : text::widest_word(s));
    }
    if (col.flexible && col.align == Align::left) cells = std::min(cells, 30);
    // Narrower than this, a text column reads a word a line: better print the table in parts.
    const int readable = col.align == Align::right ? 1 : col.flexible ? 24 : 12;
    b.natural[c] = natural;
    b.narrowest[c] = std::min(natural, std::max({words, cells, readable}));
  }
  return b;
}

int total_width(const std::vector<int>& w) {
  return std::accumulate(w.begin(), w.end(), 0) + 2 * static_cast<int>(w.empty() ? 0 : w.size() - 1);
}

// Widths of `columns` within `limit` (0: none): the flexible columns give way first, then the
// widest of the others, each down to its narrowest.
std::vector<int> fit(const Table& t, const Bounds& b, const std::vector<std::size_t>& columns, int limit) {
  std::vector<int> w;
  for (std::size_t c : columns) w.push_back(b.natural[c]);
  int excess = limit > 0 ? total_width(w) - limit : 0;
  for (std::size_t i = 0; i < columns.size() && excess > 0; ++i) {
    if (!t.columns[columns[i]].flexible) continue;
    const int cut = std::min(excess, w[i] - b.narrowest[columns[i]]);
    w[i] -= cut;
    excess -= cut;
  }
  while (excess > 0) {
    std::size_t widest = columns.size();
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (w[i] > b.narrowest[columns[i]] && (widest == columns.size() || w[i] > w[widest])) widest = i;
    if (widest == columns.size()) break;
    --w[widest];
    --excess;
  }
  return w;
}

// The table in parts that each fit `limit`: all columns in one part when they can, else the
// first column (with the flexible one when it is second: "TT", then the indicator) repeated
// in every part, and as many of the other columns as fit at their narrowest.
std::vector<Part> parts_of(const Table& t, int limit) {
  const Bounds b = bounds_of(t);
  std::vector<std::size_t> all(t.columns.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  std::vector<int> w = fit(t, b, all, limit);
  if (limit <= 0 || total_width(w) <= limit || t.columns.size() < 2) return {{all, w}};
  std::vector<std::size_t> repeated{0};
  if (t.columns.size() > 2 && t.columns[1].flexible) repeated.push_back(1);
  std::vector<Part> parts;
  std::size_t next = repeated.size();
  while (next < t.columns.size()) {
    std::vector<std::size_t> columns = repeated;
    std::vector<int> narrow;
    for (std::size_t c : columns) narrow.push_back(b.narrowest[c]);
    do {
      columns.push_back(next);
      narrow.push_back(b.narrowest[next]);
      ++next;
    } while (next < t.columns.size() && total_width(narrow) + 2 + b.narrowest[next] <= limit);
    parts.push_back({columns, fit(t, b, columns, limit)});
  }
  return parts;
}

// One row of `part`: each cell wrapped to its column (numbers never are: their column is as
// wide as they are), padded, coloured by its style; a cell of several lines makes the row as
// many lines high.
void write_row(std::ostream& out, const Table& t, const Part& part, const std::vector<Cell>& cells, bool color) {
  std::vector<std::vector<std::string>> lines;
  std::size_t height = 1;
  for (std::size_t i = 0; i < part.columns.size(); ++i) {
    const Column& col = t.columns[part.columns[i]];
    const std::string s = shown(cells[part.columns[i]].text, col.max_width);
    lines.push_back(text::display_width(s) <= part.widths[i] ? std::vector<std::string>{s}
                                                             : text::wrap_to_width(s, part.widths[i]));
    height = std::max(height, lines.back().size());
  }
  for (std::size_t l = 0; l < height; ++l) {
    std::string line;
    for (std::size_t i = 0; i < part.columns.size(); ++i) {
      const std::size_t c = part.columns[i];
      const std::string s = l < lines[i].size() ? lines[i][l] : "";
      const bool last = i + 1 == part.columns.size();
      std::string padded = t.columns[c].align == Align::right ? text::pad_left(s, part.widths[i])
                           : last                             ? s
                                                              : text::pad_right(s, part.widths[i]);
      const std::string_view ansi = color && !s.empty() ? ansi_for(cells[c].style) : "";
      if (!ansi.empty()) padded = std::string(ansi) + padded + "\x1b[0m";
      line += padded;
      if (!last) line += "  ";
    }
    line.erase(line.find_last_not_of(' ') + 1);  // no trailing spaces after empty last cells
    out << line << '\n';
  }
}

}  // namespace

void write_wrapped(std::ostream& out, const std::string& text, int limit) {
  const std::string s = shown(text);
  const std::size_t indent = std::min(s.find_first_not_of(' '), s.size());
  if (limit <= 0 || text::display_width(s) <= limit) {
    out << s << '\n';
    return;
  }
  const std::string first_indent(indent, ' '), more(std::max<std::size_t>(indent, 2), ' ');
  const int room = std::max(limit - static_cast<int>(more.size()), 10);
  const std::vector<std::string> head = text::wrap_to_width(s.substr(indent), limit - static_cast<int>(indent));
  out << first_indent << head.front() << '\n';
  std::string rest;
  for (std::size_t i = 1; i < head.size(); ++i) rest += (i > 1 ? " " : "") + head[i];
  if (rest.empty()) return;
  for (const std::string& line : text::wrap_to_width(rest, room)) out << more << line << '\n';
}

namespace {

void write_part(std::ostream& out, const Table& table, const Part& part, const TextStyle& style, bool alone) {
  if (table.group) {  // the group heading over its first column, when this part has it
    int offset = 0;
    for (std::size_t i = 0; i < part.columns.size(); ++i) {
      if (part.columns[i] == table.group->first)
        out << std::string(static_cast<std::size_t>(offset), ' ') << shown(table.group->heading) << '\n';
      offset += part.widths[i] + 2;
    }
  }
  std::vector<Cell> heading, rule;
  for (const auto& c : table.columns) heading.push_back({c.heading, {}, false, 0, {}});
  for (std::size_t c = 0; c < table.columns.size(); ++c) rule.push_back({});
  for (std::size_t i = 0; i < part.columns.size(); ++i)
    rule[part.columns[i]].text = std::string(static_cast<std::size_t>(part.widths[i]), '-');
  write_row(out, table, part, heading, false);
  write_row(out, table, part, rule, false);
  auto section = table.sections.begin();
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    for (; section != table.sections.end() && section->row <= r; ++section)
      for (const std::string& line : section->lines) write_wrapped(out, line, style.width);
    // A row whose cells in this part are all empty (a value shown once for the rows after it,
    // whose other cells are in another part) would be blank lines here: left out.
    const auto empty = [&](std::size_t c) { return table.rows[r][c].text.empty(); };
    if (!alone && std::all_of(part.columns.begin(), part.columns.end(), empty)) continue;
    write_row(out, table, part, table.rows[r], style.color);
  }
}

}  // namespace

void write_text(std::ostream& out, const Table& table, const TextStyle& style) {
  if (!table.title.empty()) {
    write_wrapped(out, table.title, style.width);
    out << '\n';
  }
  const std::vector<Part> parts = parts_of(table, style.width);
  for (std::size_t p = 0; p < parts.size(); ++p) {
    if (p > 0) out << '\n';
    write_part(out, table, parts[p], style, parts.size() == 1);
  }
}

}  // namespace campaign::write
