#pragma once
// Pieces of regular expressions that describe what the loader reads, for the JSON Schema export
// (write/json_schema.cpp). They are written in the common subset of ECMA-262 (JSON Schema's
// dialect) and Python's `re`: character classes, `\uXXXX` escapes, groups, no flags.

#include <span>
#include <string>
#include <string_view>

#include "campaign/text/unicode.hpp"

namespace campaign::text {

/// `c` as it may stand inside a character class or a sequence: ASCII letters, digits, space
/// and plain punctuation as they are, syntax characters (`.`, `(`, `/`, …) after a backslash,
/// '-', controls and anything beyond ASCII as `\uXXXX` (`c` must be in the BMP).
std::string regex_char(char32_t c);

/// A sequence matching `utf8` with each letter in either case, as text::to_lower compares
/// ("Hàng" -> "[hH][àÀ][nN][gG]"); other characters as regex_char writes them.
std::string regex_either_case(std::string_view utf8);

/// A character class of the given ranges and UTF-8 characters, negated when `negate`:
/// e.g. "[^\u0000-\u0008…]".
std::string regex_class(std::span<const CodeRange> ranges, std::span<const std::string_view> chars, bool negate);

}  // namespace campaign::text
