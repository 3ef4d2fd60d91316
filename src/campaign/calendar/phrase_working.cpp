// Periods counted in days from a stated day (see phrase.hpp and docs/calendar.md, "Working
// days"): "trong vòng 05 ngày làm việc kể từ ngày 11/07/2024", "10 ngày kể từ ngày ký".
// BLDS 2015 Điều 147 khoản 2: counting starts the day after the stated day, so N calendar days
// end on day + N, and N working days on the N-th working day after it (which needs the
// days-off calendar: the When carries the count, schedule/dates.cpp resolves it).

#include <fmt/format.h>

#include "campaign/calendar/phrase.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::calendar::detail {
namespace {

constexpr long kMaxCountedDays = 3660;

}  // namespace

// "vòng 05 ngày làm việc kể từ ngày …" ("trong" is skipped by the caller); unrecognized, cursor
// unmoved, when no "<number> ngày … (kể) từ" is at the cursor.
ReadResult Reader::read_counted_days() {
  const std::size_t start = pos_;
  static_cast<void>(word("vòng") || words({"thời", "hạn"}) || words({"không", "quá"}) || word("sau"));
  const std::optional<Token> count = number();
  if (!count || !word("ngày")) {
    pos_ = start;
    return {};
  }
  const bool working = words({"làm", "việc"});
  if (!(words({"kể", "từ"}) || words({"tính", "từ"}) || word("từ"))) {
    if (!working) {
      pos_ = start;
      return {};
    }
    return invalid(i18n::trf("from which day? write e.g. '{} ngày làm việc kể từ ngày 11/07/2024'", count->text));
  }
  if (count->value < 1 || count->value > kMaxCountedDays)
    return invalid(i18n::trf("{} days: the count must be between 1 and {}", count->text, kMaxCountedDays));
  return read_counted_start(count->value, working);
}

// The stated day after "kể từ": "ngày 11/07/2024", "11/07/2024", "ngày ký", "ngày ban hành"
// (the document's issue date, Reader::set_anchor).
ReadResult Reader::read_counted_start(long count, bool working) {
  const std::size_t before = pos_;
  std::optional<Date> from;
  if (word("ngày") && (word("ký") || words({"ban", "hành"}))) {
    static_cast<void>(words({"ban", "hành"}) || words({"văn", "bản"}) || words({"thông", "báo"}));
    if (!anchor_)
      return invalid(i18n::tr("'ngày ký' needs the document's issue date; write the date, e.g. 'ngày 11/07/2024'"));
    from = anchor_;
  } else {
    pos_ = before;
    ReadResult start = read_when();
    if (start.status != ReadResult::Status::ok) return start;
    if (!start.when.day || start.when.working_days != 0)
      return invalid(i18n::tr("a period is counted from one day; write e.g. 'kể từ ngày 11/07/2024'"));

    from = start.when.day;
  }
  const auto n = static_cast<int>(count);
  if (!working) return ReadResult{ReadResult::Status::ok, When{add_days(*from, n), std::nullopt, 0, false}, ""};
  return ReadResult{ReadResult::Status::ok, When{from, std::nullopt, n, false}, ""};
}

}  // namespace campaign::calendar::detail
