// Tests of campaign/load/source.hpp: decoding (UTF-32, Windows-1258) and incremental columns.
#include "campaign/load/source.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>

using namespace campaign;
using namespace std::string_literals;

TEST_CASE("ColumnCounter gives char_column's columns, asked in any order", "[load][source]") {
  const load::SourceFile file = load::make_source("x.yaml", "a: 1\n  - {id: đăk-tôre, name: Xã Đăk Tôre}\nb\n");
  load::ColumnCounter counter(file);
  std::vector<std::pair<int, int>> asks;
  for (int line = 1; line <= 4; ++line)
    for (int byte = 0; byte <= 50; ++byte) asks.emplace_back(line, byte);
  std::shuffle(asks.begin(), asks.end(), std::mt19937(20241201));
  for (auto [line, byte] : asks) {
    INFO(line << ":" << byte);
    CHECK(counter.char_column(line, byte) == file.char_column(line, byte));
  }
}

TEST_CASE("UTF-32 is recognised in both byte orders, with or without a BOM, and refused", "[load][encoding]") {
  const std::string le("\xFF\xFE\0\0f\0\0\0o\0\0\0", 12);
  const std::string be("\0\0\xFE\xFF\0\0\0f\0\0\0o", 12);
  const std::string le_no_bom("f\0\0\0o\0\0\0r\0\0\0m\0\0\0", 16);
  for (const auto& [bytes, order] :
       {std::pair{le, "UTF-32LE"}, std::pair{be, "UTF-32BE"}, std::pair{le_no_bom, "UTF-32LE"}}) {
    const load::Decoded d = load::decode(bytes);
    INFO(order);
    CHECK_FALSE(d.ok);
    CHECK(d.problem.find(order) != std::string::npos);
    CHECK(d.problem.find("save it as UTF-8") != std::string::npos);
  }
  CHECK(load::decode("\xFF\xFEg\0o\0"s).ok);  // UTF-16LE still reads
}

TEST_CASE("A whole file in Windows-1258 is named as such, Latin-1 text is not", "[load][encoding]") {
  // "làm thay đổi nếp nghĩ" in CP1258: tone marks are combining bytes after the vowel.
  const std::string cp1258 = "name: la\xCCm thay \xF0\xF4\xD2i n\xEA\xECp nghi\xDE\n";
  const load::Decoded d = load::decode(cp1258);
  CHECK_FALSE(d.ok);
  CHECK(d.problem.find("Windows-1258") != std::string::npos);
  // Portuguese in Windows-1252: ã would read as ă in CP1258, but there is no tone mark.
  const load::Decoded latin = load::decode("name: n\xE3o h\xE1 a\xE7\xE3o\n");
  CHECK_FALSE(latin.ok);
  CHECK(latin.problem.find("Windows-1258") == std::string::npos);
}
