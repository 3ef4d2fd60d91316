// Tests of campaign/text/regex.hpp and text::hidden_control_ranges.

#include "campaign/text/regex.hpp"

#include <unicode/uchar.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "campaign/text/unicode.hpp"
#include "icu_regex.hpp"

using namespace campaign;
using campaign::test::regex_search;

TEST_CASE("regex_char writes each character so that it means itself", "[text][regex]") {
  CHECK(text::regex_char(U'a') == "a");
  CHECK(text::regex_char(U' ') == " ");
  CHECK(text::regex_char(U'.') == "\\.");
  CHECK(text::regex_char(U'/') == "\\/");
  CHECK(text::regex_char(U'-') == "\\u002D");
  CHECK(text::regex_char(U'\t') == "\\u0009");
  CHECK(text::regex_char(U'\u200B') == "\\u200B");
  for (char32_t c = 0x20; c < 0x7F; ++c) {
    CAPTURE(static_cast<int>(c));
    const std::string one(1, static_cast<char>(c));
    const std::string pattern = "^" + text::regex_char(c) + "$";
    CHECK(regex_search(pattern, one));
    CHECK(regex_search("^[" + text::regex_char(c) + "]$", one));
    CHECK_FALSE(regex_search(pattern, "x" + one));
  }
}

TEST_CASE("regex_either_case matches what to_lower compares equal", "[text][regex]") {
  const std::string pattern = "^" + text::regex_either_case("định kỳ hàng quý") + "$";
  for (const char* written : {"định kỳ hàng quý", "ĐỊNH KỲ HÀNG QUÝ", "Định Kỳ Hàng Quý", "đỊnH kỲ HàNg QuÝ"}) {
    CAPTURE(written);
    CHECK(text::to_lower(written) == "định kỳ hàng quý");
    CHECK(regex_search(pattern, written));
  }
  CHECK_FALSE(regex_search(pattern, "dinh ky hang quy"));  // tone marks are not case
  CHECK(text::regex_either_case("6 tháng") == "6 [tT][hH][áÁ][nN][gG]");
}

TEST_CASE("regex_class lists ranges and characters", "[text][regex]") {
  const text::CodeRange ranges[] = {{0x00, 0x08}, {0x202A, 0x202E}};
  const std::string_view chars[] = {"\u200B", " "};
  const std::string negated = text::regex_class(ranges, chars, true);
  CHECK(negated == "[^\\u0000-\\u0008\\u202A-\\u202E\\u200B ]");
  CHECK(regex_search("^" + negated + "+$", "ubnd-huyen"));
  for (const char* bad : {"a b", "a\u200Bb", "a\u202Eb", "a\x01"}) CHECK_FALSE(regex_search("^" + negated + "+$", bad));
}

TEST_CASE("hidden controls: the control characters (Cc) and the bidi embeddings and isolates", "[text][unicode]") {
  auto listed = [](char32_t c) {
    for (const text::CodeRange& r : text::hidden_control_ranges())
      if (c >= r.first && c <= r.last) return true;
    return false;
  };
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    if (listed(static_cast<char32_t>(c)) != (u_charType(c) == U_CONTROL_CHAR || bidi)) FAIL("U+" << std::hex << c);
  }
}
