// The checks of `campaign record` (issue 14, item 2) on the bundled notice 127-TB/BCĐ and the
// example submissions: each refusal, and the status of the obligation once recorded.
#include "campaign/schedule/record.hpp"

#include <catch2/catch.hpp>

#include "fixture.hpp"

using namespace campaign;
using schedule::RecordKind;
using schedule::RecordRequest;
using schedule::Refusal;
using test::d;

namespace {

const load::Loaded& loaded() {
  static const load::Loaded l = test::bundled({std::string(CAMPAIGN_SOURCE_DIR) + "/examples/submissions-2024.yaml"});
  return l;
}

schedule::RecordCheck check(RecordRequest request, const calendar::Date& today = d(2024, 10, 5)) {
  REQUIRE(loaded().diagnostics.error_count() == 0);
  return schedule::check_record(loaded().model, request, today);
}

RecordRequest submission(std::string body, std::string period = "quý III/2024", std::string date = "04/10/2024") {
  return {RecordKind::submission, "127-TB/BCĐ#2.3", std::move(body), std::move(period), std::move(date), "", ""};
}

}  // namespace

TEST_CASE("record: a report from a body by its name is accepted, with its new status", "[record]") {
  RecordRequest r = submission("BCĐ xã Đăk Kôi");
  r.number = "45/BC-BCĐ";
  const auto c = check(r);
  REQUIRE(c.refusal == Refusal::none);
  CHECK(c.submission.task == "127-TB/BCĐ#2.3");
  CHECK(c.submission.body == "bcd-xa@dak-koi");
  CHECK(c.submission.period.label() == "Q3/2024");
  CHECK(c.submission.received == d(2024, 10, 4));
  CHECK(c.submission.number == "45/BC-BCĐ");
  REQUIRE(c.statuses.size() == 1);
  CHECK(c.statuses[0].status == schedule::Status::done);
  CHECK(c.statuses[0].late);
  CHECK(c.statuses[0].days == 4);
}

TEST_CASE("record: on time, an ISO date and a canonical period", "[record]") {
  const auto c = check(submission("co-quan-huyen", "Q3/2024", "2024-09-30"));
  REQUIRE(c.refusal == Refusal::none);
  REQUIRE(c.statuses.size() == 1);
  CHECK_FALSE(c.statuses[0].late);
}

TEST_CASE("record: a second receipt of the same report is refused, naming the first", "[record]") {
  const auto c = check(submission("BCĐ xã Tân Lập", "Q3/2024", "30/09/2024"));
  CHECK(c.refusal == Refusal::duplicate);
  CHECK(c.first.line > 0);
}

TEST_CASE("record: what a submission must name", "[record]") {
  CHECK(check({RecordKind::submission, "127-TB/BCĐ", "ubnd-huyen", "Q3/2024", "01/10/2024", "", ""}).refusal ==
        Refusal::task_shape);
  const auto no_doc = check({RecordKind::submission, "127-TB/BCD#2.3", "ubnd-huyen", "Q3/2024", "01/10/2024", "", ""});
  CHECK(no_doc.refusal == Refusal::no_document);
  CHECK(no_doc.detail == "127-TB/BCĐ");
  CHECK(check({RecordKind::submission, "127-TB/BCĐ#9.9", "ubnd-huyen", "Q3/2024", "01/10/2024", "", ""}).refusal ==
        Refusal::no_task);
  CHECK(check({RecordKind::submission, "127-TB/BCĐ#3.1", "ubnd-huyen", "Q3/2024", "01/10/2024", "", ""}).refusal ==
        Refusal::no_report);
  CHECK(check(submission("")).refusal == Refusal::body_missing);
  CHECK(check(submission("UBND huyen")).refusal == Refusal::no_body);
  CHECK(check(submission("bcd-xa")).refusal == Refusal::not_responsible);
  CHECK(check(submission("ubnd-huyen", "quý 5/2024")).refusal == Refusal::bad_period);
  CHECK(check(submission("ubnd-huyen", "")).refusal == Refusal::period_missing);
  CHECK(check(submission("ubnd-huyen", "07/2024")).refusal == Refusal::period_not_owed);
  CHECK(check(submission("ubnd-huyen", "Q1/2024")).refusal == Refusal::period_not_owed);
  CHECK(check(submission("ubnd-huyen", "Q4/2024", "31/02/2024")).refusal == Refusal::bad_date);
  CHECK(check(submission("ubnd-huyen", "Q4/2024", "06/10/2024")).refusal == Refusal::after_today);
}

TEST_CASE("record: a period not owed lists the periods due up to today, not the next one", "[record]") {
  const auto c = check(submission("ubnd-huyen", "07/2024"));
  REQUIRE(c.refusal == Refusal::period_not_owed);
  REQUIRE(c.owed.size() == 1);  // Q4/2024 is recorded once it begins, but is not due on 5 October
  CHECK(c.owed[0].label() == "Q3/2024");
  const auto later = check(submission("ubnd-huyen", "07/2024", "04/03/2025"), d(2025, 3, 5));
  REQUIRE(later.owed.size() == 2);
  CHECK(later.owed[1].label() == "Q4/2024");
}

TEST_CASE("record: the next period is owed once today reaches it", "[record]") {
  CHECK(check(submission("ubnd-huyen", "Q4/2024", "20/12/2024"), d(2024, 12, 20)).refusal == Refusal::none);
}

TEST_CASE("record: completions", "[record]") {
  const RecordRequest done{RecordKind::completion, "127-TB/BCĐ#3.1", "", "", "2024-07-25", "", ""};
  CHECK(check(done).refusal == Refusal::duplicate);  // the example file completes 3.1 for all
  const RecordRequest report{RecordKind::completion, "127-TB/BCĐ#2.3", "", "", "2024-07-25", "", ""};
  CHECK(check(report).refusal == Refusal::no_completion);
}

TEST_CASE("record: a completion's status, and a batch sees its own rows", "[record]") {
  model::Model m = test::one_task_model(d(2024, 7, 1), true);
  test::the_task(m).due = model::Deadline{"31/07/2024", d(2024, 7, 31), {}, std::nullopt, false};
  const RecordRequest one{RecordKind::completion, "04-TB/BCĐ#1.1", "bcd-xa@tan-lap", "", "03/08/2024", "", ""};
  const auto c = schedule::check_record(m, one, d(2024, 8, 10));
  REQUIRE(c.refusal == Refusal::none);
  CHECK(c.completion.body == "bcd-xa@tan-lap");
  REQUIRE(c.statuses.size() == 1);
  CHECK(c.statuses[0].late);
  CHECK(c.statuses[0].days == 3);
  schedule::add_record(m, c, RecordKind::completion);
  CHECK(schedule::check_record(m, one, d(2024, 8, 10)).refusal == Refusal::duplicate);
  const RecordRequest all{RecordKind::completion, "04-TB/BCĐ#1.1", "", "", "01/08/2024", "", ""};
  const auto rest = schedule::check_record(m, all, d(2024, 8, 10));
  REQUIRE(rest.refusal == Refusal::none);
  CHECK(rest.statuses.size() == 2);  // both units; Tân Lập's own date (3 Aug) is later than 1 Aug
  const RecordRequest other{RecordKind::completion, "04-TB/BCĐ#1.1", "bcd-xa@dak-rve", "", "01/08/2024", "", ""};
  schedule::add_record(m, schedule::check_record(m, other, d(2024, 8, 10)), RecordKind::completion);
  CHECK(schedule::check_record(m, all, d(2024, 8, 10)).refusal == Refusal::duplicate);
}

TEST_CASE("record: a document issued after today owes nothing yet", "[record]") {
  model::Model m = test::one_task_model(d(2024, 7, 1));
  test::the_task(m).due = model::Deadline{"31/07/2024", d(2024, 7, 31), {}, std::nullopt, false};
  const RecordRequest one{RecordKind::completion, "04-TB/BCĐ#1.1", "", "", "2024-06-20", "", ""};
  CHECK(schedule::check_record(m, one, d(2024, 6, 30)).refusal == Refusal::not_issued);
}
