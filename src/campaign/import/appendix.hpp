#pragma once
// The appendix table of a notice (phụ lục giao chỉ tiêu) read as indicators: TT, name, total
// ("Mục tiêu toàn huyện"), then one column per unit under "Trong đó", matched to the registry's
// units by name.

#include <optional>
#include <string>
#include <vector>

#include "campaign/import/notice.hpp"

namespace campaign::importer {

/// What an item of the notice says about the appendix: "điều chỉnh Chỉ tiêu số 1 tại Phụ lục số
/// 02 kèm theo Công văn số 120-CV/BCĐ …: Điều chỉnh nội dung “…” thành “…”".
struct AmendingItem {
  model::Amendment amends;
  std::string new_name;  ///< the name after "thành", or ""
};

/// Reads the amendment an item's text announces, or nullopt.
std::optional<AmendingItem> find_amendment(const std::string& text);

/// The indicators of the table `rows` (blocks with cells, in order); `context` is the
/// appendix's text around the table (for the year), `amending` what the items amend.
/// Problems become TODOs of the indicators, or of `todos` when no indicator can be read.
std::vector<DraftIndicator> read_appendix(const std::vector<Block>& rows, const std::string& context,
                                          const std::optional<AmendingItem>& amending, const model::Model& registry,
                                          std::vector<std::string>& todos);

}  // namespace campaign::importer
