#pragma once
// For tests of the regular expressions the JSON Schema export writes: ICU's regex engine reads
// the ECMA-262 subset they use (\uXXXX, classes, groups) on code points, as JSON Schema does.

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace campaign::test {

/// True when `pattern` matches somewhere in `text` (JSON Schema's `pattern` is unanchored).
/// UREGEX_UNIX_LINES: `$` does not match before U+0085 or U+000B at the end, as in ECMA-262
/// and Python (ICU otherwise takes them for line ends).
inline bool regex_search(std::string_view pattern, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString p =
      icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  const icu::UnicodeString t =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::RegexMatcher matcher(p, t, UREGEX_UNIX_LINES, status);
  if (U_FAILURE(status)) throw std::invalid_argument("bad regular expression: " + std::string(pattern));
  const bool found = matcher.find(status);
  if (U_FAILURE(status)) throw std::runtime_error("regex search failed");
  return found;
}

}  // namespace campaign::test
