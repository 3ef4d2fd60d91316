#pragma once
// Names resolved once every file is loaded: a body written by its name or alias where an id is
// expected (responsible, recipients) becomes its id, with a note saying so. Issue 10, item 6.

#include "campaign/diag/diagnostic.hpp"
#include "campaign/model/model.hpp"

namespace campaign::load {

/// Rewrites every `responsible` entry of directives and tasks that names a body by its name,
/// full name or alias (or one unit's body: "BCĐ xã Tân Lập") to the body's id ("ID@UNIT"),
/// reporting a note (N001) at the entry; an entry several bodies answer to is E013. Entries
/// that match nothing are left for check::references_resolve to report. Sets
/// Recipient::body for recipients that are a body's id, name or alias (a trailing note in
/// parentheses, "(b/c)", is ignored for matching), noting names (N001), and warns (W010) for a
/// recipient written like an id that is one typo from a body's id.
void resolve_names(model::Model& model, diag::Sink& sink);

/// Places every school year and semester of `model` in the calendar: sets the run's
/// `school_year_start` (default calendar::kSchoolYearStart) on every report rule and on the
/// periods of submissions and results, once all files are merged.
void place_school_periods(model::Model& model);

}  // namespace campaign::load
