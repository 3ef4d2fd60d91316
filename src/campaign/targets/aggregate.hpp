#pragma once
// Aggregating unit values into an area figure by an indicator's total rule
// (mục tiêu toàn huyện from the communes' targets; the district result from theirs).

#include <optional>
#include <string>
#include <vector>

#include "campaign/model/model.hpp"

namespace campaign::targets {

/// Why an area figure could not be computed (worded by write/targets_wording.hpp).
enum class AreaProblem {
  none,
  missing_weight,     ///< weighted-mean without a weight for `problem_unit`
  zero_weights,       ///< weighted-mean whose weights add up to 0
  zero_denominators,  ///< every unit result is {numerator: 0, denominator: 0}: no data at all
};

/// How a set of unit values aggregates, exactly, before rounding for display.
struct Aggregation {
  std::optional<model::Decimal> value;       ///< by the rule, rounded to `decimals`; nullopt for `none` or no values
  std::optional<model::Decimal> plain_mean;  ///< also given for weighted-mean, for comparison
  std::size_t count = 0;                     ///< values taken (units left out with ~ do not count)
  AreaProblem problem = AreaProblem::none;   ///< why `value` could not be computed
  std::string problem_unit;                  ///< missing_weight: the unit id
};

/// Aggregates `values` by `rule` at `decimals` decimals. `weights` (unit id -> weight) are
/// needed for weighted-mean: sum(w·v) / sum(w). Only plain numbers take part (units left out
/// with ~ do not count); the mean is the plain mean of those.
Aggregation aggregate(const std::vector<model::UnitValue>& values, model::TotalRule rule,
                      const std::vector<model::UnitValue>& weights, int decimals);

/// A unit's value: the number, or numerator/denominator as a percentage at `decimals`+2;
/// nullopt for no value and for {numerator: 0, denominator: 0} (no data: nothing to count).
std::optional<model::Decimal> value_of(const model::Value& value, bool percent, int decimals);

/// True for a result of {numerator: 0, denominator: 0}: the unit had nothing to count in the
/// period (a commune without births in a quarter), so its rate does not exist. The loader
/// accepts it; a denominator of 0 under a numerator other than 0 is error E016.
bool no_data(const model::Value& value);

/// How an area result was obtained: from each unit's numerator and denominator (the area
/// rate is Σ numerators / Σ denominators, as health statistics compute a district rate), or
/// from the units' values by the indicator's total rule.
/// `reported`: the result set gives the area's figure itself (`area`), without unit values.
enum class AreaMethod { fractions, mean, sum, weighted_mean, none, reported };

/// The area result of an indicator (e.g. the district's third-birth rate for 2024).
struct AreaResult {
  std::optional<model::Decimal> value;  ///< at `decimals`; nullopt when it cannot be computed
  AreaMethod method = AreaMethod::none;
  std::size_t count = 0;                          ///< units whose result took part
  std::optional<model::Decimal> numerator_sum;    ///< fractions only
  std::optional<model::Decimal> denominator_sum;  ///< fractions only
  AreaProblem problem = AreaProblem::none;        ///< why `value` could not be computed
  std::string problem_unit;                       ///< missing_weight: the unit id
};

/// Aggregates the results `values` (numbers, or {numerator, denominator}) of `indicator` into
/// an area result at `decimals` decimals. When every unit result present is a fraction, the
/// area rate is Σ numerators / Σ denominators (×100 for percent); otherwise the unit values
/// (fractions turned into rates) aggregate by the indicator's total_rule, weighted-mean with
/// `weights` when given, else the indicator's. Units without a result do not take part; a
/// {numerator: 0, denominator: 0} result takes part in Σ numerators / Σ denominators (it adds
/// nothing to either, exactly) but not in a rule over rates (its rate does not exist).
AreaResult aggregate_results(const model::Indicator& indicator, const std::vector<model::UnitValue>& values,
                             const std::vector<model::UnitValue>& weights, int decimals);

}  // namespace campaign::targets
