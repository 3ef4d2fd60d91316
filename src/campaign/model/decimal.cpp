#include "campaign/model/decimal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace campaign::model {
namespace {

constexpr int kMaxScale = 6;
constexpr std::size_t kMaxDigits = 16;  // |units| < 10^16: sums of 900 values stay below 2^63
constexpr int kMaxResultScale = 18;     // 10^18 still fits in 64 bits
__extension__ typedef __int128 Wide;    // exact intermediate results
constexpr Wide kMaxUnits = INT64_MAX;

std::int64_t pow10(int n) {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// x * 10^n, or false when that does not fit in 128 bits.
bool scale_up(Wide& x, int n) {
  while (n-- > 0)
    if (__builtin_mul_overflow(x, Wide{10}, &x)) return false;
  return true;
}

// Rounds n / d (d > 0) half away from zero.
Wide div_round(Wide n, Wide d) {
  Wide q = n / d;
  Wide r = n % d;
  if (r < 0) r = -r;
  if (r >= d - r) q += (n < 0 ? -1 : 1);
  return q;
}

// The value n * 10^-n_scale / d (d > 0) rounded half away from zero to `scale` decimals: at
// fewer decimals when its units would not fit in 64 bits, saturated at the 64-bit limits when
// not even the whole part fits. Only values far beyond what the loader accepts need either.
Decimal nearest(Wide n, int n_scale, Wide d, int scale) {
  for (int s = std::clamp(scale, 0, kMaxResultScale);; --s) {
    Wide num = n, den = d;
    bool fits = s >= n_scale ? scale_up(num, s - n_scale) : scale_up(den, n_scale - s);
    if (!fits && s < n_scale) return {0, s};  // d * 10^(n_scale - s) > 2^127 > |n|; not for scales <= 18
    Wide q = fits ? div_round(num, den) : 0;
    if (fits && q <= kMaxUnits && q >= -kMaxUnits) return {static_cast<std::int64_t>(q), s};
    if (s == 0) return {n < 0 ? -INT64_MAX : INT64_MAX, 0};
  }
}

// The units of `d` at `scale` (d.scale <= scale <= 36), exactly.
Wide rescale(const Decimal& d, int scale) {
  Wide units = d.units;
  scale_up(units, scale - d.scale);
  return units;
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  auto dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole.empty() || (dot != std::string_view::npos && fraction.empty())) return std::nullopt;
  std::size_t leading_zeros = std::min(whole.find_first_not_of('0'), whole.size() - 1);
  if (fraction.size() > kMaxScale || whole.size() - leading_zeros + fraction.size() > kMaxDigits) return std::nullopt;
  for (char c : whole)
    if (c < '0' || c > '9') return std::nullopt;
  for (char c : fraction)
    if (c < '0' || c > '9') return std::nullopt;
  std::int64_t units = 0;
  for (char c : whole) units = units * 10 + (c - '0');
  for (char c : fraction) units = units * 10 + (c - '0');
  return Decimal{negative ? -units : units, static_cast<int>(fraction.size())};
}

double Decimal::to_double() const {
  return static_cast<double>(units) / static_cast<double>(pow10(scale));
}

std::string Decimal::to_string() const {
  auto magnitude = units < 0 ? -static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
  auto p = static_cast<std::uint64_t>(pow10(scale));
  std::string s = fmt::format("{}{}", units < 0 ? "-" : "", magnitude / p);
  if (scale > 0) s += fmt::format(".{:0{}}", magnitude % p, scale);
  return s;
}

Decimal Decimal::rounded(int decimals) const {
  return nearest(units, scale, 1, decimals);
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  int s = a.scale > b.scale ? a.scale : b.scale;
  return rescale(a, s) <=> rescale(b, s);
}

Decimal divide_rounded(const Decimal& numerator, std::int64_t denominator, int decimals) {
  return nearest(numerator.units, numerator.scale, denominator, decimals);
}

Decimal divide(const Decimal& numerator, const Decimal& denominator, int decimals) {
  // (n / 10^sn) / (d / 10^sd) = n * 10^sd / (d * 10^sn), at `decimals`.
  Wide n = rescale(numerator, numerator.scale + denominator.scale);
  Wide d = rescale(denominator, denominator.scale + numerator.scale);
  if (d < 0) {
    n = -n;
    d = -d;
  }
  return nearest(n, 0, d, decimals);
}

Decimal multiply(const Decimal& a, const Decimal& b) {
  return nearest(Wide{a.units} * b.units, a.scale + b.scale, 1, a.scale + b.scale);
}

Decimal add(const Decimal& a, const Decimal& b) {
  int s = a.scale > b.scale ? a.scale : b.scale;
  return nearest(rescale(a, s) + rescale(b, s), s, 1, s);
}

Decimal subtract(const Decimal& a, const Decimal& b) {
  return add(a, Decimal{-b.units, b.scale});
}

}  // namespace campaign::model
