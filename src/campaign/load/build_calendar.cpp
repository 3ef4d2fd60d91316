// The `calendar:` section: each year's decisions on days off (see build.hpp, docs/calendar.md).

#include <fmt/format.h>

#include <set>

#include "campaign/calendar/holidays.hpp"
#include "campaign/calendar/lunar.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/load/build.hpp"

namespace campaign::load {
namespace {

using calendar::DayOffKind;
using calendar::DayOffStatus;

DayOffKind day_off_kind(std::string_view key) {
  if (key == "swapped") return DayOffKind::swapped;
  if (key == "local") return DayOffKind::local;
  return DayOffKind::holiday;
}

// The Tết and Quốc khánh days of `r` into `decisions`; false (reported) when they cannot be right.
bool read_fixed_days(const MapReader& r, calendar::YearDecisions& decisions) {
  diag::Sink& sink = r.context().sink;
  if (auto tet = r.record("tet")) {
    const auto days = tet->dates("days");
    for (const auto& [date, position] : days) decisions.tet.push_back(date);
    decisions.tet_source = tet->text("source").value_or("");
    const calendar::HolidayLaw law = calendar::holiday_law(decisions.year);
    if (tet->find("days") && days.size() != static_cast<std::size_t>(law.tet_days)) {
      sink.error(std::string(diag::kBadCalendar), tet->value_position("days"),
                 i18n::trf("Tết is {} days off ({}), not {}; list the {} days the decision chose, without the "
                           "nghỉ bù days",
                           law.tet_days, law.holidays, days.size(), law.tet_days));
      return false;
    }
  }
  if (auto national = r.record("national_day")) {
    decisions.national_day = national->date("day");
    decisions.national_day_source = national->text("source").value_or("");
    const calendar::Date first{decisions.year, 9, 1};
    const calendar::Date third{decisions.year, 9, 3};
    if (decisions.national_day && !calendar::holiday_law(decisions.year).national_adjacent) {
      sink.error(std::string(diag::kBadCalendar), national->value_position("day"),
                 i18n::trf("before 2021 Quốc khánh is 2/9 alone ({}); leave out national_day for {}",
                           calendar::holiday_law(decisions.year).holidays, decisions.year));
      return false;
    }
    if (decisions.national_day && *decisions.national_day != first && *decisions.national_day != third) {
      sink.error(std::string(diag::kBadCalendar), national->value_position("day"),
                 i18n::trf("the Quốc khánh day beside 2/9 is 1/9 or 3/9 (Điều 112), not {}; write {} or {}",
                           calendar::format_vn(*decisions.national_day), calendar::format_iso(first),
                           calendar::format_iso(third)));
      return false;
    }
  }
  return true;
}

void read_days_off(const MapReader& r, calendar::YearDecisions& decisions) {
  for (const MapReader& day : r.records("days_off")) {
    auto date = day.date("date");
    auto kind = day.enumeration("kind");
    auto reason = day.text("reason");
    auto source = day.text("source");
    const auto status = day.enumeration("status");
    if (!date || !kind || !reason || !source) continue;
    decisions.days_off.push_back(
        calendar::DayOff{*date, day_off_kind(*kind), *reason, *source,
                         status == "proposed" ? DayOffStatus::proposed : DayOffStatus::in_force});
  }
  for (const MapReader& day : r.records("make_up_days")) {
    auto date = day.date("date");
    auto reason = day.text("reason");
    auto source = day.text("source");
    if (date && reason && source) decisions.make_up_days.push_back(calendar::MakeUpDay{*date, *reason, *source});
  }
}

}  // namespace

void build_calendar(const MapReader& file, model::Model& model) {
  std::set<int> seen;
  for (const MapReader& r : file.records("calendar")) {
    const std::optional<int> year = r.integer("year");
    calendar::YearDecisions decisions;
    decisions.year = year.value_or(0);
    const bool fixed = read_fixed_days(r, decisions);
    read_days_off(r, decisions);
    if (!year || !fixed) continue;
    diag::Sink& sink = r.context().sink;
    if (*year < calendar::kLunarFirstYear || *year > calendar::kLunarLastYear) {
      sink.error(std::string(diag::kBadCalendar), r.value_position("year"),
                 i18n::trf("the calendar knows the years {}–{}; {} is outside them", calendar::kLunarFirstYear,
                           calendar::kLunarLastYear, *year));
      continue;
    }
    if (!seen.insert(*year).second) {
      sink.error(std::string(diag::kBadCalendar), r.value_position("year"),
                 i18n::trf("the decisions of {} are already given above in this file; merge the two entries", *year));
      continue;
    }
    model.calendar.push_back(model::CalendarYear{std::move(decisions), r.position()});
  }
}

}  // namespace campaign::load
