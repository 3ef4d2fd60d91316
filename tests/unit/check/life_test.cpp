// The life of a deadline (issue 14, item 3) in validation: E075 for a report returned as not
// acceptable without its reason, W006 for a reason on an accepted one, W065 for an extension
// (gia hạn) that extends nothing; and a returned report that comes again is no duplicate.

#include "campaign/diag/codes.hpp"
#include "fixture.hpp"

using namespace campaign;
using check::test::kHead;
using check::test::where;

namespace {

constexpr std::string_view kTasks = R"(directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - {text: Báo cáo quý, report: {every: quarter}}
      - {text: Tham quan mô hình, due: trong tháng 7/2024, extended_to: 2024-08-15}
      - {text: Hội nghị, due: trong tháng 7/2024, extended_to: 2024-07-20}
      - {text: Báo cáo năm, report: {every: year}, extended_to: 2024-12-20}
)";

check::test::Checked run_received(std::string_view records) {
  return check::test::run(std::string(kHead) + std::string(kTasks) + std::string(records), check::received_records,
                          false);
}

}  // namespace

TEST_CASE("E075: a returned report needs its reason, a returned report may come again", "[check][life]") {
  auto c = run_received(R"(submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30, accepted: false, reason: "thiếu số liệu"}
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q3/2024, received: 2024-10-03}
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q4/2024, received: 2024-12-30, accepted: false}
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q2/2024, received: 2024-12-30, reason: "x"}
)");
  REQUIRE(c.found.size() == 3);  // E075 for Q4, W006 for the reason of Q2, W006 for Q2 not owed
  CHECK(c.found[0].code == diag::kReasonMissing);
  CHECK(c.found[0].severity == diag::Severity::error);
  CHECK(c.found[0].position.line == where(c.yaml, "period: Q4").line);
  CHECK(c.found[1].code == diag::kReceivedMismatch);
  CHECK(c.found[2].code == diag::kReceivedMismatch);
  CHECK((c.found[1].message + c.found[2].message).find("`reason` on a report") != std::string::npos);
}

TEST_CASE("W065: an extension on a task without due, or not after the deadline", "[check][life]") {
  auto c = check::test::run(std::string(kHead) + std::string(kTasks), check::extensions, false);
  REQUIRE(c.found.size() == 2);
  CHECK(c.found[0].code == diag::kExtensionNotLater);
  CHECK(c.found[0].position == where(c.yaml, "2024-07-20", 0));
  CHECK(c.found[1].position == where(c.yaml, "2024-12-20", 0));
}

TEST_CASE("W066: a cancellation that cannot be applied, a replacement that names nothing", "[check][life]") {
  auto c = check::test::run(std::string(kHead) + R"(directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - {text: A, due: 31/12/2024, cancelled: {by: 05-TB/BCĐ}}
      - {text: B, due: 31/12/2024, cancelled: {by: 05-TB/BCĐ, date: 2024-09-01, replaced_by: "01-TB/BCĐ#1.9"}}
      - {text: C, due: 31/12/2024, cancelled: {by: 01-TB/BCĐ, replaced_by: "01-TB/BCĐ#1.1"}}
)",
                            check::extensions, false);
  REQUIRE(c.found.size() == 2);
  CHECK(c.found[0].code == diag::kCancellationUnresolved);
  CHECK(c.found[0].position.line == where(c.yaml, "{text: A").line);
  CHECK(c.found[1].position.line == where(c.yaml, "{text: B").line);
  CHECK(c.found[1].message.find("01-TB/BCĐ#1.9") != std::string::npos);
}
