#pragma once
// Items of a YAML flow list ([a, b, c]) that unquoted commas cut out of one text: in
// `[BTV Huyện ủy (b/c), Các cơ quan, ban, ngành huyện, Lưu VT]` the commas of "Các cơ quan,
// ban, ngành huyện" end items. The heuristic, shared by the loader (which knows only the text)
// and check::comma_splits (which knows every body's id and names).

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace campaign::text {

/// One item of a flow list as written.
struct ListItem {
  std::string_view text;  ///< in NFC
  bool plain = true;      ///< written without quotes: only such an item can be a piece of a text
};

/// What the caller knows of the names a list may hold. Names are looked up in lower case NFC.
struct KnownNames {
  /// Whether an item is an id or a number, never a piece of a name (default: shaped_like_id).
  std::function<bool(std::string_view)> id_like;
  /// Whether a text is a known name (the pieces rejoined with ", ", lower case); may be empty.
  std::function<bool(const std::string&)> name;
  /// Whether a text is a known name defined with a capital first letter ("Các TCCS Đảng"): an
  /// item of its own even when written in lower case; may be empty.
  std::function<bool(const std::string&)> capitalised_name;
};

/// True for text without spaces holding a '-', '_', '@', '.', '/', '#' or digit: an id or a
/// number ("ubnd-huyen", "bcd-xa@tan-lap", "127-TB/BCĐ"), not a word of a name ("ban").
bool shaped_like_id(std::string_view text);

/// Items [first, last] of a list that are one text split at its commas; `known` when the text,
/// rejoined, is a known name.
struct CommaRun {
  std::size_t first = 0;
  std::size_t last = 0;
  bool known = false;
};

/// The runs of `items`, left to right, not overlapping. From each plain item that is not
/// id-like: the longest run of up to 12 plain items, none id-like, whose rejoined text is a known
/// name; else the item followed by "continuations": plain items, not id-like, that start with a
/// lower-case letter ("ban", "ngành huyện", "đơn vị") and are not a capitalised known name.
/// `[Các cơ quan, ban, ngành huyện]` is one run of 3; `[BCĐ huyện, Ban Chỉ đạo huyện]`,
/// `[Lưu VT, ubnd-huyen]` and `["Các cơ quan", ban]` hold none.
std::vector<CommaRun> comma_runs(std::span<const ListItem> items, const KnownNames& known);

/// The text of items [run.first, run.last] joined with ", ": "Các cơ quan, ban, ngành huyện".
std::string rejoined(std::span<const ListItem> items, const CommaRun& run);

}  // namespace campaign::text
