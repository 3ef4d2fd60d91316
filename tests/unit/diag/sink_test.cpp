#include <catch2/catch.hpp>

#include "campaign/diag/diagnostic.hpp"
#include "campaign/load/loader.hpp"

using namespace campaign;

TEST_CASE("Sink keeps a diagnostic identical to one it holds once", "[diag]") {
  diag::Sink sink;
  sink.error("E004", {0, 3, 5}, "unknown key 'x'");
  sink.error("E004", {0, 3, 5}, "unknown key 'x'");
  sink.error("E004", {0, 3, 6}, "unknown key 'x'");    // another place
  sink.warning("W001", {0, 3, 5}, "unknown key 'x'");  // another code
  CHECK(sink.all().size() == 3);
  diag::Sink other;
  other.error("E004", {0, 3, 5}, "unknown key 'x'");
  other.error("E005", {0, 4, 1}, "missing required key 'text'");
  sink.merge(std::move(other));
  CHECK(sink.all().size() == 4);
  CHECK(sink.error_count() == 3);
}

TEST_CASE("A problem in a node that aliases repeat is reported once", "[diag][load]") {
  // Found by fuzz_load (tests/fuzz-regressions/fuzz_load/timeout-aliases-…): each alias of a
  // broken task repeated its errors, thousands of times for a 17 kB file.
  const char* text = R"(format: campaign/1
document: {number: 1-TB/BCĐ, kind: notice, title: T, issued: 2024-07-11, issuer: b}
directives:
  - number: 1
    tasks: [&t {txt: Họp}, *t, *t, *t, *t, *t, *t, *t]
)";
  const load::Loaded loaded = load::load_bytes("aliases.yaml", text);
  std::size_t unknown = 0;
  for (const auto& d : loaded.diagnostics.all()) unknown += d.code == "E004";
  CHECK(unknown == 1);
}
