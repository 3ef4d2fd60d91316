#pragma once
// Reading numbers as clerks write them: targets, totals, weights and results (schema::Type::value,
// and the fractions of results).

#include <optional>
#include <string_view>

#include "campaign/load/reader.hpp"
#include "campaign/load/tree.hpp"
#include "campaign/model/model.hpp"
#include "campaign/schema/schema.hpp"

namespace campaign::load {

/// Reads one number of an indicator of unit `unit` ("percent", "count" or free text; "weight"
/// for weights, "" for a result whose indicator is not known yet): a YAML number, "20.33%"
/// (percent or ""), `~` (none on purpose, when `allow_none`), or a Vietnamese decimal comma
/// "20,33" (warning W003). A count written with a thousands separator ("1.905", "1,905") is
/// ambiguous (E011); a percentage outside 0–100 or a negative number is E016; anything but a
/// scalar is E006. `what` names the value in messages ("target for 'tan-lap'").
std::optional<model::Value> read_number(FileContext& ctx, const Node& node, std::string_view what,
                                        std::string_view unit, bool allow_none);

/// Reads a mapping of record type `fraction` (schema: `numerator`, `denominator`, both counts):
/// an unknown key is E004, a missing one E005, a denominator of 0 under another numerator E016;
/// {numerator: 0, denominator: 0} is "nothing to count".
std::optional<model::Value> read_fraction(FileContext& ctx, const Node& node, std::string_view what,
                                          const schema::Record& fraction);

/// read_number, or, for a mapping when `unit` is empty (a result), read_fraction.
std::optional<model::Value> read_value(FileContext& ctx, const Node& node, std::string_view what, std::string_view unit,
                                       bool allow_none);

}  // namespace campaign::load
