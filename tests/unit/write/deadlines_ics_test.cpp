// The .ics output parsed back with libical: DTSTART dates, VALUE=DATE, RRULEs, line folding, undated
// tasks as to-dos, the parts --lenient skipped, SUMMARY from the task's label, alarms (VALARM) and
// what becomes of finished one-off tasks.
#include "campaign/write/deadlines_ics.hpp"

#include <libical/ical.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "../schedule/fixture.hpp"
#include "campaign/schedule/report.hpp"
#include "campaign/text/unicode.hpp"
#include "deadlines_fixture.hpp"

using namespace campaign;
using calendar::DueMonth;
using calendar::Frequency;
using test::d;

namespace {

struct Event {
  std::string summary, dtstart, rrule, description, status;
  bool is_date = false;
  int alarms = 0;
  std::string alarm_action, alarm_trigger, alarm_description;  // of the first VALARM
};

// The first VALARM of `e`: its ACTION, TRIGGER (as written) and DESCRIPTION, and how many there are.
void read_alarms(icalcomponent* e, Event& ev) {
  ev.alarms = icalcomponent_count_components(e, ICAL_VALARM_COMPONENT);
  icalcomponent* alarm = icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT);
  if (!alarm) return;
  if (icalproperty* p = icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY))
    ev.alarm_action = icalproperty_get_value_as_string(p);
  if (icalproperty* p = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY))
    ev.alarm_trigger = icalproperty_get_value_as_string(p);
  if (icalproperty* p = icalcomponent_get_first_property(alarm, ICAL_DESCRIPTION_PROPERTY))
    ev.alarm_description = icalproperty_get_description(p);
}

// Writes the .ics of `m` as of `as_of` and parses it back with libical.
std::vector<Event> round_trip(const model::Model& m, const calendar::Date& as_of, std::string* text = nullptr,
                              const write::IcsOptions& ics = {}) {
  schedule::ReportOptions options{as_of, 7, {}};
  options.filter.statuses.fill(true);
  const schedule::Report report = schedule::build_report(m, options);
  write::DeadlinesView view;
  view.model = &m;
  view.report = &report;
  std::ostringstream out;
  write::write_deadlines_ics(out, view, ics);
  if (text) *text = out.str();
  icalcomponent* cal = icalparser_parse_string(out.str().c_str());
  REQUIRE(cal != nullptr);
  std::vector<Event> events;
  for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    Event ev;
    ev.summary = icalcomponent_get_summary(e);
    ev.description = icalcomponent_get_description(e);
    if (icalcomponent_get_first_property(e, ICAL_STATUS_PROPERTY))
      ev.status = icalproperty_status_to_string(icalcomponent_get_status(e));
    read_alarms(e, ev);
    const icaltimetype start = icalcomponent_get_dtstart(e);
    ev.dtstart = icaltime_as_ical_string(start);
    ev.is_date = start.is_date == 1;
    if (icalproperty* rrule = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY)) {
      icalrecurrencetype recur = icalproperty_get_rrule(rrule);
      ev.rrule = icalrecurrencetype_as_string(&recur);
    }
    events.push_back(ev);
  }
  icalcomponent_free(cal);
  return events;
}

}  // namespace

TEST_CASE("ics: quarterly report due on the last day repeats with BYMONTHDAY=-1", "[ics]") {
  model::Model m = test::one_task_model(d(2024, 7, 11));
  test::the_task(m).report = test::report(Frequency::quarter);
  const auto events = round_trip(m, d(2024, 10, 5));
  REQUIRE(events.size() == 1);
  CHECK(events[0].dtstart == "20240930");
  CHECK(events[0].is_date);
  CHECK(events[0].rrule == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1");
}

TEST_CASE("ics: day 5 of the next month, one recurring event per unit of a per-unit body", "[ics]") {
  model::Model m = test::one_task_model(d(2024, 7, 11), true);
  test::the_task(m).report = test::report(Frequency::quarter, 5, DueMonth::next);
  const auto events = round_trip(m, d(2025, 1, 6));
  REQUIRE(events.size() == 2);
  for (const auto& e : events) {
    CHECK(e.dtstart == "20241005");
    CHECK(e.rrule == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=5");
  }
  CHECK(events[0].summary.find("Xã Tân Lập") != std::string::npos);
  CHECK(events[1].summary.find("Thị trấn Đăk Rve") != std::string::npos);
}

TEST_CASE("ics: day 30 clamps in February via BYSETPOS, until gives UNTIL", "[ics]") {
  model::Model m = test::one_task_model(d(2024, 1, 1));
  auto rule = test::report(Frequency::month, 30);
  rule.until = d(2024, 12, 31);
  test::the_task(m).report = rule;
  const auto events = round_trip(m, d(2024, 1, 2));
  REQUIRE(events.size() == 1);
  CHECK(events[0].dtstart == "20240130");
  CHECK(events[0].rrule == "FREQ=MONTHLY;UNTIL=20241230;BYMONTHDAY=28,29,30;BYSETPOS=-1");
  // The rule expands to 29/02/2024 in the leap year.
  icalrecur_iterator* it =
      icalrecur_iterator_new(icalrecurrencetype_from_string(events[0].rrule.c_str()), icaltime_from_string("20240130"));
  icalrecur_iterator_next(it);
  CHECK(std::string(icaltime_as_ical_string(icalrecur_iterator_next(it))) == "20240229");
  icalrecur_iterator_free(it);
}

TEST_CASE("ics: a one-off deadline is one all-day event, yearly reports, folding keeps UTF-8 whole", "[ics]") {
  model::Model m = test::one_task_model(d(2024, 7, 11), true);
  test::the_task(m).due = model::Deadline{"trong tháng 7/2024", d(2024, 7, 31), {}, std::nullopt, false};
  test::the_task(m).text =
      "Khẩn trương phối hợp với các cơ quan, đơn vị liên quan tham mưu tổ chức tham quan "
      "mô hình (hoàn thành trong tháng 7/2024). Đăk Tôre, Đăk Tô Lung, Đăk Kôi, Đăk Pnê";
  std::string text;
  const auto events = round_trip(m, d(2024, 7, 20), &text);
  REQUIRE(events.size() == 1);
  CHECK(events[0].dtstart == "20240731");
  CHECK(events[0].is_date);
  CHECK(events[0].rrule.empty());
  CHECK(text.find("DTSTART;VALUE=DATE:20240731\r\n") != std::string::npos);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    CHECK(line.size() <= 76);  // 75 octets and the CR
    CHECK_FALSE(line.empty());
    const auto first = static_cast<unsigned char>(line[line[0] == ' ' ? 1 : 0]);
    CHECK((first & 0xC0) != 0x80);  // no line starts inside a UTF-8 sequence
  }
  CHECK(test::report(Frequency::year).recurrence().rrule(std::nullopt) == "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=-1");
  CHECK(write::stable_uid("127-TB/BCĐ#3.1") == write::stable_uid("127-TB/BCĐ#3.1"));
}

// The model of deadlines_fixture.hpp: three one-off events, one recurring event per unit's
// body, an undated task as a to-do without DUE, and what --lenient skipped as X- properties.

TEST_CASE("ics: an undated task is a VTODO without DUE, skipped parts are X-CAMPAIGN-SKIPPED", "[ics]") {
  write::test::Deadlines dl(write::test::skipped());
  std::ostringstream out;
  write::write_deadlines_ics(out, dl.view);
  icalcomponent* cal = icalparser_parse_string(out.str().c_str());
  REQUIRE(cal != nullptr);
  CHECK(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT) == 5);  // 1.3, 1.4; 1.2 × 3 units (1.1: done)
  REQUIRE(icalcomponent_count_components(cal, ICAL_VTODO_COMPONENT) == 1);
  icalcomponent* todo = icalcomponent_get_first_component(cal, ICAL_VTODO_COMPONENT);
  CHECK(std::string(icalcomponent_get_summary(todo)) ==
        "Chưa xác định được hạn: Tổ chức hội nghị (04-TB/BCĐ#1.5) – UBND huyện");
  CHECK(std::string(icalcomponent_get_uid(todo)) == write::stable_uid("04-TB/BCĐ#1.5#undated"));
  CHECK(icalcomponent_get_first_property(todo, ICAL_DUE_PROPERTY) == nullptr);
  CHECK(icalcomponent_get_first_property(todo, ICAL_DTSTART_PROPERTY) == nullptr);
  CHECK(std::string(icaltime_as_ical_string(icalcomponent_get_dtstamp(todo))) == "20241005T000000Z");
  CHECK(std::string(icalcomponent_get_description(todo)) ==
        "Tổ chức hội nghị\n\nNhiệm vụ: 04-TB/BCĐ#1.5\nCơ quan, đơn vị thực hiện: UBND huyện\nThời hạn: khi có chỉ đạo");
  std::vector<std::string> skipped;
  for (icalproperty* p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY); p;
       p = icalcomponent_get_next_property(cal, ICAL_X_PROPERTY)) {
    CHECK(std::string(icalproperty_get_x_name(p)) == "X-CAMPAIGN-SKIPPED");
    skipped.emplace_back(icalproperty_get_x(p));
  }
  CHECK(skipped == std::vector<std::string>{
                       "a.yaml:40: task 04-TB/BCĐ#2.1: left out (responsible body 'x' is not a body [E013])",
                       "a.yaml:31: deadline of task 04-TB/BCĐ#1.5: listed without a date (cannot read the deadline "
                       "[E010])"});
  icalcomponent_free(cal);
}

TEST_CASE("ics: a one-off event names its bodies, a report's event its body, done one-offs left out", "[ics]") {
  write::test::Deadlines dl;
  std::ostringstream out;
  write::write_deadlines_ics(out, dl.view);
  CHECK(out.str().find("X-CAMPAIGN-SKIPPED") == std::string::npos);
  icalcomponent* cal = icalparser_parse_string(out.str().c_str());
  REQUIRE(cal != nullptr);
  std::vector<std::string> summaries;
  for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
    summaries.emplace_back(icalcomponent_get_summary(e));
  // 1.1, done on 25/07/2024, has no event.
  CHECK(summaries ==
        std::vector<std::string>{
            "Hạn: Gửi danh sách (04-TB/BCĐ#1.3) – UBND huyện",
            "Hạn: Tổng hợp | báo cáo (04-TB/BCĐ#1.4) – Ủy ban MTTQ Việt Nam huyện",
            "Báo cáo hàng quý: Báo cáo định kỳ hàng quý (04-TB/BCĐ#1.2) – BCĐ Cuộc vận động xã (Xã Tân Lập)",
            "Báo cáo hàng quý: Báo cáo định kỳ hàng quý (04-TB/BCĐ#1.2) – BCĐ Cuộc vận động xã (Thị trấn Đăk Rve)",
            "Báo cáo hàng quý: Báo cáo định kỳ hàng quý (04-TB/BCĐ#1.2) – BCĐ Cuộc vận động xã (Xã Đăk Kôi)"});
  CHECK(out.str().find("VALARM") == std::string::npos);  // no alarm unless asked for
  icalcomponent* report = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
  for (int i = 0; i < 2; ++i) report = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT);
  CHECK(std::string(icalcomponent_get_description(report)) ==
        "Báo cáo định kỳ hàng quý\n\nNhiệm vụ: 04-TB/BCĐ#1.2\nCơ quan, đơn vị thực hiện: BCĐ Cuộc vận động xã (Xã Tân "
        "Lập)\nGửi qua: Ủy ban MTTQ Việt Nam huyện");
  CHECK(std::string(icalcomponent_get_uid(report)) == write::stable_uid("04-TB/BCĐ#1.2#bcd-xa@tan-lap"));
  CHECK(std::string(icaltime_as_ical_string(icalcomponent_get_dtstart(report))) == "20240930");  // Q3, the first owed
  icalcomponent_free(cal);
  CHECK(write::stable_uid("") == "cbf29ce484222325@campaign");  // FNV-1a 64 offset basis
  CHECK(write::stable_uid("a") == "af63dc4c8601ec8c@campaign");
}

TEST_CASE("ics: a skipped part's message with commas, semicolons, backslashes and a newline reads back unchanged",
          "[ics]") {
  auto skipped = write::test::skipped();
  skipped[0].message = "body 'x, y' is unknown; did you mean 'z'? a\\b\nc";
  write::test::Deadlines dl({skipped[0]});
  std::ostringstream out;
  write::write_deadlines_ics(out, dl.view);
  CHECK(out.str().find("a\\\\b\\nc") != std::string::npos);  // escaped as RFC 5545 TEXT
  icalcomponent* cal = icalparser_parse_string(out.str().c_str());
  REQUIRE(cal != nullptr);
  icalproperty* p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY);
  REQUIRE(p != nullptr);
  CHECK(std::string(icalproperty_get_x(p)) ==
        "a.yaml:40: task 04-TB/BCĐ#2.1: left out (body 'x, y' is unknown; did you mean 'z'? a\\b\nc [E013])");
  icalcomponent_free(cal);
}

TEST_CASE("ics: with deadline_rule next-working-day, moved dates and no RRULE that would disagree", "[ics]") {
  model::Model m = test::one_task_model(d(2025, 3, 1));
  m.deadline_rule = model::DeadlineRule::next_working_day;
  test::the_task(m).report = test::report(Frequency::month);
  model::Task one_off = test::the_task(m);
  one_off.id = "1.2";
  one_off.report.reset();
  one_off.due = model::Deadline{"30/04/2025", d(2025, 4, 30), {}, std::nullopt, false};
  m.documents[0].directives[0].tasks.push_back(one_off);
  const auto events = round_trip(m, d(2025, 4, 20));
  std::vector<std::string> starts;
  for (const auto& e : events) {
    CAPTURE(e.summary);
    CHECK(e.rrule.empty());  // single events: an RRULE would give 30/04 and 31/08 again
    starts.push_back(e.dtstart);
  }
  // 30/04/2025 (the one-off and April's report) falls due Friday 02/05/2025 by the law alone
  // (30/4 and 1/5 off; no decision swaps 02/05 here); March's report stays on 31/03.
  CHECK(std::count(starts.begin(), starts.end(), "20250502") == 2);
  CHECK(std::count(starts.begin(), starts.end(), "20250331") == 1);
  CHECK(std::count(starts.begin(), starts.end(), "20250430") == 0);
}

TEST_CASE("ics: without the rule a report keeps its RRULE and a holiday due date stays", "[ics]") {
  model::Model m = test::one_task_model(d(2025, 3, 1));
  test::the_task(m).report = test::report(Frequency::month);
  model::Task one_off = test::the_task(m);
  one_off.id = "1.2";
  one_off.report.reset();
  one_off.due = model::Deadline{"30/04/2025", d(2025, 4, 30), {}, std::nullopt, false};
  m.documents[0].directives[0].tasks.push_back(one_off);
  const auto events = round_trip(m, d(2025, 4, 20));
  REQUIRE(events.size() == 2);
  CHECK(events[0].dtstart == "20250430");  // the one-off, on the holiday as written
  CHECK(events[0].rrule.empty());
  CHECK(events[1].dtstart == "20250331");  // the report, from March
  CHECK(events[1].rrule == "FREQ=MONTHLY;BYMONTHDAY=-1");
}

TEST_CASE("ics: --remind-days puts a display alarm N days before every event still owed", "[ics]") {
  write::test::Deadlines dl;
  std::ostringstream out;
  write::write_deadlines_ics(out, dl.view, {3, false});
  CHECK(out.str().find("\r\nTRIGGER:-P3D\r\n") != std::string::npos);  // RFC 5545 §3.8.6.3, as written
  icalcomponent* cal = icalparser_parse_string(out.str().c_str());
  REQUIRE(cal != nullptr);
  int events = 0;
  for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), ++events) {
    CAPTURE(icalcomponent_get_summary(e));
    REQUIRE(icalcomponent_count_components(e, ICAL_VALARM_COMPONENT) == 1);
    icalcomponent* alarm = icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT);
    CHECK(icalproperty_get_action(icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY)) ==
          ICAL_ACTION_DISPLAY);
    const icaltriggertype trigger =
        icalproperty_get_trigger(icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY));
    CHECK(icaltime_is_null_time(trigger.time));  // relative, not an absolute date-time
    CHECK(trigger.duration.is_neg == 1);
    CHECK(icaldurationtype_as_int(trigger.duration) == -3 * 24 * 3600);
    icalproperty* related = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
    CHECK(icalproperty_get_first_parameter(related, ICAL_RELATED_PARAMETER) == nullptr);  // default: START
    CHECK(std::string(icalcomponent_get_description(alarm)) ==
          std::string("Còn 3 ngày – ") + icalcomponent_get_summary(e));
  }
  CHECK(events == 5);
  // A to-do without a date has nothing to be relative to: no alarm.
  icalcomponent* todo = icalcomponent_get_first_component(cal, ICAL_VTODO_COMPONENT);
  REQUIRE(todo != nullptr);
  CHECK(icalcomponent_count_components(todo, ICAL_VALARM_COMPONENT) == 0);
  icalcomponent_free(cal);
}

TEST_CASE("ics: an alarm on a report's single events when dates move (next-working-day)", "[ics]") {
  model::Model m = test::one_task_model(d(2025, 3, 1));
  m.deadline_rule = model::DeadlineRule::next_working_day;
  test::the_task(m).report = test::report(Frequency::month);
  const auto events = round_trip(m, d(2025, 4, 20), nullptr, {7, false});
  REQUIRE(events.size() >= 2);
  for (const auto& e : events) {
    CHECK(e.alarms == 1);
    CHECK(e.alarm_action == "DISPLAY");
    CHECK(e.alarm_trigger == "-P7D");
  }
}

TEST_CASE("ics: SUMMARY is the task's label and number, without a label, its first sentence cut", "[ics]") {
  model::Model m = test::one_task_model(d(2024, 7, 11));
  model::Task& task = test::the_task(m);
  task.due = model::Deadline{"31/07/2024", d(2024, 7, 31), {}, std::nullopt, false};
  task.text =
      "Khẩn trương phối hợp với các cơ quan, đơn vị liên quan tham mưu tổ chức tham quan mô hình điểm "
      "về khu dân cư văn minh. Báo cáo kết quả về Ban Chỉ đạo.";
  auto events = round_trip(m, d(2024, 7, 20));
  REQUIRE(events.size() == 1);
  const std::string cut = "Khẩn trương phối hợp với các cơ quan, đơn vị liên quan tham…";
  CHECK(write::summary_label(task) == cut);
  CHECK(text::display_width(cut) <= write::kSummaryLabelWidth);
  CHECK(events[0].summary == "Hạn: " + cut + " (04-TB/BCĐ#1.1) – UBND huyện");
  CHECK(events[0].description.rfind(task.text + "\n\nNhiệm vụ: 04-TB/BCĐ#1.1", 0) == 0);  // the whole text
  task.label = "Tham quan mô hình điểm";
  events = round_trip(m, d(2024, 7, 20));
  CHECK(events[0].summary == "Hạn: Tham quan mô hình điểm (04-TB/BCĐ#1.1) – UBND huyện");
  CHECK(events[0].description.rfind(task.text, 0) == 0);
  task.label.clear();
  task.text = "Tham quan mô hình. Báo cáo kết quả.";  // a short first sentence stays whole
  CHECK(write::summary_label(task) == "Tham quan mô hình.");
}

TEST_CASE("ics: a one-off task done by every body has no event, or with keep_finished one marked done", "[ics]") {
  write::test::Deadlines dl;
  const auto with = [&](const write::IcsOptions& ics) {
    std::ostringstream out;
    write::write_deadlines_ics(out, dl.view, ics);
    return out.str();
  };
  CHECK(with({}).find(write::stable_uid("04-TB/BCĐ#1.1")) == std::string::npos);
  const std::string text = with({2, true});
  icalcomponent* cal = icalparser_parse_string(text.c_str());
  REQUIRE(cal != nullptr);
  icalcomponent* done = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
  REQUIRE(done != nullptr);
  CHECK(std::string(icalcomponent_get_uid(done)) == write::stable_uid("04-TB/BCĐ#1.1"));  // the same event as before
  CHECK(std::string(icalcomponent_get_summary(done)) ==
        "Đã hoàn thành: Tham quan mô hình (04-TB/BCĐ#1.1) – UBND huyện");
  CHECK(std::string(icalcomponent_get_description(done)).find("\nUBND huyện: Đã hoàn thành 25/07/2024") !=
        std::string::npos);
  CHECK(icalcomponent_get_first_property(done, ICAL_STATUS_PROPERTY) == nullptr);  // no COMPLETED for a VEVENT
  CHECK(icalcomponent_count_components(done, ICAL_VALARM_COMPONENT) == 0);         // nothing left to remind of
  icalcomponent* next = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT);
  CHECK(icalcomponent_count_components(next, ICAL_VALARM_COMPONENT) == 1);  // 1.3, still owed
  icalcomponent_free(cal);
}

TEST_CASE("ics: a cancelled one-off task has no event, or with keep_finished STATUS:CANCELLED", "[ics]") {
  model::Model m = test::one_task_model(d(2024, 7, 1));
  test::the_task(m).due = model::Deadline{"31/12/2024", d(2024, 12, 31), {}, std::nullopt, false};
  test::the_task(m).cancelled = model::Cancellation{"05-TB/BCĐ", std::nullopt, "", {}};
  model::Document later;
  later.number = "05-TB/BCĐ";
  later.issued = d(2024, 9, 1);
  m.documents.push_back(later);
  CHECK(round_trip(m, d(2024, 10, 1)).empty());
  std::string text;
  const auto events = round_trip(m, d(2024, 10, 1), &text, {3, true});
  REQUIRE(events.size() == 1);
  CHECK(events[0].status == "CANCELLED");  // RFC 5545 §3.8.1.11: a calendar shows it struck out
  CHECK(text.find("\r\nSTATUS:CANCELLED\r\n") != std::string::npos);
  CHECK(events[0].summary == "Không còn thực hiện: Báo cáo (04-TB/BCĐ#1.1) – UBND huyện");
  CHECK(events[0].description.find("\nUBND huyện: Không còn thực hiện (bãi bỏ theo 05-TB/BCĐ)") != std::string::npos);
  CHECK(events[0].alarms == 0);
}
