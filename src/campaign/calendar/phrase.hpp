#pragma once
// Internal to campaign/calendar: the grammar shared by deadline phrases and period labels.
// Text is lower-cased to NFC (campaign::text::to_lower), split into tokens, then read by a
// small recursive-descent Reader. The accepted forms are listed in docs/format.md.

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/calendar/date.hpp"
#include "campaign/calendar/period.hpp"

namespace campaign::calendar::detail {

/// One token of a phrase: a run of ASCII digits, a run of letters (with their marks), or one
/// punctuation character of "/-.:,;()" (dashes U+2012..U+2015 and U+2212 read as '-').
struct Token {
  enum class Kind { number, word, separator };
  Kind kind = Kind::word;
  std::string text;  ///< lower-case NFC word, the digits as written, or the separator
  long value = 0;    ///< numbers only; saturates at 999'999'999
};

/// Tokens of `phrase` after NFC lower-casing; whitespace and invisible format characters
/// (ZWSP, BOM) separate or vanish, 'ð' (U+00F0, a common mis-typing of 'đ') reads as 'đ'.
/// Wrapping parentheses and one final '.', ',' or ';' are dropped. nullopt if the phrase holds
/// any other character (e.g. '@', or digits of another script).
std::optional<std::vector<Token>> tokenize(std::string_view phrase);

/// What a time expression names: one day, or a whole period. Exactly one is set.
/// With `working_days` > 0 (only with `day`), the due date is that many working days after
/// `day` (BLDS 2015 Điều 147: counted from the day after), which needs a days-off calendar
/// (phrase_working.cpp). `lunar`: the day was written against the lunar calendar (phrase_lunar.cpp).
struct When {
  std::optional<Date> day;
  std::optional<Period> period;
  int working_days = 0;
  bool lunar = false;

  /// The day, or the period's first day.
  Date first() const;
  /// The day, or the period's last day.
  Date last() const;
};

/// Outcome of Reader::read_when.
struct ReadResult {
  enum class Status { ok, invalid, unrecognized };
  Status status = Status::unrecognized;
  When when;
  std::string error;  ///< complete English message quoting the phrase, when invalid
};

/// Cursor over the tokens of one phrase; `original` is quoted in error messages.
class Reader {
 public:
  Reader(std::vector<Token> tokens, std::string_view original);

  /// The day year-less phrases count from ("sau Tết", "ngày 10/3 âm lịch", "kể từ ngày ký"):
  /// the document's issue date; without it those phrases are refused for want of a year.
  void set_anchor(std::optional<Date> anchor) { anchor_ = anchor; }

  /// True when every token has been consumed.
  bool at_end() const { return pos_ == tokens_.size(); }
  /// Consumes the next token if it is the word `word`.
  bool word(std::string_view word);
  /// Consumes the next tokens if they are exactly the words `words`, in order.
  bool words(std::initializer_list<std::string_view> words);
  /// Consumes the next token if it is the separator `c`.
  bool separator(char c);

  /// Reads a day ("31/07/2024", "2024-07-31", "ngày 15 tháng 12 năm 2024") or a period
  /// ("2024-07", "07/2024", "tháng 7/2024", "Q3/2024", "quý III năm 2024", "H1/2024",
  /// "6 tháng đầu năm 2024", "2024", "năm 2024") at the cursor. Years must be 1900..2200.
  ReadResult read_when();

 private:
  // A lunar year as written after a lunar day: a number, a can chi, or both. cycle: 0..59 from
  // Giáp Tý, -1 when no can chi was written.
  struct LunarYear {
    std::optional<int> year;
    int cycle = -1;
  };
  // Lunar phrases ("trước Tết Nguyên đán 2022", "sau Tết", "rằm tháng Giêng 2025", "ngày 10/3
  // âm lịch", "mùng 1 Tết"), in phrase_lunar.cpp; unrecognized, cursor unmoved, when not lunar.
  ReadResult read_lunar();
  ReadResult read_tet(bool after);
  ReadResult read_lunar_after_day(long day, bool lunar_word);
  bool read_lunar_year(LunarYear& year);
  ReadResult resolve_lunar(long day, long month, bool leap, const LunarYear& year, int working_days) const;
  // "05 ngày làm việc kể từ ngày 11/07/2024", "10 ngày kể từ ngày ký", in phrase_working.cpp.
  ReadResult read_counted_days();
  ReadResult read_counted_start(long count, bool working);

  enum class Tail { found, missing, bad };

  const Token* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }
  std::optional<Token> number();
  Tail year_tail(Token& year);
  ReadResult read_number_led();
  ReadResult read_after_number_and_thang(const Token& first);
  ReadResult read_month_keyword();
  ReadResult read_quarter_keyword();
  ReadResult read_half_keyword();
  ReadResult read_year_keyword();
  ReadResult make_day(const Token& year, const Token& month, const Token& day) const;
  ReadResult make_period(Frequency frequency, const Token& year, long index) const;
  ReadResult invalid(std::string_view reason) const;
  ReadResult no_year(std::string_view example) const;

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::string original_;
  std::optional<Date> anchor_;
};

/// Why `year` (a number token) is not an acceptable year of a phrase (two digits, or outside
/// 1900..2200), or nullopt.
std::optional<std::string> year_problem(const Token& year);

/// English name of `month` (1..12): "January".."December".
std::string_view month_name(int month);

}  // namespace campaign::calendar::detail
