#pragma once
// Deadline phrases as notices write them ("hoàn thành trong tháng 7/2024", "trước ngày
// 15/12/2024", "quý III/2024") resolved to the last day the task may be done.
// The accepted forms are the format contract of docs/format.md.

#include <optional>
#include <string>
#include <string_view>

#include "campaign/calendar/date.hpp"
#include "campaign/calendar/holidays.hpp"

namespace campaign::calendar {

/// What a deadline phrase asks for: a date to meet (`due`), a date foreseen ("dự kiến": shown
/// as planned, never overdue), or a deadline tied to an event whose date the phrase does not
/// give ("ngay sau đại hội": no fixed date, never guessed).
enum class DeadlineNature { due, planned, tied };

/// Result of resolving a deadline phrase: `due` set, or `error` a message in English that
/// quotes the phrase and says what is wrong (e.g. "'31/02/2024' is not a real date: February
/// 2024 has 29 days"). A tied deadline has neither. `start`: the first day of a window ("Từ
/// ngày 20/7/2020 đến hết ngày 25/7/2020" starts 20/07/2020 and is due 25/07/2020).
struct DeadlineResult {
  std::optional<Date> due;
  std::string error;
  /// Set for a period counted in working days ("05 ngày làm việc kể từ ngày 11/07/2024", "sau
  /// Tết"): `due` is then the date by the law's days off alone (Calendar{}), and a run's
  /// calendar, with each year's decisions, may move it (schedule/dates.hpp).
  std::optional<WorkingDays> working_days;
  bool lunar = false;           ///< written against the lunar calendar ("rằm tháng Giêng 2025")
  std::optional<Date> start{};  ///< first day of a window, else nullopt
  DeadlineNature nature = DeadlineNature::due;
  /// Set with `error` when the phrase counts from the issue date ("15 ngày kể từ ngày ký", a
  /// lunar day without its year) and no `anchor` was given: it resolves once the date is known.
  bool needs_issue_date = false;
};

/// Resolves a deadline phrase as written in a notice to its due date (the last day it may be
/// done). A day is due that day ("31/07/2024", "5/7/2024" is 5 July: day first always,
/// "2024-07-31", "ngày 15 tháng 12 năm 2024"); a period is due on its last day ("07/2024",
/// "tháng 7/2024", "Q3/2024", "quý III năm 2024", "6 tháng đầu năm 2024", "năm 2024").
/// In front: "trước (ngày) X" is due the day before X starts (trước ngày 15/12/2024 ->
/// 14/12/2024); "chậm nhất (vào) (ngày)", "đến (hết)", "hết" keep X; "trong", "vào", "là",
/// and the prefixes "hạn", "hạn chót", "thời hạn", "hoàn thành" (optionally with ':') are
/// ignored. Any case, NFC or NFD, extra spaces; '/', '-' or '.' between numbers; years
/// 1900..2200. Lunar phrases ("trước Tết Nguyên đán (Nhâm Dần) 2022", "sau Tết", "rằm tháng
/// Giêng 2025", "ngày 10/3 âm lịch", "mùng 1 Tết") and counted days ("trong vòng 05 ngày làm
/// việc kể từ ngày 11/07/2024", "10 ngày kể từ ngày ký") follow docs/calendar.md. `anchor`,
/// the document's issue date, is the day year-less lunar phrases and "ngày ký" count from;
/// without it they are errors asking for the year or the date. Never throws.
DeadlineResult parse_deadline(std::string_view phrase, std::optional<Date> anchor = std::nullopt);

/// How a date was written, for parse_date's callers to word their errors.
enum class DateShape { none, iso, day_first };

/// Outcome of parse_date: `date` when the text names a real day in 1900..2200; `shape` says
/// which form the text has even when the day does not exist; `error` explains why not, in
/// English, quoting the text ("'31/02/2024' is not a real date: February 2024 has 29 days").
struct DateResult {
  std::optional<Date> date;
  DateShape shape = DateShape::none;
  std::string error;
};

/// Parses one calendar day as files and options write it: `YYYY-MM-DD` (ISO 8601) or
/// `D/M/YYYY`, `D.M.YYYY`, `D-M-YYYY` (the same separator twice, as deadline phrases accept)
/// with one- or two-digit day and month, day first as Vietnamese documents write dates (never
/// read month-first). Years outside 1900..2200 are refused, as in deadlines.
DateResult parse_date(std::string_view text);

/// A regular expression (ECMA-262 and Python `re`) of the two shapes parse_date reads; a text
/// it does not match is never a date (E009), one it matches may still not be a real day.
inline constexpr std::string_view kDatePattern =
    "^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2}[.][0-9]{1,2}[.][0-9]{4}|"
    "[0-9]{1,2}-[0-9]{1,2}-[0-9]{4})$";

}  // namespace campaign::calendar
