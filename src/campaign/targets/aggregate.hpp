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

}  // namespace campaign::targets
