#pragma once
// ICU wrappers for the Vietnamese text of notices: validation, normalization (NFC),
// case folding, terminal display width, truncation on grapheme boundaries and collation.
// All strings are UTF-8 in and out.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace campaign::text {

/// Byte offset of the first ill-formed UTF-8 sequence in `bytes` (Unicode §3.9, table 3-7), or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

/// A character found by find_hidden_control: its byte offset and length in the text, and its code point.
struct HiddenControl {
  std::size_t offset = 0;
  std::size_t length = 0;
  char32_t code_point = 0;
};

/// A run of code points, first..last (inclusive).
struct CodeRange {
  char32_t first;
  char32_t last;
};

/// The characters that would drive a terminal or reorder text on screen: the control
/// characters (general category Cc: C0, DEL, C1, fixed by Unicode's stability policy) and the
/// bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069; "Trojan Source",
/// CVE-2021-42574). The one list behind find_hidden_control and the JSON Schema's patterns.
std::span<const CodeRange> hidden_control_ranges();

/// The first character of `utf8` in hidden_control_ranges(), other than those listed in
/// `allowed` (ASCII, e.g. "\t\n"). nullopt when there is none.
std::optional<HiddenControl> find_hidden_control(std::string_view utf8, std::string_view allowed);

/// `text` (a file name, or other text that did not pass the loader's checks) made safe to print
/// on one line of a terminal, a table or a `path:line:col` prefix: every character that
/// find_hidden_control finds (controls, including tab and newline, and bidi controls) becomes a
/// C-style escape (`\n`, `\r`, `\t`, `\x1b` for other C0 and DEL, `\u0085` or `\u202e` beyond ASCII),
/// and every byte of ill-formed UTF-8 becomes `\xff`. Other text, backslashes included, is
/// unchanged, so an ordinary Vietnamese file name prints as it is.
std::string escape_controls(std::string_view text);

/// Number of code points in `utf8` (an ill-formed byte counts as one), e.g. for the 1-based
/// character columns of diagnostics.
int count_code_points(std::string_view utf8);

/// The first `n` code points of `utf8` (all of it when shorter).
std::string_view first_code_points(std::string_view utf8, int n);

/// True when `utf8` is already in Unicode Normalization Form C (UAX #15).
bool is_nfc(std::string_view utf8);

/// `utf8` in NFC; Vietnamese typed or pasted decomposed (NFD) becomes precomposed.
std::string to_nfc(std::string_view utf8);

/// NFC, then full Unicode lower case (ICU u_strToLower, root locale): "Trong Tháng" -> "trong tháng".
std::string to_lower(std::string_view utf8);

/// A key for matching names the way a clerk types them: lower case (to_lower) without tone
/// and vowel marks, 'đ' read as 'd': "Ủy ban MTTQ Việt Nam huyện" -> "uy ban mttq viet nam huyen",
/// "127-TB/BCĐ" -> "127-tb/bcd". Used for "did you mean" suggestions, never for equality of ids.
std::string fold(std::string_view utf8);

/// True when the first character of `utf8` is a lower-case letter (Unicode Lowercase property):
/// "ban", "đơn vị" and "ngành huyện" are; "Ban", "BCĐ", "127-TB/BCĐ", "(b/c)" and "" are not.
bool starts_lower(std::string_view utf8);

/// Columns `utf8` takes in a terminal: combining marks 0, East Asian wide/fullwidth 2, others 1.
/// The same text in NFC and NFD has the same width.
int display_width(std::string_view utf8);
/// Whether `utf8` is wider than `width` columns (display_width(utf8) > width), reading only as far
/// as it must: linear in the prefix, so a loop over a long text's lines stays linear.
bool wider_than(std::string_view utf8, int width);

/// The longest prefix of `utf8` that fits in `width` columns, cut between grapheme clusters
/// (never inside a Vietnamese letter with its marks); when cut, ends with `ellipsis`, counted in the width.
std::string truncate_to_width(std::string_view utf8, int width, std::string_view ellipsis = "…");

/// `utf8` shortened to at most `width` columns for a title: cut between grapheme clusters
/// (truncate_to_width), then back to the last space when one lies in the kept part's second half
/// (so no word is cut in two), without a trailing space, ',', ';' or ':', and ended with
/// `ellipsis` (counted in the width). Unchanged when it fits. "Tổ chức hội nghị sơ kết", 12 →
/// "Tổ chức hội…".
std::string truncate_at_word(std::string_view utf8, int width, std::string_view ellipsis = "…");

/// `utf8` in lines of at most `width` display columns (at least 1), broken at spaces (runs of
/// spaces between two lines dropped); a word wider than `width` is broken between grapheme
/// clusters (never inside a Vietnamese letter with its marks), no character is lost. One line
/// ("") for an empty text. "Tổ chức hội nghị sơ kết", 12 → {"Tổ chức hội", "nghị sơ kết"}.
std::vector<std::string> wrap_to_width(std::string_view utf8, int width);

/// The display width of the widest word (run without spaces) of `utf8`: the narrowest a
/// column can be wrapped to without breaking a word.
int widest_word(std::string_view utf8);

/// `utf8` followed by spaces up to `width` columns (unchanged when already wider).
std::string pad_right(std::string_view utf8, int width);

/// Spaces, then `utf8`, up to `width` columns (for numbers).
std::string pad_left(std::string_view utf8, int width);

/// Vietnamese collation order (ICU collator for locale "vi"): negative, 0 or positive like strcmp.
/// "Đăk Tôre" sorts after "Dương" and before "E", as Vietnamese dictionaries order them.
int compare_vi(std::string_view a, std::string_view b);

}  // namespace campaign::text
