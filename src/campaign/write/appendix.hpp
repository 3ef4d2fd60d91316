#pragma once
// The print layout of a target table as the appendix (phụ lục) of notice 127-TB/BCĐ sets it:
// "PHỤ LỤC", the appendix's title, "(kèm theo Thông báo số 127-TB/BCĐ, ngày 11/7/2024 của Ban
// Chỉ đạo Cuộc vận động huyện)", then the table with a row numbering its columns. xlsx and
// html show it (Table::heading, Table::column_numbers); text, md and csv do not.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/model/model.hpp"
#include "campaign/targets/table.hpp"
#include "campaign/write/language.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// The document kind as a title word: "Thông báo", "Kế hoạch", "Công văn", "Chỉ thị", "Quyết
/// định", "Báo cáo"; English "notice", "plan", "letter", "directive", "decision", "report".
std::string_view document_kind_name(model::DocumentKind kind, Language lang);

/// A date as Vietnamese documents write it (Nghị định 30/2020/NĐ-CP, Phụ lục I): a day below
/// 10 and the months 1 and 2 with a leading zero, the other months without: "11/7/2024",
/// "02/02/2024", "05/10/2024".
std::string format_official(const calendar::Date& date);

/// "(kèm theo Thông báo số 127-TB/BCĐ, ngày 11/7/2024 của Ban Chỉ đạo Cuộc vận động huyện)":
/// the documents in order, joined with "và"; the issuer by its `full_name`, else its `name`,
/// left out when the registry does not hold it. English: "(attached to notice 127-TB/BCĐ of
/// 11/07/2024 of Ban Chỉ đạo Cuộc vận động huyện)". Empty without documents.
std::string attached_line(const model::Model& model, const std::vector<const model::Document*>& documents,
                          Language lang);

/// The appendix's title derived from its indicators: "Chỉ tiêu Tỷ lệ sinh con thứ 3 trở lên
/// năm 2024 trên địa bàn huyện Kon Rẫy" (names joined with "; ", the year when they share
/// one, the registry's area when it has a name) / "Targets: … for 2024, huyện Kon Rẫy".
std::string appendix_title(const model::Model& model, const targets::TargetTable& table, Language lang);

/// Sets the print layout of `out` (the appendix layout of `table`): heading lines "PHỤ LỤC",
/// `title` (appendix_title when nullopt: the place where a format key for the title will
/// plug in) and attached_line; the column-number row; the footer naming the documents.
void set_appendix_layout(Table& out, const model::Model& model, const targets::TargetTable& table, Language lang,
                         const std::optional<std::string>& title);

}  // namespace campaign::write
