#pragma once
// Aggregating unit values into an area figure by an indicator's total rule
// (mục tiêu toàn huyện from the communes' targets; the district result from theirs).

#include <optional>
#include <string>
#include <vector>

#include "campaign/model/model.hpp"

namespace campaign::targets {

/// How a set of unit values aggregates, exactly, before rounding for display.
struct Aggregation {
  std::optional<model::Decimal> value;       ///< by the rule, rounded to `decimals`; nullopt for `none` or no values
  std::optional<model::Decimal> plain_mean;  ///< also given for weighted-mean, for comparison
  std::size_t count = 0;                     ///< values taken (units left out with ~ do not count)
  std::string problem;                       ///< why it could not be computed (missing weights), else empty
};

/// Aggregates `values` by `rule` at `decimals` decimals. `weights` (unit id -> weight) are
/// needed for weighted-mean: sum(w·v) / sum(w). Only plain numbers take part (units left out
/// with ~ do not count); the mean is the plain mean of those.
Aggregation aggregate(const std::vector<model::UnitValue>& values, model::TotalRule rule,
                      const std::vector<model::UnitValue>& weights, int decimals);

/// A unit's value: the number, or numerator/denominator as a percentage at `decimals`+2.
std::optional<model::Decimal> value_of(const model::Value& value, bool percent, int decimals);

/// How an area result was obtained: from each unit's numerator and denominator (the area
/// rate is Σ numerators / Σ denominators, as health statistics compute a district rate), or
/// from the units' values by the indicator's total rule.
enum class AreaMethod { fractions, mean, sum, weighted_mean, none };

/// The area result of an indicator (e.g. the district's third-birth rate for 2024).
struct AreaResult {
  std::optional<model::Decimal> value;  ///< at `decimals`; nullopt when it cannot be computed
  AreaMethod method = AreaMethod::none;
  std::size_t count = 0;                ///< units whose result took part
  std::optional<model::Decimal> numerator_sum;    ///< fractions only
  std::optional<model::Decimal> denominator_sum;  ///< fractions only
  std::string problem;                  ///< e.g. "no weight for 'tan-lap'"
};

/// Aggregates the results `values` (numbers, or {numerator, denominator}) of `indicator` into
/// an area result at `decimals` decimals. When every unit result present is a fraction, the
/// area rate is Σ numerators / Σ denominators (×100 for percent); otherwise the unit values
/// (fractions turned into rates) aggregate by the indicator's total_rule, weighted-mean with
/// `weights` when given, else the indicator's. Units without a result do not take part.
AreaResult aggregate_results(const model::Indicator& indicator, const std::vector<model::UnitValue>& values,
                             const std::vector<model::UnitValue>& weights, int decimals);

}  // namespace campaign::targets
