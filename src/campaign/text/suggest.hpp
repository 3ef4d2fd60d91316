#pragma once
// "Did you mean …?" for unknown keys, ids and values, and text to paste as a fix.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace campaign::text {

/// Levenshtein distance in bytes between `a` and `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`: within edit distance 2 (1 for words of up to 4 bytes),
/// or one that `word` is a prefix of (3 bytes or more); "" when none is close.
std::string_view suggest(std::string_view word, std::span<const std::string_view> candidates);

/// The same over strings.
std::string suggest(std::string_view word, const std::vector<std::string>& candidates);

/// `text` as a quoted YAML scalar a clerk can paste as a value: in double quotes, or in single
/// quotes (a ' doubled) when it holds a double quote or a backslash, which double quotes escape.
std::string yaml_quoted(std::string_view text);

}  // namespace campaign::text
