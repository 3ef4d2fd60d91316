#pragma once
// Reporting periods (months, quarters, half years, years) and when recurring reports fall due.
// Notices ask for reports "định kỳ hàng quý" (every quarter) and submissions name the period
// they cover, e.g. "quý III/2024"; see docs/format.md for the accepted spellings.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "campaign/calendar/date.hpp"

namespace campaign::calendar {

/// How often a recurring report is due (`report.every` of a task).
enum class Frequency { month, quarter, half_year, year };

/// Reads a frequency: English keys "month", "quarter", "half-year", "year" (also "monthly",
/// "quarterly", "half-yearly", "yearly", "annually") and Vietnamese "hàng tháng", "hàng quý",
/// "6 tháng", "hàng năm" (also "hằng ...", with "định kỳ" / "báo cáo" in front, any case,
/// NFC or NFD). nullopt for anything else.
std::optional<Frequency> parse_frequency(std::string_view text);

/// Canonical English key of `frequency`: "month", "quarter", "half-year", "year".
std::string_view frequency_name(Frequency frequency);

/// One period of a frequency: e.g. {quarter, 2024, 3} is Q3/2024 (1 July..30 September 2024).
struct Period {
  Frequency frequency = Frequency::month;
  int year = 1970;
  int index = 1;  ///< month 1..12, quarter 1..4, half 1..2; always 1 for a year

  /// First day of the period (e.g. Q3/2024 -> 2024-07-01).
  Date first_day() const;
  /// Last day of the period (e.g. Q3/2024 -> 2024-09-30, 02/2024 -> 2024-02-29).
  Date last_day() const;
  /// The period right after this one, of the same frequency (Q4/2024 -> Q1/2025).
  Period next() const;
  /// The period right before this one, of the same frequency (01/2025 -> 12/2024).
  Period previous() const;
  /// First month (1..12) of the period.
  int first_month() const;
  /// Last month (1..12) of the period.
  int last_month() const;
  /// Canonical label: "07/2024", "Q3/2024", "H1/2024", "2024".
  std::string label() const;
  /// Vietnamese label: "tháng 7/2024", "quý III/2024", "6 tháng đầu năm 2024", "năm 2024".
  std::string label_vn() const;

  /// Orders by frequency, then chronologically within one frequency.
  auto operator<=>(const Period&) const = default;
};

/// The period of `frequency` that contains `date` (e.g. quarter of 2024-08-15 -> Q3/2024).
Period period_containing(Frequency frequency, const Date& date);

/// Result of parse_period: `period` set, or `error` a message in English that quotes the text
/// and says what is wrong.
struct PeriodResult {
  std::optional<Period> period;
  std::string error;
};

/// Parses a period as written in submissions and results: "Q3/2024", "quý III/2024",
/// "quý 3/2024", "quý III năm 2024", "07/2024", "2024-07", "tháng 7/2024", "tháng 7 năm 2024",
/// "H1/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "2024", "năm 2024". Any case,
/// extra spaces, NFC or NFD; years must be 1900..2200. A single day is an error.
PeriodResult parse_period(std::string_view text);

/// Which month the `day` of a recurring report refers to: `month: last` (the default, the
/// period's last month) or `month: next` (the month after the period).
enum class DueMonth { last, next };

/// When the report for `period` is due. Without `day`: the period's last day. With day N and
/// DueMonth::last: day N of the period's last month; with DueMonth::next: day N of the month
/// after the period. N beyond the month's length is clamped to its last day (day 31 of a
/// quarter ending in June -> 30 June); N below 1 is taken as 1.
Date report_due_date(const Period& period, std::optional<int> day, DueMonth month);

}  // namespace campaign::calendar
