#pragma once
// The Vietnamese lunar calendar (âm lịch): conversion between solar (Gregorian) and lunar
// dates, leap months included, computed for a time zone (Vietnam: UTC+7).
//
// Algorithm: Hồ Ngọc Đức, "Thuật toán tính âm lịch" / "Computing the Vietnamese lunar
// calendar", https://www.informatik.uni-leipzig.de/~duc/amlich/ : the times of new moon and the
// sun's longitude after Jean Meeus, "Astronomical Algorithms" (1998); the lunar month begins on
// the local day of the new moon; month 11 is the month holding the winter solstice; in a year
// of 13 months (between two months 11) the first month holding no major solar term (trung khí)
// is the leap month and takes the number of the month before it. The arithmetic follows the
// published algorithm step by step (docs/calendar.md).
//
// The time zone matters: Vietnam counts its lunar days at UTC+7 (since 1968), China at UTC+8,
// and in some years (1985, 2007) Tết falls on different days; so this is not ICU's Chinese
// calendar. Checked against an independent implementation (date-chinese, VSOP87) for every
// Tết 1900–2100 and a few hundred month starts: tests/data/.

#include <optional>
#include <string>

#include "campaign/calendar/date.hpp"

namespace campaign::calendar {

/// Vietnam's time zone for the lunar calendar, in hours east of UTC.
inline constexpr double kVietnamTimeZone = 7.0;

/// Solar years the conversions answer for: to_lunar takes dates of these years, from_lunar gives
/// dates of these years. The algorithm's approximations (Meeus' truncated series, ΔT) are
/// checked against an independent ephemeris over this range only (docs/calendar.md).
inline constexpr int kLunarFirstYear = 1900;
inline constexpr int kLunarLastYear = 2199;

/// A day of the lunar calendar.
struct LunarDate {
  int day = 1;        ///< 1..30 (a month has 29 or 30 days)
  int month = 1;      ///< 1..12 (1 = tháng Giêng, 12 = tháng Chạp)
  int year = 1970;    ///< the solar year in which the lunar year begins (its mùng 1 tháng Giêng)
  bool leap = false;  ///< true in the leap month (tháng nhuận), which repeats `month`

  bool operator==(const LunarDate&) const = default;
};

/// The lunar date of `date` at `time_zone` (hours east of UTC); nullopt outside the years
/// kLunarFirstYear..kLunarLastYear. E.g. 2022-01-31 -> 29/12/2021 (29 tháng Chạp Tân Sửu).
std::optional<LunarDate> to_lunar(const Date& date, double time_zone = kVietnamTimeZone);

/// The solar date of `lunar` at `time_zone`; nullopt when that day does not exist (day 30 of a
/// 29-day month, a leap month the year does not have, fields out of range) or falls outside
/// kLunarFirstYear..kLunarLastYear.
std::optional<Date> from_lunar(const LunarDate& lunar, double time_zone = kVietnamTimeZone);

/// Tết Nguyên đán of the lunar year beginning in solar `year`: the solar date of mùng 1 tháng
/// Giêng (e.g. 2024 -> 2024-02-10); nullopt outside kLunarFirstYear..kLunarLastYear.
std::optional<Date> tet(int year, double time_zone = kVietnamTimeZone);

/// The leap month (1..12) of lunar `year`, or 0 when the year has none (e.g. 2023 -> 2,
/// 2024 -> 0); -1 outside the range.
int leap_month(int year, double time_zone = kVietnamTimeZone);

/// Days (29 or 30) of lunar month `month` (leap or not) of lunar `year`; 0 if there is no such
/// month.
int lunar_month_length(int year, int month, bool leap, double time_zone = kVietnamTimeZone);

/// The can chi (sexagenary) name of lunar `year`: heavenly stem (can) + earthly branch (chi),
/// e.g. 2021 -> "Tân Sửu", 2022 -> "Nhâm Dần", 2025 -> "Ất Tỵ". Stems Giáp Ất Bính Đinh Mậu
/// Kỷ Canh Tân Nhâm Quý; branches Tý Sửu Dần Mão Thìn Tỵ Ngọ Mùi Thân Dậu Tuất Hợi (the
/// spellings of the Government's holiday notices: "Quý Mão", "Ất Tỵ").
std::string can_chi_year(int year);

/// A lunar month as clerks write it: "tháng Giêng" (1), "tháng Chạp" (12), "tháng 2" .. "tháng
/// 11" for the others (as the law writes "ngày 10 tháng 3 âm lịch"); a leap month adds
/// "nhuận": "tháng 2 nhuận", "tháng Chạp nhuận".
std::string lunar_month_name(int month, bool leap);

/// The lunar day as written: "mùng 1" .. "mùng 10", then the number ("11" .. "30").
std::string lunar_day_name(int day);

/// `lunar` in words: "<day> <month> <can chi>", e.g. "29 tháng Chạp Tân Sửu", "mùng 1 tháng
/// Giêng Nhâm Dần", "10 tháng 3 Ất Tỵ", "mùng 5 tháng 2 nhuận Quý Mão". Plain forms only (no
/// "rằm" for the 15th, no "năm" before the year name); see docs/calendar.md.
std::string format_lunar(const LunarDate& lunar);

/// `date` as DD/MM/YYYY followed by its lunar date at UTC+7 in parentheses, e.g. "31/01/2022
/// (29 tháng Chạp Tân Sửu)"; just DD/MM/YYYY outside the lunar range.
std::string format_vn_with_lunar(const Date& date);

}  // namespace campaign::calendar
