// Tests of campaign/text/suggest.hpp: "did you mean" and quoted values to paste.

#include "campaign/text/suggest.hpp"

#include <catch2/catch.hpp>
#include <string_view>
#include <vector>

using namespace campaign;

TEST_CASE("suggest finds a close key, or none", "[text][suggest]") {
  const std::vector<std::string_view> keys{"due", "responsible", "references"};
  CHECK(text::suggest("dua", keys) == "due");
  CHECK(text::suggest("respons", keys) == "responsible");
  CHECK(text::suggest("đơn vị", keys).empty());
}

TEST_CASE("yaml_quoted gives a value a clerk can paste", "[text][suggest]") {
  CHECK(text::yaml_quoted("Các cơ quan, ban, ngành huyện") == "\"Các cơ quan, ban, ngành huyện\"");
  CHECK(text::yaml_quoted("Cuộc vận động \"Làm thay đổi\", huyện") == "'Cuộc vận động \"Làm thay đổi\", huyện'");
  CHECK(text::yaml_quoted("It's \"A\", b") == "'It''s \"A\", b'");
  CHECK(text::yaml_quoted("a\\b, c") == "'a\\b, c'");
}
