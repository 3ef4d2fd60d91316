// Tests of check/received.cpp: W006 for each way a submission or completion fits its task
// badly (a body not responsible, the wrong kind of record, a period not owed, a receipt before
// its period, a completion before the issue date, the same record twice), and E013 for a
// per-unit body named without its unit.

#include "campaign/diag/codes.hpp"
#include "fixture.hpp"

using namespace campaign;
using check::test::kHead;
using check::test::where;

namespace {

// Notice 01-TB/BCĐ (issued 11/07/2024): 1.1 a quarterly report owed from the issue date, 1.2 a
// quarterly report from 01/10/2024 until 30/06/2025, 1.3 a one-off task; all fall on ubnd-huyen
// and the per-unit bcd-xa.
constexpr std::string_view kTasks = R"(directives:
  - number: 1
    responsible: [ubnd-huyen, bcd-xa]
    tasks:
      - {text: Báo cáo quý, report: {every: quarter, via: ubmttq-huyen}}
      - {text: Báo cáo mô hình, report: {every: quarter, from: 2024-10-01, until: 2025-06-30}}
      - {text: Tham quan mô hình, due: trong tháng 7/2024}
)";

check::test::Checked run(std::string_view records, bool loader_errors = false) {
  return check::test::run(std::string(kHead) + std::string(kTasks) + std::string(records), check::received_records,
                          loader_errors);
}

// The only diagnostic of `c`: a W006 warning at `needle` (the `nth` occurrence).
const diag::Diagnostic& one(const check::test::Checked& c, std::string_view needle, int nth = 0) {
  REQUIRE(c.found.size() == 1);
  CHECK(c.found[0].code == diag::kReceivedMismatch);
  CHECK(c.found[0].severity == diag::Severity::warning);
  CHECK(c.found[0].position == where(c.yaml, needle, nth));
  return c.found[0];
}

}  // namespace

TEST_CASE("W006: records that fit their tasks give nothing", "[check][received]") {
  auto c = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30}
  - {task: "01-TB/BCĐ#1.1", body: bcd-xa@tan-lap, period: Q3/2024, received: 2024-10-02}
  - {task: "01-TB/BCĐ#1.1", body: bcd-xa@tan-lap, period: Q4/2024, received: 2024-12-30}
  - {task: "01-TB/BCĐ#1.2", body: ubnd-huyen, period: Q4/2024, received: 2024-12-30}
  - {task: "01-TB/BCĐ#1.2", body: ubnd-huyen, period: Q2/2025, received: 2025-06-30}
completions:
  - {task: "01-TB/BCĐ#1.3", date: 2024-07-11}
  - {task: "01-TB/BCĐ#1.3", date: 2024-07-20, body: bcd-xa@dak-rve}
)");
  CHECK(c.found.empty());
}

TEST_CASE("W006: a submission from a body the task does not fall on, at the body", "[check][received]") {
  auto c = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubmttq-huyen, period: Q3/2024, received: 2024-09-30}
)");
  CHECK(one(c, "ubmttq-huyen, period").message ==
        "'ubmttq-huyen' is not responsible for task 01-TB/BCĐ#1.1 (its bodies: ubnd-huyen, bcd-xa)");
}

TEST_CASE("W006: a submission for a one-off task, a completion of a report", "[check][received]") {
  auto s = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.3", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30}
)");
  CHECK(one(s, "{task: \"01-TB/BCĐ#1.3\"").message ==
        "task 01-TB/BCĐ#1.3 is not a recurring report; record it under 'completions:' with its date");
  auto c = run(R"(completions:
  - {task: "01-TB/BCĐ#1.1", date: 2024-09-30}
)");
  CHECK(one(c, "{task: \"01-TB/BCĐ#1.1\"").message ==
        "task 01-TB/BCĐ#1.1 is a recurring report; record each period under 'submissions:'");
}

TEST_CASE("W006: a period of another frequency", "[check][received]") {
  auto c = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: 09/2024, received: 2024-09-30}
)");
  CHECK(one(c, "{task: \"01-TB/BCĐ#1.1\"").message ==
        "task 01-TB/BCĐ#1.1 is reported every quarter, but the period 09/2024 is not a quarter");
}

TEST_CASE("W006: a period due before the task applied: the issue date, or `from`", "[check][received]") {
  auto issued = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q2/2024, received: 2024-07-12}
)");
  CHECK(one(issued, "{task: \"01-TB/BCĐ#1.1\"").message ==
        "Q2/2024 of task 01-TB/BCĐ#1.1 is not owed: it was due 30/06/2024, before the task applied (11/07/2024)");
  auto from = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.2", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30}
)");
  CHECK(one(from, "{task: \"01-TB/BCĐ#1.2\"").message ==
        "Q3/2024 of task 01-TB/BCĐ#1.2 is not owed: it was due 30/09/2024, before the task applied (01/10/2024)");
}

TEST_CASE("W006: a period beginning after `until`", "[check][received]") {
  auto c = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.2", body: ubnd-huyen, period: Q3/2025, received: 2025-09-30}
)");
  CHECK(one(c, "{task: \"01-TB/BCĐ#1.2\"").message ==
        "Q3/2025 of task 01-TB/BCĐ#1.2 is not owed: the report ends on 30/06/2025");
}

TEST_CASE("W006: a receipt dated before its period begins", "[check][received]") {
  auto c = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q4/2024, received: 2024-09-30}
)");
  CHECK(one(c, "{task: \"01-TB/BCĐ#1.1\"").message ==
        "received 30/09/2024 is before the period Q4/2024 begins (01/10/2024); check the date or the period");
}

TEST_CASE("W006: a completion before the document assigned the task, or by a body not responsible",
          "[check][received]") {
  auto early = run(R"(completions:
  - {task: "01-TB/BCĐ#1.3", date: 2024-07-10}
)");
  CHECK(one(early, "{task: \"01-TB/BCĐ#1.3\"").message ==
        "task 01-TB/BCĐ#1.3 is recorded done on 10/07/2024, before 01-TB/BCĐ assigned it (11/07/2024); check the date");
  auto other = run(R"(completions:
  - {task: "01-TB/BCĐ#1.3", date: 2024-07-20, body: ubmttq-huyen}
)");
  CHECK(one(other, "ubmttq-huyen}", 1).message ==
        "'ubmttq-huyen' is not responsible for task 01-TB/BCĐ#1.3 (its bodies: ubnd-huyen, bcd-xa)");
}

TEST_CASE("W006: the same submission or completion twice, at the second", "[check][received]") {
  auto s = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30}
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q3/2024, received: 2024-10-02}
)");
  CHECK(one(s, "{task: \"01-TB/BCĐ#1.1\"", 1).message ==
        "Q3/2024 for 01-TB/BCĐ#1.1 from ubnd-huyen is recorded more than once; the earliest date counts");
  auto all = run(R"(completions:
  - {task: "01-TB/BCĐ#1.3", date: 2024-07-20}
  - {task: "01-TB/BCĐ#1.3", date: 2024-07-21}
)");
  CHECK(one(all, "{task: \"01-TB/BCĐ#1.3\"", 1).message ==
        "task 01-TB/BCĐ#1.3 is recorded as done more than once; the earliest date counts");
  auto by = run(R"(completions:
  - {task: "01-TB/BCĐ#1.3", date: 2024-07-20, body: ubnd-huyen}
  - {task: "01-TB/BCĐ#1.3", date: 2024-07-21, body: ubnd-huyen}
)");
  CHECK(one(by, "{task: \"01-TB/BCĐ#1.3\"", 1).message ==
        "task 01-TB/BCĐ#1.3 is recorded as done by ubnd-huyen more than once; the earliest date counts");
}

TEST_CASE("E013: a per-unit body without its unit counts for nobody", "[check][received]") {
  auto c = run(R"(submissions:
  - {task: "01-TB/BCĐ#1.1", body: bcd-xa, period: Q3/2024, received: 2024-09-30}
completions:
  - {task: "01-TB/BCĐ#1.3", date: 2024-07-20, body: bcd-xa}
)");
  REQUIRE(c.found.size() == 2);
  for (const auto& d : c.found) {
    CHECK(d.code == diag::kUnknownReference);
    CHECK(d.severity == diag::Severity::error);
  }
  CHECK(c.found[0].position == where(c.yaml, "bcd-xa, period"));
  CHECK(c.found[0].message ==
        "'bcd-xa' is one body in each unit; name the unit, e.g. 'bcd-xa@tan-lap', or the report counts for nobody");
  CHECK(c.found[1].position == where(c.yaml, "bcd-xa}"));
  CHECK(c.found[1].message.ends_with("or the completion counts for nobody"));
}

TEST_CASE("W006: records of a task that does not resolve are left to E013", "[check][received]") {
  auto c = run(R"(submissions:
  - {task: "01-TB/BCĐ#9.9", body: ubmttq-huyen, period: 09/2024, received: 2024-01-01}
completions:
  - {task: "02-TB/BCĐ#1.1", date: 2000-01-01}
)");
  CHECK(c.found.empty());
}

TEST_CASE("W006: without an issue date (a broken header) no date is compared with it", "[check][received]") {
  std::string yaml = std::string(kHead) + std::string(kTasks) + R"(submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q1/2020, received: 2020-03-31}
completions:
  - {task: "01-TB/BCĐ#1.3", date: 2020-01-01}
)";
  yaml.replace(yaml.find("2024-07-11"), 10, "2024-13-11");
  auto c = check::test::run(yaml, check::received_records, true);
  REQUIRE(c.loaded.model.incomplete_documents.size() == 1);
  CHECK(c.found.empty());
}
