// Tests of campaign/text/comma_runs.hpp by the text alone (no known names), as the loader uses
// it; with the bodies' names it is tested through check::comma_splits (tests/unit/check/).

#include "campaign/text/comma_runs.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using namespace campaign;

namespace {

// The runs of `texts` (quoted items start with '"') as (first, last) pairs.
std::vector<std::pair<std::size_t, std::size_t>> runs(std::vector<std::string> texts) {
  std::vector<text::ListItem> items;
  for (auto& t : texts) {
    const bool plain = !t.starts_with('"');
    if (!plain) t.erase(0, 1);
    items.push_back({t, plain});
  }
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& run : text::comma_runs(items, {})) out.emplace_back(run.first, run.last);
  return out;
}

using Runs = std::vector<std::pair<std::size_t, std::size_t>>;

}  // namespace

TEST_CASE("shaped_like_id tells ids and numbers from words", "[text][commas]") {
  CHECK(text::shaped_like_id("ubnd-huyen"));
  CHECK(text::shaped_like_id("bcd-xa@tan-lap"));
  CHECK(text::shaped_like_id("127-TB/BCĐ"));
  CHECK(text::shaped_like_id("2024"));
  CHECK_FALSE(text::shaped_like_id("ban"));
  CHECK_FALSE(text::shaped_like_id("ngành huyện"));
  CHECK_FALSE(text::shaped_like_id("Sở Y-tế tỉnh"));  // a space: a name
}

TEST_CASE("A text item and the lower-case items after it are one run", "[text][commas]") {
  CHECK(runs({"BTV Huyện ủy (b/c)", "Các cơ quan", "ban", "ngành huyện", "Lưu VT"}) == Runs{{1, 3}});
  CHECK(runs({"Các cơ quan", "đơn vị", "UBND huyện", "ủy ban"}) == Runs{{0, 1}, {2, 3}});
  CHECK(runs({"BCĐ CVĐ các xã", "thị trấn"}) == Runs{{0, 1}});
}

TEST_CASE("Ids, capitalised items and quoted items make no run", "[text][commas]") {
  CHECK(runs({"ubnd-huyen", "ubmttq-huyen"}).empty());
  CHECK(runs({"BCĐ CVĐ huyện", "BCĐ huyện", "Ban Chỉ đạo huyện"}).empty());
  CHECK(runs({"BTV Huyện ủy (b/c)", "ubnd-huyen", "btg-huyen-uy", "Lưu VT"}).empty());
  CHECK(runs({"\"Các cơ quan", "ban"}).empty());
  CHECK(runs({"Các cơ quan", "\"ban"}).empty());
  CHECK(runs({"ubnd-huyen", "ban"}).empty());  // an id heads no text
  CHECK(runs({}).empty());
}
