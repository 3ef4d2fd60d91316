#pragma once
// Numbers and sums of money as Vietnamese documents write them: thousands dots
// ("14.714.669.968"), a decimal comma after them ("1.234.567,5"), and amounts with their words
// ("5 tỷ 750 triệu đồng", "1,5 tỷ đồng", "750 nghìn đồng"). Pure text → exact Decimal; the
// diagnostics are load/value.cpp's. Issue 15, item 6.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "campaign/diag/diagnostic.hpp"
#include "campaign/model/decimal.hpp"
#include "campaign/model/model.hpp"

namespace campaign::load {

/// The number of đồng in one unit of a money unit as an indicator's `unit` is written:
/// "đồng" (also "đ", "VNĐ") 1, "nghìn đồng" / "ngàn đồng" 10^3, "triệu đồng" 10^6, "tỷ đồng" /
/// "tỉ đồng" 10^9 (case and surrounding spaces ignored; NFC). nullopt: not a money unit.
std::optional<std::int64_t> money_unit(std::string_view unit);

/// "14.714.669.968" → "14714669968", "1.234.567,89" → "1234567.89", "14,714,669,968" and
/// "1,234,567.89" likewise: digit groups whose grouping is unambiguous, that is at least two
/// separators of one kind, a first group of 1–3 digits and groups of exactly 3 after it,
/// optionally followed by decimals after the other mark. nullopt for anything else (one
/// separator, "1.905", is ambiguous and not read here).
std::optional<std::string> ungrouped(std::string_view text);

/// What a value's unit says of a number with one mark before exactly three digits ("1.500",
/// "1,905"): the one rule of issue 15, item 6, for totals, targets and results alike.
enum class Reading {
  whole,  ///< an integer count or đồng (`count`, `đồng`, fraction counts): the mark groups thousands, 1.500 is 1500
  decimal,  ///< a percentage (at most 100, so never 1500): the mark is a decimal point (a comma: W003)
  either,   ///< any other unit (`hộ`, `triệu đồng`, a weight): both readings are possible, an error (E011)
  unknown,  ///< a result read before its indicator is known: decided once it is (convert_result_amounts)
};

/// The Reading of a value of indicator unit `unit`: "count" and "đồng" whole, "percent"
/// decimal, "" unknown (a result), anything else ("weight" too) either.
Reading reading_of(std::string_view unit);

/// A number's marks read by `reading`: `text` is what Decimal::parse takes ("1500", "1.5",
/// "14714669968").
struct Marks {
  enum class Kind {
    plain,       ///< `text` is the number; `decimal_comma` when a comma was read as the decimal point
    ambiguous,   ///< one mark before three digits and Reading::either
    bad_groups,  ///< two marks or more, not grouped by thousands ("14714.669.968")
    undecided,   ///< one mark before three digits and Reading::unknown
  };
  Kind kind = Kind::plain;
  std::string text;
  bool decimal_comma = false;
};

/// Reads the thousands marks and decimal mark of `number` (digits, '.', ',', a sign; trimmed):
/// several groups of three are always thousands (`ungrouped`); one mark before three digits
/// (and after 1–3 digits not starting with 0) is read by `reading`; one comma otherwise is a
/// decimal comma. Pure; the diagnostics are the caller's (ambiguous_text).
Marks read_marks(std::string_view number, Reading reading);

/// The message of an ambiguous number (E011), with what to write for each reading: "{what}:
/// '1.905' is ambiguous: …? Write 1905 when the mark separates thousands, or … 1.9050".
std::string ambiguous_text(std::string_view what, std::string_view written, std::string_view number);

/// How an amount of money written with words was read.
struct Amount {
  enum class Kind {
    none,       ///< no money word: not an amount (read it as a plain number)
    ok,         ///< `dong` holds the amount in đồng, exactly
    ambiguous,  ///< a part is "1.500" (thousands or decimal?); `part` holds it
    malformed,  ///< money words, but not in the order "5 tỷ 750 triệu đồng"; `part` holds the first wrong word
  };
  Kind kind = Kind::none;
  model::Decimal dong;
  std::string part;
};

/// Reads "5 tỷ 750 triệu đồng", "1,5 tỷ đồng", "750 triệu", "14.714.669.968 đồng", "2 tỷ 5":
/// numbers (a decimal point or comma; thousands groups as `ungrouped`), each followed by a
/// magnitude (nghìn/ngàn, triệu, tỷ/tỉ) in decreasing order, then optionally "đồng" (or "đ",
/// "VNĐ"); a last number without a magnitude counts đồng. The amount is the exact sum in đồng.
/// At least one money word must be present (else Kind::none).
Amount read_amount(std::string_view text);

/// `dong` đồng in units of `per_unit` đồng (money_unit), exactly: 5750000000 in tỷ đồng is
/// 5.75. Trailing zero decimals are dropped. nullopt when it cannot be exact in 18 decimals.
std::optional<model::Decimal> in_money_unit(const model::Decimal& dong, std::int64_t per_unit);

/// Results read before their indicator was known (a result file) that were written as an
/// amount ("5 tỷ đồng", Value::in_dong): converted to the unit of the indicator they name
/// ("tỷ đồng": 5), or E060 when that indicator's unit is not money; and those written with one
/// mark before three digits (Value::undecided) read by that unit (read_marks: "1.500" is 1500
/// in a count or đồng, 1.5 in a percentage, else E011). Runs once every file is loaded.
void convert_result_amounts(model::Model& model, diag::Sink& sink);

}  // namespace campaign::load
