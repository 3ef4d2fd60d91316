#include "campaign/targets/table.hpp"

#include <algorithm>
#include <set>

#include "campaign/targets/rollup.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::targets {

std::optional<model::Decimal> target_of(const model::Indicator& ind, std::string_view unit) {
  for (const auto& t : ind.targets)
    if (t.unit == unit) return t.value.number;
  return std::nullopt;
}

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
  // Units on the map of one of the documents shown (targets::document_units): a unit formed
  // after all of them (2025-07-01) has no column in a 2024 table.
  std::set<const model::Unit*> shown;
  for (const auto& e : indicators)
    for (const model::Unit* u : document_units(model, *e.current.document)) shown.insert(u);
  if (!indicators.empty()) std::erase_if(table.units, [&](const model::Unit* u) { return !shown.contains(u); });
  for (const auto& e : indicators) {
    TargetRow row{e, e.current.indicator->total, {}, {}};
    for (const auto* u : table.units) {
      row.targets.push_back(target_of(*e.current.indicator, u->id));
      row.refused.push_back(refused_target(*e.current.indicator, u->id));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

bool refused_target(const model::Indicator& ind, std::string_view unit) {
  for (const auto& t : ind.targets)
    if (t.unit == unit) return t.value.invalid;
  return false;
}

}  // namespace campaign::targets
