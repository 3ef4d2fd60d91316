// The HTML writer of tables (table.hpp): one self-contained page that prints on A4 landscape.

#include <string_view>

#include "campaign/write/table.hpp"

namespace campaign::write {
namespace {

// Screen and print. On paper: A4 landscape, the <thead> repeated on every page, no row split,
// a smaller font and padding, headings that wrap between words and numbers that never wrap, so
// that a table of 20 communes fits the page width instead of losing its last columns; the
// flexible column (the indicator's name) keeps room for a few words.
constexpr std::string_view kStyle =
    "@page{size:A4 landscape;margin:12mm 10mm}\n"
    "body{font-family:\"Times New Roman\",serif;margin:2em}\n"
    ".heading{text-align:center;font-weight:bold;margin:0.2em 0}\n"
    ".heading.attached{font-weight:normal;font-style:italic}\n"
    "h1,h2{font-size:1.15em;text-align:center}\n"
    "table{border-collapse:collapse}\nth,td{border:1px solid #444;padding:4px 8px}\n"
    "th{background:#eee;text-align:center}\ntd.num{text-align:right;white-space:nowrap}\n"
    "tr.numbers th{font-weight:normal;font-style:italic;background:none}\n"
    ".overdue,.missing,.not-met{color:#b00}\n.done,.met{color:#070}\n"
    "@media print{\n"
    "body{margin:0;font-size:10pt}\n"
    "table{width:100%;font-size:9pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "th,td{padding:2px 3px}\nth{overflow-wrap:break-word}\n.wide{min-width:9em}\n"
    "thead{display:table-header-group}\ntr{break-inside:avoid}\n"
    "h1,h2{break-after:avoid}\n"
    "}\n";

// "(kèm theo Thông báo số …)": a line in brackets is italic and not bold, as documents set it.
bool bracketed(std::string_view line) {
  return !line.empty() && line.front() == '(' && line.back() == ')';
}

// The page's <title>: the table's title, else its heading's title line (after "PHỤ LỤC").
std::string page_title(const Table& t) {
  if (!t.title.empty() || t.heading.empty()) return t.title;
  return t.heading.size() > 1 ? t.heading[1] : t.heading.front();
}

void head(std::ostream& out, const std::string& title, const std::string& lang) {
  out << "<!DOCTYPE html>\n<html lang=\"" << escape_html(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << escape_html(title.empty() ? "campaign" : title) << "</title>\n<style>\n"
      << kStyle << "</style>\n</head>\n<body>\n";
}

void heading_lines(std::ostream& out, const std::vector<std::string>& lines) {
  for (const auto& line : lines)
    out << (bracketed(line) ? "<p class=\"heading attached\">" : "<p class=\"heading\">") << escape_html(line)
        << "</p>\n";
}

// The class of a flexible column's heading: it keeps a minimum width on paper.
std::string_view wide(const Column& column) {
  return column.flexible ? " class=\"wide\"" : "";
}

void thead(std::ostream& out, const Table& table) {
  out << "<thead>\n";
  if (table.group) {
    out << "<tr>";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (c == table.group->first) {
        out << "<th colspan=\"" << table.group->count << "\">" << escape_html(table.group->heading) << "</th>";
        c += table.group->count - 1;
      } else {
        out << "<th rowspan=\"2\"" << wide(table.columns[c]) << ">" << escape_html(table.columns[c].heading) << "</th>";
      }
    }
    out << "</tr>\n<tr>";
    for (std::size_t c = table.group->first; c < table.group->first + table.group->count; ++c)
      out << "<th>" << escape_html(table.columns[c].heading) << "</th>";
    out << "</tr>\n";
  } else {
    out << "<tr>";
    for (const auto& c : table.columns) out << "<th" << wide(c) << ">" << escape_html(c.heading) << "</th>";
    out << "</tr>\n";
  }
  if (table.column_numbers) {
    out << "<tr class=\"numbers\">";
    for (std::size_t c = 0; c < table.columns.size(); ++c) out << "<th>" << c + 1 << "</th>";
    out << "</tr>\n";
  }
  out << "</thead>\n";
}

void table_body(std::ostream& out, const Table& table) {
  out << "<table>\n";
  thead(out, table);
  out << "<tbody>\n";
  for (const auto& row : table.rows) {
    out << "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      std::string cls = c < table.columns.size() && table.columns[c].align == Align::right ? "num" : "";
      if (c < table.columns.size() && table.columns[c].flexible) cls += cls.empty() ? "wide" : " wide";
      if (!row[c].style.empty()) cls += (cls.empty() ? "" : " ") + row[c].style;
      out << (cls.empty() ? "<td>" : "<td class=\"" + escape_html(cls) + "\">") << escape_html(row[c].text) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
  for (const auto& note : table.notes) out << "<p class=\"note\">" << escape_html(note) << "</p>\n";
}

}  // namespace

void write_html(std::ostream& out, const Table& table, const std::string& lang) {
  head(out, page_title(table), lang);
  heading_lines(out, table.heading);
  if (!table.title.empty()) out << "<h1>" << escape_html(table.title) << "</h1>\n";
  table_body(out, table);
  out << "</body>\n</html>\n";
}

void write_html(std::ostream& out, const std::vector<Table>& tables, const std::string& lang) {
  static const Table none;
  const Table& first = tables.empty() ? none : tables.front();
  head(out, first.heading.empty() ? first.title : first.heading.front(), lang);  // the area line
  heading_lines(out, first.heading);
  for (const auto& table : tables) {
    if (!table.title.empty()) out << "<h2>" << escape_html(table.title) << "</h2>\n";
    table_body(out, table);
  }
  out << "</body>\n</html>\n";
}

}  // namespace campaign::write
