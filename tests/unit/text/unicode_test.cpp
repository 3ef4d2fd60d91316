// Tests of campaign/text/unicode.hpp: UTF-8 validation, NFC, lower case, display width,
// truncation on grapheme clusters, padding and Vietnamese collation.

#include "campaign/text/unicode.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

using campaign::text::compare_vi;
using campaign::text::display_width;
using campaign::text::find_invalid_utf8;
using campaign::text::is_nfc;
using campaign::text::pad_left;
using campaign::text::pad_right;
using campaign::text::starts_lower;
using campaign::text::to_lower;
using campaign::text::to_nfc;
using campaign::text::truncate_at_word;
using campaign::text::truncate_to_width;

namespace {

// "Đăk Tôre" precomposed: Đ U+0110, ă U+0103, ô U+00F4.
const std::string kDakToreNfc = "\xC4\x90\xC4\x83k T\xC3\xB4re";
// The same decomposed: Đ has no decomposition; a + U+0306 breve, o + U+0302 circumflex.
// clang-format off
const std::string kDakToreNfd = "\xC4\x90" "a\xCC\x86k To\xCC\x82re";
// clang-format on
// "Nguyễn" decomposed: e + U+0302 circumflex + U+0303 tilde (two marks on one letter).
const std::string kNguyenNfd = "Nguye\xCC\x82\xCC\x83n";
const std::string kNguyenNfc = "Nguy\xE1\xBB\x85n";

}  // namespace

TEST_CASE("find_invalid_utf8 accepts well-formed text", "[text][unicode][utf8]") {
  CHECK(find_invalid_utf8("") == std::nullopt);
  CHECK(find_invalid_utf8("plain ASCII") == std::nullopt);
  CHECK(find_invalid_utf8(kDakToreNfc) == std::nullopt);
  CHECK(find_invalid_utf8(kDakToreNfd) == std::nullopt);
  CHECK(find_invalid_utf8("\xE2\x80\xA6") == std::nullopt);          // … (3 bytes)
  CHECK(find_invalid_utf8("\xF0\x9F\x93\x85") == std::nullopt);      // U+1F4C5 (4 bytes)
  CHECK(find_invalid_utf8("\xF4\x8F\xBF\xBF") == std::nullopt);      // U+10FFFF
  CHECK(find_invalid_utf8(std::string("a\0b", 3)) == std::nullopt);  // NUL is well-formed
}

TEST_CASE("find_invalid_utf8 gives the byte offset of the first ill-formed sequence", "[text][unicode][utf8]") {
  SECTION("truncated sequences") {
    CHECK(find_invalid_utf8("ab\xC3") == 2u);           // 2-byte lead at the end
    CHECK(find_invalid_utf8("x\xE1\xBA") == 1u);        // 3-byte sequence cut after 2
    CHECK(find_invalid_utf8("x\xE1\xBAy") == 1u);       // ... followed by ASCII
    CHECK(find_invalid_utf8("T\xC3 re") == 1u);         // lead byte then a space
    CHECK(find_invalid_utf8("ok \xF0\x9F\x93") == 3u);  // 4-byte sequence cut after 3
  }
  SECTION("overlong encodings") {
    CHECK(find_invalid_utf8("\xC0\xAF") == 0u);  // '/' in two bytes
    CHECK(find_invalid_utf8("ab\xC1\xBF") == 2u);
    CHECK(find_invalid_utf8("ab\xE0\x80\xAF") == 2u);       // '/' in three bytes
    CHECK(find_invalid_utf8("abc\xF0\x80\x80\xAF") == 3u);  // '/' in four bytes
  }
  SECTION("lone continuation bytes") {
    CHECK(find_invalid_utf8("\x80") == 0u);
    CHECK(find_invalid_utf8("abc\x80xyz") == 3u);
    CHECK(find_invalid_utf8(kDakToreNfc + "\xBF") == kDakToreNfc.size());
  }
  SECTION("other ill-formed bytes") {
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);       // UTF-16 surrogate U+D800
    CHECK(find_invalid_utf8("a\xF4\x90\x80\x80") == 1u);  // above U+10FFFF
    CHECK(find_invalid_utf8("ab\xFF") == 2u);
    CHECK(find_invalid_utf8("x\x80y\x80") == 1u);  // the first of two
  }
}

TEST_CASE("NFD Vietnamese is not NFC and to_nfc composes it", "[text][unicode][nfc]") {
  CHECK(kDakToreNfd != kDakToreNfc);
  CHECK_FALSE(is_nfc(kDakToreNfd));
  CHECK(is_nfc(kDakToreNfc));
  CHECK(is_nfc(""));
  CHECK(is_nfc("ascii only"));
  CHECK(to_nfc(kDakToreNfd) == kDakToreNfc);
  CHECK(to_nfc(kDakToreNfc) == kDakToreNfc);
  CHECK(to_nfc(kNguyenNfd) == kNguyenNfc);
  CHECK_FALSE(is_nfc(kNguyenNfd));
  // ệ: dot below (class 220) and circumflex (230) compose in either order.
  CHECK(to_nfc("e\xCC\xA3\xCC\x82") == "\xE1\xBB\x87");
  CHECK(to_nfc("e\xCC\x82\xCC\xA3") == "\xE1\xBB\x87");
}

TEST_CASE("to_lower lower-cases Vietnamese and returns NFC", "[text][unicode][case]") {
  CHECK(to_lower("Trong Tháng 11/2024") == "trong tháng 11/2024");
  CHECK(to_lower("TRONG THÁNG 11/2024") == "trong tháng 11/2024");
  CHECK(to_lower(kDakToreNfc) == "đăk tôre");
  CHECK(to_lower(kDakToreNfd) == "đăk tôre");
  CHECK(to_lower("QUÝ III") == "quý iii");
  CHECK(to_lower("NGUYỄN VĂN ĐỨC") == "nguyễn văn đức");
  CHECK(to_lower("") == "");
  CHECK(is_nfc(to_lower("\xC4\xB0")));  // U+0130 lower-cases to i + combining dot
}

TEST_CASE("starts_lower tells a lower-case first letter, Vietnamese ones included", "[text][unicode][case]") {
  CHECK(starts_lower("ban"));
  CHECK(starts_lower("đơn vị"));  // U+0111
  CHECK(starts_lower("ngành huyện"));
  CHECK(starts_lower("ủy ban"));        // U+1EE7
  CHECK(starts_lower("u\u031By ban"));  // NFD: the letter comes first
  CHECK_FALSE(starts_lower("Ban"));
  CHECK_FALSE(starts_lower("Đơn vị"));
  CHECK_FALSE(starts_lower("BCĐ"));
  CHECK_FALSE(starts_lower("127-TB/BCĐ"));
  CHECK_FALSE(starts_lower("(b/c)"));
  CHECK_FALSE(starts_lower(""));
  CHECK_FALSE(starts_lower("\xC3"));  // ill-formed
}

TEST_CASE("display_width counts terminal columns", "[text][unicode][width]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width(kDakToreNfc) == 8);
  CHECK(display_width(kDakToreNfd) == display_width(kDakToreNfc));
  CHECK(display_width(kNguyenNfd) == 6);
  CHECK(display_width(kNguyenNfc) == 6);
  CHECK(display_width("\xE2\x80\xA6") == 1);              // … ellipsis
  CHECK(display_width("\xE4\xB8\xAD\xE6\x96\x87") == 4);  // 中文: wide
  CHECK(display_width("\xEF\xBC\xA1") == 2);              // Ａ fullwidth A
  CHECK(display_width("x\xE2\x80\x8By") == 2);            // U+200B zero width space
  CHECK(display_width("\xE2\x80\x8D") == 0);              // U+200D zero width joiner
  CHECK(display_width("\xEF\xBB\xBFx") == 1);             // BOM
  CHECK(display_width("\xCC\x81") == 0);                  // a lone combining acute
  CHECK(display_width("x\xFFy") == 3);                    // ill-formed byte: one U+FFFD
}

TEST_CASE("truncate_to_width cuts between grapheme clusters", "[text][unicode][width]") {
  SECTION("text that fits is returned unchanged") {
    CHECK(truncate_to_width(kDakToreNfc, 8) == kDakToreNfc);
    CHECK(truncate_to_width(kDakToreNfd, 20) == kDakToreNfd);
    CHECK(truncate_to_width("", 0) == "");
  }
  SECTION("cut text ends with the ellipsis, counted in the width") {
    CHECK(truncate_to_width(kDakToreNfc, 7) == "\xC4\x90\xC4\x83k T\xC3\xB4\xE2\x80\xA6");
    CHECK(truncate_to_width("abcdef", 4, "...") == "a...");
    CHECK(truncate_to_width("abcdef", 3, "") == "abc");
    CHECK(display_width(truncate_to_width(kDakToreNfd, 5)) == 5);
  }
  SECTION("never splits a letter from its combining marks") {
    for (const std::string& text : {kDakToreNfd, kNguyenNfd}) {
      for (int width = 0; width <= display_width(text); ++width) {
        const std::string cut = truncate_to_width(text, width, "");
        CAPTURE(text, width, cut);
        REQUIRE(text.compare(0, cut.size(), cut) == 0);
        CHECK(display_width(cut) <= width);
        // The next byte of the original never starts a combining mark (U+0300..U+036F).
        const bool next_is_mark =
            cut.size() < text.size() && (text[cut.size()] == '\xCC' || text[cut.size()] == '\xCD');
        CHECK_FALSE(next_is_mark);
      }
    }
    CHECK(truncate_to_width(kNguyenNfd, 5, "") == "Nguye\xCC\x82\xCC\x83");
  }
  SECTION("wide characters are not split across the limit") {
    CHECK(truncate_to_width("\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97", 4, "") == "\xE4\xB8\xAD\xE6\x96\x87");
    CHECK(truncate_to_width("\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97", 5, "") == "\xE4\xB8\xAD\xE6\x96\x87");
  }
  SECTION("widths smaller than the ellipsis") {
    CHECK(truncate_to_width("abcdef", 0) == "");
    CHECK(truncate_to_width("abcdef", -3) == "");
    CHECK(truncate_to_width("abcdef", 2, "...") == "..");
  }
}

TEST_CASE("wrap_to_width breaks at spaces, a word wider than a line between letters", "[text][unicode][width]") {
  using campaign::text::wrap_to_width;
  using V = std::vector<std::string>;
  CHECK(wrap_to_width("Tổ chức hội nghị sơ kết", 12) == V{"Tổ chức hội", "nghị sơ kết"});
  CHECK(wrap_to_width("Tổ chức hội nghị sơ kết", 40) == V{"Tổ chức hội nghị sơ kết"});
  CHECK(wrap_to_width("", 10) == V{""});
  CHECK(wrap_to_width("abcdefghij xy", 4) == V{"abcd", "efgh", "ij", "xy"});      // nothing lost
  CHECK(wrap_to_width(kNguyenNfd + kNguyenNfd, 6) == V{kNguyenNfd, kNguyenNfd});  // marks stay on their letter
  CHECK(wrap_to_width("ab cdefghij", 4) == V{"ab", "cdef", "ghij"});              // a long word starts a line
  CHECK(wrap_to_width("ab cdefghij", 7) == V{"ab", "cdefghi", "j"});
  CHECK(wrap_to_width("\xE6\xBC\xA2\xE5\xAD\x97\xE6\xBC\xA2", 3) ==
        V{"\xE6\xBC\xA2", "\xE5\xAD\x97", "\xE6\xBC\xA2"});            // wide letters: 2 columns each
  CHECK(wrap_to_width("\xE6\xBC\xA2x", 1) == V{"\xE6\xBC\xA2", "x"});  // wider than a line: alone on it
}

TEST_CASE("wrap_to_width breaks a word of 600,000 letters into lines, losing nothing", "[text][unicode][width]") {
  // One unbroken word as long as a large task text (a pasted table, a base64 image): broken in
  // one pass (it was cut one line at a time, measuring the rest again each time: quadratic).
  std::string word;
  for (int i = 0; i < 100'000; ++i) word += kNguyenNfd;  // 6 letters, 8 code points each time
  const auto lines = campaign::text::wrap_to_width("x " + word, 80);
  REQUIRE(lines.size() == 7'501);  // "x", then 600,000 letters in lines of 80
  CHECK(lines.front() == "x");
  std::string joined;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CHECK(display_width(lines[i]) == 80);
    joined += lines[i];
  }
  CHECK(joined == word);
}

TEST_CASE("truncate_at_word cuts a title between words, never inside a letter", "[text][unicode][width]") {
  CHECK(truncate_at_word("Tổ chức hội nghị sơ kết", 30) == "Tổ chức hội nghị sơ kết");  // fits
  CHECK(truncate_at_word("Tổ chức hội nghị sơ kết", 12) == "Tổ chức hội…");             // the cut ends a word
  CHECK(truncate_at_word("Tổ chức hội nghị sơ kết", 14) == "Tổ chức hội…");             // back to the space
  CHECK(truncate_at_word("Báo cáo, tổng hợp kết quả", 9) == "Báo cáo…");                // no trailing comma
  CHECK(truncate_at_word("abcdefghij", 5) == "abcd…");                                  // one long word: cut in it
  CHECK(truncate_at_word("ab cdefghijklmn", 8) == "ab cdef…");                          // a space too early is not used
  CHECK(truncate_at_word(kNguyenNfd + "x" + kNguyenNfd, 8) == kNguyenNfd + "x…");       // marks stay on their letter
  CHECK(truncate_at_word(kNguyenNfd + "xy", 6) == "Nguye\xCC\x82\xCC\x83…");
  CHECK(display_width(truncate_at_word("Tổ chức hội nghị sơ kết", 12)) == 12);
  CHECK(truncate_at_word("abcdef", 2, "...") == "..");
}

TEST_CASE("pad_right and pad_left pad to display columns", "[text][unicode][width]") {
  CHECK(pad_right(kDakToreNfc, 10) == kDakToreNfc + "  ");
  CHECK(pad_right(kDakToreNfd, 10) == kDakToreNfd + "  ");
  CHECK(pad_right("abc", 2) == "abc");
  CHECK(pad_left("42", 5) == "   42");
  CHECK(pad_left(kDakToreNfd, 9) == " " + kDakToreNfd);
  CHECK(pad_left("", 0) == "");
}

TEST_CASE("compare_vi orders Vietnamese names like ICU's vi collation", "[text][unicode][collation]") {
  SECTION("Đ sorts after every D word, before E") {
    CHECK(compare_vi("Dương", "Đăk Tôre") < 0);
    CHECK(compare_vi("Dak", "Đăk") < 0);
    CHECK(compare_vi("Đăk Tôre", "Dương") > 0);
    CHECK(compare_vi("Đăk Tôre", "E") < 0);
    CHECK(compare_vi("Đăk Tôre", "Ea Tih") < 0);
  }
  SECTION("a list of communes") {
    std::vector<std::string> names = {"Tân Lập", "Đăk Tôre", "Ea Tih", "Dương", "Đăk Tô Lung", "Đắk Rve", "Dak"};
    std::sort(names.begin(), names.end(),
              [](const std::string& a, const std::string& b) { return compare_vi(a, b) < 0; });
    // As ICU 72 orders them: the space sorts before letters, so "Đăk Tô Lung" < "Đăk Tôre".
    const std::vector<std::string> expected = {"Dak",      "Dương",  "Đắk Rve", "Đăk Tô Lung",
                                               "Đăk Tôre", "Ea Tih", "Tân Lập"};
    CHECK(names == expected);
  }
  SECTION("vowels with marks follow their base letters") {
    CHECK(compare_vi("an", "ăn") < 0);
    CHECK(compare_vi("ăn", "ân") < 0);
    CHECK(compare_vi("ôn", "ơn") < 0);
    CHECK(compare_vi("un", "ưn") < 0);
  }
  SECTION("NFC and NFD spellings compare equal; order is antisymmetric") {
    CHECK(compare_vi(kDakToreNfc, kDakToreNfd) == 0);
    CHECK(compare_vi("", "") == 0);
    CHECK(compare_vi("", "a") < 0);
    CHECK(compare_vi("Tân Lập", "Dương") > 0);
  }
}

TEST_CASE("Code points are counted and cut whole, whatever the bytes", "[text]") {
  using campaign::text::count_code_points;
  using campaign::text::first_code_points;
  CHECK(count_code_points("tên: x") == 6);
  CHECK(count_code_points("Đăk Tôre") == 8);
  CHECK(count_code_points("a\xC3") == 2);  // a truncated sequence counts as one
  CHECK(first_code_points("Đăk Tôre", 3) == "Đăk");
  CHECK(first_code_points("Đăk", 10) == "Đăk");
  CHECK(first_code_points("Đăk", 0).empty());
}

TEST_CASE("escape_controls makes a file name safe to print on one line", "[text][unicode][escape]") {
  using campaign::text::escape_controls;
  SECTION("ordinary names, Vietnamese and backslashes included, are unchanged") {
    CHECK(escape_controls("data/127-TB-BCĐ 2024.yaml") == "data/127-TB-BCĐ 2024.yaml");
    CHECK(escape_controls(kDakToreNfd) == kDakToreNfd);
    CHECK(escape_controls("D:\\Văn bản\\x.yaml") == "D:\\Văn bản\\x.yaml");
    CHECK(escape_controls("").empty());
  }
  SECTION("terminal escapes, line ends and tabs become C-style escapes") {
    CHECK(escape_controls("a\x1b]0;PWNED\x07"
                          "b.yaml") == "a\\x1b]0;PWNED\\x07b.yaml");
    CHECK(escape_controls("x\ny.yaml:3:1") == "x\\ny.yaml:3:1");
    CHECK(escape_controls("a\r\tb\x7f") == "a\\r\\tb\\x7f");
  }
  SECTION("C1 controls and bidi overrides beyond ASCII are written as \\u") {
    CHECK(escape_controls("a\xC2\x85"
                          "b") == "a\\u0085b");  // U+0085 NEL
    CHECK(escape_controls("gnp\xE2\x80\xAE"
                          "txt.yaml") == "gnp\\u202etxt.yaml");  // U+202E RLO
  }
  SECTION("ill-formed UTF-8 is shown byte by byte") {
    CHECK(escape_controls("t\xEAn.yaml") == "t\\xean.yaml");  // Latin-1 ê
    CHECK(escape_controls("a\xE1\xBA") == "a\\xe1\\xba");     // cut in the middle of ạ
  }
}

TEST_CASE("wider_than agrees with display_width and stops early", "[text][unicode][width]") {
  using campaign::text::wider_than;
  for (const std::string& s : {std::string(""), std::string("abc"), kDakToreNfc, kDakToreNfd,
                               std::string("\xE4\xB8\xAD\xE6\x96\x87"), std::string("x\xFFy")})
    for (int w = 0; w <= 10; ++w) CHECK(wider_than(s, w) == (display_width(s) > w));
  // A text far wider than the limit is answered from its first columns: the ill-formed tail is
  // never read (display_width would count it).
  CHECK(wider_than("abcd" + std::string(1000000, 'x'), 3));
}
