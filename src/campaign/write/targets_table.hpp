#pragma once
// The commune target table (bảng giao chỉ tiêu) laid out as the appendix of notice 127-TB/BCĐ:
// TT, Nội dung chỉ tiêu, Mục tiêu toàn huyện, then "Trong đó" one column per unit; and the
// amendment history of an indicator. The data comes from targets/table.hpp.

#include <optional>
#include <string>
#include <vector>

#include "campaign/targets/effective.hpp"
#include "campaign/targets/table.hpp"
#include "campaign/write/language.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// Layout options of to_table.
struct LayoutOptions {
  Language lang = Language::vietnamese;
  bool transpose = false;  ///< units in rows, one column per indicator
  /// The appendix's title in the print layout (appendix_table); nullopt: derived from the
  /// indicators (write/appendix.hpp, appendix_title).
  std::optional<std::string> appendix_title = std::nullopt;
};

/// The Table of `table`: headings TT, Nội dung chỉ tiêu, [Đơn vị tính when the indicators'
/// units differ,] Mục tiêu toàn huyện, then the units under the group heading "Trong đó"
/// (English with Language::english); transposed: TT, Đơn vị, one column per indicator, the
/// area row first. TT cells are numbers when they are digits.
Table to_table(const targets::TargetTable& table, const LayoutOptions& options);

/// to_table with the print layout of an appendix (xlsx, html; write/appendix.hpp): "PHỤ LỤC",
/// the title, "(kèm theo Thông báo số …)", the column-number row, the document in the footer.
Table appendix_table(const model::Model& model, const targets::TargetTable& table, const LayoutOptions& options);

/// The indicator's name as shown: its name, plus its unit in brackets when the unit is free
/// text ("Số hộ thoát nghèo (hộ)").
std::string display_name(const model::Indicator& indicator);

/// The Table of an amendment history: one row per version (document, issued, name, total, one
/// column per unit, changes).
Table history_table(const model::Model& model, const std::vector<targets::Version>& versions, targets::UnitOrder order,
                    Language lang);

}  // namespace campaign::write
