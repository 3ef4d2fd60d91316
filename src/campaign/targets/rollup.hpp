#pragma once
// Targets and results of former units rolled up into their successors (docs/territory.md): a
// 2024 target table of seven communes redrawn on the map of 1/7/2025, where they are three.
// A figure rolls up only where the indicator's total_rule allows it: sums add up; weighted
// means take their weights; results given as numerator/denominator add their counts. A plain
// mean of rates has no weights, so the successor's figure is refused (never a wrong number),
// and so is any figure with a part missing or a part of a split unit. Plain data; the words
// are write/territory_wording.hpp's.

#include <optional>
#include <string>
#include <vector>

#include "campaign/model/model.hpp"

namespace campaign::targets {

/// Why a successor's figure could not be rolled up from its former units.
enum class RefusalReason {
  mean_without_weights,  ///< total_rule mean: a mean of rates (or values) without weights
  no_rule,               ///< total_rule none: the indicator says nothing on how units add up
  missing_weight,        ///< weighted-mean without a weight for `problem_unit`
  zero_weights,          ///< weighted-mean whose weights add up to 0
  part_missing,          ///< `problem_unit` has no figure (left out with ~, or no result)
  split,                 ///< a part was split: its figure cannot be shared among its successors
};

/// One former unit's figure and weight, as a roll-up takes them (`weight` nullptr: none).
struct Part {
  std::string unit;
  const model::Value* value = nullptr;  ///< nullptr: the unit has no figure
  const model::Value* weight = nullptr;
};

/// A successor's figure: the value (and its weight for a weighted mean), or why there is none.
struct Rolled {
  std::optional<model::Value> value;
  std::optional<model::Decimal> weight;
  std::optional<RefusalReason> refused;
  std::string problem_unit;  ///< missing_weight, part_missing: the former unit
};

/// Rolls `parts` (at least one) up by `rule`. One part passes as it is (a rename). Several:
/// all fractions {numerator, denominator} add their counts (any rule: a merged commune's rate
/// is Σ numerators / Σ denominators); numbers add up (sum) or average with their weights
/// (weighted-mean: Σ w·v / Σ w at `decimals`, the weight Σ w); a mean or none is refused, as is
/// a part without a figure. Exact decimals; never throws.
Rolled roll_up(const std::vector<Part>& parts, model::TotalRule rule, int decimals);

/// A refused figure of a redrawn model: which indicator, target or result, the successor, its
/// former units (names in registry order) and why.
struct Refusal {
  std::string indicator;  ///< "127-TB/BCĐ#1"
  bool target = true;     ///< a target; false: a result (of `period`)
  std::string period;     ///< results only: "2025"
  std::string unit;       ///< the successor's name: "Xã Kon Braih"
  std::vector<std::string> parts;
  RefusalReason reason = RefusalReason::mean_without_weights;
  std::string problem_unit;  ///< name of the former unit the reason is about, or empty
};

/// The map a table is drawn on: its date, and each successor that took over former units.
struct UnitMap {
  model::Date as_of;
  struct Merge {
    std::string unit;                ///< "Xã Kon Braih"
    std::vector<std::string> parts;  ///< "Xã Tân Lập", …
    std::optional<model::Date> effective;
    std::string by;
  };
  std::vector<Merge> merges;
};

/// A model redrawn on the map of `as_of`: its units those existing then (registry order); each
/// indicator's targets and weights and each result set's values and weights rolled up into
/// the units that carry them on that date. A refused figure is kept as a Value marked
/// `invalid` (present, not usable: shown as such, never as a number) and listed in
/// `refusals`. The totals stay: the territory is the same.
struct Redrawn {
  model::Model model;
  UnitMap map;
  std::vector<Refusal> refusals;
};

/// Redraws `model` on the map of `as_of` (see Redrawn).
Redrawn redraw(const model::Model& model, const model::Date& as_of);

/// The units of the map a document's figures are drawn on by default: those existing on its
/// issue date (all units when the registry records no change: model/territory.hpp).
std::vector<const model::Unit*> document_units(const model::Model& model, const model::Document& document);

}  // namespace campaign::targets
