// One Recurrence gives both the due dates and the RRULE: expanded by libical, the RRULE must
// give exactly the due dates, for every frequency and due-day rule (RFC 5545 §3.3.10).
#include "campaign/calendar/recurrence.hpp"

#include <libical/ical.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace campaign::calendar;

namespace {

// The first `n` dates of `rule` starting on `start`, as libical expands them.
std::vector<Date> expand(const std::string& rule, const Date& start, int n) {
  icalrecurrencetype recur = icalrecurrencetype_from_string(rule.c_str());
  // A DATE value as a calendar file gives it (VALUE=DATE:YYYYMMDD).
  const std::string text = std::to_string(start.year * 10000 + start.month * 100 + start.day);
  const icaltimetype dtstart = icaltime_from_string(text.c_str());
  icalrecur_iterator* it = icalrecur_iterator_new(recur, dtstart);
  REQUIRE(it != nullptr);
  std::vector<Date> out;
  for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t) && static_cast<int>(out.size()) < n;
       t = icalrecur_iterator_next(it))
    out.push_back(Date{t.year, t.month, t.day});
  icalrecur_iterator_free(it);
  return out;
}

}  // namespace

TEST_CASE("The RRULE of a recurrence expands to exactly its due dates", "[calendar][recurrence]") {
  for (const Frequency every : {Frequency::month, Frequency::quarter, Frequency::half_year, Frequency::year}) {
    for (const std::optional<int> day : {std::optional<int>{}, std::optional<int>{5}, std::optional<int>{28},
                                         std::optional<int>{29}, std::optional<int>{30}, std::optional<int>{31}}) {
      for (const DueMonth month : {DueMonth::last, DueMonth::next}) {
        const Recurrence r{every, day, month};
        Period p = period_containing(every, Date{2023, 11, 15});
        std::vector<Date> due;
        for (int i = 0; i < 24; ++i, p = p.next()) due.push_back(r.due(p));
        INFO(r.rrule(std::nullopt));
        CHECK(expand(r.rrule(std::nullopt), due.front(), 24) == due);
      }
    }
  }
}

TEST_CASE("A recurrence's UNTIL is the due date of the last period begun by the end date", "[calendar][recurrence]") {
  const Recurrence monthly{Frequency::month, 25, DueMonth::last};
  const Period october{Frequency::month, 2024, 10};
  CHECK(monthly.last_due(october, Date{2024, 12, 31}) == Date{2024, 12, 25});
  CHECK(monthly.last_due(october, Date{2024, 12, 1}) == Date{2024, 12, 25});
  CHECK(monthly.last_due(october, Date{2024, 11, 30}) == Date{2024, 11, 25});
  CHECK(monthly.rrule(Date{2024, 12, 25}) == "FREQ=MONTHLY;INTERVAL=1;UNTIL=20241225;BYMONTHDAY=25");
  const auto dates = expand(monthly.rrule(Date{2024, 12, 25}), Date{2024, 10, 25}, 10);
  CHECK(dates == std::vector<Date>{{2024, 10, 25}, {2024, 11, 25}, {2024, 12, 25}});
}
