#pragma once
// The data of the commune target table (bảng giao chỉ tiêu) of notice 127-TB/BCĐ's appendix:
// the indicators in effect, their totals and one target per unit, in unit order. Its layout is
// write/targets_table.hpp's.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/targets/effective.hpp"

namespace campaign::targets {

/// Column order of units: as in the registry (the appendix's order), or by name in
/// Vietnamese collation (text::compare_vi).
enum class UnitOrder { registry, name };

/// One row: an indicator in effect, its total and one target per unit of TargetTable::units
/// (nullopt: left out with `~`, shown "–").
struct TargetRow {
  Effective effective;
  std::optional<model::Decimal> total;
  std::vector<std::optional<model::Decimal>> targets;
  std::vector<bool> refused;  ///< per unit: a target a roll-up refused (targets/rollup.hpp), shown "?"
};

/// The table's data, independent of layout; writers (text, md, csv, html, xlsx, json) read it.
struct TargetTable {
  std::optional<model::Area> area;
  std::vector<const model::Unit*> units;  ///< column order
  std::vector<TargetRow> rows;
  std::optional<model::Date> as_of;
};

/// Builds the table of `indicators` over the model's units, in `order`.
TargetTable build_target_table(const model::Model& model, const std::vector<Effective>& indicators, UnitOrder order,
                               std::optional<model::Date> as_of);

/// True when `unit`'s target in `indicator` is one a roll-up refused (a Value marked invalid
/// in a redrawn model: targets/rollup.hpp).
bool refused_target(const model::Indicator& indicator, std::string_view unit);

/// `units` in `order` (registry order kept for UnitOrder::registry).
std::vector<const model::Unit*> ordered_units(const model::Model& model, UnitOrder order);

/// The target of `unit` in `indicator`: nullopt when left out with `~` or not given.
std::optional<model::Decimal> target_of(const model::Indicator& indicator, std::string_view unit);

}  // namespace campaign::targets
