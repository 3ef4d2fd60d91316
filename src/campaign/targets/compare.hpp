#pragma once
// Targets against results (campaign compare): per unit the target, the result, the gap and
// whether the target is met according to `better`; the area result by the indicator's rule;
// a summary ("4/7 xã, thị trấn đạt"). Without results, each unit's target against the area total.

#include <optional>
#include <string>
#include <vector>

#include "campaign/targets/aggregate.hpp"
#include "campaign/targets/effective.hpp"
#include "campaign/targets/values.hpp"

namespace campaign::targets {

/// met: at or below the target (better: lower) or at or above it (better: higher).
enum class Status { met, not_met, no_result, no_target, not_evaluated };

/// One unit's line. `gap` is result − target (percentage points for percent, units for counts).
struct UnitComparison {
  const model::Unit* unit = nullptr;
  std::optional<model::Decimal> target;  ///< nullopt: left out with ~
  std::optional<model::Decimal> result;  ///< nullopt: no result sent (never taken as 0)
  std::optional<model::Decimal> numerator, denominator;  ///< when the result was given as a fraction
  std::optional<model::Decimal> gap;
  Status status = Status::no_result;
};

/// The area line: the total (target) against the aggregated result.
struct AreaComparison {
  std::optional<model::Decimal> target;
  AreaResult result;
  std::optional<model::Decimal> gap;
  Status status = Status::not_evaluated;
  std::size_t missing = 0;  ///< units with a target but no result
};

/// The comparison of one indicator with one result set (`result` nullptr: no results loaded,
/// then `gap` of each unit is its target − the area total: the allocation view).
struct Comparison {
  Effective indicator;
  const model::Result* result = nullptr;
  std::optional<model::Area> registry_area;  ///< the registry's area, for headings and words
  std::vector<UnitComparison> units;
  AreaComparison area;
  std::size_t met = 0;          ///< units that met their target
  std::size_t with_target = 0;  ///< units with a target (the summary's denominator)
};

/// True when `result` meets `target` by `better` (lower: result ≤ target; higher: ≥), exactly.
bool meets(const model::Decimal& result, const model::Decimal& target, model::Better better);

/// The result set to use for `indicator`: of `period` when given, else the latest period
/// (then the latest `as_of`); nullptr when none names the indicator (DOCUMENT#INDICATOR).
const model::Result* pick_result(const model::Model& model, const IndicatorRef& indicator,
                                 const std::optional<calendar::Period>& period);

/// Compares `indicator` with `result` (nullptr: targets against the area total), units in
/// registry order.
Comparison compare(const model::Model& model, const Effective& indicator, const model::Result* result);

/// The word for the units of a summary: one kind's plural ("communes"/"xã"), mixed
/// commune-level kinds "communes" / "xã, thị trấn" (kinds in order of first appearance).
std::string units_word(const std::vector<const model::Unit*>& units, Lang lang);

/// total_heading in lower case, for running text: "mục tiêu toàn huyện", "district total".
std::string lowered_heading(const std::optional<model::Area>& area, Lang lang);

/// "4/7 communes met" / "4/7 xã, thị trấn đạt", with how many have no result.
std::string summary(const Comparison& comparison, const std::vector<const model::Unit*>& units, Lang lang);

/// How the area result was computed, for the reader: "sum of numerators / sum of denominators
/// (123 / 605)", "mean of 6 unit results"; Vietnamese with Lang::vi.
std::string method_text(const Comparison& comparison, Lang lang);

/// "met", "not met", "no result"…; Vietnamese "đạt", "không đạt", "chưa có kết quả"….
std::string_view status_text(Status status, Lang lang);

}  // namespace campaign::targets
