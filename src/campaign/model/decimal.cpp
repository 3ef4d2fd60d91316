#include "campaign/model/decimal.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace campaign::model {
namespace {

constexpr int kMaxScale = 6;
constexpr std::size_t kMaxWholeDigits = 10;  // with kMaxScale: |units| < 10^16, sums of thousands stay exact
__extension__ typedef __int128 Wide;  // exact intermediate products

std::int64_t pow10(int n) {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

Decimal rescale(const Decimal& d, int scale) {
  return {d.units * pow10(scale - d.scale), scale};
}

// Rounds n / d (d > 0) half away from zero.
std::int64_t div_round(Wide n, Wide d) {
  Wide q = n / d;
  Wide r = n % d;
  if (r < 0) r = -r;
  if (2 * r >= d) q += (n < 0 ? -1 : 1);
  return static_cast<std::int64_t>(q);
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
  if (fraction.size() > kMaxScale || whole.size() > kMaxWholeDigits) return std::nullopt;
  for (char c : whole) if (c < '0' || c > '9') return std::nullopt;
  for (char c : fraction) if (c < '0' || c > '9') return std::nullopt;
  std::int64_t units = 0;
  for (char c : whole) units = units * 10 + (c - '0');
  for (char c : fraction) units = units * 10 + (c - '0');
  return Decimal{negative ? -units : units, static_cast<int>(fraction.size())};
}

double Decimal::to_double() const { return static_cast<double>(units) / static_cast<double>(pow10(scale)); }

std::string Decimal::to_string() const {
  auto magnitude = units < 0 ? -static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
  auto p = static_cast<std::uint64_t>(pow10(scale));
  std::string s = fmt::format("{}{}", units < 0 ? "-" : "", magnitude / p);
  if (scale > 0) s += fmt::format(".{:0{}}", magnitude % p, scale);
  return s;
}

Decimal Decimal::rounded(int decimals) const {
  if (decimals >= scale) return rescale(*this, decimals);
  return {div_round(units, pow10(scale - decimals)), decimals};
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  int s = a.scale > b.scale ? a.scale : b.scale;
  return rescale(a, s).units <=> rescale(b, s).units;
}

Decimal divide_rounded(const Decimal& numerator, std::int64_t denominator, int decimals) {
  // numerator.units / 10^scale / denominator, at `decimals`: scale the dividend up to decimals.
  Wide n = numerator.units;
  Wide d = denominator;
  int shift = decimals - numerator.scale;
  if (shift >= 0) n *= pow10(shift);
  else d *= pow10(-shift);
  return {div_round(n, d), decimals};
}

Decimal divide(const Decimal& numerator, const Decimal& denominator, int decimals) {
  // (n / 10^sn) / (d / 10^sd) = n * 10^sd / (d * 10^sn), at `decimals`.
  Wide n = numerator.units;
  Wide d = denominator.units;
  if (d < 0) {
    n = -n;
    d = -d;
  }
  n *= pow10(denominator.scale);
  d *= pow10(numerator.scale);
  n *= pow10(decimals);
  return {div_round(n, d), decimals};
}

Decimal multiply(const Decimal& a, const Decimal& b) { return {a.units * b.units, a.scale + b.scale}; }

Decimal add(const Decimal& a, const Decimal& b) {
  int s = a.scale > b.scale ? a.scale : b.scale;
  return {rescale(a, s).units + rescale(b, s).units, s};
}

}  // namespace campaign::model
