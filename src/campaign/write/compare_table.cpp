#include "campaign/write/compare_table.hpp"

#include <fmt/format.h>

#include <set>

#include "campaign/write/targets_table.hpp"
#include "campaign/write/targets_wording.hpp"

namespace campaign::write {

using namespace targets;  // the comparison this file lays out
namespace {

bool has_fractions(const Comparison& c) {
  for (const auto& u : c.units)
    if (u.numerator) return true;
  return false;
}

std::string fraction_text(const std::optional<model::Decimal>& n, const std::optional<model::Decimal>& d) {
  return n && d ? n->to_string() + " / " + d->to_string() : "";
}

std::string position_text(const std::optional<model::Decimal>& gap, Language lang) {
  if (!gap) return "";
  bool vi = lang == Language::vietnamese;
  if (gap->units > 0) return vi ? "cao hơn" : "above";
  if (gap->units < 0) return vi ? "thấp hơn" : "below";
  return vi ? "bằng" : "equal";
}

std::string title(const Comparison& c, Language lang) {
  const IndicatorRef& r = c.indicator.current;
  bool vi = lang == Language::vietnamese;
  std::string better = r.indicator->better == model::Better::lower ? (vi ? "thấp hơn là tốt" : "lower is better")
                                                                   : (vi ? "cao hơn là tốt" : "higher is better");
  std::string head =
      vi ? fmt::format("Chỉ tiêu {} ({}): {}", r.indicator->id, r.document->number, display_name(*r.indicator))
         : fmt::format("Indicator {} ({}): {}", r.indicator->id, r.document->number, display_name(*r.indicator));
  if (!c.result) return fmt::format("{} — {}", head, better);
  std::string as_of = c.result->as_of ? calendar::format_vn(*c.result->as_of) : "";
  if (vi)
    return fmt::format("{} — kết quả {}{}; {}", head, c.result->period.label_vn(),
                       as_of.empty() ? "" : ", số liệu đến " + as_of, better);
  return fmt::format("{} — results for {}{}; {}", head, c.result->period.label(),
                     as_of.empty() ? "" : ", as of " + as_of, better);
}

std::vector<Column> columns(const Comparison& c, Language lang, bool fractions) {
  bool vi = lang == Language::vietnamese;
  std::vector<Column> cols{{vi ? "TT" : "No.", Align::right, 0, false},
                           {vi ? "Đơn vị" : "Unit", Align::left, 0, false},
                           {vi ? "Chỉ tiêu giao" : "Target", Align::right, 0, false}};
  if (!c.result) {
    cols.push_back({(vi ? "Chênh lệch so với " : "Against the ") + lowered_heading(c.registry_area, lang), Align::right,
                    0, false});
    cols.push_back({vi ? "So sánh" : "Position", Align::left, 0, false});
    return cols;
  }
  cols.push_back({vi ? "Kết quả" : "Result", Align::right, 0, false});
  if (fractions) cols.push_back({vi ? "Tử số / mẫu số" : "Numerator / denominator", Align::right, 0, false});
  cols.push_back({vi ? "Chênh lệch" : "Gap", Align::right, 0, false});
  cols.push_back({vi ? "Đánh giá" : "Status", Align::left, 0, false});
  return cols;
}

std::vector<Cell> row(const model::Indicator& ind, const Comparison& c, Language lang, bool fractions, std::string tt,
                      std::string name, const std::optional<model::Decimal>& target,
                      const std::optional<model::Decimal>& result, const std::optional<model::Decimal>& gap,
                      std::string fraction, std::string status) {
  std::vector<Cell> cells{number_label(std::move(tt)), text_cell(std::move(name)), value_cell(target, ind)};
  Cell gap_text = text_cell(gap ? format_gap(*gap, ind, lang) : "");
  if (gap) gap_text.number = gap->to_double(), gap_text.decimals = gap->scale;  // a number: no CSV "'" guard
  if (!c.result) {
    cells.push_back(gap_text);
    cells.push_back(text_cell(position_text(gap, lang)));
    return cells;
  }
  cells.push_back(result ? value_cell(result, ind) : text_cell(""));
  if (fractions) cells.push_back(text_cell(std::move(fraction)));
  cells.push_back(gap_text);
  cells.push_back(text_cell(std::move(status)));
  return cells;
}

// The class html gives a status cell (red, green): the judged ones only.
std::string status_style(Status status) {
  if (status == Status::met) return "met";
  if (status == Status::not_met) return "not-met";
  return "";
}

// "toàn huyện" / "whole district".
std::string lowered_heading_label(const model::Model& model, Language lang) {
  std::string l = area_label(model.area, lang);
  if (!l.empty() && l[0] >= 'A' && l[0] <= 'Z') l[0] = static_cast<char>(l[0] - 'A' + 'a');
  return l;
}

}  // namespace

Table comparison_table(const model::Model& model, const Comparison& c, Language lang) {
  const model::Indicator& ind = *c.indicator.current.indicator;
  bool fractions = has_fractions(c);
  Table t;
  t.title = title(c, lang);
  t.columns = columns(c, lang, fractions);
  const AreaComparison& a = c.area;
  std::string area_fraction = fraction_text(a.result.numerator_sum, a.result.denominator_sum);
  t.rows.push_back(row(ind, c, lang, fractions, "", area_label(model.area, lang), a.target, a.result.value,
                       c.result ? a.gap : std::nullopt, area_fraction, area_status_text(c, lang)));
  if (!c.result) t.rows.back()[3] = text_cell(""), t.rows.back()[4] = text_cell("");
  if (c.result) t.rows.back().back().style = status_style(a.status);
  std::size_t i = 0;
  for (const auto& u : c.units) {
    t.rows.push_back(row(ind, c, lang, fractions, std::to_string(++i), u.unit->name, u.target, u.result, u.gap,
                         fraction_text(u.numerator, u.denominator), std::string(status_text(u.status, lang))));
    if (u.refused && !u.target) t.rows.back()[2] = text_cell("?");  // a roll-up refused it: the note says why
    if (c.result) t.rows.back().back().style = status_style(u.status);
  }
  // The gap of a percent indicator is in percentage points: csv says so in the heading.
  const std::size_t gap = c.result ? t.columns.size() - 2 : 3;
  if (ind.is_percent()) t.columns[gap].unit = lang == Language::vietnamese ? "điểm %" : "pp";
  return t;
}

std::string comparison_heading(const model::Model& model, Language lang) {
  const bool vi = lang == Language::vietnamese;
  std::string line = vi ? "Kết quả thực hiện so với chỉ tiêu giao" : "Results against targets";
  if (model.area && !model.area->name.empty()) line += (vi ? " trên địa bàn " : ", ") + model.area->name;
  return line;
}

Table comparison_print_table(const model::Model& model, const Comparison& c, Language lang) {
  Table t = comparison_table(model, c, lang);
  t.heading = {comparison_heading(model, lang)};
  t.notes = comparison_footer(model, c, lang);
  t.footer = c.indicator.current.document->number;
  return t;
}

std::vector<std::string> comparison_footer(const model::Model& model, const Comparison& c, Language lang) {
  bool vi = lang == Language::vietnamese;
  const std::vector<const model::Unit*> units = ordered_units(model, UnitOrder::registry);
  std::vector<std::string> lines;
  if (c.result)
    lines.push_back(fmt::format("{} {}: {}", vi ? "Kết quả" : "Result for the", lowered_heading_label(model, lang),
                                method_text(c, lang)));
  lines.push_back(summary(c, units, lang));
  for (auto& s : set_aside_texts(c, lang)) lines.push_back(std::move(s));
  for (const auto& n : c.indicator.notes) lines.push_back((vi ? "Ghi chú: " : "Note: ") + note_text(n, lang));
  return lines;
}

Table flatten(const model::Model& model, const std::vector<Comparison>& comparisons, Language lang) {
  Table out;
  const std::vector<const model::Unit*> units = ordered_units(model, UnitOrder::registry);
  std::set<std::string> kinds;  // the indicators' units: a column of their own when they differ
  for (const auto& c : comparisons) kinds.insert(c.indicator.current.indicator->unit);
  const bool units_column = kinds.size() > 1;
  const bool vi = lang == Language::vietnamese;
  for (const auto& c : comparisons) {
    Table t = comparison_table(model, c, lang);
    const model::Indicator& ind = *c.indicator.current.indicator;
    if (out.columns.empty()) {
      out.columns.push_back({vi ? "Chỉ tiêu" : "Indicator", Align::left, 0, false});
      if (units_column) out.columns.push_back({vi ? "Đơn vị tính" : "Unit", Align::left, 0, false});
      out.columns.insert(out.columns.end(), t.columns.begin(), t.columns.end());
      if (units_column)
        for (auto& col : out.columns) col.unit.clear();  // the unit column says it row by row
    }
    for (auto& r : t.rows) {
      if (units_column)
        r.insert(r.begin(), text_cell(ind.is_percent()      ? "%"
                                      : ind.unit == "count" ? (vi ? "số lượng" : "count")
                                                            : ind.unit));
      r.insert(r.begin(), text_cell(c.indicator.current.ref()));
      r.resize(out.columns.size(), text_cell(""));
      out.rows.push_back(std::move(r));
    }
    out.title += (out.title.empty() ? "" : "; ") + c.indicator.current.ref() + ": " + summary(c, units, lang);
    for (const auto& s : set_aside_texts(c, lang)) out.title += "; " + s;
  }
  return out;
}

}  // namespace campaign::write
