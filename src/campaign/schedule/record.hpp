#pragma once
// What `campaign record` checks before it writes a record (issue 14, item 2): a report received
// (submission) or a task done (completion), typed the way clerks write it, is read against the
// loaded model: the task exists and owes that kind of record, the body owes it, the period is
// owed, the date is not after today, and it was not recorded before. The answer is plain data
// (a refusal and what it is about, or the record to write and the obligations' new statuses);
// write/record_words.hpp words it. Never reads the clock: `today` is a parameter.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "campaign/schedule/status.hpp"

namespace campaign::schedule {

/// The two kinds of records `campaign record` writes.
enum class RecordKind : std::uint8_t { submission, completion };

/// A record as typed on the command line or read from a CSV row. `task` is "DOCUMENT#TASK"
/// (the document number compared after NFC, then without case); `body` an id, ID@UNIT, a name
/// or an alias (model/names.hpp), optional for a completion; `period` as parse_period reads it
/// ("quý III/2024", "Q3/2024"; submissions only; empty or `once` for a report owed once or on
/// request, model::ReportTiming); `date` the day received or done, YYYY-MM-DD
/// or D/M/YYYY; `number` the received report's own number (số ký hiệu), optional; `reason`, when
/// not empty, records the report as returned, not acceptable (chưa đạt yêu cầu), for that reason.
struct RecordRequest {
  RecordKind kind = RecordKind::submission;
  std::string task;
  std::string body;
  std::string period;
  std::string date;
  std::string number;
  std::string reason;
};

/// Why a record is refused; `none` when it may be written.
enum class Refusal : std::uint8_t {
  none,
  task_shape,         ///< `task` is not DOCUMENT#TASK
  no_document,        ///< no loaded document has that number (detail: a suggestion or "")
  not_issued,         ///< the document is issued after today (detail: its date, ISO)
  no_task,            ///< the document has no such task (detail: the task ids it has, ", "-joined)
  no_report,          ///< a submission for a task that asks for no recurring report
  no_completion,      ///< a completion for a task with no deadline (a report task, or ongoing)
  body_missing,       ///< a submission without a body
  no_body,            ///< no body answers to `body` (detail: a suggestion or "")
  ambiguous_body,     ///< several bodies answer to `body` (detail: their ids, ", "-joined)
  not_responsible,    ///< the body owes nothing for this task (detail: the ids that do, ", "-joined)
  period_missing,     ///< no `period` for a report owed every period
  bad_period,         ///< `period` does not parse (detail: parse_period's message)
  period_not_needed,  ///< a period for a report owed once or on request (detail: "once" or "on-request")
  period_not_owed,    ///< the body owes no report for that period (RecordCheck::owed: the periods it owes)
  bad_date,           ///< `date` does not parse (detail: parse_date's message)
  after_today,        ///< `date` is after today (detail: the date, ISO)
  before_issue,       ///< `date` is before the document was issued (detail: its date of issue, ISO)
  before_period,      ///< a receipt dated before the period it reports on begins (detail: its first day, ISO)
  duplicate,          ///< already recorded (RecordCheck::first says where)
  too_many,           ///< the schedule passed its caps (Limits): the model is too large to check
};

/// The field of a RecordRequest a refusal is about (a CSV column).
enum class RecordField : std::uint8_t { task, body, period, date, number };

/// The field `refusal` is about.
RecordField refusal_field(Refusal refusal);

/// Outcome of check_record. With `refusal == none`: `submission` or `completion` holds the
/// record to write, in the file's terms (canonical task key, body id or ID@UNIT, period, date,
/// number; positions unset), and `statuses` the status, as of today, of every obligation it
/// covers once written (one for a submission; for a completion, one per body it covers).
/// `first`: where the earlier record is (Refusal::duplicate). `owed`: the periods the body owes
/// up to today, in time order (Refusal::period_not_owed): those due on or before today; the
/// next period, not due yet, is recorded all the same but not listed.
struct RecordCheck {
  Refusal refusal = Refusal::none;
  std::string detail;
  diag::Position first;
  std::vector<Period> owed;
  model::Submission submission;
  model::Completion completion;
  std::vector<Item> statuses;
};

/// Checks `request` against `model` (loaded without errors) as of `today`. A submission must
/// name a task with a `report`, a body its obligations fall on (ID@UNIT for one unit of a
/// per-unit body), a period that body owes (schedule::expand: due on or after `from`, begun by
/// `until`; any period up to today's), a date not after today, and no submission of the same
/// task, body and period may be loaded already. A completion must name a task with a deadline
/// (`due`), optionally one body it falls on; it is a duplicate when a completion without a body
/// is loaded for the task, or one for the same body (or, without a body, when every body's is).
RecordCheck check_record(const model::Model& model, const RecordRequest& request, const Date& today,
                         const Limits& limits = {});

/// Adds the record `check` holds (refusal none) to `model`, as a loaded one would be: the next
/// request of a batch is checked against it (duplicates within the batch).
void add_record(model::Model& model, const RecordCheck& check, RecordKind kind);

}  // namespace campaign::schedule
