// Deadline phrases written against the lunar calendar (see phrase.hpp and docs/calendar.md,
// "Lunar deadlines"). Conventions:
// - "Tết (Nguyên đán) [can chi] YEAR" is mùng 1 tháng Giêng of the lunar year beginning in YEAR;
//   "trước Tết X" is therefore the day before it (the last day of the old year);
// - "sau Tết X" is the first working day after mùng 1, i.e. the first day back after the Tết
//   break (resolved with the days-off calendar, like a working-day phrase);
// - "rằm tháng M" is day 15 of lunar month M; "mùng D Tết" is day D of tháng Giêng;
// - "ngày D/M âm lịch [YEAR]", "D tháng M âm lịch", "mùng D tháng M" are day D of lunar month M;
// - YEAR is the lunar year, named by the solar year in which it begins, or by its can chi, or
//   both (which must agree); without either, the first such day on or after the document's
//   issue date (Reader::set_anchor), else an error asking for the year.

#include <fmt/format.h>

#include <array>

#include "campaign/calendar/lunar.hpp"
#include "campaign/calendar/phrase.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::calendar::detail {
namespace {

constexpr std::array<std::string_view, 10> kStems = {"giáp", "ất",   "bính", "đinh", "mậu",
                                                     "kỷ",   "canh", "tân",  "nhâm", "quý"};
constexpr std::array<std::string_view, 12> kBranches = {"tý",  "sửu", "dần",  "mão", "thìn", "tỵ",
                                                        "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"};
constexpr int kFirstLunarYear = kLunarFirstYear;
constexpr int kLastLunarYear = kLunarLastYear;

// The index of `word` in `list`, reading the spellings kỉ, tị, tí as kỷ, tỵ, tý; -1 if none.
template <std::size_t N>
int index_of(const std::array<std::string_view, N>& list, std::string_view word) {
  if (word == "kỉ") word = "kỷ";
  if (word == "tị") word = "tỵ";
  if (word == "tí") word = "tý";
  for (std::size_t i = 0; i < N; ++i)
    if (list[i] == word) return static_cast<int>(i);
  return -1;
}

// Position of `year` in the sexagenary cycle, 0 = Giáp Tý (1984, 2044).
int cycle_of(int year) {
  return ((year - 4) % 60 + 60) % 60;
}

// The cycle index of stem `stem` and branch `branch`, or -1 when they never pair (Giáp Sửu).
int cycle_of(int stem, int branch) {
  for (int i = 0; i < 60; ++i)
    if (i % 10 == stem && i % 12 == branch) return i;
  return -1;
}

}  // namespace

// A lunar phrase at the cursor; tried only when the tokens from it hold a word that only lunar
// phrases use (Tết, rằm, mùng, âm lịch).
ReadResult Reader::read_lunar() {
  bool lunar = false;
  for (std::size_t i = pos_; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    if (t.kind != Token::Kind::word) continue;
    if (t.text == "tết" || t.text == "rằm" || t.text == "mùng" || t.text == "mồng" || t.text == "âl" ||
        (t.text == "âm" && i + 1 < tokens_.size() && tokens_[i + 1].text == "lịch"))
      lunar = true;
  }
  if (!lunar) return {};
  const std::size_t start = pos_;
  ReadResult result;
  if (word("sau")) {
    if (word("tết")) result = read_tet(true);
  } else if (word("tết")) {
    result = read_tet(false);
  } else if (word("rằm")) {
    result = read_lunar_after_day(15, true);
  } else {
    static_cast<void>(word("ngày"));
    const bool mung = word("mùng") || word("mồng");
    if (const std::optional<Token> day = number(); day && day->text.size() <= 2) {
      result = read_lunar_after_day(day->value, mung);
    }
  }
  if (result.status == ReadResult::Status::unrecognized) pos_ = start;
  return result;
}

// After "Tết": "Nguyên đán (Nhâm Dần) 2022", "Giáp Thìn", "2025", "Dương lịch 2025" (1 January).
ReadResult Reader::read_tet(bool after) {
  if (!after && words({"dương", "lịch"})) {
    static_cast<void>(word("năm"));
    const std::optional<Token> year = number();
    if (!year) return no_year("Tết Dương lịch 2025");
    if (year->text.size() != 4 && year->text.size() != 2) return {};
    if (auto problem = year_problem(*year)) return invalid(*problem);
    return ReadResult{ReadResult::Status::ok, When{Date{static_cast<int>(year->value), 1, 1}, std::nullopt, 0, false},
                      ""};
  }
  static_cast<void>(words({"nguyên", "đán"}) || words({"âm", "lịch"}) || words({"cổ", "truyền"}) || word("ta"));
  LunarYear year;
  if (!read_lunar_year(year)) return {};
  return resolve_lunar(1, 1, false, year, after ? 1 : 0);
}

// After the lunar day: "Tết" (tháng Giêng), "/3", "tháng 3", "tháng Giêng", "tháng Chạp nhuận",
// then the year and "âm lịch" (required unless the day was written "mùng" or "rằm").
ReadResult Reader::read_lunar_after_day(long day, bool lunar_word) {
  if (word("tết")) {
    LunarYear year;
    if (!read_lunar_year(year)) return {};
    return resolve_lunar(day, 1, false, year, 0);
  }
  long month = 0;
  if (separator('/') || separator('-') || separator('.')) {
    const std::optional<Token> m = number();
    if (!m || m->text.size() > 2) return {};
    month = m->value;
  } else if (word("tháng")) {
    if (word("giêng")) {
      month = 1;
    } else if (word("chạp")) {
      month = 12;
    } else if (const std::optional<Token> m = number(); m && m->text.size() <= 2) {
      month = m->value;
    } else {
      return {};
    }
  } else {
    return {};
  }
  const bool leap = word("nhuận");
  LunarYear year;
  const bool marked_before = words({"âm", "lịch"}) || word("âl");
  if (!marked_before && (separator('/') || separator('-') || separator('.'))) {
    const std::optional<Token> y = number();
    if (!y) return {};
    year.year = static_cast<int>(y->value);
    if (auto problem = year_problem(*y)) return invalid(*problem);
  }
  const bool marked = marked_before || words({"âm", "lịch"}) || word("âl");
  if (!marked && !lunar_word) return {};
  if (!year.year && !read_lunar_year(year)) return {};
  if (!marked) static_cast<void>(words({"âm", "lịch"}) || word("âl"));  // "rằm tháng Giêng 2025 âm lịch"
  return resolve_lunar(day, month, leap, year, 0);
}

// The year after a lunar day or Tết: "2022", "năm 2022", "Nhâm Dần", "(Nhâm Dần) 2022", "năm
// Nhâm Dần 2022", "2022 (Nhâm Dần)", or nothing. False when what follows is none of these.
bool Reader::read_lunar_year(LunarYear& year) {
  static_cast<void>(word("năm"));
  auto can_chi = [&]() -> bool {
    const std::size_t start = pos_;
    const bool open = separator('(');
    const Token* stem = peek();
    if (stem == nullptr || stem->kind != Token::Kind::word) {
      pos_ = start;
      return true;
    }
    const int s = index_of(kStems, stem->text);
    const Token* branch = pos_ + 1 < tokens_.size() ? &tokens_[pos_ + 1] : nullptr;
    const int b = branch != nullptr && branch->kind == Token::Kind::word ? index_of(kBranches, branch->text) : -1;
    if (s < 0 || b < 0) {
      pos_ = start;
      return !open;
    }
    pos_ += 2;
    if (open && !separator(')')) return false;
    year.cycle = cycle_of(s, b);
    return year.cycle >= 0;
  };
  if (!can_chi()) return false;
  if (year.cycle >= 0) static_cast<void>(word("năm"));  // "Giáp Thìn năm 2024"
  if (const Token* next = peek(); next != nullptr && next->kind == Token::Kind::number) {
    const Token y = *number();
    year.year = static_cast<int>(y.value);
    if (year.cycle < 0 && !can_chi()) return false;
  }
  return true;
}

// The solar date of lunar day/month(/leap) of `year`, or of the first year from the anchor on
// whose day falls on or after it; `working_days` carried into the When.
ReadResult Reader::resolve_lunar(long day, long month, bool leap, const LunarYear& year, int working_days) const {
  if (month < 1 || month > 12) return invalid(i18n::trf("lunar month {} is not between 1 and 12", month));
  if (day < 1 || day > 30) return invalid(i18n::trf("lunar day {} is not between 1 and 30", day));
  auto ok = [&](const Date& date) {
    When when{date, std::nullopt, working_days, true};
    return ReadResult{ReadResult::Status::ok, when, ""};
  };
  const auto d = static_cast<int>(day);
  const auto m = static_cast<int>(month);
  if (year.year) {
    const int y = *year.year;
    if (y < kFirstLunarYear || y > kLastLunarYear)
      return invalid(i18n::trf("lunar dates are known for the years {}–{} only", kFirstLunarYear, kLastLunarYear));
    if (year.cycle >= 0 && year.cycle != cycle_of(y))
      return invalid(i18n::trf("the lunar year {} is {}, not the year written with it", y, can_chi_year(y)));
    if (const std::optional<Date> date = from_lunar(LunarDate{d, m, y, leap})) return ok(*date);
    if (leap && leap_month(y) != m)
      return invalid(i18n::trf("the lunar year {} ({}) has no leap month {}", y, can_chi_year(y), m));
    return invalid(
        i18n::trf("{} {} has {} days", lunar_month_name(m, leap), can_chi_year(y), lunar_month_length(y, m, leap)));
  }
  const std::string example = fmt::format("{} 2025", original_);
  if (!anchor_) return invalid(i18n::trf("no year; write the lunar year, e.g. '{}'", example));
  for (int y = anchor_->year - 1; y <= anchor_->year + 60; ++y) {
    if (year.cycle >= 0 && year.cycle != cycle_of(y)) continue;
    const std::optional<Date> date = from_lunar(LunarDate{d, m, y, leap});
    if (date && *anchor_ <= *date) return ok(*date);
    if (year.cycle < 0 && y > anchor_->year + 3) break;
  }
  return invalid(
      i18n::trf("no such lunar day after {}; write the lunar year, e.g. '{}'", format_vn(*anchor_), example));
}

}  // namespace campaign::calendar::detail
