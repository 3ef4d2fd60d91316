#pragma once
// The status of each obligation as of a date, and the reports still missing.
// Rules: issue 3 ("Status as of a date", "Missing reports"); notice 127-TB/BCĐ, directive 2
// (the list of bodies that have not sent their quarterly reports, kept by the district
// Fatherland Front committee).

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/schedule/obligation.hpp"

namespace campaign::schedule {

/// Status of an obligation as of a date. `done`: covered by a completion (one-off task: of
/// every body it falls on, or of the one body the completion names) or a submission (report,
/// one body and period), on time or late; `overdue`: due before the as-of date and not done;
/// `due_today`; `due_soon`: due within the window; `upcoming`: later; `ongoing`: a task with
/// no deadline; `no_date`: a deadline without a date (Kind::undated: tied to an event not yet
/// dated, or unreadable), never judged; `cancelled`: not done, and the task was cancelled or
/// superseded (Task::cancelled, in force as of the date) before it fell due: no longer owed;
/// `planned`: a foreseen date (Kind::planned, "dự kiến"), `event`: the day a task takes place
/// (Kind::event, `on`): never judged; `on_request`: a report asked for on request (Kind::on_request,
/// đột xuất): never overdue, never missing. A report owed once (Kind::report_once) is judged like a
/// one-off task; one with no period stated (Kind::unstated) is `no_date`.
enum class Status : std::uint8_t {
  done,
  overdue,
  due_today,
  due_soon,
  upcoming,
  ongoing,
  no_date,
  cancelled,
  planned,
  event,
  on_request
};

/// Number of statuses.
inline constexpr std::size_t kStatusCount = 11;

/// Stable key of a status: "done", "overdue", "due-today", "due-soon", "upcoming", "ongoing",
/// "no-date", "cancelled", "planned", "event", "on-request".
std::string_view status_key(Status status);

/// The status with key `key` (as status_key writes it), or nullopt.
std::optional<Status> parse_status(std::string_view key);

/// An obligation with its status as of a date. `done_on`: the completion or receipt date
/// (done only); `late`: done after the due date; `days`: for overdue the days past due, for
/// done-late the days late, for due-soon/upcoming the days left, else 0.
/// `returned`: a report for it was received and returned as not acceptable (chưa đạt yêu cầu,
/// `accepted: false`) and no acceptable one counts yet; `returned_by` is that submission.
/// For Status::on_request, `done_on` is the latest report received (Date{} when none) and
/// `days` how many were received.
struct Item {
  Obligation obligation;
  Status status = Status::upcoming;
  Date done_on;
  bool late = false;
  long days = 0;
  const model::Submission* returned_by = nullptr;

  [[nodiscard]] bool returned() const { return returned_by != nullptr; }
};

/// Options of assess(): the as-of date, the look-ahead window in days (due-soon) and, when
/// set, which items to keep (the others are not returned: a run that shows a few statuses of a
/// million obligations need not hold an item for each). `keep` must give the same answer for
/// the same item: it is asked twice for each (once to count, once to keep).
struct AssessOptions {
  Date as_of;
  int within = 7;
  std::function<bool(const Item&)> keep = {};
};

/// The status of every obligation of `schedule` (that `options.keep` keeps) as of
/// `options.as_of`, in schedule order.
/// Only submissions/completions received on or before the as-of date count (a later receipt is
/// not known yet on that date). When several cover one obligation the earliest counts. A
/// submission with `accepted: false` never counts; an obligation not done that one covers is
/// marked `returned` (the latest such submission).
std::vector<Item> assess(const model::Model& model, const Schedule& schedule, const AssessOptions& options);

/// Sorts items by due date (undated, then ongoing, last), then body in registry order (a
/// per-unit body's units in registry order: the appendix's column order), then task (document
/// order), then period. Stable.
void sort_by_due(std::vector<Item>& items);

/// The bodies that have not sent one report for one period whose due date has passed, or one
/// report owed once (`once`: Kind::report_once, báo cáo một lần; `period` is then Period{}).
/// `task` indexes Schedule::tasks; `bodies` are the overdue obligations, in the items' order.
struct MissingReport {
  std::uint32_t task = 0;
  Period period;
  Date due;
  std::vector<Obligation> bodies;
  bool once = false;
};

/// Missing reports as of the items' date: one entry per (task, period) with at least one
/// overdue report obligation (periodic, or owed once), ordered by due date, then task order.
std::vector<MissingReport> missing_reports(const std::vector<Item>& items);

}  // namespace campaign::schedule
