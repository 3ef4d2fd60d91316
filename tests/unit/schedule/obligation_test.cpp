// Obligations: periods owed by recurring reports, per-unit expansion, due-date boundaries.
#include "campaign/schedule/obligation.hpp"

#include <catch2/catch.hpp>

#include "fixture.hpp"

using namespace campaign;
using calendar::DueMonth;
using calendar::Frequency;
using test::d;

namespace {

// "Q3/2024 30/09/2024" for each obligation, in schedule order.
std::vector<std::string> periods(const schedule::Schedule& s) {
  std::vector<std::string> out;
  for (const auto& o : s.obligations) out.push_back(o.period.label() + " " + calendar::format_vn(o.due));
  return out;
}

}  // namespace

TEST_CASE("report with day 5 of the next month: Q2 not owed, Q3..Q1 (report-next-month.yaml)", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 7, 11));
  test::the_task(m).report = test::report(Frequency::quarter, 5, DueMonth::next);
  const auto s = schedule::expand(m, d(2025, 1, 6), 7);
  CHECK(periods(s) == std::vector<std::string>{"Q3/2024 05/10/2024", "Q4/2024 05/01/2025", "Q1/2025 05/04/2025"});
}

TEST_CASE("day N of the next month: the period before the issue date is owed when due after it", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 7, 3));
  test::the_task(m).report = test::report(Frequency::quarter, 5, DueMonth::next);
  const auto s = schedule::expand(m, d(2024, 7, 4), 0);
  CHECK(periods(s) == std::vector<std::string>{"Q2/2024 05/07/2024"});
}

TEST_CASE("day N of the next month across the year boundary: December due in January", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 11, 5));
  test::the_task(m).report = test::report(Frequency::month, 10, DueMonth::next);
  const auto s = schedule::expand(m, d(2025, 1, 2), 7);
  CHECK(periods(s) == std::vector<std::string>{"10/2024 10/11/2024", "11/2024 10/12/2024", "12/2024 10/01/2025"});
}

TEST_CASE("monthly reports on the last day: end of month and leap-year February", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 1, 15));
  test::the_task(m).report = test::report(Frequency::month);
  const auto s = schedule::expand(m, d(2024, 3, 31), 0);
  CHECK(periods(s) == std::vector<std::string>{"01/2024 31/01/2024", "02/2024 29/02/2024", "03/2024 31/03/2024",
                                               "04/2024 30/04/2024"});
}

TEST_CASE("day 31 is clamped to the end of shorter months (30/06, 29/02)", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 1, 1));
  test::the_task(m).report = test::report(Frequency::month, 31);
  const auto s = schedule::expand(m, d(2024, 2, 1), 0);
  CHECK(periods(s) == std::vector<std::string>{"01/2024 31/01/2024", "02/2024 29/02/2024"});
  test::the_task(m).report = test::report(Frequency::quarter, 31);
  CHECK(periods(schedule::expand(m, d(2024, 4, 1), 0)) ==
        std::vector<std::string>{"Q1/2024 31/03/2024", "Q2/2024 30/06/2024"});
}

TEST_CASE("quarter, half-year and year boundaries", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 7, 11));
  test::the_task(m).report = test::report(Frequency::quarter);
  CHECK(periods(schedule::expand(m, d(2024, 12, 31), 0)) ==
        std::vector<std::string>{"Q3/2024 30/09/2024", "Q4/2024 31/12/2024", "Q1/2025 31/03/2025"});
  test::the_task(m).report = test::report(Frequency::half_year);
  CHECK(periods(schedule::expand(m, d(2024, 7, 11), 0)) == std::vector<std::string>{"H2/2024 31/12/2024"});
  test::the_task(m).report = test::report(Frequency::year);
  CHECK(periods(schedule::expand(m, d(2025, 1, 1), 0)) ==
        std::vector<std::string>{"2024 31/12/2024", "2025 31/12/2025"});
}

TEST_CASE("until: periods beginning after it are not owed, not even the next one", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 10, 15));
  auto rule = test::report(Frequency::month, 25);
  rule.until = d(2024, 12, 31);
  test::the_task(m).report = rule;
  CHECK(periods(schedule::expand(m, d(2025, 6, 1), 7)) ==
        std::vector<std::string>{"10/2024 25/10/2024", "11/2024 25/11/2024", "12/2024 25/12/2024"});
}

TEST_CASE("the look-ahead window extends the periods listed", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 7, 11));
  test::the_task(m).report = test::report(Frequency::quarter);
  CHECK(schedule::expand(m, d(2024, 9, 20), 7).obligations.size() == 1);    // Q3 is the next one
  CHECK(schedule::expand(m, d(2024, 9, 20), 10).obligations.size() == 2);   // Q3, then Q4 next
  CHECK(schedule::expand(m, d(2024, 9, 20), 120).obligations.size() == 3);  // Q3, Q4, then Q1/2025
}

TEST_CASE("a per-unit body expands to ID@UNIT for every unit", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 7, 11), true);
  test::the_task(m).due = model::Deadline{"trong tháng 7/2024", d(2024, 7, 31), {}, std::nullopt, false};
  const auto s = schedule::expand(m, d(2024, 7, 20), 7);
  REQUIRE(s.obligations.size() == 2);
  CHECK(schedule::body_id(m, s.obligations[0]) == "bcd-xa@tan-lap");
  CHECK(schedule::body_id(m, s.obligations[1]) == "bcd-xa@dak-rve");
  CHECK(schedule::body_label(m, s.obligations[1]) == "BCĐ Cuộc vận động xã (Thị trấn Đăk Rve)");
  CHECK(s.obligations[0].kind == schedule::Kind::one_off);
  CHECK(s.obligations[0].due == d(2024, 7, 31));
}

TEST_CASE("a task with neither due nor report is ongoing, unknown bodies are skipped", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 7, 11));
  test::the_task(m).responsible.push_back("no-such-body");
  const auto s = schedule::expand(m, d(2024, 7, 20), 7);
  REQUIRE(s.obligations.size() == 1);
  CHECK(s.obligations[0].kind == schedule::Kind::ongoing);
  CHECK(sizeof(schedule::Obligation) <= 48);
}

TEST_CASE("A task owing more than Limits::per_task stops the expansion with what it owes", "[schedule][limits]") {
  model::Model m = test::one_task_model(d(2024, 7, 11), true);  // bcd-xa: 2 units
  test::the_task(m).report = test::report(Frequency::month);
  test::the_task(m).report->from = d(1900, 1, 1);
  const auto s = schedule::expand(m, d(2024, 7, 20), 7, {1000, 2'000'000});
  REQUIRE(s.overflow);
  CHECK(s.obligations.empty());
  CHECK(s.overflow->per_task);
  CHECK(s.overflow->task == 0);
  CHECK(s.overflow->bodies == 2);
  CHECK(s.overflow->periods == 1495);  // 01/1900 .. 06/2024, and 07/2024, the first due after the horizon
  CHECK(s.overflow->owed == 2 * 1495);
  CHECK(s.overflow->first.label() == "01/1900");
  CHECK(s.overflow->last.label() == "07/2024");
  // Within the cap, the same task expands as before.
  const auto within = schedule::expand(m, d(2024, 7, 20), 7, {2 * 1495, 2'000'000});
  CHECK_FALSE(within.overflow);
  CHECK(within.obligations.size() == 2 * 1495);
}

TEST_CASE("Tasks that together owe more than Limits::per_run stop the expansion at the one that passes it",
          "[schedule][limits]") {
  model::Model m = test::one_task_model(d(2024, 7, 11), true);
  model::Task second = test::the_task(m);
  second.id = "1.2";
  m.documents[0].directives[0].tasks.push_back(second);  // ongoing tasks of 2 units each: 2 + 2
  const auto s = schedule::expand(m, d(2024, 7, 20), 7, {100, 3});
  REQUIRE(s.overflow);
  CHECK_FALSE(s.overflow->per_task);
  CHECK(s.overflow->task == 1);
  CHECK(s.overflow->before == 2);
  CHECK(s.overflow->owed == 2);
  CHECK(s.overflow->periods == 0);
}

TEST_CASE("planned, event and extended deadlines: one obligation each, of its kind", "[schedule]") {
  model::Model m = test::one_task_model(d(2025, 1, 2));
  m.deadline_rule = model::DeadlineRule::next_working_day;
  model::Task& task = test::the_task(m);
  const calendar::DeadlineResult planned = calendar::parse_deadline("dự kiến tháng 7/2025");
  task.due = model::Deadline{"dự kiến tháng 7/2025", planned.due, {}, {}, false, {}, planned.nature, {}, {}};
  auto one = [&]() {
    const auto s = schedule::expand(m, d(2025, 6, 1), 7);
    REQUIRE(s.obligations.size() == 1);
    return s.obligations[0];
  };
  CHECK(one().kind == schedule::Kind::planned);
  CHECK(one().due == d(2025, 7, 31));
  task.extended_to = d(2025, 8, 30);  // a Saturday: gia hạn keeps the kind, the rule moves the date
  CHECK(one().kind == schedule::Kind::planned);
  CHECK(one().written() == d(2025, 8, 30));
  CHECK(one().due == d(2025, 9, 3));  // 31/8 Sunday, 1-2/9 Quốc khánh
  task.due.reset();
  task.extended_to.reset();
  task.on = model::Deadline{"ngày 30/8/2025", d(2025, 8, 30), {}, {}, false, {}, {}, {}, {}};
  CHECK(one().kind == schedule::Kind::event);
  CHECK(one().due == d(2025, 8, 30));  // the day it takes place: never moved
}
