// The life of a deadline in the schedule (issue 14, item 3): an extension (gia hạn) moves a
// one-off task's due date; a report returned as not acceptable (chưa đạt yêu cầu) leaves its
// obligation open, marked returned, and counted as such in the statistics.
#include <catch2/catch.hpp>

#include "campaign/schedule/stats.hpp"
#include "campaign/schedule/status.hpp"
#include "fixture.hpp"

using namespace campaign;
using schedule::Status;
using test::d;

namespace {

std::vector<schedule::Item> items_of(const model::Model& m, const calendar::Date& as_of) {
  const schedule::Schedule s = schedule::expand(m, as_of, 7);
  return schedule::assess(m, s, {as_of, 7});
}

model::Submission submission(const std::string& period_label, int q, const calendar::Date& received, bool accepted) {
  return {"04-TB/BCĐ#1.1",
          "ubnd-huyen",
          {calendar::Frequency::quarter, 2024, q},
          received,
          {},
          {},
          {},
          "",
          accepted ? "" : "thiếu số liệu " + period_label,
          accepted};
}

}  // namespace

TEST_CASE("life: extended_to moves the due date of a one-off task", "[life]") {
  model::Model m = test::one_task_model(d(2024, 7, 1));
  test::the_task(m).due = model::Deadline{"trong tháng 7/2024", d(2024, 7, 31), {}, std::nullopt, false};
  test::the_task(m).extended_to = d(2024, 8, 15);
  auto items = items_of(m, d(2024, 8, 10));
  REQUIRE(items.size() == 1);
  CHECK(items[0].obligation.due == d(2024, 8, 15));
  CHECK(items[0].status == Status::due_soon);
  m.completions.push_back({"04-TB/BCĐ#1.1", d(2024, 8, 12), "", {}, {}, {}});
  items = items_of(m, d(2024, 8, 20));
  CHECK(items[0].status == Status::done);
  CHECK_FALSE(items[0].late);  // late against 31/07, on time against the extension
}

TEST_CASE("life: a returned report leaves the obligation open until one is accepted", "[life]") {
  model::Model m = test::one_task_model(d(2024, 7, 1));
  test::the_task(m).report = test::report(calendar::Frequency::quarter);
  m.submissions.push_back(submission("Q3", 3, d(2024, 9, 28), false));
  auto items = items_of(m, d(2024, 10, 5));
  const auto q3 =
      std::find_if(items.begin(), items.end(), [](const auto& i) { return i.obligation.period.index == 3; });
  REQUIRE(q3 != items.end());
  CHECK(q3->status == Status::overdue);
  REQUIRE(q3->returned());
  CHECK(q3->returned_by->reason == "thiếu số liệu Q3");
  const schedule::Schedule s = schedule::expand(m, d(2024, 10, 5), 7);
  const auto stats = schedule::statistics(m, s, schedule::assess(m, s, {d(2024, 10, 5), 7}));
  CHECK(stats.total.returned == 1);
  CHECK(stats.total.overdue == 1);

  m.submissions.push_back(submission("Q3", 3, d(2024, 10, 3), true));
  items = items_of(m, d(2024, 10, 5));
  const auto again =
      std::find_if(items.begin(), items.end(), [](const auto& i) { return i.obligation.period.index == 3; });
  CHECK(again->status == Status::done);
  CHECK(again->late);
  CHECK_FALSE(again->returned());
}

TEST_CASE("life: a cancelled task owes nothing that falls due after the cancellation", "[life]") {
  model::Model m = test::one_task_model(d(2024, 7, 1));
  test::the_task(m).report = test::report(calendar::Frequency::quarter);
  test::the_task(m).cancelled = model::Cancellation{"135-TB/BCĐ", d(2024, 11, 15), "135-TB/BCĐ#1.1", {}};
  // Before the cancellation is in force, everything is owed as usual.
  auto before = items_of(m, d(2024, 11, 10));
  CHECK(std::none_of(before.begin(), before.end(), [](const auto& i) { return i.status == Status::cancelled; }));
  const schedule::Schedule s = schedule::expand(m, d(2025, 1, 10), 7);
  const auto items = schedule::assess(m, s, {d(2025, 1, 10), 7});
  REQUIRE(items.size() == 2);  // Q3 and Q4/2024; Q1/2025 begins after the cancellation
  CHECK(items[0].obligation.period.index == 3);
  CHECK(items[0].status == Status::overdue);  // due 30/09, before the cancellation: still owed
  CHECK(items[1].obligation.period.index == 4);
  CHECK(items[1].status == Status::cancelled);
  const auto stats = schedule::statistics(m, s, items);
  CHECK(stats.total.cancelled == 1);
  CHECK(stats.total.total() == 1);
}

TEST_CASE("life: without a date, the cancelling document's issue date counts", "[life]") {
  model::Model m = test::one_task_model(d(2024, 7, 1));
  test::the_task(m).due = model::Deadline{"31/12/2024", d(2024, 12, 31), {}, std::nullopt, false};
  test::the_task(m).cancelled = model::Cancellation{"05-TB/BCĐ", std::nullopt, "", {}};
  CHECK_FALSE(schedule::cancelled_from(m, test::the_task(m)));  // not loaded: not applied
  model::Document later;
  later.number = "05-TB/BCĐ";
  later.issued = d(2024, 9, 1);
  m.documents.push_back(later);
  CHECK(schedule::cancelled_from(m, m.documents[0].directives[0].tasks[0]) == d(2024, 9, 1));
  const auto items = items_of(m, d(2024, 10, 1));
  REQUIRE(items.size() == 1);
  CHECK(items[0].status == Status::cancelled);
}
