// Tests of check/ids.cpp: E012 (ids defined twice, in one file or across files) and E018
// (directive numbers with gaps or repeats; an excerpt may start later).

#include "campaign/diag/codes.hpp"
#include "fixture.hpp"

using namespace campaign;
using check::test::brief;
using check::test::kHead;
using check::test::run;
using check::test::where;

namespace {

std::string with_directives(std::string_view directives) {
  return std::string(kHead) + std::string(directives);
}

}  // namespace

TEST_CASE("E012: a body and a unit defined twice in one file point at the second, noting the first", "[check][ids]") {
  const std::string text = R"(format: campaign/1
bodies:
  - {id: ubnd-huyen, name: UBND huyện}
  - {id: ubnd-huyen, name: UBND huyện (2)}
units:
  - {id: tan-lap, name: Xã Tân Lập, kind: commune}
  - {id: tan-lap, name: Xã Tân Lập 2, kind: commune}
)";
  auto c = run(text, check::unique_ids);
  REQUIRE(c.found.size() == 2);
  const auto& body = c.found[0];
  CHECK(body.code == diag::kDuplicateId);
  CHECK(body.severity == diag::Severity::error);
  CHECK(body.position == where(text, "ubnd-huyen, name: UBND huyện (2)"));  // the id
  CHECK(body.message == "body 'ubnd-huyen' is defined twice (first on line 3)");
  REQUIRE(body.notes.size() == 1);
  CHECK(body.notes[0].position == where(text, "ubnd-huyen"));
  CHECK(body.notes[0].message == "'ubnd-huyen' first defined here");
  const auto& unit = c.found[1];
  CHECK(unit.position == where(text, "tan-lap, name: Xã Tân Lập 2"));
  CHECK(unit.message == "unit 'tan-lap' is defined twice (first on line 6)");
}

TEST_CASE("E012: task ids repeat within a document, explicit or by default, other documents may reuse them",
          "[check][ids]") {
  const std::string yaml = with_directives(R"(directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - text: Một
      - text: Hai
        id: "1.1"
indicators:
  - {id: "1", name: A, unit: count, better: higher, year: 2024, targets: {tan-lap: 1, dak-rve: 2}}
  - {id: "1", name: B, unit: count, better: higher, year: 2024, targets: {tan-lap: 1, dak-rve: 2}}
)");
  auto c = run(yaml, check::unique_ids);
  REQUIRE(c.found.size() == 2);
  CHECK(c.found[0].message == "task '1.1' is defined twice (first on line 20)");
  CHECK(c.found[0].position.line == 21);
  CHECK(c.found[0].notes.at(0).position.line == 20);
  CHECK(c.found[1].message == "indicator '1' is defined twice (first on line 24)");
  CHECK(c.found[1].position == where(yaml, "{id: \"1\", name: B"));
  CHECK(c.found[1].notes.at(0).position == where(yaml, "{id: \"1\", name: A"));
}

TEST_CASE("E012: a document number or a body defined in two files says 'of another file'", "[check][ids]") {
  check::test::TempDir dir;
  const std::string notice = std::string(kHead) + "directives:\n  - {number: 1, tasks: [{text: Một}]}\n";
  const std::string a = dir.write("a.yaml", notice);
  const std::string b = dir.write("b.yaml",
                                  "format: campaign/1\nbodies:\n  - {id: bcd-xa, name: BCĐ xã}\ndocument:\n"
                                  "  number: 01-TB/BCĐ\n  kind: notice\n  issued: 2024-08-01\n"
                                  "  issuer: ubnd-huyen\n  title: Lần hai\n");
  load::Loaded l = load::load_paths({a, b});
  REQUIRE(l.diagnostics.error_count() == 0);
  diag::Sink sink;
  check::unique_ids(l.model, sink);
  const auto found = sink.sorted();
  REQUIRE(found.size() == 2);
  CHECK(found[0].position.file == 1);
  CHECK(found[0].position.line == 3);
  CHECK(found[0].message == "body 'bcd-xa' is defined twice (first on line 6 of another file)");
  CHECK(found[0].notes.at(0).position.file == 0);
  CHECK(found[0].notes.at(0).position.line == 6);
  CHECK(found[1].position == diag::Position{1, 5, 11});
  CHECK(found[1].message == "document '01-TB/BCĐ' is defined twice (first on line 11 of another file)");
  CHECK(found[1].notes.at(0).position == diag::Position{0, 11, 11});
}

TEST_CASE("E012: nothing to report when every id is unique", "[check][ids]") {
  auto c =
      run(with_directives("directives:\n  - {number: 1, responsible: [ubnd-huyen], tasks: [{text: A}, {text: B}]}\n"
                          "  - {number: 2, responsible: [ubnd-huyen], tasks: [{text: A}]}\n"),
          check::unique_ids);
  CHECK(c.found.empty());
}

TEST_CASE("E018: a gap names the number skipped, at the directive", "[check][ids]") {
  const std::string yaml = with_directives(R"(directives:
  - {number: 1, tasks: [{text: A}]}
  - {number: 2, tasks: [{text: B}]}
  - {number: 4, tasks: [{text: C}]}
)");
  auto c = run(yaml, check::directive_numbering);
  REQUIRE(c.found.size() == 1);
  CHECK(c.found[0].code == diag::kDirectiveNumbering);
  CHECK(c.found[0].severity == diag::Severity::error);
  CHECK(c.found[0].position == where(yaml, "{number: 4"));
  CHECK(c.found[0].message == "directive number 4 skips 3; number directives 1, 2, 3… in order");
}

TEST_CASE("E018: a repeat and a step back name the number before", "[check][ids]") {
  const std::string repeat = with_directives(R"(directives:
  - {number: 1, tasks: [{text: A}]}
  - {number: 2, tasks: [{text: B}]}
  - {number: 2, tasks: [{text: C}]}
)");
  auto c = run(repeat, check::directive_numbering);
  REQUIRE(c.found.size() == 1);
  CHECK(c.found[0].position == where(repeat, "{number: 2", 1));
  CHECK(c.found[0].message == "directive number 2 repeats or goes back (after 2); number directives 1, 2, 3… in order");

  const std::string swapped = with_directives(R"(directives:
  - {number: 1, tasks: [{text: A}]}
  - {number: 3, tasks: [{text: B}]}
  - {number: 2, tasks: [{text: C}]}
)");
  auto s = run(swapped, check::directive_numbering);
  REQUIRE(s.found.size() == 2);
  CHECK(s.found[0].message.starts_with("directive number 3 skips 2;"));
  CHECK(s.found[1].message.starts_with("directive number 2 repeats or goes back (after 3);"));
}

TEST_CASE("E018: an excerpt may start later, but not skip afterwards", "[check][ids]") {
  auto excerpt =
      run(with_directives("directives:\n  - {number: 6, tasks: [{text: A}]}\n  - {number: 7, tasks: [{text: B}]}\n"),
          check::directive_numbering);
  CHECK(excerpt.found.empty());
  auto gap =
      run(with_directives("directives:\n  - {number: 6, tasks: [{text: A}]}\n  - {number: 8, tasks: [{text: B}]}\n"),
          check::directive_numbering);
  REQUIRE(gap.found.size() == 1);
  CHECK(brief(gap.found[0]) == "E018 18:5 directive number 8 skips 7; number directives 1, 2, 3… in order");
  CHECK(gap.found[0].message.starts_with("directive number 8 skips 7;"));
}

TEST_CASE("E018: an unreadable number (reported by the loader) breaks no sequence", "[check][ids]") {
  auto c = run(with_directives("directives:\n  - {number: 1, tasks: [{text: A}]}\n  - {number: x, tasks: [{text: B}]}\n"
                               "  - {number: 2, tasks: [{text: C}]}\n"),
               check::directive_numbering, true);
  CHECK(c.loaded.diagnostics.error_count() > 0);
  CHECK(c.found.empty());
}

TEST_CASE("E018: an unreadable first number does not make the next one 'skip 0'", "[check][ids]") {
  auto c =
      check::test::run(std::string(check::test::kHead) +
                           "directives:\n  - {number: x, tasks: [{text: A}]}\n  - {number: 2, tasks: [{text: B}]}\n"
                           "  - {number: 3, tasks: [{text: C}]}\n",
                       check::directive_numbering, true);
  CHECK(c.loaded.diagnostics.error_count() > 0);  // the loader reports 'x'
  CHECK(c.found.empty());
}
