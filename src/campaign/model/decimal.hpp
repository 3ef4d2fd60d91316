#pragma once
// Exact decimal numbers as written in notices ("20.33", "16.5", "1905"): targets, totals, results.
// Values keep the precision they were written with, so tables show them as the appendix does.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace campaign::model {

/// units × 10^-scale, e.g. 20.33 = {2033, 2}. `scale` is the number of decimals as written (0..6;
/// results of arithmetic up to 18).
///
/// Arithmetic is exact (computed in 128 bits) whenever the result's units fit in 64 bits. A
/// result that does not, which only values far beyond what the loader accepts can produce
/// (e.g. a weight times a target, both near 10^10), has fewer decimals than documented below,
/// rounded half away from zero, and saturates at ±(2^63 − 1) units when not even its whole part
/// fits. Nothing overflows.
struct Decimal {
  std::int64_t units = 0;
  int scale = 0;

  /// Parses plain decimal text: optional '-', up to 10 whole digits, optional '.' and up to 6
  /// decimals ("20.33", "-1", "16.5"), so that sums and means stay exact in 64 bits. No exponent,
  /// no thousands separators, no '%'. nullopt otherwise.
  static std::optional<Decimal> parse(std::string_view text);

  [[nodiscard]] double to_double() const;
  /// The value at `scale` decimals, as written ("20.33", "22", "16.5").
  [[nodiscard]] std::string to_string() const;
  /// The value rounded half away from zero to `decimals` decimals.
  [[nodiscard]] Decimal rounded(int decimals) const;
  /// Three-way comparison by value (20.5 == 20.50).
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  // NOLINTNEXTLINE(modernize-use-nullptr): the 0 of a comparison category (clang-tidy 14 bug)
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }
};

/// numerator / denominator (denominator > 0), computed exactly and rounded half away from zero
/// to `decimals` decimals: the mean of seven targets is divide_rounded(sum, 7, 2).
Decimal divide_rounded(const Decimal& numerator, std::int64_t denominator, int decimals);

/// numerator / denominator (denominator != 0), exact then rounded half away from zero.
Decimal divide(const Decimal& numerator, const Decimal& denominator, int decimals);

/// Exact sum (scale = the largest scale of the terms).
Decimal add(const Decimal& a, const Decimal& b);

/// a − b, exactly (as add).
Decimal subtract(const Decimal& a, const Decimal& b);

/// Exact product (scale = sum of the scales; at most 18).
Decimal multiply(const Decimal& a, const Decimal& b);

}  // namespace campaign::model
