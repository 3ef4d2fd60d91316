#include "campaign/write/diagnostics.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <sstream>
#include <string>

#include "campaign/load/loader.hpp"

using namespace campaign;

namespace {

// One line of 400 unknown keys: 400 diagnostics on a 5 kB line.
load::Loaded long_line() {
  std::string text = "format: campaign/1\ndocument: {";
  for (int i = 0; i < 400; ++i) text += fmt::format("k{}: 1, ", i);
  text += "z: 1}\n";
  return load::load_bytes("long.yaml", text);
}

}  // namespace

TEST_CASE("Diagnostics on a long line show a window of it, in text and in JSON", "[write][diagnostics]") {
  // Found by fuzz_load: JSON repeated the whole line in every diagnostic (a 23 kB line with
  // 2,400 keys gave 56 MB), and both writers walked the whole line for each one.
  const load::Loaded loaded = long_line();
  REQUIRE(loaded.diagnostics.all().size() > 400);
  std::ostringstream json, text;
  write::write_diagnostics_json(json, loaded.sources, loaded.diagnostics, 1);
  write::write_diagnostics_text(text, loaded.sources, loaded.diagnostics, {});
  CHECK(json.str().size() < 400 * 1000);
  CHECK(text.str().size() < 400 * 1000);
  CHECK(json.str().find(R"("source": "document: {k0: 1, k1: 1,)") != std::string::npos);  // near its start
  CHECK(json.str().find(R"("source": "…)") != std::string::npos);                         // further on
  CHECK(text.str().find("      | ") != std::string::npos);
}

TEST_CASE("Diagnostics on a short line show all of it", "[write][diagnostics]") {
  const load::Loaded loaded = load::load_bytes("short.yaml", "format: campaign/1\ndocument: {k: 1}\n");
  std::ostringstream json;
  write::write_diagnostics_json(json, loaded.sources, loaded.diagnostics, 1);
  CHECK(json.str().find(R"("source": "document: {k: 1}")") != std::string::npos);
}
