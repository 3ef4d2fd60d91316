#pragma once
// Validation rules across the whole model (after loading): ids, references, dates, targets,
// numbering. Each rule is one small function with a stable code (diag/codes.hpp).

#include <set>
#include <string_view>
#include <vector>

#include "campaign/diag/diagnostic.hpp"
#include "campaign/model/model.hpp"

namespace campaign::check {

/// Every document read: the complete ones, then those whose header is broken. Rules on
/// directives, tasks and indicators look at both, so one run reports every problem.
std::vector<const model::Document*> documents_read(const model::Model& model);

/// The document numbered `number` among documents_read, or nullptr.
const model::Document* find_document_read(const model::Model& model, std::string_view number);

/// Runs every rule below on `model`, reporting into `sink`.
void run_rules(const model::Model& model, diag::Sink& sink);

/// E012: body, unit and document ids are unique; task and indicator ids unique in a document.
void unique_ids(const model::Model& model, diag::Sink& sink);
/// E013: responsible, via, issuer, task references, submissions, completions and results name
/// things that are defined (per-unit bodies as ID@UNIT).
void references_resolve(const model::Model& model, diag::Sink& sink);
/// E018: directive numbers of a document run on without gaps or repeats (1, 2, 3…; a file
/// holding an excerpt may start later, e.g. at 6).
void directive_numbering(const model::Model& model, diag::Sink& sink);
/// W002 deadline before the issue date; W005 cited document dated after the citing one;
/// W004 document number not NUMBER-KIND/ISSUER or its kind abbreviation disagreeing with `kind`.
void document_dates_and_numbers(const model::Model& model, diag::Sink& sink);
/// W006: submissions and completions that fit their task badly (a body that is not
/// responsible for it, a report for a one-off task or a completion of a recurring one, a
/// receipt dated before its period begins, the same one twice); E013 a per-unit body named
/// without its unit (the report would count for nobody).
/// E075 also: a report marked `accepted: false` (chưa đạt yêu cầu) without its `reason`.
void received_records(const model::Model& model, diag::Sink& sink);
/// W065: `extended_to` (gia hạn) on a task without `due`, or not after the date `due` gives;
/// W066: a `cancelled:` that cannot be applied (its document not loaded and no `date`), or whose
/// `replaced_by` names no loaded task.
void extensions(const model::Model& model, diag::Sink& sink);
/// W008: items of a flow list ([a, b, c]: recipients, aliases, a task's references) that unquoted
/// commas cut out of one text: a text item followed by items starting with a lower-case letter
/// ("Các cơ quan, ban, ngành huyện" as three items), or items that rejoined are a body's name,
/// full name or alias (compared in lower case NFC). In a list of body ids (responsible) the
/// pieces name no body: error E013, reported once for the text (see comma_split_pieces).
/// Block lists ("- " items) are never split. Source: issue 10, item 4.
void comma_splits(const model::Model& model, diag::Sink& sink);
/// Positions of the items of lists of body ids that comma_splits reports as pieces of one text;
/// references_resolve reports nothing more about them.
std::set<diag::Position> comma_split_pieces(const model::Model& model);
/// W030: a one-off task's due date (as resolved) falls on a day off of the run's calendar (a
/// holiday, nghỉ bù, a swapped or local day; not a plain weekend, which notices often mean) and
/// its document does not follow `deadline_rule: next-working-day` (docs/calendar.md). Reports
/// are not checked: their due days are a rule, not a date the clerk wrote.
void due_on_days_off(const model::Model& model, diag::Sink& sink);
/// E013 target for an unknown unit; E017 registry unit without a target; E023 weighted-mean
/// without weights; E015 total disagreeing with its rule at the total's written precision;
/// E016 a percent result outside 0–100 (a numerator above its denominator); W009 a result set
/// filed under an indicator a loaded amendment replaced from a date within its period.
void indicator_targets(const model::Model& model, diag::Sink& sink);

/// Administrative changes (registry `changes`, docs/territory.md): E050 a change naming an
/// unknown unit, E051 changes leading back to a unit, E052 no `effective` date, E053 neither or
/// both of `merged_into`/`successor` or a second change of one unit; W040 no `by`; W041 a
/// district-level unit formed on or after 1/7/2025 (or a document of then under a district area); W042 a document
/// issued on or after a change giving targets to the former unit or addressing its body as ID@UNIT.
void territory_changes(const model::Model& model, diag::Sink& sink);

}  // namespace campaign::check
