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
/// ("tỷ đồng": 5), or E060 when that indicator's unit is not money. Runs once every file is
/// loaded.
void convert_result_amounts(model::Model& model, diag::Sink& sink);

}  // namespace campaign::load
