#include "campaign/write/docx/model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace campaign::write::docx {

int mm_to_twips(double mm) {
  return static_cast<int>(std::lround(mm * 1440.0 / 25.4));
}

Paragraph paragraph(std::string text, Align align, Run format) {
  format.kind = RunKind::text;
  format.text = std::move(text);
  Paragraph p;
  p.align = align;
  p.runs.push_back(std::move(format));
  return p;
}

std::vector<int> proportional_widths(const std::vector<double>& weights, int total) {
  std::vector<int> widths(weights.size(), 0);
  if (weights.empty()) return widths;
  double sum = 0;
  for (double w : weights) sum += std::max(w, 0.0);
  std::vector<double> exact(weights.size());
  for (std::size_t i = 0; i < weights.size(); ++i)
    exact[i] = sum > 0 ? std::max(weights[i], 0.0) / sum * total : double(total) / double(weights.size());
  int used = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) used += widths[i] = static_cast<int>(std::floor(exact[i]));
  // The twips lost to rounding down go to the widest columns, first column first among equals.
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return exact[a] > exact[b]; });
  for (std::size_t k = 0; used < total; k = (k + 1) % order.size(), ++used) ++widths[order[k]];
  return widths;
}

Table two_column_heading(std::vector<Paragraph> left, std::vector<Paragraph> right, int width, double left_share) {
  left_share = std::clamp(left_share, 0.0, 1.0);
  Table t;
  t.columns = proportional_widths({left_share, 1 - left_share}, width);
  t.borders = std::nullopt;
  t.cell_margin = 0;
  for (auto* side : {&left, &right})
    for (Paragraph& p : *side) p.align = Align::center;
  Row row;
  row.cells.push_back(Cell{.paragraphs = std::move(left)});
  row.cells.push_back(Cell{.paragraphs = std::move(right)});
  t.rows.push_back(std::move(row));
  return t;
}

int Section::text_width() const {
  int page = orientation == Orientation::portrait ? 11906 : 16838;
  return page - mm_to_twips(margins.left) - mm_to_twips(margins.right);
}

namespace {

// The first problem of one table, or "".
std::string check_table(const Table& table, int footnotes);

std::string check_runs(const std::vector<Run>& runs, int footnotes) {
  for (const Run& r : runs)
    if (r.kind == RunKind::footnote_reference && (r.footnote < 1 || r.footnote > footnotes))
      return fmt::format("footnote reference {} but the document has {} footnote(s)", r.footnote, footnotes);
  return "";
}

std::string check_blocks(const std::vector<Block>& blocks, int footnotes) {
  int tables = 0;
  int paragraphs = 0;
  for (const Block& b : blocks) {
    if (const auto* p = std::get_if<Paragraph>(&b)) {
      ++paragraphs;
      if (auto e = check_runs(p->runs, footnotes); !e.empty()) return fmt::format("paragraph {}: {}", paragraphs, e);
    } else if (auto e = check_table(std::get<Table>(b), footnotes); !e.empty()) {
      return fmt::format("table {}, {}", tables + 1, e);
    } else {
      ++tables;
    }
  }
  return "";
}

std::string check_table(const Table& table, int footnotes) {
  const int columns = static_cast<int>(table.columns.size());
  if (columns == 0) return "no column";
  // For each grid column, the (first column, span) of the cell covering it in the row above.
  const auto grid = static_cast<std::size_t>(columns);
  std::vector<std::pair<int, int>> above(grid, {-1, 0});
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    std::vector<std::pair<int, int>> here(grid, {-1, 0});
    int col = 0;
    for (const Cell& cell : row.cells) {
      if (cell.span < 1) return fmt::format("row {}: a cell spans {} columns", r + 1, cell.span);
      if (col + cell.span > columns) break;
      if (cell.vmerge == VMerge::continue_ && above[static_cast<std::size_t>(col)] != std::pair{col, cell.span})
        return fmt::format(
            "row {}: the cell at column {} continues a vertical merge, but no cell of the same "
            "columns is above it",
            r + 1, col + 1);
      for (const Paragraph& p : cell.paragraphs)
        if (auto e = check_runs(p.runs, footnotes); !e.empty()) return fmt::format("row {}: {}", r + 1, e);
      for (int c = col; c < col + cell.span; ++c) here[static_cast<std::size_t>(c)] = {col, cell.span};
      col += cell.span;
    }
    int spanned = 0;
    for (const Cell& cell : row.cells) spanned += std::max(cell.span, 0);
    if (spanned != columns)
      return fmt::format("row {}: the cells span {} columns, the table has {}", r + 1, spanned, columns);
    above = std::move(here);
  }
  return "";
}

}  // namespace

std::string check(const Document& document) {
  if (document.sections.empty()) return "the document has no section";
  const int year = document.properties.modified.year;
  if (year < 1980 || year > 2107)
    return fmt::format("modification year {} cannot be stored in a zip entry (1980..2107)", year);
  const int footnotes = static_cast<int>(document.footnotes.size());
  for (std::size_t s = 0; s < document.sections.size(); ++s)
    if (auto e = check_blocks(document.sections[s].blocks, footnotes); !e.empty())
      return fmt::format("section {}, {}", s + 1, e);
  for (std::size_t f = 0; f < document.footnotes.size(); ++f)
    for (const Paragraph& p : document.footnotes[f])
      for (const Run& r : p.runs)
        if (r.kind == RunKind::footnote_reference)
          return fmt::format("footnote {}: a footnote cannot hold a footnote reference", f + 1);
  return "";
}

}  // namespace campaign::write::docx
