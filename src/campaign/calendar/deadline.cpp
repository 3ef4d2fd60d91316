// Deadline phrases: prefixes and qualifiers here, dates and periods in phrase.cpp.

#include "campaign/calendar/deadline.hpp"

#include <fmt/format.h>

#include <utility>

#include "campaign/calendar/phrase.hpp"
#include "campaign/calendar/phrase_window.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::calendar {
namespace {

enum class Qualifier { none, before };

DeadlineResult unreadable(std::string_view phrase) {
  return DeadlineResult{std::nullopt,
                        i18n::trf("cannot read '{}' as a deadline; write a date like 31/07/2024 or a phrase like "
                                  "'trong tháng 7/2024' (see docs/format.md)",
                                  phrase),
                        std::nullopt, false};
}

// Skips "hoàn thành", "hạn chót:", "thời hạn" ... in front of the deadline proper.
void skip_prefixes(detail::Reader& reader) {
  for (;;) {
    if (reader.words({"hoàn", "thành"}) || reader.words({"hạn", "chót"}) || reader.words({"thời", "hạn"}) ||
        reader.word("hạn")) {
      reader.separator(':');
      continue;
    }
    return;
  }
}

// Reads the qualifier in front of the date or period; the ones that keep its last day
// ("chậm nhất", "đến hết", "kết thúc vào") are consumed and reported as none.
Qualifier read_qualifier(detail::Reader& reader) {
  if (reader.word("trước")) return Qualifier::before;
  const bool at_the_latest = reader.words({"chậm", "nhất"}) || reader.words({"đến", "hết"}) || reader.word("đến") ||
                             reader.word("hết") || reader.words({"kết", "thúc"});
  static_cast<void>(at_the_latest);  // consumed; the due date is the same as without it
  return Qualifier::none;
}

void skip_fillers(detail::Reader& reader) {
  while (reader.word("trong") || reader.word("vào") || reader.word("là")) {
  }
}

// The result of one date or period read with its qualifier: a count of working days resolved
// by the law's days off, a day or period's last day, or for "trước" the day before it starts.
DeadlineResult resolved(const detail::When& when, Qualifier qualifier, std::string_view phrase) {
  if (when.working_days > 0) {
    if (qualifier == Qualifier::before) {
      return {std::nullopt, i18n::trf("'{}': a count of working days ends on a day; write it without 'trước'", phrase),
              std::nullopt, false};
    }
    const WorkingDays counted{*when.day, when.working_days};
    return {add_working_days(counted.from, counted.count, statutory_calendar()), "", counted, when.lunar};
  }
  if (qualifier == Qualifier::before) return {add_days(when.first(), -1), "", std::nullopt, when.lunar};
  return {when.last(), "", std::nullopt, when.lunar};
}

// One date or period with its qualifier, or a window "từ X đến (hết) Y", read to the end but
// for a trailing "(dự kiến)". `unrecognized` when the words read as neither.
DeadlineResult read_deadline(detail::Reader& reader, std::string_view phrase, bool& unrecognized) {
  std::optional<Date> start;
  detail::ReadResult result;
  Qualifier qualifier = Qualifier::none;
  skip_fillers(reader);
  if (detail::read_window_word(reader)) {
    skip_fillers(reader);
    result = detail::read_window(reader, phrase, start);
  } else {
    qualifier = read_qualifier(reader);
    skip_fillers(reader);
    result = reader.read_when();
  }
  if (result.status == detail::ReadResult::Status::invalid) return {std::nullopt, result.error, std::nullopt, false};
  const bool planned = result.status == detail::ReadResult::Status::ok && detail::read_planned(reader);
  if (result.status == detail::ReadResult::Status::unrecognized || !reader.at_end()) {
    unrecognized = true;
    return {};
  }
  DeadlineResult out = resolved(result.when, qualifier, phrase);
  out.start = start;
  if (planned && out.error.empty()) out.nature = DeadlineNature::planned;
  return out;
}

}  // namespace

DeadlineResult parse_deadline(std::string_view phrase, std::optional<Date> anchor) {
  std::optional<std::vector<detail::Token>> tokens = detail::tokenize(phrase);
  if (!tokens || tokens->empty()) return unreadable(phrase);
  detail::Reader reader(*tokens, phrase);
  reader.set_anchor(anchor);
  skip_prefixes(reader);
  const bool planned = detail::read_planned(reader);
  skip_prefixes(reader);
  bool unrecognized = false;
  DeadlineResult result = read_deadline(reader, phrase, unrecognized);
  if (unrecognized) {
    // Nothing reads as a date: a deadline tied to an event ("ngay sau đại hội") is kept as
    // written with no date; anything else is refused.
    detail::Reader again(std::move(*tokens), phrase);
    skip_prefixes(again);
    detail::read_planned(again);
    skip_prefixes(again);
    if (!detail::tied_lead(again)) return unreadable(phrase);
    DeadlineResult tied;
    tied.nature = DeadlineNature::tied;
    return tied;
  }
  // A count of days from a date near the end of the calendar's range can pass it ("trong 462 ngày
  // làm việc từ 22/04/2200"): refused like any year outside 1900..2200, not a date past it.
  if (result.due && (result.due->year > 2200 || result.due->year < 1899)) {
    DeadlineResult out;
    out.error = i18n::trf("'{}' falls in {}, outside the years campaign reads (1900–2200)", phrase, result.due->year);
    return out;
  }
  if (planned && result.error.empty()) result.nature = DeadlineNature::planned;
  // Without an anchor, would any issue date resolve it? Then it is the date that is missing.
  if (!anchor && !result.due && !result.error.empty())
    result.needs_issue_date = parse_deadline(phrase, Date{2000, 1, 1}).due.has_value();
  return result;
}

namespace {

// The form of a date as written: ISO (YYYY-MM-DD) or day first (D/M/YYYY, D.M.YYYY, D-M-YYYY),
// digits only.
DateShape shape_of(std::string_view text) {
  auto digits = [](std::string_view s, std::size_t min, std::size_t max) {
    return s.size() >= min && s.size() <= max && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text.substr(0, 4), 4, 4) &&
      digits(text.substr(5, 2), 2, 2) && digits(text.substr(8, 2), 2, 2))
    return DateShape::iso;
  // Day first with the same separator twice: 11/07/2024, 11.07.2024 or 11-07-2024, as the
  // deadline phrases read them.
  auto first = text.find_first_of("/.-");
  if (first == std::string_view::npos) return DateShape::none;
  auto second = text.find(text[first], first + 1);
  if (second == std::string_view::npos || text.find_first_of("/.-", first + 1) != second) return DateShape::none;
  if (digits(text.substr(0, first), 1, 2) && digits(text.substr(first + 1, second - first - 1), 1, 2) &&
      digits(text.substr(second + 1), 4, 4))
    return DateShape::day_first;
  return DateShape::none;
}

}  // namespace

DateResult parse_date(std::string_view text) {
  DateResult result;
  result.shape = shape_of(text);
  if (result.shape == DateShape::none) {
    result.error = i18n::trf("'{}' is not a date; write YYYY-MM-DD or DD/MM/YYYY", text);

    return result;
  }
  // Both shapes are full dates of the deadline grammar, which checks the day and the year range.
  DeadlineResult resolved = parse_deadline(text);
  result.date = resolved.due;
  result.error = std::move(resolved.error);
  return result;
}

}  // namespace campaign::calendar
