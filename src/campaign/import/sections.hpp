#pragma once
// Internal to campaign/import: the input cut into the parts of a notice, in the order a notice
// has them (Nghị định 30/2020/NĐ-CP, Phụ lục I): header (quốc hiệu, issuer, số, place and date),
// heading (THÔNG BÁO) and trích yếu, preamble, numbered items, Nơi nhận, signing block,
// footnotes, appendix (PHỤ LỤC).

#include <optional>
#include <string>
#include <vector>

#include "campaign/import/notice.hpp"

namespace campaign::importer::detail {

/// Indexes into the blocks, as half-open ranges.
struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Sections {
  Range header;                        ///< before the heading
  std::optional<std::size_t> heading;  ///< "THÔNG BÁO"
  std::optional<std::size_t> title;    ///< the trích yếu under it
  Range preamble;
  Range items;       ///< from "1." to Nơi nhận (or the signing block, footnotes, appendix)
  Range recipients;  ///< the lines under "Nơi nhận:"
  Range signing;
  Range footnotes;
  Range appendix;  ///< from "PHỤ LỤC"
  model::DocumentKind kind = model::DocumentKind::notice;
  std::string kind_word;
};

/// Finds the sections of `blocks`; `kind_word` empty when no heading is found.
Sections find_sections(const std::vector<Block>& blocks);

/// "2. UBND huyện:" -> 2 and "UBND huyện:"; nullopt when the block is no numbered item.
std::optional<std::pair<int, std::string>> numbered(const std::string& text);

/// "- Tiếp tục …" -> "Tiếp tục …"; nullopt when the block is no bullet.
std::optional<std::string> bullet(const std::string& text);

/// The footnote marker a text starts with ("⁽¹⁾", "(1)"), or "".
std::string footnote_marker(const std::string& text);

/// True when every letter of `text` is upper case and it has one.
bool all_upper(const std::string& text);

}  // namespace campaign::importer::detail
