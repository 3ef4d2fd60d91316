#pragma once
// JSON output of `campaign check-deadlines --format json`: every field, stable keys in a fixed
// order, documented in docs/check-deadlines.md ("JSON output").

#include <ostream>

#include "campaign/write/deadlines_table.hpp"

namespace campaign::write {

/// Writes `view` as one JSON object {format, as_of, within, obligations, missing, summary}
/// (UTF-8, two-space indent, final newline). Dates are ISO 8601 (YYYY-MM-DD); absent values null.
void write_deadlines_json(std::ostream& out, const DeadlinesView& view);

}  // namespace campaign::write
