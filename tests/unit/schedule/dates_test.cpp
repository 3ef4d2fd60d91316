// Tests of campaign/schedule/dates.hpp: due dates on days off, moved by Bộ luật Dân sự 2015
// Điều 148 khoản 5 when the document asks (`deadline_rule: next-working-day`), across Tết, 30/4-1/5
// and 2/9 with the decisions of 2024-2026; counts of working days with those decisions.
#include "campaign/schedule/dates.hpp"

#include <catch2/catch.hpp>

#include "../calendar/decisions_2024_2026.hpp"
#include "campaign/calendar/deadline.hpp"
#include "fixture.hpp"

using namespace campaign;
using schedule::OffReason;
using test::d;

namespace {

// The one-task model with the 2024-2026 decisions and `rule`.
model::Model model_with(model::DeadlineRule rule) {
  model::Model m = test::one_task_model(d(2024, 1, 2));
  for (const calendar::YearDecisions& year : calendar::test::decisions_2024_2026()) m.calendar.push_back({year, {}});
  m.deadline_rule = rule;
  return m;
}

model::Deadline deadline(const std::string& phrase, std::optional<calendar::Date> issued = std::nullopt) {
  const calendar::DeadlineResult r = calendar::parse_deadline(phrase, issued);
  REQUIRE(r.due);
  return model::Deadline{phrase, r.due, {}, r.working_days, r.lunar};
}

// "DD/MM/YYYY" of the due date of `phrase`, and of the date written when it moved: "a -> b".
std::string due(const model::Model& m, const std::string& phrase) {
  const std::optional<schedule::Due> found =
      schedule::due_date(deadline(phrase), schedule::due_rule(m, m.documents[0]));
  REQUIRE(found);
  if (!found->shifted()) return calendar::format_vn(found->due);
  return calendar::format_vn(found->written) + " -> " + calendar::format_vn(found->due);
}

}  // namespace

TEST_CASE("Điều 148 khoản 5: a due date on a day off moves to the next working day", "[schedule][dates]") {
  const model::Model m = model_with(model::DeadlineRule::next_working_day);
  // Tết Giáp Thìn: off 08-14/02/2024.
  CHECK(due(m, "10/02/2024") == "10/02/2024 -> 15/02/2024");
  CHECK(due(m, "trước Tết Giáp Thìn 2024") == "09/02/2024 -> 15/02/2024");
  // Tết Ất Tỵ: off 25/01-02/02/2025.
  CHECK(due(m, "mùng 1 Tết 2025") == "29/01/2025 -> 03/02/2025");
  // 30/4-1/5: 2024 with the swap of 29/04; 2025 with the swap of 02/05.
  CHECK(due(m, "27/04/2024") == "27/04/2024 -> 02/05/2024");
  CHECK(due(m, "trong tháng 4/2025") == "30/04/2025 -> 05/05/2025");
  CHECK(due(m, "trước ngày 01/5/2025") == "30/04/2025 -> 05/05/2025");
  // 2/9: 2025 (1-2/9 off), 2026 (31/08 swapped, 1-2/9 off).
  CHECK(due(m, "02/09/2025") == "02/09/2025 -> 03/09/2025");
  CHECK(due(m, "tháng 8/2025") == "31/08/2025 -> 03/09/2025");
  CHECK(due(m, "29/08/2026") == "29/08/2026 -> 03/09/2026");
  // A working day stays; a make-up Saturday (làm bù) is a working day.
  CHECK(due(m, "15/07/2025") == "15/07/2025");
  CHECK(due(m, "26/04/2025") == "26/04/2025");
}

TEST_CASE("without the rule a due date stays, and says why it is a day off", "[schedule][dates]") {
  const model::Model m = model_with(model::DeadlineRule::as_written);
  const schedule::DueRule rule = schedule::due_rule(m, m.documents[0]);
  CHECK_FALSE(rule.next_working_day);
  const auto holiday = schedule::due_date(deadline("30/04/2025"), rule);
  REQUIRE(holiday);
  CHECK(holiday->due == d(2025, 4, 30));
  CHECK(holiday->off == OffReason::holiday);
  CHECK(schedule::due_date(deadline("02/05/2025"), rule)->off == OffReason::swapped);
  CHECK(schedule::due_date(deadline("03/09/2024"), rule)->off == OffReason::holiday);
  CHECK(schedule::due_date(deadline("13/02/2024"), rule)->off == OffReason::in_lieu);
  CHECK(schedule::due_date(deadline("31/08/2024"), rule)->off == OffReason::weekend);
  CHECK(schedule::due_date(deadline("15/07/2025"), rule)->off == OffReason::none);
}

TEST_CASE("a document's own deadline_rule overrides the run's", "[schedule][dates]") {
  model::Model m = model_with(model::DeadlineRule::next_working_day);
  m.documents[0].deadline_rule = model::DeadlineRule::as_written;
  CHECK(due(m, "30/04/2025") == "30/04/2025");
  m.deadline_rule.reset();
  m.documents[0].deadline_rule = model::DeadlineRule::next_working_day;
  CHECK(due(m, "30/04/2025") == "30/04/2025 -> 05/05/2025");
}

TEST_CASE("working days count with the year's decisions (làm bù, swapped days)", "[schedule][dates]") {
  const model::Model m = model_with(model::DeadlineRule::as_written);
  // 2025: Sat 26/04 is worked, 30/04-02/05 are off: 26/04, 28/04, 29/04.
  CHECK(due(m, "03 ngày làm việc kể từ ngày 25/04/2025") == "29/04/2025");
  // By the law alone (no decisions) the same phrase ends on 02/05/2025.
  CHECK(calendar::format_vn(*calendar::parse_deadline("03 ngày làm việc kể từ ngày 25/04/2025").due) == "02/05/2025");
  CHECK(due(m, "trong vòng 05 ngày làm việc kể từ ngày 11/07/2024") == "18/07/2024");
  // sau Tết 2026: off 14/02-22/02: Monday 23/02/2026.
  CHECK(due(m, "sau Tết 2026") == "23/02/2026");
}

TEST_CASE("report due days move too", "[schedule][dates]") {
  const model::Model m = model_with(model::DeadlineRule::next_working_day);
  const schedule::DueRule rule = schedule::due_rule(m, m.documents[0]);
  const model::ReportRule monthly = test::report(calendar::Frequency::month);
  const schedule::Due april = schedule::due_date(monthly, {calendar::Frequency::month, 2025, 4}, rule);
  CHECK(april.written == d(2025, 4, 30));
  CHECK(april.due == d(2025, 5, 5));
  const schedule::Due july = schedule::due_date(monthly, {calendar::Frequency::month, 2025, 7}, rule);
  CHECK_FALSE(july.shifted());
}

TEST_CASE("a deadline tied to an event is due on the event's date once recorded, under the rule", "[schedule][dates]") {
  model::Model m = model_with(model::DeadlineRule::next_working_day);
  const schedule::DueRule rule = schedule::due_rule(m, m.documents[0]);
  const calendar::DeadlineResult r = calendar::parse_deadline("ngay sau đại hội");
  REQUIRE_FALSE(r.due);
  CHECK(r.error.empty());
  CHECK(r.nature == calendar::DeadlineNature::tied);
  model::Deadline tied{"ngay sau đại hội", std::nullopt, {}, {}, false, std::nullopt, r.nature, "dai-hoi", {}};
  CHECK_FALSE(schedule::due_date(m, tied, rule));  // no events: no date, none guessed
  m.events.push_back({"dai-hoi", "Đại hội", std::nullopt, {}});
  CHECK_FALSE(schedule::due_date(m, tied, rule));  // listed, not dated yet
  m.events.push_back({"dai-hoi", "Đại hội", d(2025, 4, 30), {}});
  const std::optional<schedule::Due> due = schedule::due_date(m, tied, rule);
  REQUIRE(due);
  CHECK(due->written == d(2025, 4, 30));
  CHECK(due->due == d(2025, 5, 5));  // 30/4-1/5 and the swapped 02/05/2025: moved as any due date
  CHECK(due->off == OffReason::holiday);
  CHECK_FALSE(schedule::due_date(tied, rule));  // without the model no event can date it
}

TEST_CASE("windows and planned dates resolve through the same rule", "[schedule][dates]") {
  const model::Model m = model_with(model::DeadlineRule::next_working_day);
  CHECK(due(m, "Từ ngày 20/4/2025 đến hết ngày 30/4/2025") == "30/04/2025 -> 05/05/2025");
  CHECK(due(m, "dự kiến cuối tháng 4/2025") == "30/04/2025 -> 05/05/2025");
  const calendar::DeadlineResult window = calendar::parse_deadline("Từ ngày 20/4/2025 đến hết ngày 30/4/2025");
  CHECK(window.start == d(2025, 4, 20));
  CHECK(calendar::parse_deadline("dự kiến tháng 4/2025").nature == calendar::DeadlineNature::planned);
  // Main's phrases keep reading: counted days and lunar dates are not taken for event-tied ones.
  CHECK(calendar::parse_deadline("trong vòng 05 ngày làm việc kể từ ngày 11/07/2024").nature ==
        calendar::DeadlineNature::due);
  CHECK(calendar::parse_deadline("sau Tết 2025").due == d(2025, 2, 3));
}

TEST_CASE("a phrase counting from an issue date not given says so (a draft's deadline)", "[schedule][dates]") {
  const calendar::DeadlineResult signed_on = calendar::parse_deadline("15 ngày kể từ ngày ký");
  CHECK_FALSE(signed_on.due);
  CHECK(signed_on.needs_issue_date);
  CHECK(calendar::parse_deadline("sau Tết").needs_issue_date);
  CHECK_FALSE(calendar::parse_deadline("31/02/2024").needs_issue_date);  // wrong whatever the date
  CHECK_FALSE(calendar::parse_deadline("15 ngày kể từ ngày ký", d(2024, 7, 11)).needs_issue_date);
  CHECK(calendar::parse_deadline("15 ngày kể từ ngày ký", d(2024, 7, 11)).due == d(2024, 7, 26));
}
