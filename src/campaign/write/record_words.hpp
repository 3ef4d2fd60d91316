#pragma once
// The words of `campaign record` (issue 14, item 2): what was recorded and the new status of
// the obligations it covers ("đã nộp đúng hạn", "nộp muộn 3 ngày"; --lang en: "done on time",
// "done late +3 days"), and why a record was refused (on stderr, in the language of messages).

#include <string>

#include "campaign/diag/source.hpp"
#include "campaign/schedule/record.hpp"
#include "campaign/write/language.hpp"

namespace campaign::write {

/// One line saying what was recorded, e.g. "Đã ghi: báo cáo 127-TB/BCĐ#2.3 của BCĐ Cuộc vận
/// động xã (Xã Tân Lập), quý III/2024, nhận ngày 28/09/2024, số 45/BC-BCĐ" (no line end).
std::string recorded_line(const model::Model& model, const schedule::RecordCheck& check, schedule::RecordKind kind,
                          Language language);

/// The status of one covered obligation once recorded, e.g. "BCĐ … (Xã Tân Lập): đã nộp đúng
/// hạn (hạn 30/09/2024)" or "… : nộp muộn 3 ngày (hạn 30/09/2024)"; English "done on time (due
/// 2024-09-30)", "done late +3 days (due 2024-09-30)". Statuses other than done are worded as
/// check-deadlines' keys with their days.
std::string status_line(const model::Model& model, const schedule::Item& item, schedule::RecordKind kind,
                        Language language);

/// Why `check` was refused, in the language of messages (i18n::tr), saying how to fix it: "--body: no body 'X' is
/// loaded; did you mean …?", "already recorded at submissions.yaml:14:5 (…)". `option` names the field as the user gave
/// it, by RecordField: e.g. "--task" on the command line, "rows.csv:3: column 'task'" in a CSV. `batch`: the CSV a
/// batch comes from ("" for one record); a duplicate of an earlier row (its position's file past `sources`, its line
/// the row's) is named "rows.csv:2".
std::string refusal_message(const schedule::RecordRequest& request, const schedule::RecordCheck& check,
                            const diag::SourceSet& sources, const std::string& option, const std::string& batch);

/// The option or CSV column name of a field: "task", "body", "period", "received" or "date"
/// (by kind), "number".
std::string field_name(schedule::RecordField field, schedule::RecordKind kind);

}  // namespace campaign::write
