#pragma once
// Targets against results (campaign compare): per unit the target, the result, the gap and
// whether the target is met according to `better`; the area result by the indicator's rule,
// judged only on complete data (or --partial); the counts a summary needs; the result sets set
// aside. Without results, each unit's target against the area total. Plain data: the words are
// in write/targets_wording.hpp.

#include <optional>
#include <string>
#include <vector>

#include "campaign/targets/aggregate.hpp"
#include "campaign/targets/effective.hpp"

namespace campaign::targets {

/// met: at or below the target (better: lower) or at or above it (better: higher); no_data:
/// the unit's result is {numerator: 0, denominator: 0}, so it has no rate to judge.
enum class Status { met, not_met, no_result, no_data, no_target, not_evaluated };

/// One unit's line. `gap` is result − target (percentage points for percent, units for counts).
struct UnitComparison {
  const model::Unit* unit = nullptr;
  std::optional<model::Decimal> target;                  ///< nullopt: left out with ~
  std::optional<model::Decimal> result;                  ///< nullopt: no result sent (never taken as 0), or no data
  std::optional<model::Decimal> numerator, denominator;  ///< when the result was given as a fraction
  std::optional<model::Decimal> gap;
  Status status = Status::no_result;
  bool refused = false;  ///< its target or result could not be rolled up (targets/rollup.hpp): not_evaluated
};

/// Why the area line is not evaluated (Status::not_evaluated), or `none` when it is judged.
enum class AreaReason {
  none,
  no_results,    ///< no result set is loaded: the allocation view
  incomplete,    ///< some unit with a target has no usable result, and --partial was not given
  no_target,     ///< the indicator has no total
  not_computed,  ///< total_rule: none, or the area result cannot be computed (AreaResult::problem)
};

/// The area line: the total (target) against the aggregated result. One rule for every
/// total_rule: the area is judged only when every unit with a target took part, unless
/// `partial` (--partial) asks to judge it on the units present, which the output says.
struct AreaComparison {
  std::optional<model::Decimal> target;
  AreaResult result;  ///< not computed (value nullopt) while `incomplete` and not `partial`
  std::optional<model::Decimal> gap;
  Status status = Status::not_evaluated;
  AreaReason reason = AreaReason::none;
  std::size_t missing = 0;     ///< units with a target but no result
  std::size_t no_data = 0;     ///< units with a target whose result is {0, 0}
  std::size_t incomplete = 0;  ///< of those, the units that cannot take part: `missing`, and
                               ///< `no_data` unless the area is Σ numerators / Σ denominators
  bool partial = false;        ///< judged on the units present although `incomplete` > 0
};

/// A result set compare does not use because the indicator it names was replaced by a later
/// notice (`amends`); validate warns about such results (W009) when their period reaches the
/// replacement's issue date.
struct SetAside {
  const model::Result* result = nullptr;
  IndicatorRef replaced;  ///< the indicator the result set names
  IndicatorRef by;        ///< the indicator that amends it
};

/// The comparison of one indicator with one result set (`result` nullptr: no results loaded,
/// then `gap` of each unit is its target − the area total: the allocation view).
struct Comparison {
  Effective indicator;
  const model::Result* result = nullptr;
  std::optional<model::Area> registry_area;  ///< the registry's area, for headings and words
  std::vector<UnitComparison> units;
  AreaComparison area;
  std::size_t met = 0;              ///< units that met their target
  std::size_t with_target = 0;      ///< units with a target (the summary's denominator)
  std::vector<SetAside> set_aside;  ///< result sets of indicators this one replaced, not used
};

/// True when `result` meets `target` by `better` (lower: result ≤ target; higher: ≥), exactly.
bool meets(const model::Decimal& result, const model::Decimal& target, model::Better better);

/// The result set to use for `indicator`: of `period` when given, else the latest period
/// (then the latest `as_of`); nullptr when none names the indicator (DOCUMENT#INDICATOR).
const model::Result* pick_result(const model::Model& model, const IndicatorRef& indicator,
                                 const std::optional<calendar::Period>& period);

/// The periods of the result sets that name `indicator`, earliest first, each once.
std::vector<calendar::Period> result_periods(const model::Model& model, const IndicatorRef& indicator);

/// The result sets (of `period` when given) that name an indicator `indicator` replaced,
/// directly or through a chain of amendments: compare does not use them.
std::vector<SetAside> set_aside_results(const model::Model& model, const Effective& indicator,
                                        const std::optional<calendar::Period>& period);

/// Compares `indicator` with `result` (nullptr: targets against the area total), units in
/// registry order: those on the document's map (targets::document_units). `partial`: judge the area on the units
/// present when some lack a result.
Comparison compare(const model::Model& model, const Effective& indicator, const model::Result* result,
                   bool partial = false);

}  // namespace campaign::targets
