#include "campaign/targets/table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "campaign/targets/wording.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::targets {
namespace {

using write::Align;
using write::Cell;
using write::Column;

std::optional<model::Decimal> target_for(const model::Indicator& ind, const std::string& unit) {
  for (const auto& t : ind.targets)
    if (t.unit == unit) return t.value.number;
  return std::nullopt;
}

bool many_documents(const TargetTable& table) {
  std::set<const model::Document*> docs;
  for (const auto& r : table.rows) docs.insert(r.effective.current.document);
  return docs.size() > 1;
}

// TT and name of a row: the indicator's id (the appendix's TT) and name; with indicators of
// several documents, a running number and the document after the name.
std::pair<std::string, std::string> row_label(const TargetTable& table, std::size_t i) {
  const IndicatorRef& r = table.rows[i].effective.current;
  if (!many_documents(table)) return {r.indicator->id, display_name(*r.indicator)};
  return {std::to_string(i + 1), fmt::format("{} ({})", display_name(*r.indicator), r.document->number)};
}

std::string title_of(const TargetTable& table, Lang lang) {
  if (!table.as_of) return "";
  return lang == Lang::vi ? fmt::format("Chỉ tiêu có hiệu lực ngày {}", calendar::format_vn(*table.as_of))
                          : fmt::format("Targets in effect on {}", calendar::format_vn(*table.as_of));
}

write::Table appendix_layout(const TargetTable& table, Lang lang) {
  write::Table out;
  bool vi = lang == Lang::vi;
  out.columns.push_back({vi ? "TT" : "No.", Align::right, 0, false});
  out.columns.push_back({vi ? "Nội dung chỉ tiêu" : "Indicator", Align::left, 0, true});
  out.columns.push_back({total_heading(table.area, lang), Align::right, 0, false});
  for (const auto* u : table.units) out.columns.push_back({u->name, Align::right, 0, false});
  if (!table.units.empty()) out.group = write::Table::Group{vi ? "Trong đó" : "Of which", 3, table.units.size()};
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const TargetRow& row = table.rows[i];
    const model::Indicator& ind = *row.effective.current.indicator;
    auto [tt, name] = row_label(table, i);
    std::vector<Cell> cells{text_cell(tt), text_cell(name), value_cell(row.total, ind)};
    for (const auto& t : row.targets) cells.push_back(value_cell(t, ind));
    out.rows.push_back(std::move(cells));
  }
  out.title = title_of(table, lang);
  return out;
}

write::Table transposed_layout(const TargetTable& table, Lang lang) {
  write::Table out;
  bool vi = lang == Lang::vi;
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
    std::vector<Cell> cells{text_cell(std::to_string(u + 1)), text_cell(table.units[u]->name)};
    for (const auto& row : table.rows) cells.push_back(value_cell(row.targets[u], *row.effective.current.indicator));
    out.rows.push_back(std::move(cells));
  }
  out.title = title_of(table, lang);
  return out;
}

}  // namespace

std::vector<const model::Unit*> ordered_units(const model::Model& model, UnitOrder order) {
  std::vector<const model::Unit*> units;
  for (const auto& u : model.units) units.push_back(&u);
  if (order == UnitOrder::name)
    std::stable_sort(units.begin(), units.end(),
                     [](const model::Unit* a, const model::Unit* b) { return text::compare_vi(a->name, b->name) < 0; });
  return units;
}

TargetTable build_target_table(const model::Model& model, const std::vector<Effective>& indicators, UnitOrder order,
                               std::optional<model::Date> as_of) {
  TargetTable table;
  table.area = model.area;
  table.units = ordered_units(model, order);
  table.as_of = as_of;
  for (const auto& e : indicators) {
    TargetRow row{e, e.current.indicator->total, {}};
    for (const auto* u : table.units) row.targets.push_back(target_for(*e.current.indicator, u->id));
    table.rows.push_back(std::move(row));
  }
  return table;
}

write::Table to_table(const TargetTable& table, const LayoutOptions& options) {
  return options.transpose ? transposed_layout(table, options.lang) : appendix_layout(table, options.lang);
}

std::string display_name(const model::Indicator& indicator) {
  if (indicator.unit.empty() || indicator.unit == "percent" || indicator.unit == "count") return indicator.name;
  return fmt::format("{} ({})", indicator.name, indicator.unit);
}

write::Table history_table(const model::Model& model, const std::vector<Version>& versions, UnitOrder order, Lang lang) {
  bool vi = lang == Lang::vi;
  auto units = ordered_units(model, order);
  write::Table out;
  out.columns.push_back({vi ? "Văn bản" : "Document", Align::left, 0, false});
  out.columns.push_back({vi ? "Ngày ban hành" : "Issued", Align::left, 0, false});
  out.columns.push_back({vi ? "Nội dung chỉ tiêu" : "Indicator", Align::left, 0, true});
  out.columns.push_back({total_heading(model.area, lang), Align::right, 0, false});
  for (const auto* u : units) out.columns.push_back({u->name, Align::right, 0, false});
  out.columns.push_back({vi ? "Thay đổi" : "Changes", Align::left, 0, true});
  if (!units.empty()) out.group = write::Table::Group{vi ? "Trong đó" : "Of which", 4, units.size()};
  for (const auto& v : versions) {
    std::vector<Cell> cells{text_cell(v.document), text_cell(v.issued ? calendar::format_vn(*v.issued) : ""), text_cell(v.name)};
    if (v.indicator) {
      const model::Indicator& ind = *v.indicator->indicator;
      cells.push_back(value_cell(ind.total, ind));
      for (const auto* u : units) cells.push_back(value_cell(target_for(ind, u->id), ind));
    } else {
      for (std::size_t i = 0; i <= units.size(); ++i) cells.push_back(text_cell(""));
    }
    cells.push_back(text_cell(changes_text(v.changes, model.area, lang)));
    out.rows.push_back(std::move(cells));
  }
  return out;
}

}  // namespace campaign::targets
