// Tests of check/documents.cpp: W004 (document number not NUMBER-KIND/ISSUER, or its kind
// abbreviation disagreeing with `kind`), W005 (a cited document dated after the citing one, by
// its reference or as loaded) and W002 (a deadline before the issue date).

#include <set>

#include "campaign/diag/codes.hpp"
#include "fixture.hpp"

using namespace campaign;
using check::test::kHead;
using check::test::run;
using check::test::where;

namespace {

// kHead with the document's number (and kind) replaced.
std::string numbered(std::string_view number, std::string_view kind = "notice") {
  std::string yaml(kHead);
  yaml.replace(yaml.find("01-TB/BCĐ"), 9 + 1 /* Đ is two bytes */, number);
  yaml.replace(yaml.find("kind: notice"), 12, "kind: " + std::string(kind));
  return yaml;
}

std::vector<diag::Diagnostic> w004(std::string_view number, std::string_view kind = "notice") {
  auto c = run(numbered(number, kind), check::document_dates_and_numbers);
  for (const auto& d : c.found) {
    CHECK(d.code == diag::kDocumentNumber);
    CHECK(d.severity == diag::Severity::warning);
    CHECK(d.position == where(c.yaml, number));
  }
  return c.found;
}

}  // namespace

TEST_CASE("W004: numbers that read neither NUMBER-KIND/ISSUER nor NUMBER/KIND-ISSUER", "[check][documents]") {
  for (std::string_view number : {"01TB/BCĐ", "a1-TB/BCĐ", "-TB/BCĐ", "01-TB", "01-/BCĐ", "01-TB/", "20/KH-", "20/-PGD",
                                  "20/", "x/KH-PGD", "30/20/NĐ-CP", "30/2020/", "20/KH/PGD"}) {
    INFO(number);
    auto found = w004(number);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "document number '" + std::string(number) +
                                  "' reads neither NUMBER-KIND/ISSUER (e.g. 127-TB/BCĐ) nor NUMBER/KIND-ISSUER (e.g. "
                                  "20/KH-PGD&ĐT, 30/2020/NĐ-CP)");
  }
}

TEST_CASE("W004: state-style numbers are valid, and their kind is compared", "[check][documents]") {
  CHECK(w004("20/KH-PGD&ĐT", "plan").empty());
  CHECK(w004("1115/SGD&ĐT-KTKĐCLGD", "letter").empty());  // a letter: issuer and drafting unit, no kind
  CHECK(w004("30/2020/NĐ-CP", "decision").empty());       // NĐ (nghị định) is no kind of format v1
  CHECK(w004("15/2024/QĐ-UBND", "decision").empty());
  CHECK(w004("15/UBND", "letter").empty());
  auto plan = w004("15/2024/QĐ-UBND", "plan");
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].message == "document number '15/2024/QĐ-UBND' says decision (QĐ) but 'kind' is plan");
}

TEST_CASE("W004: a kind abbreviation that disagrees with 'kind'", "[check][documents]") {
  auto plan = w004("01-KH/BCĐ");
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].message == "document number '01-KH/BCĐ' says plan (KH) but 'kind' is notice");
  auto decision = w004("15-QĐ/UBND", "letter");
  REQUIRE(decision.size() == 1);
  CHECK(decision[0].message == "document number '15-QĐ/UBND' says decision (QĐ) but 'kind' is letter");
}

TEST_CASE("W004: numbers that agree, and kinds the tool does not know, are fine", "[check][documents]") {
  CHECK(w004("01-TB/BCĐ").empty());
  CHECK(w004("15-QĐ/UBND", "decision").empty());
  CHECK(w004("120-CV/BCĐ", "letter").empty());
  CHECK(w004("7-NQ/HU").empty());  // NQ (nghị quyết) is no kind of format v1: nothing to compare
}

TEST_CASE("W005: a reference dated after the document citing it", "[check][documents]") {
  const std::string yaml = std::string(kHead) + R"(  references:
    - {number: 26-KH/HU, issued: 2021-04-22}
    - {number: 30-KH/HU, issued: 2024-07-11}
    - {number: 31-KH/HU, issued: 2024-07-12}
    - {number: 32-KH/HU}
)";
  auto c = run(yaml, check::document_dates_and_numbers, true);  // 32-KH/HU lacks its date (E005)
  REQUIRE(c.found.size() == 1);
  CHECK(c.found[0].code == diag::kReferenceAfterCiting);
  CHECK(c.found[0].severity == diag::Severity::warning);
  CHECK(c.found[0].position == where(yaml, "{number: 31-KH/HU"));
  CHECK(c.found[0].message ==
        "'31-KH/HU' is dated 12/07/2024, after the document that cites it (01-TB/BCĐ of "
        "11/07/2024); check both dates");
}

TEST_CASE("W005: a loaded document issued after the document citing it", "[check][documents]") {
  check::test::TempDir dir;
  const std::string citing = std::string(kHead) + "  references:\n    - {number: 02-TB/BCĐ}\n";
  const std::string later =
      "format: campaign/1\ndocument:\n  number: 02-TB/BCĐ\n  kind: notice\n"
      "  issued: 2024-08-01\n  issuer: ubnd-huyen\n  title: Sau\n";
  load::Loaded l = load::load_paths({dir.write("a.yaml", citing), dir.write("b.yaml", later)});
  diag::Sink sink;
  check::document_dates_and_numbers(l.model, sink);
  const auto found = sink.sorted();
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == diag::kReferenceAfterCiting);
  CHECK(found[0].position == diag::Position{0, 17, 7});
  CHECK(found[0].message == "'02-TB/BCĐ' (issued 01/08/2024) is dated after 01-TB/BCĐ which cites it");
}

TEST_CASE("W002: a deadline before the document's issue date, at the deadline", "[check][documents]") {
  const std::string yaml = std::string(kHead) + R"(directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - {text: A, due: trong tháng 6/2024}
      - {text: B, due: 11/07/2024}
      - {text: C, due: trong tháng 7/2024}
      - {text: D}
)";
  auto c = run(yaml, check::document_dates_and_numbers);
  REQUIRE(c.found.size() == 1);
  CHECK(c.found[0].code == diag::kDeadlineBeforeIssue);
  CHECK(c.found[0].severity == diag::Severity::warning);
  CHECK(c.found[0].position == where(yaml, "trong tháng 6/2024"));
  CHECK(c.found[0].message ==
        "deadline 'trong tháng 6/2024' (30/06/2024) is before the document's issue date 11/07/2024");
}

TEST_CASE("W002: a deadline that could not be read is not compared", "[check][documents]") {
  const std::string yaml = std::string(kHead) + R"(directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - {text: A, due: khi có chỉ đạo}
)";
  auto c = run(yaml, check::document_dates_and_numbers, true);
  CHECK(c.found.empty());
}

TEST_CASE("documents_read: complete documents, then those with a broken header, run_rules runs every rule",
          "[check][documents]") {
  check::test::TempDir dir;
  std::string broken(kHead);
  broken.replace(broken.find("2024-07-11"), 10, "2024-13-11");  // E009: the header is incomplete
  broken.replace(broken.find("01-TB/BCĐ"), 10, "02-TB/BCĐ");
  broken += "directives:\n  - {number: 2, responsible: [ubnd-huyn], tasks: [{text: A}]}\n";
  const std::string complete = std::string(kHead) + R"(  references:
    - {number: 26-KH/HU, issued: 2024-08-01}
directives:
  - number: 1
    responsible: [ubnd-huyen, bcd-xa@tan-lap]
    tasks:
      - {text: A, due: trong tháng 6/2024}
      - {text: B, id: "1.1"}
indicators:
  - {id: "1", name: A, unit: count, better: higher, year: 2024, total: 9, total_rule: sum, targets: {tan-lap: 1}}
submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30}
)";
  load::Loaded l = load::load_paths({dir.write("b.yaml", broken), dir.write("a.yaml", complete)});
  REQUIRE(l.model.documents.size() == 1);
  REQUIRE(l.model.incomplete_documents.size() == 1);
  const auto read = check::documents_read(l.model);
  REQUIRE(read.size() == 2);
  CHECK(read[0]->number == "01-TB/BCĐ");
  CHECK(read[1]->number == "02-TB/BCĐ");
  CHECK(check::find_document_read(l.model, "02-TB/BCĐ") == &l.model.incomplete_documents[0]);
  CHECK(check::find_document_read(l.model, "03-TB/BCĐ") == nullptr);
  diag::Sink sink;
  check::run_rules(l.model, sink);
  std::set<std::string> codes;
  for (const auto& d : sink.all()) codes.insert(d.code);
  // E012 task 1.1 twice; E013 ubnd-huyn (in the broken document too); E015 1 ≠ 9; E017 dak-rve;
  // E018 directive 2 of 02-TB/BCĐ starts at 2 (an excerpt: fine); W002 June; W005 26-KH/HU;
  // W006 the report of a one-off task.
  CHECK(codes == std::set<std::string>{"E012", "E013", "E015", "E017", "W002", "W005", "W006"});
}
