#pragma once
// Reminder letters (công văn đôn đốc) of `campaign check-deadlines --remind --format docx`
// (issue 13): for each body with overdue obligations, a letter listing the reports and tasks
// it owes, laid out as an official letter of the committee that issued the documents.

#include "campaign/write/deadlines_table.hpp"
#include "campaign/write/docx/model.hpp"

namespace campaign::write {

/// How the letters are addressed: one letter per late body, or one letter to all of them.
enum class Reminders { each, all };

/// The letters, one after another (each from a new page), or one letter to every late body.
/// Each letter: the heading of the issuing committee (the document of the first overdue task:
/// its `heading`, `bloc`, `place`; notice_layout.hpp), "Số      -CV/BCĐ" with the number left
/// for the registry (văn thư) to fill in, "V/v đôn đốc thực hiện nhiệm vụ, gửi báo cáo", the
/// date line of the as-of date, "Kính gửi:" the body, what the documents asked, a bullet per
/// overdue obligation (the report and period, or the task's label, its document, due date and
/// days overdue), the request to send them (through the `via` body), "Nơi nhận: - Như trên,
/// - Lưu VT." and the signing block of that document's signer. No overdue obligation: one page
/// saying so. Vietnamese; A4 portrait; the as-of date in the properties.
docx::Document reminder_docx(const DeadlinesView& view, Reminders mode);

}  // namespace campaign::write
