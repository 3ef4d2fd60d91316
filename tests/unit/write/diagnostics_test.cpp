#include "campaign/write/diagnostics.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
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

namespace {

// One file "t.yaml" of `text`, and a sink to fill.
struct Fixture {
  load::SourceSet sources;
  diag::Sink sink;
  explicit Fixture(std::string text) { sources.add("t.yaml", std::move(text)); }
  std::string text(write::DiagnosticStyle style = {}) const {
    std::ostringstream out;
    write::write_diagnostics_text(out, sources, sink, style);
    return out.str();
  }
  nlohmann::json json(std::size_t files = 1) const {
    std::ostringstream out;
    write::write_diagnostics_json(out, sources, sink, files);
    return nlohmann::json::parse(out.str());
  }
};

}  // namespace

TEST_CASE("Diagnostics text: the caret sits under the column, Vietnamese before it in NFC or NFD",
          "[write][diagnostics]") {
  // Column 27 is the 'u' of "ubnd-huyn": 26 characters, and columns, before it in NFC.
  Fixture nfc("format: campaign/1\n  responsible: [Đăk Tôre, ubnd-huyn]\n");
  nfc.sink.error("E013", {0, 2, 27}, "responsible body 'ubnd-huyn' is not a body");
  CHECK(nfc.text() ==
        "t.yaml:2:27: error: responsible body 'ubnd-huyn' is not a body [E013]\n"
        "    2 |   responsible: [Đăk Tôre, ubnd-huyn]\n"
        "      |                           ^\n");
  // Decomposed, "Đăk Tôre" is 10 characters (two combining marks) but 8 columns wide.
  Fixture nfd(
      "format: campaign/1\n  responsible: [\xC4\x90"
      "a\xCC\x86k To\xCC\x82re, ubnd-huyn]\n");
  nfd.sink.error("E013", {0, 2, 29}, "m");
  CHECK(nfd.text().ends_with("\n      |                           ^\n"));
}

TEST_CASE("Diagnostics text: notes after the message, each with its excerpt", "[write][diagnostics]") {
  Fixture f("bodies:\n  - {id: ubnd-huyen}\n  - {id: ubnd-huyen}\n");
  f.sink.add({diag::Severity::error,
              "E012",
              {0, 3, 5},
              "body 'ubnd-huyen' is defined twice (first on line 2)",
              {{{0, 2, 5}, "'ubnd-huyen' first defined here"}}});
  CHECK(f.text() ==
        "t.yaml:3:5: error: body 'ubnd-huyen' is defined twice (first on line 2) [E012]\n"
        "    3 |   - {id: ubnd-huyen}\n"
        "      |     ^\n"
        "t.yaml:2:5: note: 'ubnd-huyen' first defined here\n"
        "    2 |   - {id: ubnd-huyen}\n"
        "      |     ^\n");
}

TEST_CASE("Diagnostics text: in place order, notes of severity note only when asked, whole-file places",
          "[write][diagnostics]") {
  Fixture f("a: 1\nb: 2\n");
  f.sink.note("N001", {0, 2, 1}, "read as a name");
  f.sink.warning("W001", {0, 1, 4}, "not NFC");
  f.sink.error("E021", {0, 0, 0}, "cannot read");
  CHECK(f.text({false, false}) ==
        "t.yaml: error: cannot read [E021]\n"
        "t.yaml:1:4: warning: not NFC [W001]\n"
        "    1 | a: 1\n"
        "      |    ^\n");
  CHECK(f.text({false, true}).ends_with("t.yaml:2:1: note: read as a name [N001]\n    2 | b: 2\n      | ^\n"));
}

TEST_CASE("Diagnostics text: ANSI colours only when asked, terminal controls never pass", "[write][diagnostics]") {
  Fixture f("a:\tb\n");
  f.sink.error("E004", {0, 1, 4}, "unknown key \x1b[31mred\x1b[0m");
  const std::string plain = f.text();
  CHECK(plain ==
        "t.yaml:1:4: error: unknown key \xEF\xBF\xBD[31mred\xEF\xBF\xBD[0m [E004]\n"
        "    1 | a: b\n"
        "      |    ^\n");
  const std::string coloured = f.text({true, true});
  CHECK(coloured.starts_with("\x1b[1mt.yaml:1:4: \x1b[0m\x1b[1;31merror\x1b[0m: unknown key"));
  CHECK(coloured.ends_with("      |    \x1b[1;32m^\x1b[0m\n"));
  Fixture w("a: 1\n");
  w.sink.warning("W001", {0, 1, 1}, "w");
  CHECK(w.text({true, true}).starts_with("\x1b[1mt.yaml:1:1: \x1b[0m\x1b[1;35mwarning\x1b[0m: w [W001]\n"));
}

TEST_CASE("Diagnostics text: a long line shows 100 characters around the caret, cut with …", "[write][diagnostics]") {
  std::string line;
  for (int i = 0; i < 300; ++i) line += static_cast<char>('a' + i % 26);
  Fixture f(line + "\n");
  f.sink.error("E004", {0, 1, 150}, "m");
  // 89 characters skipped (150 - 1 - 60): the window is characters 90..189, the caret on its 61st.
  const std::string expected_line = "…" + line.substr(89, 100) + "…";
  CHECK(f.text() ==
        "t.yaml:1:150: error: m [E004]\n    1 | " + expected_line + "\n      | " + std::string(61, ' ') + "^\n");
  CHECK(f.json()["diagnostics"][0]["source"] == expected_line);
}

TEST_CASE("Diagnostics JSON: keys, severity words, notes and the summary", "[write][diagnostics]") {
  Fixture f("bodies:\n  - {id: x}\n  - {id: x}\n");
  f.sink.add({diag::Severity::error, "E012", {0, 3, 5}, "twice", {{{0, 2, 5}, "first here"}}});
  f.sink.warning("W004", {0, 1, 1}, "number");
  f.sink.note("N001", {0, 2, 3}, "resolved");
  f.sink.error("E021", {0, 0, 0}, "whole file");
  const nlohmann::json j = f.json(3);
  REQUIRE(j["diagnostics"].size() == 4);
  CHECK(j["diagnostics"][0] == nlohmann::json::parse(R"({"file": "t.yaml", "line": 0, "column": 0,
    "severity": "error", "code": "E021", "message": "whole file", "source": "", "notes": []})"));
  CHECK(j["diagnostics"][1]["severity"] == "warning");
  CHECK(j["diagnostics"][1]["source"] == "bodies:");
  CHECK(j["diagnostics"][2]["severity"] == "note");
  CHECK(j["diagnostics"][3] == nlohmann::json::parse(R"({"file": "t.yaml", "line": 3, "column": 5,
    "severity": "error", "code": "E012", "message": "twice", "source": "  - {id: x}",
    "notes": [{"file": "t.yaml", "line": 2, "column": 5, "message": "first here"}]})"));
  CHECK(j["summary"] == nlohmann::json::parse(R"({"errors": 2, "warnings": 1, "notes": 1, "files": 3})"));
}

TEST_CASE("Diagnostics summary line: singular and plural, notes only when there are some", "[write][diagnostics]") {
  CHECK(write::summary_line(0, 0, 1) == "0 errors, 0 warnings in 1 file");
  CHECK(write::summary_line(1, 1, 2) == "1 error, 1 warning in 2 files");
  CHECK(write::summary_line(2, 0, 3, 1) == "2 errors, 0 warnings, 1 note in 3 files");
  CHECK(write::summary_line(0, 3, 1, 4) == "0 errors, 3 warnings, 4 notes in 1 file");
}
