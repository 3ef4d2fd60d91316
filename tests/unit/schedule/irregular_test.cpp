// Reports that are not periodic (issue 15, item 3): owed once by a deadline, on request (đột
// xuất), or periodic with no period stated; their obligations, statuses and records.
#include <catch2/catch.hpp>

#include "campaign/schedule/obligation.hpp"
#include "campaign/schedule/record.hpp"
#include "campaign/schedule/status.hpp"
#include "fixture.hpp"

using namespace campaign;
using schedule::Kind;
using schedule::Status;
using test::d;

namespace {

model::ReportRule irregular(model::ReportTiming timing) {
  model::ReportRule r;
  r.timing = timing;
  r.to = "ubmttq-huyen";
  return r;
}

model::ReportRule once(const calendar::Date& due) {
  model::ReportRule r = irregular(model::ReportTiming::once);
  model::Deadline deadline;
  deadline.phrase = "trước ngày " + calendar::format_vn(due);
  deadline.date = due;
  r.once = deadline;
  return r;
}

model::Submission periodless(const std::string& body, const calendar::Date& received) {
  model::Submission s;
  s.task = "04-TB/BCĐ#1.1";
  s.body = body;
  s.received = received;
  s.periodless = true;
  return s;
}

std::vector<schedule::Item> assess(const model::Model& m, const calendar::Date& as_of) {
  return schedule::assess(m, schedule::expand(m, as_of, 7), schedule::AssessOptions{as_of, 7});
}

}  // namespace

TEST_CASE("a report owed once: one obligation per body, due on its deadline, judged", "[schedule][irregular]") {
  model::Model m = test::one_task_model(d(2024, 9, 20), true);
  test::the_task(m).report = once(d(2024, 12, 15));
  const auto s = schedule::expand(m, d(2025, 3, 1), 7);
  REQUIRE(s.obligations.size() == 2);  // bcd-xa in tan-lap and dak-rve, no periods
  for (const auto& o : s.obligations) {
    CHECK(o.kind == Kind::report_once);
    CHECK(o.due == d(2024, 12, 15));
    CHECK(o.period == calendar::Period{});
  }
  m.submissions.push_back(periodless("bcd-xa@tan-lap", d(2024, 12, 20)));
  const auto items = assess(m, d(2025, 1, 10));
  REQUIRE(items.size() == 2);
  CHECK(items[0].status == Status::done);
  CHECK(items[0].late);
  CHECK(items[0].days == 5);
  CHECK(items[1].status == Status::overdue);
  CHECK(items[1].days == 26);
  // Issue 15 item 3: an overdue report owed once is missing too, in an entry of its own.
  const auto missing = schedule::missing_reports(items);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].once);
  CHECK(missing[0].due == d(2024, 12, 15));
  REQUIRE(missing[0].bodies.size() == 1);
  CHECK(missing[0].bodies[0].kind == Kind::report_once);
}

TEST_CASE("a report on request: no date, never overdue, its receipts counted", "[schedule][irregular]") {
  model::Model m = test::one_task_model(d(2024, 9, 20));
  test::the_task(m).report = irregular(model::ReportTiming::on_request);
  auto items = assess(m, d(2030, 1, 1));
  REQUIRE(items.size() == 1);
  CHECK(items[0].obligation.kind == Kind::on_request);
  CHECK(items[0].status == Status::on_request);
  CHECK(items[0].days == 0);
  m.submissions.push_back(periodless("ubnd-huyen", d(2024, 10, 3)));
  m.submissions.push_back(periodless("ubnd-huyen", d(2024, 11, 18)));
  m.submissions.push_back(periodless("ubnd-huyen", d(2025, 2, 1)));  // after the as-of date: not known yet
  items = assess(m, d(2024, 12, 1));
  CHECK(items[0].status == Status::on_request);
  CHECK(items[0].days == 2);
  CHECK(items[0].done_on == d(2024, 11, 18));
  CHECK(schedule::missing_reports(items).empty());
}

TEST_CASE("a periodic report with no period stated: listed without a date, never judged", "[schedule][irregular]") {
  model::Model m = test::one_task_model(d(2024, 9, 20));
  test::the_task(m).report = irregular(model::ReportTiming::unstated);
  const auto items = assess(m, d(2030, 1, 1));
  REQUIRE(items.size() == 1);
  CHECK(items[0].obligation.kind == Kind::unstated);
  CHECK(items[0].status == Status::no_date);
  CHECK(schedule::status_key(Status::on_request) == "on-request");
  CHECK(schedule::parse_status("on-request") == Status::on_request);
}

TEST_CASE("record: a report owed once or on request is recorded without a period", "[record][irregular]") {
  model::Model m = test::one_task_model(d(2024, 9, 20));
  test::the_task(m).report = once(d(2024, 12, 15));
  schedule::RecordRequest r{schedule::RecordKind::submission, "04-TB/BCĐ#1.1", "ubnd-huyen", "", "10/12/2024", "", ""};
  auto c = schedule::check_record(m, r, d(2024, 12, 12));
  REQUIRE(c.refusal == schedule::Refusal::none);
  CHECK(c.submission.periodless);
  REQUIRE(c.statuses.size() == 1);
  CHECK(c.statuses[0].status == Status::done);
  CHECK_FALSE(c.statuses[0].late);
  r.period = "once";  // the documented word
  CHECK(schedule::check_record(m, r, d(2024, 12, 12)).refusal == schedule::Refusal::none);
  r.period = "Once";  // in any case, as every other word of the command line
  CHECK(schedule::check_record(m, r, d(2024, 12, 12)).refusal == schedule::Refusal::none);
  r.period = "Q4/2024";
  CHECK(schedule::check_record(m, r, d(2024, 12, 12)).refusal == schedule::Refusal::period_not_needed);
  r.period = "";
  schedule::add_record(m, c, schedule::RecordKind::submission);
  CHECK(schedule::check_record(m, r, d(2024, 12, 12)).refusal == schedule::Refusal::duplicate);

  test::the_task(m).report = irregular(model::ReportTiming::on_request);
  r.date = "11/12/2024";  // another report on request: not a duplicate
  c = schedule::check_record(m, r, d(2024, 12, 12));
  REQUIRE(c.refusal == schedule::Refusal::none);
  REQUIRE(c.statuses.size() == 1);
  CHECK(c.statuses[0].status == Status::on_request);
  CHECK(c.statuses[0].days == 2);
}
