// The .ics output parsed back with libical: DTSTART dates, VALUE=DATE, RRULEs, line folding.
#include <catch2/catch.hpp>
#include <libical/ical.h>

#include <sstream>

#include "../schedule/fixture.hpp"
#include "campaign/schedule/report.hpp"
#include "campaign/write/deadlines_ics.hpp"

using namespace campaign;
using calendar::DueMonth;
using calendar::Frequency;
using test::d;

namespace {

struct Event {
  std::string summary, dtstart, rrule;
  bool is_date = false;
};

// Writes the .ics of `m` as of `as_of` and parses it back with libical.
std::vector<Event> round_trip(const model::Model& m, const calendar::Date& as_of, std::string* text = nullptr) {
  schedule::ReportOptions options{as_of, 7, {}};
  options.filter.statuses.fill(true);
  const schedule::Report report = schedule::build_report(m, options);
  write::DeadlinesView view;
  view.model = &m;
  view.report = &report;
  std::ostringstream out;
  write::write_deadlines_ics(out, view);
  if (text) *text = out.str();
  icalcomponent* cal = icalparser_parse_string(out.str().c_str());
  REQUIRE(cal != nullptr);
  std::vector<Event> events;
  for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    Event ev;
    ev.summary = icalcomponent_get_summary(e);
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

TEST_CASE("ics: day 30 clamps in February via BYSETPOS; until gives UNTIL", "[ics]") {
  model::Model m = test::one_task_model(d(2024, 1, 1));
  auto rule = test::report(Frequency::month, 30);
  rule.until = d(2024, 12, 31);
  test::the_task(m).report = rule;
  const auto events = round_trip(m, d(2024, 1, 2));
  REQUIRE(events.size() == 1);
  CHECK(events[0].dtstart == "20240130");
  CHECK(events[0].rrule == "FREQ=MONTHLY;UNTIL=20241230;BYMONTHDAY=28,29,30;BYSETPOS=-1");
  // The rule expands to 29/02/2024 in the leap year.
  icalrecur_iterator* it = icalrecur_iterator_new(icalrecurrencetype_from_string(events[0].rrule.c_str()),
                                                  icaltime_from_string("20240130"));
  icalrecur_iterator_next(it);
  CHECK(std::string(icaltime_as_ical_string(icalrecur_iterator_next(it))) == "20240229");
  icalrecur_iterator_free(it);
}

TEST_CASE("ics: a one-off deadline is one all-day event; yearly reports; folding keeps UTF-8 whole", "[ics]") {
  model::Model m = test::one_task_model(d(2024, 7, 11), true);
  test::the_task(m).due = model::Deadline{"trong tháng 7/2024", d(2024, 7, 31), {}};
  test::the_task(m).text = "Khẩn trương phối hợp với các cơ quan, đơn vị liên quan tham mưu tổ chức tham quan "
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
