#include "campaign/targets/aggregate.hpp"

#include <algorithm>

namespace campaign::targets {

using model::Decimal;

bool no_data(const model::Value& value) {
  return !value.number && value.numerator && value.denominator && value.denominator->units == 0;
}

std::optional<Decimal> value_of(const model::Value& value, bool percent, int decimals) {
  if (value.number) return value.number;
  if (value.numerator && value.denominator && value.denominator->units != 0) {
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
    case model::TotalRule::none:
      break;
    case model::TotalRule::sum:
      out.value = sum.rounded(decimals);
      break;
    case model::TotalRule::mean:
      out.value = out.plain_mean;
      break;
    case model::TotalRule::weighted_mean: {
      Decimal weighted{}, total_weight{};
      for (const auto& uv : values) {
        if (!uv.value.number) continue;
        auto w = std::find_if(weights.begin(), weights.end(), [&](const auto& x) { return x.unit == uv.unit; });
        if (w == weights.end() || !w->value.number) {
          out.problem = AreaProblem::missing_weight;
          out.problem_unit = uv.unit;
          return out;
        }
        weighted = add(weighted, multiply(*uv.value.number, *w->value.number));
        total_weight = add(total_weight, *w->value.number);
      }
      if (total_weight.units == 0) {
        out.problem = AreaProblem::zero_weights;
        return out;
      }
      out.value = divide(weighted, total_weight, decimals);
      break;
    }
  }
  return out;
}

namespace {

AreaMethod method_of(model::TotalRule rule) {
  switch (rule) {
    case model::TotalRule::mean:
      return AreaMethod::mean;
    case model::TotalRule::sum:
      return AreaMethod::sum;
    case model::TotalRule::weighted_mean:
      return AreaMethod::weighted_mean;
    case model::TotalRule::none:
      return AreaMethod::none;
  }
  return AreaMethod::none;
}

bool usable(const model::Value& v) {
  return !v.invalid && (v.number || (v.numerator && v.denominator));
}

}  // namespace

AreaResult aggregate_results(const model::Indicator& indicator, const std::vector<model::UnitValue>& values,
                             const std::vector<model::UnitValue>& weights, int decimals) {
  AreaResult out;
  bool all_fractions = true;
  for (const auto& uv : values) {
    if (!usable(uv.value)) continue;
    ++out.count;
    if (uv.value.number) all_fractions = false;
  }
  if (out.count == 0) {
    out.method = method_of(indicator.total_rule);
    return out;
  }
  if (all_fractions) {  // {0, 0} results take part: they add nothing to either sum
    Decimal num{}, den{};
    for (const auto& uv : values) {
      if (!usable(uv.value)) continue;
      num = add(num, *uv.value.numerator);
      den = add(den, *uv.value.denominator);
    }
    out.method = AreaMethod::fractions;
    out.numerator_sum = num;
    out.denominator_sum = den;
    if (den.units == 0) {
      out.problem = AreaProblem::zero_denominators;
      return out;
    }
    out.value =
        indicator.is_percent() ? divide(multiply(num, Decimal{100, 0}), den, decimals) : divide(num, den, decimals);
    return out;
  }
  // Mixed or plain values: turn each into a number, then the total rule ({0, 0} has none).
  std::vector<model::UnitValue> numbers;
  for (const auto& uv : values) {
    if (!usable(uv.value) || no_data(uv.value)) continue;
    model::UnitValue n = uv;
    n.value.number = value_of(uv.value, indicator.is_percent(), decimals + 2);
    numbers.push_back(n);
  }
  out.method = method_of(indicator.total_rule);
  out.count = numbers.size();
  if (numbers.empty()) return out;
  Aggregation agg = aggregate(numbers, indicator.total_rule, weights.empty() ? indicator.weights : weights, decimals);
  out.value = agg.value;
  out.problem = agg.problem;
  out.problem_unit = agg.problem_unit;
  return out;
}

}  // namespace campaign::targets
