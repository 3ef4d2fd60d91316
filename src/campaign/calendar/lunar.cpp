// The Vietnamese lunar calendar after Hồ Ngọc Đức's published algorithm
// (https://www.informatik.uni-leipzig.de/~duc/amlich/), whose astronomy is Jean Meeus,
// "Astronomical Algorithms" (1998). The functions of the anonymous namespace are that
// algorithm's functions, renamed: jdFromDate -> julian_day, NewMoon -> new_moon,
// getNewMoonDay -> new_moon_day, SunLongitude -> sun_longitude, getSunLongitude -> sun_sector,
// getLunarMonth11 -> lunar_month_11, getLeapMonthOffset -> leap_month_offset,
// convertSolar2Lunar -> solar_to_lunar, convertLunar2Solar -> month_index. INT(x) of the
// original is std::floor. Constants are kept exactly as published; the two departures from the
// published code are marked "Not in the published code".

#include "campaign/calendar/lunar.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>

namespace campaign::calendar {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegree = kPi / 180;
constexpr long kJulianDayOf1970 = 2440588;  // Julian day number of 1970-01-01 (to_days == 0)
// Mean length of a synodic month in days, and the Julian day of the new moon of 1900-01-01
// 13:52 UTC plus a fraction, as the algorithm counts lunations (k) from it.
constexpr double kSynodicMonth = 29.530588853;
constexpr double kLunationEpoch = 2415021.076998695;

long floor_to_long(double x) {
  return static_cast<long>(std::floor(x));
}

long julian_day(const Date& date) {
  return to_days(date) + kJulianDayOf1970;
}

Date from_julian_day(long jd) {
  return from_days(jd - kJulianDayOf1970);
}

// Time (Julian day, UT) of the k-th new moon after the one of 1900-01-01 13:52 UTC (Meeus).
double new_moon(long k) {
  const double t = static_cast<double>(k) / 1236.85;  // Julian centuries from 1900 January 0.5
  const double t2 = t * t;
  const double t3 = t2 * t;
  const double kd = static_cast<double>(k);
  double jd1 = 2415020.75933 + 29.53058868 * kd + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kDegree);          // mean new moon
  const double m = 359.2242 + 29.10535608 * kd - 0.0000333 * t2 - 0.00000347 * t3;     // sun's mean anomaly
  const double mpr = 306.0253 + 385.81691806 * kd + 0.0107306 * t2 + 0.00001236 * t3;  // moon's mean anomaly
  const double f = 21.2964 + 390.67050646 * kd - 0.0016528 * t2 - 0.00000239 * t3;     // moon's arg. of latitude
  double c1 = (0.1734 - 0.000393 * t) * std::sin(m * kDegree) + 0.0021 * std::sin(2 * kDegree * m);
  c1 = c1 - 0.4068 * std::sin(mpr * kDegree) + 0.0161 * std::sin(kDegree * 2 * mpr);
  c1 = c1 - 0.0004 * std::sin(kDegree * 3 * mpr);
  c1 = c1 + 0.0104 * std::sin(kDegree * 2 * f) - 0.0051 * std::sin(kDegree * (m + mpr));
  c1 = c1 - 0.0074 * std::sin(kDegree * (m - mpr)) + 0.0004 * std::sin(kDegree * (2 * f + m));
  c1 = c1 - 0.0004 * std::sin(kDegree * (2 * f - m)) - 0.0006 * std::sin(kDegree * (2 * f + mpr));
  c1 = c1 + 0.0010 * std::sin(kDegree * (2 * f - mpr)) + 0.0005 * std::sin(kDegree * (2 * mpr + m));
  double delta_t = 0;  // ΔT (TT - UT) in days
  if (t < -11) {
    delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
  } else {
    delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2;
  }
  return jd1 + c1 - delta_t;
}

// Julian day number of the local day (at `tz` hours east of UTC) of the k-th new moon.
long new_moon_day(long k, double tz) {
  return floor_to_long(new_moon(k) + 0.5 + tz / 24);
}

// The sun's apparent longitude, in radians in [0, 2π), at Julian day `jdn` (UT).
double sun_longitude(double jdn) {
  const double t = (jdn - 2451545.0) / 36525;  // Julian centuries from 2000-01-01 12:00 UT
  const double t2 = t * t;
  const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;  // mean anomaly, degrees
  const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;                       // mean longitude, degrees
  double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(kDegree * m);
  dl = dl + (0.019993 - 0.000101 * t) * std::sin(kDegree * 2 * m) + 0.000290 * std::sin(kDegree * 3 * m);
  double l = (l0 + dl) * kDegree;  // true longitude, radians
  l = l - kPi * 2 * std::floor(l / (kPi * 2));
  return l;
}

// Which 30° sector (0..11) the sun is in at the local midnight starting day `day_number`;
// sector 9 begins at the winter solstice (270°).
int sun_sector(long day_number, double tz) {
  return static_cast<int>(std::floor(sun_longitude(static_cast<double>(day_number) - 0.5 - tz / 24) / kPi * 6));
}

// Julian day number of the first day of lunar month 11 of solar year `year` (the month
// holding the winter solstice).
long lunar_month_11(int year, double tz) {
  const long off = julian_day(Date{year, 12, 31}) - 2415021;
  const long k = floor_to_long(static_cast<double>(off) / kSynodicMonth);
  long nm = new_moon_day(k, tz);
  if (sun_sector(nm, tz) >= 9) nm = new_moon_day(k - 1, tz);  // that new moon is after the solstice
  return nm;
}

// In a 13-month year beginning with month 11 at `a11`: the offset (1..12) from month 11 of the
// first month holding no major solar term, which is the leap month.
int leap_month_offset(long a11, double tz) {
  const long k = floor_to_long((static_cast<double>(a11) - kLunationEpoch) / kSynodicMonth + 0.5);
  int i = 1;  // the month after month 11
  int arc = sun_sector(new_moon_day(k + i, tz), tz);
  int last = 0;
  do {
    last = arc;
    ++i;
    arc = sun_sector(new_moon_day(k + i, tz), tz);
  } while (arc != last && i < 14);
  return i - 1;
}

LunarDate solar_to_lunar(long day_number, int year, double tz) {
  const long k = floor_to_long((static_cast<double>(day_number) - kLunationEpoch) / kSynodicMonth);
  long month_start = new_moon_day(k + 1, tz);
  if (month_start > day_number) month_start = new_moon_day(k, tz);
  // Not in the published code: when a true new moon falls well after the mean one, the
  // estimate k is one lunation late for the last day of the month before it, and the published
  // code then gives day 0 (in 1900-2100: 07/05/2054 and 09/04/2062, both day 30).
  if (month_start > day_number) month_start = new_moon_day(k - 1, tz);
  long a11 = lunar_month_11(year, tz);
  long b11 = a11;
  int lunar_year = 0;
  if (a11 >= month_start) {
    lunar_year = year;
    a11 = lunar_month_11(year - 1, tz);
  } else {
    lunar_year = year + 1;
    b11 = lunar_month_11(year + 1, tz);
  }
  const int day = static_cast<int>(day_number - month_start + 1);
  const int diff = static_cast<int>(floor_to_long(static_cast<double>(month_start - a11) / 29));
  bool leap = false;
  int month = diff + 11;
  if (b11 - a11 > 365) {
    const int leap_diff = leap_month_offset(a11, tz);
    if (diff >= leap_diff) {
      month = diff + 10;
      leap = diff == leap_diff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunar_year -= 1;
  return LunarDate{day, month, lunar_year, leap};
}

// The lunation index k (for new_moon_day) of lunar month `month` (leap or not) of lunar `year`;
// nullopt when that year has no such leap month. Not in the published code: its
// convertLunar2Solar ignores a leap flag in a year without a leap month; here that month does
// not exist.
std::optional<long> month_index(int year, int month, bool leap, double tz) {
  long a11 = 0;
  long b11 = 0;
  if (month < 11) {
    a11 = lunar_month_11(year - 1, tz);
    b11 = lunar_month_11(year, tz);
  } else {
    a11 = lunar_month_11(year, tz);
    b11 = lunar_month_11(year + 1, tz);
  }
  int off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const int leap_off = leap_month_offset(a11, tz);
    int leap_month = leap_off - 2;
    if (leap_month < 0) leap_month += 12;
    if (leap && month != leap_month) return std::nullopt;
    if (leap || off >= leap_off) off += 1;
  } else if (leap) {
    return std::nullopt;
  }
  const long k = floor_to_long(0.5 + (static_cast<double>(a11) - kLunationEpoch) / kSynodicMonth);
  return k + off;
}

bool in_range(const Date& date) {
  return date.year >= kLunarFirstYear && date.year <= kLunarLastYear;
}

}  // namespace

std::optional<LunarDate> to_lunar(const Date& date, double time_zone) {
  if (!in_range(date)) return std::nullopt;
  return solar_to_lunar(julian_day(date), date.year, time_zone);
}

std::optional<Date> from_lunar(const LunarDate& lunar, double time_zone) {
  // Lunar year kLunarFirstYear - 1 ends in the first weeks of kLunarFirstYear.
  if (lunar.year < kLunarFirstYear - 1 || lunar.year > kLunarLastYear) return std::nullopt;
  if (lunar.month < 1 || lunar.month > 12 || lunar.day < 1 || lunar.day > 30) return std::nullopt;
  const std::optional<long> k = month_index(lunar.year, lunar.month, lunar.leap, time_zone);
  if (!k) return std::nullopt;
  const long start = new_moon_day(*k, time_zone);
  if (lunar.day > new_moon_day(*k + 1, time_zone) - start) return std::nullopt;  // a 29-day month
  const Date date = from_julian_day(start + lunar.day - 1);
  if (!in_range(date)) return std::nullopt;
  return date;
}

std::optional<Date> tet(int year, double time_zone) {
  return from_lunar(LunarDate{1, 1, year, false}, time_zone);
}

int leap_month(int year, double time_zone) {
  if (year < kLunarFirstYear || year > kLunarLastYear) return -1;
  for (int month = 1; month <= 12; ++month) {
    if (month_index(year, month, true, time_zone)) return month;
  }
  return 0;
}

int lunar_month_length(int year, int month, bool leap, double time_zone) {
  if (year < kLunarFirstYear - 1 || year > kLunarLastYear || month < 1 || month > 12) return 0;
  const std::optional<long> k = month_index(year, month, leap, time_zone);
  if (!k) return 0;
  return static_cast<int>(new_moon_day(*k + 1, time_zone) - new_moon_day(*k, time_zone));
}

std::string can_chi_year(int year) {
  static constexpr std::array<const char*, 10> kStems = {"Giáp", "Ất",   "Bính", "Đinh", "Mậu",
                                                         "Kỷ",   "Canh", "Tân",  "Nhâm", "Quý"};
  static constexpr std::array<const char*, 12> kBranches = {"Tý",  "Sửu", "Dần",  "Mão", "Thìn", "Tỵ",
                                                            "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
  // Year 4 (and every 60th after it) is Giáp Tý; (year + 6) % 10 and (year + 8) % 12 as published.
  const int stem = ((year + 6) % 10 + 10) % 10;
  const int branch = ((year + 8) % 12 + 12) % 12;
  return std::string(kStems[static_cast<std::size_t>(stem)]) + " " + kBranches[static_cast<std::size_t>(branch)];
}

std::string lunar_month_name(int month, bool leap) {
  std::string name;
  if (month == 1) {
    name = "tháng Giêng";
  } else if (month == 12) {
    name = "tháng Chạp";
  } else {
    name = fmt::format("tháng {}", month);
  }
  return leap ? name + " nhuận" : name;
}

std::string lunar_day_name(int day) {
  return day <= 10 ? fmt::format("mùng {}", day) : fmt::format("{}", day);
}

std::string format_lunar(const LunarDate& lunar) {
  return lunar_day_name(lunar.day) + " " + lunar_month_name(lunar.month, lunar.leap) + " " + can_chi_year(lunar.year);
}

std::string format_vn_with_lunar(const Date& date) {
  const std::optional<LunarDate> lunar = to_lunar(date);
  if (!lunar) return format_vn(date);
  return format_vn(date) + " (" + format_lunar(*lunar) + ")";
}

}  // namespace campaign::calendar
