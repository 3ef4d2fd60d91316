#pragma once
// JSON output of campaign targets and campaign compare (field reference: docs/targets.md).
// Values appear twice: "value" a JSON number (integers for values written without decimals)
// and "text" as shown in tables ("20.33%", "–"), which keeps the written precision exactly.

#include <ostream>
#include <vector>

#include "campaign/targets/compare.hpp"
#include "campaign/targets/rollup.hpp"
#include "campaign/targets/table.hpp"
#include "campaign/write/language.hpp"

namespace campaign::write {

/// {"format": "campaign/targets/1", "as_of", "area", "units", "indicators": [...]}; the notes
/// are worded in `lang`.
/// With `redrawn` (--units as-of): also "units_map" (its date, the merges and the note) and
/// "refusals" (figures that could not be rolled up, and why); a refused target has "refused": true.
void write_targets_json(std::ostream& out, const targets::TargetTable& table, Language lang,
                        const targets::Redrawn* redrawn = nullptr);

/// {"format": "campaign/targets/1", "view": "history", "versions": [...]}: one entry per version, oldest first;
/// the changes are worded in `lang`.
void write_history_json(std::ostream& out, const model::Model& model, const std::vector<targets::Version>& versions,
                        Language lang);

/// {"format": "campaign/compare/1", "comparisons": [...]}: per indicator the view (results or
/// allocation), the units (target, result, gap, status), the area line (with why it is not
/// evaluated), the result sets set aside, the summary and notes (words in `lang`; statuses,
/// reasons and `method` in English).
/// With `redrawn` (--units as-of): "units_map" and "refusals" as write_targets_json; a unit whose
/// target or result was refused has "refused": true.
void write_compare_json(std::ostream& out, const std::vector<targets::Comparison>& comparisons,
                        const std::vector<const model::Unit*>& units, Language lang,
                        const targets::Redrawn* redrawn = nullptr);

}  // namespace campaign::write
