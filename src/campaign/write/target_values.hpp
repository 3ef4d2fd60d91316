#pragma once
// How target values, gaps and headings read in tables: "20.33%", "22%", "–", "+1.2 pp",
// "Mục tiêu toàn huyện" (the appendix of notice 127-TB/BCĐ is the model).

#include <optional>
#include <string>
#include <string_view>

#include "campaign/model/model.hpp"
#include "campaign/write/language.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// The dash shown for a unit deliberately given no target (`~`): "–" (U+2013).
inline constexpr std::string_view kNoValue = "–";

/// A value as written plus its unit: "20.33%" for percent, "22" for counts and free units.
std::string format_value(const model::Decimal& value, const model::Indicator& indicator);

/// The same, or "–" when `value` is nullopt.
std::string format_value(const std::optional<model::Decimal>& value, const model::Indicator& indicator);

/// A value as written, with "%" when `percent`, or "–" when nullopt.
std::string format_number(const std::optional<model::Decimal>& value, bool percent);

/// A signed difference: "+1.2 pp" / "-0.8 pp" for percent (percentage points; Vietnamese
/// "điểm %"), "+3" for counts; "0" when equal.
std::string format_gap(const model::Decimal& gap, const model::Indicator& indicator, Language lang);

/// A table cell for a value: text as format_value, numeric value and decimals for xlsx,
/// right-aligned numbers; "–" (no number, Cell::no_value: empty in csv and xlsx) when nullopt.
Cell value_cell(const std::optional<model::Decimal>& value, const model::Indicator& indicator);

/// A text cell (no number).
Cell text_cell(std::string text);

/// A row number ("1", "12"): a numeric cell when it is digits (TT is a number in xlsx), else
/// a text cell ("1a").
Cell number_label(std::string text);

/// "Mục tiêu toàn huyện" / "District total" from the registry's area kind (toàn tỉnh, toàn
/// xã…); "Mục tiêu chung" / "Total" without an area.
std::string total_heading(const std::optional<model::Area>& area, Language lang);

/// "Toàn huyện" / "Whole district": the label of the area row of transposed tables.
std::string area_label(const std::optional<model::Area>& area, Language lang);

}  // namespace campaign::write
