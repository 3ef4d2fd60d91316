#pragma once
// The words of the targets and compare outputs, Vietnamese (default, for circulation) or
// English (--lang en): notes on amendments, what changed between versions, statuses, the area
// line, summaries and results set aside. Analysis (effective.hpp, compare.hpp) hands plain
// data; this is the one place that words it, for tables, footers and JSON alike.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/targets/compare.hpp"
#include "campaign/write/language.hpp"
#include "campaign/write/target_values.hpp"

namespace campaign::write {

/// A note on an indicator in effect, without a final period: "127-TB/BCĐ#1 amends
/// 120-CV/BCĐ#1; 120-CV/BCĐ is not loaded, so the amendment stands alone" / "127-TB/BCĐ#1 điều
/// chỉnh chỉ tiêu 120-CV/BCĐ#1; văn bản 120-CV/BCĐ không có trong các tệp đã đọc nên chỉ dùng
/// chỉ tiêu đã điều chỉnh".
std::string note_text(const targets::Note& note, Language lang);

/// One change of an amendment history: "total: 30 → 15.25%" / "mục tiêu toàn tỉnh: 30 →
/// 15.25%", "first version" / "giao lần đầu". `area` names the total in Vietnamese.
std::string change_text(const targets::Change& change, const std::optional<model::Area>& area, Language lang);

/// The changes of one version joined with "; ".
std::string changes_text(const std::vector<targets::Change>& changes, const std::optional<model::Area>& area,
                         Language lang);

/// The word for the units of a summary: one kind's plural ("communes"/"xã"), mixed
/// commune-level kinds "communes" / "xã, thị trấn" (kinds in order of first appearance).
std::string units_word(const std::vector<const model::Unit*>& units, Language lang);

/// total_heading in lower case, for running text: "mục tiêu toàn huyện", "district total".
std::string lowered_heading(const std::optional<model::Area>& area, Language lang);

/// "4/7 communes met" / "4/7 xã, thị trấn đạt", with how many have no result or no data;
/// without results, how the targets stand against the area total.
std::string summary(const targets::Comparison& comparison, const std::vector<const model::Unit*>& units, Language lang);

/// How the area result was computed, or why it was not: "sum of numerators / sum of
/// denominators of 7 units (53 / 265)", "mean of 6 unit results, on 6/7 units with a result
/// (--partial)", "not computed; 1/7 units without a result (Xã Đăk Pnê); …"; empty without results.
std::string method_text(const targets::Comparison& comparison, Language lang);

/// "met", "not met", "no result", "no data"…; Vietnamese "đạt", "không đạt", "chưa có kết quả"….
std::string_view status_text(targets::Status status, Language lang);

/// The area line's status: status_text, or "not evaluated: 1/7 units without a result" /
/// "chưa đánh giá: thiếu kết quả của 1/7 đơn vị", or "met, on 6/7 units with a result" /
/// "đạt, tính trên 6/7 đơn vị có kết quả" under --partial.
std::string area_status_text(const targets::Comparison& comparison, Language lang);

/// One line per indicator whose result sets were set aside: "1 result set filed under
/// 10-CV/BCĐ#1 (2024) set aside: 20-TB/BCĐ#1 replaced that indicator from 11/07/2024".
std::vector<std::string> set_aside_texts(const targets::Comparison& comparison, Language lang);

}  // namespace campaign::write
