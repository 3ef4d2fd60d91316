// Tests of campaign/text/legacy.hpp: telling TCVN3/VNI mojibake from Vietnamese Unicode text.

#include "campaign/text/legacy.hpp"

#include <catch2/catch.hpp>
#include <string>

using campaign::text::find_legacy_text;
using campaign::text::guess_legacy_line;
using campaign::text::LegacyEncoding;

TEST_CASE("TCVN3 text read as Windows-1252 is recognised, with the first telltale's offset") {
  // "Thông báo kết luận của Ban chỉ đạo" typed with a .VnTime font.
  auto guess = guess_legacy_line("Th«ng b¸o kÕt luËn cña Ban chØ ®¹o");
  REQUIRE(guess);
  CHECK(guess->encoding == LegacyEncoding::tcvn3);
  CHECK(guess->offset == 2);  // '«' after "Th"
  CHECK(guess_legacy_line("name: x· §¨k Ruång, Th«ng")->encoding == LegacyEncoding::tcvn3);
}

TEST_CASE("VNI text read as Windows-1252 is recognised") {
  // "Thông báo kết luận" and "xã Đăk Ruồng" typed with a VNI-Times font.
  auto guess = guess_legacy_line("Thoâng baùo keát luaän");
  REQUIRE(guess);
  CHECK(guess->encoding == LegacyEncoding::vni);
  CHECK(guess->offset == 3);  // 'â' after "Tho"
  CHECK(guess_legacy_line("xaõ Ñaêk Ruoàng")->encoding == LegacyEncoding::vni);
}

TEST_CASE("Vietnamese Unicode text, NFC or not, is never taken for a legacy encoding") {
  CHECK_FALSE(guess_legacy_line("Thông báo kết luận của Ban chỉ đạo"));
  CHECK_FALSE(guess_legacy_line("Xuân Quân tiên yên hoà khoá thuê"));  // uâ, iê, oà: real pairs
  CHECK_FALSE(guess_legacy_line("Tho\xCC\x82ng ba\xCC\x81o"));         // NFD: combining marks
  CHECK_FALSE(guess_legacy_line("Xã Tân Lập, thị trấn Đăk Rve"));
}

TEST_CASE("Symbols used as symbols and foreign names do not count as telltales") {
  CHECK_FALSE(guess_legacy_line("«Thong bao» © 2024, 30°C, ±5%"));
  CHECK_FALSE(guess_legacy_line("Jürgen Müller"));
  CHECK_FALSE(guess_legacy_line("b¸o"));  // one telltale is not enough
  CHECK_FALSE(guess_legacy_line("plain ASCII text: due 2024-07-31"));
}

TEST_CASE("find_legacy_text reports the first legacy line, 1-based") {
  auto found = find_legacy_text("format: campaign/1\nname: Xã Tân Lập\n# Th«ng b¸o kÕt luËn\n# Thoâng baùo\n");
  REQUIRE(found);
  CHECK(found->line == 3);
  CHECK(found->guess.encoding == LegacyEncoding::tcvn3);
  CHECK_FALSE(find_legacy_text("format: campaign/1\nname: Xã Tân Lập\n"));
  CHECK_FALSE(find_legacy_text(""));
}
