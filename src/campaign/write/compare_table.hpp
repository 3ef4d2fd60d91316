#pragma once
// Layout of a comparison (campaign compare) as a table: the area row first, then one row per
// unit in registry order, with target, result, gap and status; notes below.

#include <string>
#include <vector>

#include "campaign/targets/compare.hpp"
#include "campaign/write/language.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// The table of one comparison. With results: TT, Đơn vị, Chỉ tiêu giao, Kết quả, [Tử số /
/// mẫu số when a result is a fraction], Chênh lệch, Đánh giá. Without results: TT, Đơn vị,
/// Chỉ tiêu giao, Chênh lệch so với mục tiêu chung, So sánh (cao hơn / thấp hơn / bằng).
/// The title names the indicator, the period and which way is better. Status cells are
/// styled "met" / "not-met"; a percent indicator's gap column has the unit "điểm %" / "pp".
Table comparison_table(const model::Model& model, const targets::Comparison& comparison, Language lang);

/// comparison_table with the print layout of xlsx and html: a heading line naming the area
/// ("Kết quả thực hiện so với chỉ tiêu giao trên địa bàn huyện Kon Rẫy"), the title (document,
/// indicator, period, direction), the lines of comparison_footer under the table, and the
/// document in the page footer.
Table comparison_print_table(const model::Model& model, const targets::Comparison& comparison, Language lang);

/// The lines printed under the table in text and md: how the area result was computed (or why
/// not), the summary, the result sets set aside (facts) and the indicator's notes ("Ghi chú: …").
std::vector<std::string> comparison_footer(const model::Model& model, const targets::Comparison& comparison,
                                           Language lang);

/// Several comparison tables as one (for csv and html): a first column with the indicator's
/// DOCUMENT#INDICATOR, then "Đơn vị tính" / "Unit" when the indicators' units differ; columns
/// are those of the first table (tables of the other shape are laid out under the same
/// headings). The title joins the summaries and the result sets set
/// aside.
Table flatten(const model::Model& model, const std::vector<targets::Comparison>& comparisons, Language lang);

}  // namespace campaign::write
