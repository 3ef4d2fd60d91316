#include "campaign/targets/aggregate.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace campaign::targets {

using model::Decimal;

std::optional<Decimal> value_of(const model::Value& value, bool percent, int decimals) {
  if (value.number) return value.number;
  if (value.numerator && value.denominator) {
    Decimal ratio = divide(*value.numerator, *value.denominator, decimals + 2);
    return percent ? multiply(ratio, Decimal{100, 0}).rounded(decimals) : ratio.rounded(decimals);
  }
  return std::nullopt;
}

Aggregation aggregate(const std::vector<model::UnitValue>& values, model::TotalRule rule,
                      const std::vector<model::UnitValue>& weights, int decimals) {
  Aggregation out;
  Decimal sum{};
  for (const auto& uv : values) {
    if (!uv.value.number) continue;
    sum = add(sum, *uv.value.number);
    ++out.count;
  }
  if (out.count == 0) return out;
  Decimal count{static_cast<std::int64_t>(out.count), 0};
  out.plain_mean = divide(sum, count, decimals);
  switch (rule) {
    case model::TotalRule::none: break;
    case model::TotalRule::sum: out.value = sum.rounded(decimals); break;
    case model::TotalRule::mean: out.value = out.plain_mean; break;
    case model::TotalRule::weighted_mean: {
      Decimal weighted{}, total_weight{};
      for (const auto& uv : values) {
        if (!uv.value.number) continue;
        auto w = std::find_if(weights.begin(), weights.end(), [&](const auto& x) { return x.unit == uv.unit; });
        if (w == weights.end() || !w->value.number) {
          out.problem = fmt::format("no weight for '{}'", uv.unit);
          return out;
        }
        weighted = add(weighted, multiply(*uv.value.number, *w->value.number));
        total_weight = add(total_weight, *w->value.number);
      }
      if (total_weight.units == 0) {
        out.problem = "the weights add up to 0";
        return out;
      }
      out.value = divide(weighted, total_weight, decimals);
      break;
    }
  }
  return out;
}

}  // namespace campaign::targets
