#include "campaign/targets/rollup.hpp"

#include <algorithm>
#include <map>

#include "campaign/model/territory.hpp"

namespace campaign::targets {
namespace {

using model::Decimal;
using model::UnitValue;

bool fraction(const model::Value& v) {
  return !v.number && v.numerator && v.denominator;
}

Rolled refuse(RefusalReason reason, std::string unit = {}) {
  Rolled r;
  r.refused = reason;
  r.problem_unit = std::move(unit);
  return r;
}

// Σ numerators / Σ denominators: the counts of the former units add up.
Rolled add_fractions(const std::vector<Part>& parts) {
  model::Value v;
  Decimal n{}, d{};
  for (const Part& p : parts) {
    n = add(n, *p.value->numerator);
    d = add(d, *p.value->denominator);
  }
  v.numerator = n;
  v.denominator = d;
  Rolled r;
  r.value = v;
  return r;
}

Rolled weighted(const std::vector<Part>& parts, int decimals) {
  Decimal sum{}, weights{};
  for (const Part& p : parts) {
    if (!p.weight || !p.weight->number) return refuse(RefusalReason::missing_weight, p.unit);
    sum = add(sum, multiply(*p.value->number, *p.weight->number));
    weights = add(weights, *p.weight->number);
  }
  if (weights.units == 0) return refuse(RefusalReason::zero_weights);
  Rolled r;
  r.value = model::Value{};
  r.value->number = divide(sum, weights, decimals);
  r.weight = weights;
  return r;
}

}  // namespace

Rolled roll_up(const std::vector<Part>& parts, model::TotalRule rule, int decimals) {
  for (const Part& p : parts)
    if (!p.value || p.value->invalid || (!p.value->number && !fraction(*p.value)))
      return refuse(RefusalReason::part_missing, p.unit);
  if (parts.size() == 1) {
    Rolled r;
    r.value = *parts.front().value;
    if (parts.front().weight) r.weight = parts.front().weight->number;
    return r;
  }
  if (std::all_of(parts.begin(), parts.end(), [](const Part& p) { return fraction(*p.value); }))
    return add_fractions(parts);
  for (const Part& p : parts)
    if (!p.value->number) return refuse(RefusalReason::mean_without_weights, p.unit);  // a rate among numbers
  switch (rule) {
    case model::TotalRule::sum: {
      Rolled r;
      r.value = model::Value{};
      Decimal sum{}, weights{};
      bool all_weighted = true;
      for (const Part& p : parts) {
        sum = add(sum, *p.value->number);
        if (p.weight && p.weight->number)
          weights = add(weights, *p.weight->number);
        else
          all_weighted = false;
      }
      r.value->number = sum;
      if (all_weighted) r.weight = weights;
      return r;
    }
    case model::TotalRule::weighted_mean:
      return weighted(parts, decimals);
    case model::TotalRule::mean:
      return refuse(RefusalReason::mean_without_weights);
    case model::TotalRule::none:
      return refuse(RefusalReason::no_rule);
  }
  return refuse(RefusalReason::no_rule);
}

}  // namespace campaign::targets
