#pragma once
// What `campaign import` finds inside the text of a task or an item: deadline phrases, report
// frequencies, "(qua …)", cited documents and dates. Plain string scanning (no std::regex, whose
// backtracking recurses on long inputs).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/calendar/date.hpp"

namespace campaign::importer {

/// The first deadline phrase of `text` that calendar::parse_deadline resolves, as written but
/// without a leading "hoàn thành" ("(hoàn thành trong tháng 7/2024)" -> "trong tháng 7/2024"),
/// found after "hoàn thành", "trước ngày", "chậm nhất", "hạn chót", "thời hạn", "trong tháng",
/// "từ ngày" (a window), "dự kiến" (a planned date), "đến hết ngày",
/// "trong quý", "trong 6 tháng"; the longest run of words there that resolves. Empty when none.
/// `others` gets any further phrases that resolve (a task with two deadlines needs a look);
/// `unread` the clauses after such a word that hold a number but do not resolve ("chậm nhất ngày
/// 31/02/2024"), so that the caller can ask for a look instead of dropping them.
std::string find_deadline(std::string_view text, std::vector<std::string>* others = nullptr,
                          std::vector<std::string>* unread = nullptr);

/// The report frequency of "định kỳ hàng tháng / hàng quý / 6 tháng / hằng năm" in a text that
/// speaks of a report ("báo cáo"), as calendar::frequency_name spells it ("quarter"); "" when none.
std::string find_frequency(std::string_view text);

/// The body of "(qua Ủy ban MTTQ Việt Nam huyện)" as written, or "".
std::string find_via(std::string_view text);

/// A document cited in a text: "Công văn số 120-CV/BCĐ, ngày 02/02/2024 của Ban Chỉ đạo …".
struct Citation {
  std::string kind_word;  ///< "Công văn", as written
  std::string number;
  std::optional<calendar::Date> issued;
  std::string issuer_text;  ///< the words after "của" up to the next punctuation, or ""
  std::size_t begin = 0;    ///< byte offsets of the citation in the text
  std::size_t end = 0;
};

/// Every citation of a numbered document in `text`, in order. A number has a digit first and
/// a '-' or '/' ("26-KH/HU"); the date may be "ngày D/M/YYYY" or "ngày D tháng M năm YYYY".
std::vector<Citation> find_citations(std::string_view text);

/// The first date written in `text` ("03/7/2024", "ngày 3 tháng 7 năm 2024"), or nullopt.
std::optional<calendar::Date> find_date(std::string_view text);

/// `text` lower-cased when that keeps every byte offset (Vietnamese letters do), else as is.
std::string lower_same_offsets(std::string_view text);

}  // namespace campaign::importer
