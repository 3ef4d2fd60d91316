// write::Table as DOCX (see docx_tables.hpp).

#include "campaign/write/docx_tables.hpp"

#include <algorithm>

#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

using docx::Paragraph;
using docx::Run;

// The widest word of `text`, and its whole width, in display columns.
int content_weight(const std::string& text) {
  int word = 0, widest = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    widest = std::max(widest, text::display_width(std::string_view(text).substr(start, end - start)));
    start = end + 1;
  }
  word = text::display_width(text);
  // A long text may wrap; it never needs less than its widest word.
  return std::max(widest, std::min(word, 40));
}

docx::Cell text_cell(const std::string& text, docx::Align align, bool bold, int size) {
  Paragraph p = docx::paragraph(text, align, Run{.bold = bold, .size_half_points = size});
  return docx::Cell{.paragraphs = {std::move(p)}, .valign = docx::CellAlign::center};
}

bool italic_line(const std::string& line) {
  return line.rfind("(", 0) == 0;
}

}  // namespace

std::vector<double> column_weights(const Table& table) {
  std::vector<double> weights(table.columns.size(), 4);
  auto widen = [&](std::size_t c, const std::string& text) {
    weights[c] = std::clamp(static_cast<double>(content_weight(text)), weights[c], 40.0);
  };
  for (std::size_t c = 0; c < table.columns.size(); ++c) widen(c, table.columns[c].heading);
  for (const auto& row : table.rows)
    for (std::size_t c = 0; c < row.size() && c < weights.size(); ++c) widen(c, row[c].text);
  return weights;
}

docx::Table docx_table(const Table& table, int width) {
  docx::Table out;
  out.columns = docx::proportional_widths(column_weights(table), width);
  out.cell_margin = 57;  // 1 mm: more of a narrow page for the text
  const std::size_t n = table.columns.size();
  const int size = n > 10 ? kDenseTableSize : kTableSize;
  const auto in_group = [&](std::size_t c) {
    return table.group && c >= table.group->first && c < table.group->first + table.group->count;
  };
  docx::Row first{.header = true, .cant_split = true};
  docx::Row second{.header = true, .cant_split = true};
  for (std::size_t c = 0; c < n; ++c) {
    if (!in_group(c)) {
      docx::Cell cell = text_cell(table.columns[c].heading, docx::Align::center, true, size);
      if (table.group) {
        cell.vmerge = docx::VMerge::restart;
        second.cells.push_back(docx::Cell{.vmerge = docx::VMerge::continue_});
      }
      first.cells.push_back(std::move(cell));
      continue;
    }
    if (c == table.group->first) {
      docx::Cell cell = text_cell(table.group->heading, docx::Align::center, true, size);
      cell.span = static_cast<int>(table.group->count);
      first.cells.push_back(std::move(cell));
    }
    second.cells.push_back(text_cell(table.columns[c].heading, docx::Align::center, true, size));
  }
  out.rows.push_back(std::move(first));
  if (table.group) out.rows.push_back(std::move(second));
  if (table.column_numbers) {
    docx::Row numbers{.header = true, .cant_split = true};
    for (std::size_t c = 0; c < n; ++c)
      numbers.cells.push_back(text_cell(std::to_string(c + 1), docx::Align::center, false, size));
    out.rows.push_back(std::move(numbers));
  }
  for (const auto& row : table.rows) {
    docx::Row r{.cant_split = true};
    for (std::size_t c = 0; c < n; ++c) {
      const Cell& cell = c < row.size() ? row[c] : Cell{};
      const bool right = cell.number.has_value() || table.columns[c].align == Align::right;
      r.cells.push_back(text_cell(cell.text, right ? docx::Align::right : docx::Align::left, false, size));
    }
    out.rows.push_back(std::move(r));
  }
  return out;
}

std::vector<Paragraph> table_heading(const Table& table) {
  std::vector<Paragraph> out;
  for (std::size_t i = 0; i < table.heading.size(); ++i) {
    const std::string& line = table.heading[i];
    Run format{.bold = !italic_line(line), .italic = italic_line(line)};
    Paragraph p = docx::paragraph(line, docx::Align::center, format);
    p.keep_next = true;
    out.push_back(std::move(p));
  }
  if (!table.title.empty()) {
    Paragraph p = docx::paragraph(table.title, docx::Align::center, Run{.bold = true});
    p.keep_next = true;
    p.spacing.before = 120;
    out.push_back(std::move(p));
  }
  if (!out.empty()) out.back().spacing.after = 120;
  return out;
}

docx::Document tables_document(const std::vector<Table>& tables, const std::string& title, calendar::Date date) {
  docx::Document doc;
  doc.properties = {.title = title, .created = date, .modified = date};
  docx::Section section{.orientation = docx::Orientation::landscape};
  section.margins = {.top = 20, .bottom = 20, .left = 20, .right = 15};
  const int width = section.text_width();
  for (std::size_t t = 0; t < tables.size(); ++t) {
    std::vector<Paragraph> heading = table_heading(tables[t]);
    if (t > 0 && !heading.empty()) heading.front().page_break_before = true;
    for (Paragraph& p : heading) section.blocks.emplace_back(std::move(p));
    section.blocks.emplace_back(docx_table(tables[t], width));
    for (const std::string& note : tables[t].notes)
      section.blocks.emplace_back(docx::paragraph(note, docx::Align::left, Run{.size_half_points = kTableSize}));
  }
  doc.sections.push_back(std::move(section));
  return doc;
}

}  // namespace campaign::write
