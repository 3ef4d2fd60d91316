// Layout of target tables (campaign targets) and amendment histories for the Table writers.

#include "campaign/write/targets_table.hpp"

#include <fmt/format.h>

#include <set>

#include "campaign/write/appendix.hpp"
#include "campaign/write/targets_wording.hpp"

namespace campaign::write {
namespace {

using targets::IndicatorRef;
using targets::TargetRow;
using targets::TargetTable;

bool many_documents(const TargetTable& table) {
  std::set<const model::Document*> docs;
  for (const auto& r : table.rows) docs.insert(r.effective.current.document);
  return docs.size() > 1;
}

// TT and name of a row: the indicator's id (the appendix's TT) and name; with indicators of
// several documents, a running number and the document after the name.
// `with_unit`: a free-text unit after the name ("Số hộ (hộ)"), unless a unit column says it.
std::pair<std::string, std::string> row_label(const TargetTable& table, std::size_t i, bool with_unit = true) {
  const IndicatorRef& r = table.rows[i].effective.current;
  const std::string name = with_unit ? display_name(*r.indicator) : r.indicator->name;
  if (!many_documents(table)) return {r.indicator->id, name};
  return {std::to_string(i + 1), fmt::format("{} ({})", name, r.document->number)};
}

std::string title_of(const TargetTable& table, Language lang) {
  if (!table.as_of) return "";
  return lang == Language::vietnamese ? fmt::format("Chỉ tiêu có hiệu lực ngày {}", calendar::format_vn(*table.as_of))
                                      : fmt::format("Targets in effect on {}", calendar::format_vn(*table.as_of));
}

// Indicators of different units (a rate beside a count) in one appendix: the values' unit
// then needs a column of its own ("Đơn vị tính"), as csv writes numbers without "%".
bool mixed_units(const TargetTable& table) {
  std::set<std::string> units;
  for (const auto& r : table.rows) units.insert(r.effective.current.indicator->unit);
  return units.size() > 1;
}

std::string unit_text(const model::Indicator& ind, Language lang) {
  if (ind.is_percent()) return "%";
  if (ind.unit == "count" || ind.unit.empty()) return lang == Language::vietnamese ? "số lượng" : "count";
  return ind.unit;
}

// A unit's target; "?" for one a roll-up refused (the note under the table says why).
Cell target_cell(const TargetRow& row, std::size_t k, const model::Indicator& ind) {
  if (k < row.refused.size() && row.refused[k]) return text_cell("?");
  return value_cell(row.targets[k], ind);
}

Table appendix_layout(const TargetTable& table, Language lang) {
  Table out;
  bool vi = lang == Language::vietnamese;
  const bool units_column = mixed_units(table);
  out.columns.push_back({vi ? "TT" : "No.", Align::right, 0, false});
  out.columns.push_back({vi ? "Nội dung chỉ tiêu" : "Indicator", Align::left, 0, true});
  if (units_column) out.columns.push_back({vi ? "Đơn vị tính" : "Unit", Align::left, 0, false});
  out.columns.push_back({total_heading(table.area, lang), Align::right, 0, false});
  for (const auto* u : table.units) out.columns.push_back({u->name, Align::right, 0, false});
  if (!table.units.empty())
    out.group = Table::Group{vi ? "Trong đó" : "Of which", out.columns.size() - table.units.size(), table.units.size()};
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const TargetRow& row = table.rows[i];
    const model::Indicator& ind = *row.effective.current.indicator;
    auto [tt, name] = row_label(table, i, !units_column);
    std::vector<Cell> cells{number_label(tt), text_cell(name)};
    if (units_column) cells.push_back(text_cell(unit_text(ind, lang)));
    cells.push_back(value_cell(row.total, ind));
    for (std::size_t k = 0; k < row.targets.size(); ++k) cells.push_back(target_cell(row, k, ind));
    out.rows.push_back(std::move(cells));
  }
  out.title = title_of(table, lang);
  return out;
}

Table transposed_layout(const TargetTable& table, Language lang) {
  Table out;
  bool vi = lang == Language::vietnamese;
  out.columns.push_back({vi ? "TT" : "No.", Align::right, 0, false});
  out.columns.push_back({vi ? "Đơn vị" : "Unit", Align::left, 0, false});
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    auto [tt, name] = row_label(table, i);
    out.columns.push_back({fmt::format("{}. {}", tt, name), Align::right, 0, true});
  }
  std::vector<Cell> area_row{text_cell(""), text_cell(area_label(table.area, lang))};
  for (const auto& row : table.rows) area_row.push_back(value_cell(row.total, *row.effective.current.indicator));
  out.rows.push_back(std::move(area_row));
  for (std::size_t u = 0; u < table.units.size(); ++u) {
    std::vector<Cell> cells{number_label(std::to_string(u + 1)), text_cell(table.units[u]->name)};
    for (const auto& row : table.rows) cells.push_back(target_cell(row, u, *row.effective.current.indicator));
    out.rows.push_back(std::move(cells));
  }
  out.title = title_of(table, lang);
  return out;
}

}  // namespace

Table to_table(const TargetTable& table, const LayoutOptions& options) {
  return options.transpose ? transposed_layout(table, options.lang) : appendix_layout(table, options.lang);
}

Table appendix_table(const model::Model& model, const TargetTable& table, const LayoutOptions& options) {
  Table out = to_table(table, options);
  set_appendix_layout(out, model, table, options.lang, options.appendix_title);
  return out;
}

std::string display_name(const model::Indicator& indicator) {
  if (indicator.unit.empty() || indicator.unit == "percent" || indicator.unit == "count") return indicator.name;
  return fmt::format("{} ({})", indicator.name, indicator.unit);
}

Table history_table(const model::Model& model, const std::vector<targets::Version>& versions, targets::UnitOrder order,
                    Language lang) {
  bool vi = lang == Language::vietnamese;
  auto units = targets::ordered_units(model, order);
  Table out;
  out.columns.push_back({vi ? "Văn bản" : "Document", Align::left, 0, false});
  out.columns.push_back({vi ? "Ngày ban hành" : "Issued", Align::left, 0, false});
  out.columns.push_back({vi ? "Nội dung chỉ tiêu" : "Indicator", Align::left, 0, true});
  std::set<std::string> kinds;  // an amendment may turn a count into a rate: then a unit column
  for (const auto& v : versions)
    if (v.indicator) kinds.insert(v.indicator->indicator->unit);
  const bool units_column = kinds.size() > 1;
  if (units_column) out.columns.push_back({vi ? "Đơn vị tính" : "Unit", Align::left, 0, false});
  out.columns.push_back({total_heading(model.area, lang), Align::right, 0, false});
  for (const auto* u : units) out.columns.push_back({u->name, Align::right, 0, false});
  out.columns.push_back({vi ? "Thay đổi" : "Changes", Align::left, 0, true});
  if (!units.empty()) out.group = Table::Group{vi ? "Trong đó" : "Of which", units_column ? 5u : 4u, units.size()};
  for (const auto& v : versions) {
    Cell issued = text_cell(v.issued ? calendar::format_vn(*v.issued) : "");
    issued.date = v.issued;
    std::vector<Cell> cells{text_cell(v.document), issued, text_cell(v.name)};
    if (units_column) cells.push_back(text_cell(v.indicator ? unit_text(*v.indicator->indicator, lang) : ""));
    if (v.indicator) {
      const model::Indicator& ind = *v.indicator->indicator;
      cells.push_back(value_cell(ind.total, ind));
      for (const auto* u : units) cells.push_back(value_cell(targets::target_of(ind, u->id), ind));
    } else {
      for (std::size_t i = 0; i <= units.size(); ++i) cells.push_back(text_cell(""));
    }
    cells.push_back(text_cell(changes_text(v.changes, model.area, lang)));
    out.rows.push_back(std::move(cells));
  }
  return out;
}

}  // namespace campaign::write
