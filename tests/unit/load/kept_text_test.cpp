// Tests of issue 18, item 2: the text of a file read from disk is not kept after loading;
// an excerpt of it is read again, and refused when the file has changed since it was loaded.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>

#include "campaign/load/loader.hpp"
#include "campaign/write/diagnostics.hpp"
#include "temp_dir.hpp"

using namespace campaign;

namespace {

constexpr std::string_view kClean = "format: campaign/1\nbodies:\n  - {id: ubnd, name: Ủy ban nhân dân}\n";
constexpr std::string_view kBroken = "format: campaign/1\nbodies: [\n";

// The diagnostics of `loaded`, with one more error on line 3 of file `file`, as text.
std::string written(load::Loaded& loaded, std::uint32_t file) {
  loaded.diagnostics.error("E013", {file, 3, 5}, "a later finding");
  std::ostringstream out;
  write::write_diagnostics_text(out, loaded.sources, loaded.diagnostics, {false});
  return out.str();
}

}  // namespace

TEST_CASE("A file read from disk lets its text go, with or without diagnostics: excerpts read it again", "[load]") {
  test::TempDir dir;
  const std::string clean = dir.write("a.yaml", std::string(kClean));
  const std::string broken = dir.write("b.yaml", std::string(kBroken));
  load::Loaded loaded = load::load_paths({clean, broken});
  REQUIRE(loaded.sources.size() == 2);
  CHECK(loaded.sources[0].text.empty());
  CHECK(loaded.sources[0].dropped.has_value());
  CHECK(loaded.sources[1].text.empty());  // E001 too: its caret reads the file again
  CHECK(loaded.sources[1].dropped.has_value());
  const std::string out = written(loaded, 0);
  CHECK(out.find("    3 |   - {id: ubnd, name: Ủy ban nhân dân}\n      |     ^\n") != std::string::npos);
  CHECK(out.find("b.yaml:") != std::string::npos);
  CHECK(out.find("    2 | bodies: [\n") != std::string::npos);  // the broken file's own excerpt
}

TEST_CASE("A file changed since it was loaded is not quoted: the excerpt says so", "[load]") {
  test::TempDir dir;
  const std::string clean = dir.write("a.yaml", std::string(kClean));
  load::Loaded loaded = load::load_paths({clean});
  REQUIRE(loaded.sources[0].dropped.has_value());
  dir.write("a.yaml", std::string(kClean) + "units: []\n");  // edited meanwhile
  const std::string out = written(loaded, 0);
  CHECK(out.find("a.yaml:3:5: error: a later finding [E013]\n    3 | (not shown: '" + clean +
                 "' has changed since it was read)\n") != std::string::npos);
  CHECK(out.find("Ủy ban") == std::string::npos);
}

TEST_CASE("A file only touched since it was loaded is quoted: its bytes decide, not its time", "[load]") {
  test::TempDir dir;
  const std::string clean = dir.write("a.yaml", std::string(kClean));
  load::Loaded loaded = load::load_paths({clean});
  REQUIRE(loaded.sources[0].dropped.has_value());
  std::filesystem::last_write_time(clean, std::filesystem::last_write_time(clean) + std::chrono::hours(1));
  const std::string out = written(loaded, 0);
  CHECK(out.find("    3 |   - {id: ubnd, name: Ủy ban nhân dân}\n      |     ^\n") != std::string::npos);
}

TEST_CASE("Text given in memory is kept: it cannot be read again", "[load]") {
  load::Loaded loaded = load::load_bytes("mem.yaml", kClean);
  CHECK_FALSE(loaded.sources[0].text.empty());
  CHECK_FALSE(loaded.sources[0].dropped.has_value());
}
