#pragma once
// Obligations: who owes what by when. Every task of every loaded document becomes one small
// Obligation per responsible body (and per period for recurring reports). Obligations refer
// to tasks, bodies and units by index, so a schedule of thousands costs a few bytes each.
// Rules: issue 3 and docs/format.md ("due", "report", per-unit bodies).

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "campaign/calendar/date.hpp"
#include "campaign/calendar/period.hpp"
#include "campaign/model/model.hpp"
#include "campaign/schedule/dates.hpp"

namespace campaign::schedule {

using calendar::Date;
using calendar::Period;

/// A task with the document and directive it belongs to; pointers into a model::Model that
/// must outlive it.
struct TaskRef {
  const model::Document* document = nullptr;
  const model::Directive* directive = nullptr;
  const model::Task* task = nullptr;

  /// "DOCUMENT#TASK", the name submissions and completions use ("127-TB/BCĐ#3.1").
  [[nodiscard]] std::string key() const;
};

/// What kind of obligation: a one-off task with `due`, one period of a recurring `report`,
/// an ongoing task with neither (tiếp tục…, thường xuyên), or a one-off task whose deadline
/// has no date (tied to an event not yet dated, or a phrase that could not be read, kept by
/// --lenient): listed, never judged; `planned`: a foreseen date ("dự kiến"), `event`: the day
/// the task takes place (`on`): both dated, never overdue. Reports that are not periodic
/// (model::ReportTiming): `report_once`, owed once by a deadline and judged like a one-off task,
/// but done by a submission without a period; `on_request` (đột xuất, theo yêu cầu): no date,
/// never overdue, never missing; `unstated` (định kỳ, period not written): no date, never judged.
enum class Kind : std::uint8_t { one_off, report, ongoing, undated, planned, event, report_once, on_request, unstated };

/// Index meaning "none" in Obligation::unit and Obligation::body.
inline constexpr std::uint32_t kNone = 0xFFFF'FFFFu;

/// One body's obligation for one task (and one period of a report). `task` indexes
/// Schedule::tasks; `body` indexes model.bodies; `unit` indexes model.units for a per-unit
/// body expanded to ID@UNIT (kNone otherwise). `period` is meaningful for reports only;
/// `due` is unset (Date{}) for ongoing tasks; for a one-off task with `extended_to` (gia hạn)
/// it is that date (under the document's `deadline_rule`, like any due date).
/// `former`: when the obligation fell on a unit that ceased by its due date (the as-of date for
/// ongoing and undated ones) in an administrative change, that unit; `unit` is then its
/// successor, whose body carries the obligation (docs/territory.md). When the unit was split,
/// no single successor carries it: `unit` stays the former unit and `former` equals it.
/// `off` says why the date as the deadline names it
/// is no working day (schedule/dates.hpp); `moved` is how many days `deadline_rule:
/// next-working-day` moved it (0 otherwise). 44 bytes: a run holds up to a million of them.
struct Obligation {
  std::uint32_t task = 0;
  std::uint32_t body = kNone;
  std::uint32_t unit = kNone;
  Kind kind = Kind::one_off;
  OffReason off = OffReason::none;
  std::int16_t moved = 0;
  Period period;
  Date due;
  std::uint32_t former = kNone;

  /// The date as written, before the rule moved it (`due` when it did not).
  [[nodiscard]] Date written() const { return calendar::add_days(due, -moved); }
};

/// Caps on the obligations one run expands, so that memory and time stay bounded whatever the
/// input (issue 11; docs/check-deadlines.md, "Limits"). Measured: an obligation costs about 200
/// bytes through the report and the streamed json and ics writers, about 850 bytes with the text,
/// csv and md tables, which are built in memory: the default run cap keeps a run under ~0.9 GB.
/// A province's three years of notices (100 MB of YAML) owe 1.6–1.7 million as of their last
/// month, past the default: such a run is narrowed (--as-of, --within, fewer files) or the cap
/// raised (docs/performance.md, docs/check-deadlines.md).
struct Limits {
  std::size_t per_task = 100'000;   ///< --max-task-obligations
  std::size_t per_run = 1'000'000;  ///< --max-obligations
};

/// Where expand stopped because a cap of Limits was reached: the task whose obligations passed
/// it and what that task owes. `bodies` counts the (body, unit) pairs it falls on; `periods` the
/// periods each owes for a report (0 without one), from `first` to `last`; `owed` = bodies ×
/// (periods, or 1); `before` the obligations of the tasks expanded before it.
struct Overflow {
  std::uint32_t task = 0;  ///< index into Schedule::tasks
  bool per_task = true;    ///< which cap: Limits::per_task, else Limits::per_run
  std::size_t limit = 0;
  std::size_t bodies = 0;
  std::size_t periods = 0;
  Period first;
  Period last;
  std::size_t owed = 0;
  std::size_t before = 0;
};

/// The tasks of a model and their obligations, in document, directive, task, body order
/// (periods in time order within a body). `not_yet_issued`: documents issued after the as-of
/// date, which owe nothing yet (their tasks are not in `tasks`). With `overflow` set, the
/// expansion stopped at that task: `obligations` is empty and no answer may be given.
struct Schedule {
  std::vector<TaskRef> tasks;
  /// A deque, not a vector: a province owes millions, and a vector grown by doubling (then
  /// shrunk to size) held up to 2.5 times them at once; a deque grows by blocks in place
  /// (issue 18).
  std::deque<Obligation> obligations;
  std::vector<const model::Document*> not_yet_issued;
  std::optional<Overflow> overflow;
};

/// Expands `model` into obligations as of `as_of` with a look-ahead of `window_days` (≥ 0).
/// A document issued after `as_of` owes nothing yet (the rule `targets --as-of` follows too).
/// One-off: one per responsible body (per unit for per-unit bodies, for one unit only when
/// written ID@UNIT). Reports: one per body and
/// period whose due date (schedule/dates.hpp) is on or after `from` (default: the
/// document's issue date) and, for periods beginning on or before `until` (open by default),
/// up to as_of + window_days, plus always the next period after that. Responsible ids that
/// do not resolve are skipped (validation reports them). Counts each task's obligations before
/// making them: past a cap of `limits`, stops with Schedule::overflow set. Never reads the clock.
/// Administrative changes (model/territory.hpp): a per-unit body falls on the units that exist
/// on the document's issue date; an obligation of a unit that ceased by its due date (the as-of
/// date for ongoing and undated ones) falls on its successor's body (Obligation::former).
Schedule expand(const model::Model& model, const Date& as_of, int window_days, const Limits& limits = {});

/// The day from which `task` is cancelled or superseded (Task::cancelled): its `date`, else the
/// issue date of the document that cancels it; nullopt when not cancelled, or when neither is
/// known (validation reports an unknown document). expand() owes no report period that begins
/// after it (once as_of reaches it); assess() words what falls due after it `cancelled`.
std::optional<Date> cancelled_from(const model::Model& model, const model::Task& task);

/// The change that moved an obligation from its `former` unit (model.changes), or nullptr
/// when it was not moved.
const model::UnitChange* transfer_of(const model::Model& model, const Obligation& obligation);

/// The id an obligation is addressed to: "ubnd-huyen", or "bcd-xa@tan-lap" for a unit.
std::string body_id(const model::Model& model, const Obligation& obligation);

/// The name shown for an obligation's body: the body's short name, and for ID@UNIT the unit's
/// name in parentheses ("BCĐ Cuộc vận động xã (Xã Tân Lập)").
std::string body_label(const model::Model& model, const Obligation& obligation);

/// Short name of the body with id `id` (the id itself when unknown; empty for "").
std::string body_name(const model::Model& model, const std::string& id);

/// The name shown for `id` as `responsible` and `coordinating` write it: body_name for an id,
/// and for `ID@UNIT` the body's name with the unit's in parentheses, as body_label shows it.
std::string unit_body_name(const model::Model& model, const std::string& id);

}  // namespace campaign::schedule
