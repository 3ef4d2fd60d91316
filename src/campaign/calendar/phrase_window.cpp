// Windows, parts of periods, foreseen and event-tied deadlines (see phrase_window.hpp).

#include "campaign/calendar/phrase_window.hpp"

#include <fmt/format.h>

#include "campaign/i18n/translate.hpp"

namespace campaign::calendar::detail {
namespace {

ReadResult day_result(const Date& day) {
  return ReadResult{ReadResult::Status::ok, When{day, std::nullopt, 0, false}, ""};
}

ReadResult part_invalid(std::string_view original, std::string_view reason) {
  return ReadResult{ReadResult::Status::invalid, {}, fmt::format("'{}': {}", original, reason)};
}

// The n-th month (1-based) of `period`'s first month, as a month period.
Period month_of(const Period& period, int n) {
  Period month = period_containing(Frequency::month, period.first_day());
  for (int i = 1; i < n; ++i) month = month.next();
  return month;
}

}  // namespace

std::optional<Part> read_part_word(Reader& reader) {
  if (reader.word("đầu")) return Part::start;
  if (reader.word("giữa")) return Part::middle;
  if (reader.word("cuối")) return Part::end;
  return std::nullopt;
}

ReadResult read_part_of_period(Reader& reader, Part part, std::string_view original) {
  ReadResult result = reader.read_when();
  if (result.status != ReadResult::Status::ok) return result;
  if (!result.when.period) {
    return part_invalid(original,
                        i18n::tr("đầu, giữa and cuối go with a month, a quarter or a year (e.g. 'cuối tháng 8/2024')"));
  }
  const Period& period = *result.when.period;
  const int index = part == Part::start ? 1 : part == Part::middle ? 2 : 3;
  switch (period.frequency) {
    case Frequency::month: {
      const Date first = period.first_day();
      if (part == Part::end) return day_result(period.last_day());
      return day_result(*make_date(first.year, first.month, part == Part::start ? 10 : 20));
    }
    case Frequency::quarter:
      return day_result(month_of(period, index).last_day());
    case Frequency::year: {
      const int month = part == Part::start ? 3 : part == Part::middle ? 6 : 12;
      return day_result(period_containing(Frequency::month, *make_date(period.year, month, 1)).last_day());
    }
    case Frequency::half_year:
    case Frequency::school_year:  // not read in deadline phrases
    case Frequency::semester:
      break;
  }
  return part_invalid(original, i18n::tr("đầu, giữa and cuối go with a month, a quarter or a year, not a half-year"));
}

bool read_planned(Reader& reader) {
  if (reader.words({"dự", "kiến"})) {
    reader.separator(':');
    return true;
  }
  const bool wrapped = reader.separator('(');
  if (reader.words({"dự", "kiến"}) && (!wrapped || reader.separator(')')) && reader.at_end()) return true;
  return false;  // only at the end of a phrase that read; the caller then refuses what is left
}

bool read_window_word(Reader& reader) {
  return reader.word("từ");
}

ReadResult read_window(Reader& reader, std::string_view original, std::optional<Date>& start) {
  const ReadResult from = reader.read_when();
  if (from.status != ReadResult::Status::ok) return from;
  if (!reader.word("đến")) return {};
  reader.word("hết");
  const ReadResult to = reader.read_when();
  if (to.status != ReadResult::Status::ok) return to;
  if (to.when.last() < from.when.first()) {
    return part_invalid(original, i18n::tr("the window ends before it starts; write the earlier date after 'từ'"));
  }
  start = from.when.first();
  return day_result(to.when.last());
}

bool tied_lead(Reader& reader) {
  const bool lead = reader.word("ngay") || reader.word("sau") || reader.word("khi") || reader.word("trước") ||
                    reader.words({"kể", "từ"}) || reader.words({"trong", "vòng"});
  return lead && !reader.at_end();  // the event follows: "trước" alone names nothing
}

}  // namespace campaign::calendar::detail
