// The words of `campaign record`: see record_words.hpp.

#include "campaign/write/record_words.hpp"

#include <fmt/format.h>

#include "campaign/i18n/translate.hpp"

namespace campaign::write {
namespace {

using schedule::RecordKind;
using schedule::Refusal;
using schedule::Status;

std::string date_words(const calendar::Date& date, Language language) {
  return language == Language::vietnamese ? calendar::format_vn(date) : calendar::format_iso(date);
}

// An obligation still open: overdue, due today or later, and returned when it was.
std::string open_words(const schedule::Item& item, bool vi) {
  std::string words;
  switch (item.status) {
    case Status::overdue:
      words = vi ? fmt::format("quá hạn {} ngày", item.days) : fmt::format("overdue {} days", item.days);
      break;
    case Status::due_today:
      words = vi ? "đến hạn hôm nay" : "due today";
      break;
    case Status::due_soon:
    case Status::upcoming:
      words = vi ? fmt::format("chưa đến hạn (còn {} ngày)", item.days) : fmt::format("{} days left", item.days);
      break;
    case Status::cancelled:
      words = vi ? "không còn thực hiện (nhiệm vụ đã bãi bỏ)" : "cancelled";
      break;
    case Status::on_request:  // never overdue: the reports received so far
      words = vi ? fmt::format("theo yêu cầu (đã nhận {} báo cáo)", item.days)
                 : fmt::format("on request ({} received)", item.days);
      break;
    default:
      words = vi ? "chưa xác định được hạn" : "no date";
  }
  if (item.returned()) words = (vi ? "chưa đạt yêu cầu, " : "returned, not acceptable, ") + words;
  return words;
}

}  // namespace

std::string field_name(schedule::RecordField field, RecordKind kind) {
  switch (field) {
    case schedule::RecordField::task:
      return "task";
    case schedule::RecordField::body:
      return "body";
    case schedule::RecordField::period:
      return "period";
    case schedule::RecordField::date:
      return kind == RecordKind::submission ? "received" : "date";
    case schedule::RecordField::number:
      return "number";
  }
  return "";
}

std::string recorded_line(const model::Model& model, const schedule::RecordCheck& check, RecordKind kind,
                          Language language) {
  const bool vi = language == Language::vietnamese;
  if (kind == RecordKind::submission) {
    const model::Submission& s = check.submission;
    const std::string body = check.statuses.empty() ? schedule::body_name(model, s.body)
                                                    : schedule::body_label(model, check.statuses.front().obligation);
    std::string line = s.periodless ? (vi ? fmt::format("Đã ghi: báo cáo {} của {}, nhận ngày {}", s.task, body,
                                                        date_words(s.received, language))
                                          : fmt::format("Recorded: report {} from {}, received {}", s.task, body,
                                                        date_words(s.received, language)))
                       : vi         ? fmt::format("Đã ghi: báo cáo {} của {}, {}, nhận ngày {}", s.task, body,
                                                  s.period.label_vn(), date_words(s.received, language))
                                    : fmt::format("Recorded: report {} from {} for {}, received {}", s.task, body,
                                                  s.period.label(), date_words(s.received, language));
    if (!s.number.empty()) line += fmt::format(fmt::runtime(vi ? ", số {}" : ", number {}"), s.number);
    if (!s.accepted)
      line += fmt::format(fmt::runtime(vi ? " — chưa đạt yêu cầu: {}" : " — returned, not acceptable: {}"), s.reason);
    return line;
  }
  const model::Completion& c = check.completion;
  const std::string name = c.body.empty() || check.statuses.empty()
                               ? schedule::body_name(model, c.body)
                               : schedule::body_label(model, check.statuses.front().obligation);
  const std::string by = c.body.empty() ? "" : fmt::format(fmt::runtime(vi ? " của {}" : " by {}"), name);
  return vi ? fmt::format("Đã ghi: hoàn thành {}{}, ngày {}", c.task, by, date_words(c.date, language))
            : fmt::format("Recorded: task {} done{} on {}", c.task, by, date_words(c.date, language));
}

std::string status_line(const model::Model& model, const schedule::Item& item, RecordKind kind, Language language) {
  const bool vi = language == Language::vietnamese;
  const std::string body = schedule::body_label(model, item.obligation);
  const schedule::Kind k = item.obligation.kind;
  const bool dated = k != schedule::Kind::undated && k != schedule::Kind::on_request && k != schedule::Kind::unstated;
  const std::string due =
      dated ? fmt::format(fmt::runtime(vi ? " (hạn {})" : " (due {})"), date_words(item.obligation.due, language)) : "";
  std::string words;
  if (item.status == Status::done && item.late) {
    words = vi ? fmt::format("{} muộn {} ngày", kind == RecordKind::submission ? "nộp" : "hoàn thành", item.days)
               : fmt::format("done late +{} day{}", item.days, item.days == 1 ? "" : "s");
  } else if (item.status == Status::done) {
    words = vi ? (kind == RecordKind::submission ? "đã nộp đúng hạn" : "đã hoàn thành đúng hạn") : "done on time";
    if (!dated) words = vi ? (kind == RecordKind::submission ? "đã nộp" : "đã hoàn thành") : "done";
  } else {
    words = open_words(item, vi);
  }
  return fmt::format("{}: {}{}", body, words, due);
}

namespace {

// An ISO date of a refusal's detail as clerks write it (DD/MM/YYYY); as it is if it does not parse.
std::string iso_as_vn(const std::string& iso) {
  const auto date = calendar::parse_iso_date(iso);
  return date ? calendar::format_vn(*date) : iso;
}

// An ISO date of a refusal's detail in the language of messages: as it is in English (as
// before), DD/MM/YYYY in Vietnamese.
std::string message_date(const std::string& iso) {
  return i18n::vietnamese() ? iso_as_vn(iso) : iso;
}

// Periods of a refusal in the language of messages, as `record --period` reads them back:
// canonical labels (Q3/2024, S1/2024-2025) in English, Vietnamese ones (quý III/2024, học kỳ I
// năm học 2024–2025) in Vietnamese; ", "-joined, the first `at_most` and "…".
std::string message_periods(const std::vector<calendar::Period>& periods, std::size_t at_most = 12) {
  const bool vi = i18n::vietnamese();
  std::string out;
  for (std::size_t i = 0; i < periods.size() && i < at_most; ++i)
    out += (i == 0 ? "" : ", ") + (vi ? periods[i].label_vn() : periods[i].label());
  if (periods.size() > at_most) out += ", …";
  return out;
}

}  // namespace

std::string refusal_message(const schedule::RecordRequest& request, const schedule::RecordCheck& check,
                            const diag::SourceSet& sources, const std::string& option, const std::string& batch) {
  const bool submission = request.kind == RecordKind::submission;
  const std::string& d = check.detail;
  const std::string document = request.task.substr(0, request.task.find('#'));
  switch (check.refusal) {
    case Refusal::none:
      return "";
    case Refusal::task_shape:
      return i18n::trf(
          "{}: '{}' is not DOCUMENT#TASK; write the document number, '#' and the task id, e.g. "
          "127-TB/BCĐ#2.3",
          option, request.task);
    case Refusal::no_document:
      return d.empty()
                 ? i18n::trf("{}: no document '{}' is loaded; give the file or folder that holds it", option, document)
                 : i18n::trf("{}: no document '{}' is loaded; did you mean '{}'?", option, document, d);
    case Refusal::not_issued:
      return i18n::trf("{}: the document of '{}' is issued on {}, after today: it owes nothing yet", option,
                       request.task, message_date(d));
    case Refusal::no_task: {
      const std::string task = request.task.substr(request.task.find('#') + 1);
      return d.empty() ? i18n::trf("{}: the document has no task '{}'", option, task)
                       : i18n::trf("{}: the document has no task '{}' (its tasks: {})", option, task, d);
    }
    case Refusal::no_report:
      return i18n::trf(
          "{}: task {} asks for no recurring report (no 'report:'); a task done once is recorded "
          "with 'campaign record completion'",
          option, request.task);
    case Refusal::no_completion:
      return i18n::trf(
          "{}: task {} has no deadline ('due:') to complete; a recurring report is recorded with "
          "'campaign record submission'",
          option, request.task);
    case Refusal::body_missing:
      return i18n::trf("{}: a report needs the body that sent it: an id, a name or an alias", option);
    case Refusal::no_body:
      return d.empty() ? i18n::trf(
                             "{}: no body '{}' is loaded; write a body's id, name or alias, or ID@UNIT for one "
                             "unit's body",
                             option, request.body)
                       : i18n::trf("{}: no body '{}' is loaded; did you mean '{}'?", option, request.body, d);
    case Refusal::ambiguous_body:
      return i18n::trf("{}: '{}' names more than one body ({}); give the id", option, request.body, d);
    case Refusal::not_responsible:
      return d.empty() ? i18n::trf("{}: '{}' owes nothing for task {}", option, request.body, request.task)
                       : i18n::trf("{}: '{}' owes nothing for task {} (it falls on: {})", option, request.body,
                                   request.task, d);
    case Refusal::period_missing:
      return i18n::trf(
          "{}: task {} asks for a report every period; say which period it reports on, e.g. "
          "--period Q3/2024, --period 07/2024 or --period HK1/2024-2025",
          option, request.task);
    case Refusal::bad_period:
      return fmt::format("{}: {}", option, d);
    case Refusal::period_not_needed:
      return d == "once" ? i18n::trf("{}: task {} asks for a report once, not one per period; leave --period out",
                                     option, request.task)
                         : i18n::trf("{}: task {} asks for a report on request, not one per period; leave --period out",
                                     option, request.task);
    case Refusal::period_not_owed:
      return check.owed.empty() ? i18n::trf("{}: '{}' owes no report of task {} for {}", option, request.body,
                                            request.task, request.period)
                                : i18n::trf("{}: '{}' owes no report of task {} for {} (owed up to now: {})", option,
                                            request.body, request.task, request.period, message_periods(check.owed));
    case Refusal::bad_date:
      return d.empty() ? i18n::trf("{}: empty; write a date as YYYY-MM-DD or DD/MM/YYYY", option)
                       : fmt::format("{}: {}", option, d);
    case Refusal::after_today:
      return submission ? i18n::trf(
                              "{}: {} is after today; a receipt cannot be recorded before it happens (--as-of "
                              "sets today)",
                              option, message_date(d))
                        : i18n::trf(
                              "{}: {} is after today; a completion cannot be recorded before it happens "
                              "(--as-of sets today)",
                              option, message_date(d));
    case Refusal::before_issue:
      return i18n::trf("{}: {} is before {} was issued ({}); check the day, month and year", option, request.date,
                       document, iso_as_vn(d));
    case Refusal::before_period:
      return i18n::trf(
          "{}: {} is before {} begins ({}): a report cannot be received before its period; check "
          "the day, month and year, and the period",
          option, request.date, request.period, iso_as_vn(d));
    case Refusal::duplicate: {
      const diag::Position& at = check.first;
      // A record of the same batch has no file yet: its position is the line of its row in `batch`.
      const std::string where = at.file < sources.size()
                                    ? fmt::format("{}:{}:{}", sources[at.file].path, at.line, at.column)
                                    : i18n::trf("{}:{}, earlier in this batch", batch, at.line);
      const std::string prefix = batch.empty() ? "" : option + ": ";
      return submission
                 ? i18n::trf(
                       "{}already recorded at {}: this report of that body for that period is there; "
                       "nothing was written",
                       prefix, where)
                 : i18n::trf("{}already recorded at {}: this completion is there; nothing was written", prefix, where);
    }
    case Refusal::too_many:
      return i18n::tr("the loaded notices owe more obligations than one run may expand; give fewer files");
  }
  return "";
}

}  // namespace campaign::write
