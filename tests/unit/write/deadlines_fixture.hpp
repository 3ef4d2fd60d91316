#pragma once
// A small model with one obligation of each kind and status as of 05/10/2024, and its
// deadline report, for the tests of the check-deadlines writers (tables, text/md/csv report,
// JSON, iCalendar).

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "campaign/schedule/report.hpp"
#include "campaign/write/deadlines_table.hpp"

namespace campaign::write::test {

inline calendar::Date d(int y, int m, int day) {
  return calendar::Date{y, m, day};
}

inline model::Task task(std::string id, std::string text, std::vector<std::string> responsible) {
  model::Task t;
  t.id = std::move(id);
  t.text = std::move(text);
  t.responsible = std::move(responsible);
  return t;
}

/// Notice 04-TB/BCĐ (11/07/2024), as of 05/10/2024 within 7 days:
///   1.1 "trong tháng 7/2024" (31/07/2024), ubnd-huyen, done 25/07/2024 on time;
///   1.2 quarterly report via ubmttq-huyen by bcd-xa in tan-lap (Q3 received 03/10/2024, late
///       3 days), dak-rve and dak-koi (Q3 missing: overdue 5 days), Q4/2024 upcoming for all;
///   1.3 "08/10/2024", ubnd-huyen: due soon, 3 days;
///   1.4 "trong tháng 9/2024" (30/09/2024), ubmttq-huyen: overdue 5 days;
///   1.5 "khi có chỉ đạo" (no date): no date;  1.6 ongoing (no deadline).
/// Notice 05-TB/BCĐ issued 10/10/2024: after the as-of date, not counted.
inline model::Model deadlines_model() {
  model::Model m;
  m.bodies.push_back({"ubnd-huyen", "UBND huyện", "", {}, false, {}});
  m.bodies.push_back({"ubmttq-huyen", "Ủy ban MTTQ Việt Nam huyện", "", {}, false, {}});
  m.bodies.push_back({"bcd-xa", "BCĐ Cuộc vận động xã", "", {}, true, {}});
  m.units.push_back({"tan-lap", "Xã Tân Lập", model::UnitKind::commune, {}, {}, {}});
  m.units.push_back({"dak-rve", "Thị trấn Đăk Rve", model::UnitKind::town, {}, {}, {}});
  m.units.push_back({"dak-koi", "Xã Đăk Kôi", model::UnitKind::commune, {}, {}, {}});
  model::Document doc;
  doc.number = "04-TB/BCĐ";
  doc.issued = d(2024, 7, 11);
  doc.issuer = "ubnd-huyen";
  model::Directive dir;
  dir.number = 1;
  dir.tasks.push_back(task("1.1", "Tham quan mô hình", {"ubnd-huyen"}));
  dir.tasks.back().due = model::Deadline{"trong tháng 7/2024", d(2024, 7, 31), {}, std::nullopt, false};
  dir.tasks.push_back(task("1.2", "Báo cáo định kỳ hàng quý", {"bcd-xa"}));
  model::ReportRule rule;
  rule.every = calendar::Frequency::quarter;
  rule.via = "ubmttq-huyen";
  dir.tasks.back().report = rule;
  dir.tasks.push_back(task("1.3", "Gửi danh sách", {"ubnd-huyen"}));
  dir.tasks.back().due = model::Deadline{"08/10/2024", d(2024, 10, 8), {}, std::nullopt, false};
  dir.tasks.push_back(task("1.4", "Tổng hợp | báo cáo", {"ubmttq-huyen"}));
  dir.tasks.back().due = model::Deadline{"trong tháng 9/2024", d(2024, 9, 30), {}, std::nullopt, false};
  dir.tasks.push_back(task("1.5", "Tổ chức hội nghị", {"ubnd-huyen"}));
  dir.tasks.back().due = model::Deadline{"khi có chỉ đạo", std::nullopt, {}, std::nullopt, false};
  dir.tasks.push_back(task("1.6", "Thường xuyên theo dõi", {"ubmttq-huyen"}));
  doc.directives.push_back(dir);
  m.documents.push_back(doc);
  model::Document later;
  later.number = "05-TB/BCĐ";
  later.issued = d(2024, 10, 10);
  later.issuer = "ubnd-huyen";
  m.documents.push_back(later);
  m.completions.push_back({"04-TB/BCĐ#1.1", d(2024, 7, 25), "", {}, {}, {}});
  m.submissions.push_back({"04-TB/BCĐ#1.2",
                           "bcd-xa@tan-lap",
                           {calendar::Frequency::quarter, 2024, 3},
                           d(2024, 10, 3),
                           {},
                           {},
                           {},
                           "",
                           "",
                           true});
  return m;
}

/// The model, its report as of `as_of` (every status shown) and the view of both.
struct Deadlines {
  model::Model model = deadlines_model();
  schedule::Report report;
  DeadlinesView view;

  explicit Deadlines(std::vector<schedule::Skipped> skipped = {}, calendar::Date as_of = d(2024, 10, 5)) {
    schedule::ReportOptions options{as_of, 7, {}};
    options.filter.statuses.fill(true);
    report = schedule::build_report(model, options);
    view.model = &model;
    view.report = &report;
    view.skipped = std::move(skipped);
  }
  Deadlines(const Deadlines&) = delete;
  Deadlines& operator=(const Deadlines&) = delete;
};

/// What --lenient skips in the tests: a task left out and a deadline without a date.
inline std::vector<schedule::Skipped> skipped() {
  using What = schedule::Skipped::What;
  return {{What::task, "04-TB/BCĐ#2.1", {0, 40, 9}, "E013", "responsible body 'x' is not a body", "a.yaml"},
          {What::deadline, "04-TB/BCĐ#1.5", {0, 31, 14}, "E010", "cannot read the deadline", "a.yaml"}};
}

}  // namespace campaign::write::test
