// Tests of check/references.cpp: E013 for each kind of reference (issuer, responsible, ID@UNIT,
// via, a task's references, target and weight units, submissions, completions and results),
// each at the place of the name, with its suggestion; and nothing when every name resolves.

#include "campaign/diag/codes.hpp"
#include "fixture.hpp"

using namespace campaign;
using check::test::kHead;
using check::test::run;
using check::test::where;

namespace {

// The one E013 of `yaml` (fails the test when there is not exactly one), at `needle`.
diag::Diagnostic one(const std::string& yaml, std::string_view needle) {
  auto c = run(yaml, check::references_resolve);
  REQUIRE(c.found.size() == 1);
  CHECK(c.found[0].code == diag::kUnknownReference);
  CHECK(c.found[0].severity == diag::Severity::error);
  CHECK(c.found[0].position == where(yaml, needle));
  return c.found[0];
}

std::string head_with(std::string_view from, std::string_view to, std::string_view rest = "") {
  std::string yaml(kHead);
  yaml.replace(yaml.find(from), from.size(), to);
  return yaml + std::string(rest);
}

const char* kTasks = R"(directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - text: Báo cáo quý
        report: {every: quarter, via: ubmttq-huyen}
      - text: Tham quan mô hình
        due: trong tháng 7/2024
)";

}  // namespace

TEST_CASE("E013: an issuer that is no body, with a suggestion", "[check][references]") {
  auto d = one(head_with("issuer: ubnd-huyen", "issuer: ubnd-huyn"), "ubnd-huyn");
  CHECK(d.message ==
        "issuer 'ubnd-huyn' is not a body defined in the registry; did you mean 'ubnd-huyen (UBND huyện)'?");
}

TEST_CASE("E013: responsible bodies by id, by a name that is none, and ID@UNIT", "[check][references]") {
  auto unknown =
      one(std::string(kHead) + "directives:\n  - {number: 1, responsible: [so-tu-phap], tasks: [{text: A}]}\n",
          "so-tu-phap");
  CHECK(unknown.message ==
        "responsible body 'so-tu-phap' is not a body defined in the registry; add it under 'bodies:' (usually in the "
        "registry file)");
  auto name =
      one(std::string(kHead) + "directives:\n  - {number: 1, responsible: [Phòng Tư pháp], tasks: [{text: A}]}\n",
          "Phòng Tư pháp");
  CHECK(name.message.starts_with(
      "responsible body 'Phòng Tư pháp' is not a body defined in the registry (by id, name or alias); "));
  auto not_per_unit =
      one(std::string(kHead) + "directives:\n  - {number: 1, responsible: [ubnd-huyen@tan-lap], tasks: [{text: A}]}\n",
          "ubnd-huyen@tan-lap");
  CHECK(not_per_unit.message ==
        "body 'ubnd-huyen' is not per_unit, so 'ubnd-huyen@tan-lap' names nothing; write "
        "'ubnd-huyen'");
  auto bad_unit =
      one(std::string(kHead) + "directives:\n  - {number: 1, responsible: [bcd-xa@tan-lp], tasks: [{text: A}]}\n",
          "bcd-xa@tan-lp");
  CHECK(bad_unit.message ==
        "unit of 'bcd-xa@tan-lp' 'tan-lp' is not a unit defined in the registry; did you mean 'tan-lap'?");
}

TEST_CASE("E013: a task's own responsible body and its report's via body", "[check][references]") {
  auto task = one(std::string(kHead) + R"(directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - {text: A, responsible: [ubmttq-huyn]}
)",
                  "ubmttq-huyn");
  CHECK(task.message ==
        "responsible body 'ubmttq-huyn' is not a body defined in the registry; did you mean "
        "'ubmttq-huyen (Ủy ban MTTQ Việt Nam huyện)'?");
  auto via = one(std::string(kHead) + R"(directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - {text: A, report: {every: quarter, via: mttq}}
)",
                 "mttq}");
  CHECK(via.message.starts_with("via body 'mttq' is not a body defined in the registry"));
}

TEST_CASE("E013: a task cites a document neither in 'references' nor loaded", "[check][references]") {
  const std::string yaml = std::string(kHead) + R"(  references:
    - {number: 26-KH/HU, issued: 2021-04-22}
directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - {text: A, references: [26-KH/HU, 01-TB/BCĐ, 12-CT/TU]}
)";
  auto d = one(yaml, "12-CT/TU");
  CHECK(d.message ==
        "task 1.1 cites '12-CT/TU', which is neither in the document's 'references' nor loaded; add it "
        "to 'references' with its date");
}

TEST_CASE("E013: target and weight units of an indicator", "[check][references]") {
  const std::string yaml = std::string(kHead) + R"(indicators:
  - id: "1"
    name: Tỷ lệ
    unit: percent
    better: lower
    year: 2024
    targets: {tan-lap: 22, dak-rve: 14, dak-rv: 1}
    weights: {tan-lap: 1, dak-rve: 1, tan-lapp: 2}
)";
  auto c = run(yaml, check::references_resolve);
  REQUIRE(c.found.size() == 2);
  CHECK(c.found[0].position == where(yaml, "dak-rv:"));
  CHECK(c.found[0].message == "target unit 'dak-rv' is not a unit defined in the registry; did you mean 'dak-rve'?");
  CHECK(c.found[1].position == where(yaml, "tan-lapp"));
  CHECK(c.found[1].message == "weight unit 'tan-lapp' is not a unit defined in the registry; did you mean 'tan-lap'?");
}

TEST_CASE("E013: submissions name a task as DOCUMENT#TASK of a loaded document, and a body", "[check][references]") {
  const std::string yaml = std::string(kHead) + kTasks + R"(submissions:
  - {task: "01-TB/BCĐ", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30}
  - {task: "02-TB/BCĐ#1.1", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30}
  - {task: "01-TB/BCĐ#1.9", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30}
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyn, period: Q3/2024, received: 2024-09-30}
)";
  auto c = run(yaml, check::references_resolve);
  REQUIRE(c.found.size() == 4);
  CHECK(c.found[0].position == where(yaml, "\"01-TB/BCĐ\""));
  CHECK(c.found[0].message == "'01-TB/BCĐ' must name a task as DOCUMENT#TASK, e.g. '127-TB/BCĐ#3.1'");
  CHECK(c.found[1].position == where(yaml, "\"02-TB/BCĐ#1.1\""));
  CHECK(c.found[1].message == "document '02-TB/BCĐ' of '02-TB/BCĐ#1.1' is not loaded; did you mean '01-TB/BCĐ'?");
  CHECK(c.found[2].position == where(yaml, "\"01-TB/BCĐ#1.9\""));
  CHECK(c.found[2].message.starts_with("task '1.9' does not exist in 01-TB/BCĐ; "));
  CHECK(c.found[3].position == where(yaml, "ubnd-huyn"));
  CHECK(c.found[3].message ==
        "body 'ubnd-huyn' is not a body defined in the registry; did you mean 'ubnd-huyen (UBND huyện)'?");
}

TEST_CASE("E013: a task id far from every id lists the document's tasks", "[check][references]") {
  const std::string yaml = std::string(kHead) + kTasks + R"(completions:
  - {task: "01-TB/BCĐ#zzz", date: 2024-07-20}
)";
  auto d = one(yaml, "\"01-TB/BCĐ#zzz\"");
  CHECK(d.message == "task 'zzz' does not exist in 01-TB/BCĐ; its tasks are 1.1, 1.2");
}

TEST_CASE("E013: completions name a task and, optionally, a body", "[check][references]") {
  const std::string yaml = std::string(kHead) + kTasks + R"(completions:
  - {task: "01-TB/BCĐ#1.2", date: 2024-07-20, body: bcd-xa@dak-rv}
  - {task: "01-TB/BCĐ#1.2", date: 2024-07-20}
)";
  auto d = one(yaml, "bcd-xa@dak-rv");
  CHECK(d.message == "unit of 'bcd-xa@dak-rv' 'dak-rv' is not a unit defined in the registry; did you mean 'dak-rve'?");
}

TEST_CASE("E013: results name an indicator as DOCUMENT#INDICATOR, and units", "[check][references]") {
  const std::string yaml = std::string(kHead) + R"(indicators:
  - {id: "1", name: Tỷ lệ, unit: percent, better: lower, year: 2024, targets: {tan-lap: 22, dak-rve: 14}}
results:
  - {indicator: "01-TB/BCĐ#2", period: "2024", as_of: 2024-12-31, values: {tan-lap: 1}}
  - {indicator: "01-TB/BCĐ#1", period: "2024", as_of: 2024-12-31, values: {tan-lp: 1}, weights: {dak-rv: 1}}
  - {indicator: "01-TB/BCĐ", period: "2024", as_of: 2024-12-31, values: {tan-lap: 1}}
)";
  auto c = run(yaml, check::references_resolve);
  REQUIRE(c.found.size() == 4);
  CHECK(c.found[0].position == where(yaml, "\"01-TB/BCĐ#2\""));
  CHECK(c.found[0].message == "indicator '2' does not exist in 01-TB/BCĐ; did you mean '1'?");
  CHECK(c.found[1].position == where(yaml, "tan-lp"));
  CHECK(c.found[1].message == "result unit 'tan-lp' is not a unit defined in the registry; did you mean 'tan-lap'?");
  CHECK(c.found[2].position == where(yaml, "dak-rv:"));
  CHECK(c.found[2].message.starts_with("weight unit 'dak-rv' is not a unit defined in the registry"));
  CHECK(c.found[3].position == where(yaml, "\"01-TB/BCĐ\""));
  CHECK(c.found[3].message == "'01-TB/BCĐ' must name an indicator as DOCUMENT#INDICATOR, e.g. '127-TB/BCĐ#1'");
}

TEST_CASE("E013: nothing when every reference resolves", "[check][references]") {
  const std::string yaml = std::string(kHead) + kTasks + R"(  - number: 2
    responsible: [bcd-xa, bcd-xa@tan-lap]
    tasks:
      - {text: B, references: [01-TB/BCĐ]}
indicators:
  - {id: "1", name: Tỷ lệ, unit: percent, better: lower, year: 2024, targets: {tan-lap: 22, dak-rve: 14}}
submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30}
completions:
  - {task: "01-TB/BCĐ#2.1", date: 2024-07-20, body: bcd-xa@dak-rve}
results:
  - {indicator: "01-TB/BCĐ#1", period: "2024", as_of: 2024-12-31, values: {tan-lap: 1, dak-rve: 2}}
)";
  CHECK(run(yaml, check::references_resolve).found.empty());
}
