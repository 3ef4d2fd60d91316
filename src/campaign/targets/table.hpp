#pragma once
// The commune target table (bảng giao chỉ tiêu) as the appendix of notice 127-TB/BCĐ lays it
// out: TT, Nội dung chỉ tiêu, Mục tiêu toàn huyện, then "Trong đó" one column per unit.

#include <optional>
#include <string>
#include <vector>

#include "campaign/targets/effective.hpp"
#include "campaign/targets/values.hpp"
#include "campaign/write/table.hpp"

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
};

/// The table's data, independent of layout; writers (text, md, csv, html, xlsx, json) read it.
struct TargetTable {
  std::optional<model::Area> area;
  std::vector<const model::Unit*> units;  ///< column order
  std::vector<TargetRow> rows;
  std::optional<model::Date> as_of;
};

/// Builds the table of `indicators` over the model's units, in `order`.
TargetTable build_target_table(const model::Model& model, const std::vector<Effective>& indicators,
                               UnitOrder order, std::optional<model::Date> as_of);

/// `units` in `order` (registry order kept for UnitOrder::registry).
std::vector<const model::Unit*> ordered_units(const model::Model& model, UnitOrder order);

/// Layout options of to_table.
struct LayoutOptions {
  Lang lang = Lang::vi;
  bool transpose = false;  ///< units in rows, one column per indicator
};

/// The write::Table of `table`: headings TT, Nội dung chỉ tiêu, Mục tiêu toàn huyện, then the
/// units under the group heading "Trong đó" (English with Lang::en); transposed: TT, Đơn vị,
/// one column per indicator, the area row first.
write::Table to_table(const TargetTable& table, const LayoutOptions& options);

/// The indicator's name as shown: its name, plus its unit in brackets when the unit is free
/// text ("Số hộ thoát nghèo (hộ)").
std::string display_name(const model::Indicator& indicator);

/// The write::Table of an amendment history: one row per version (document, issued, name,
/// total, one column per unit, changes).
write::Table history_table(const model::Model& model, const std::vector<Version>& versions, UnitOrder order, Lang lang);

}  // namespace campaign::targets
