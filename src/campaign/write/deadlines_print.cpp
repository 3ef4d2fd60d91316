// check-deadlines in html and xlsx (see deadlines_print.hpp).

#include "campaign/write/deadlines_print.hpp"

#include <fmt/format.h>

#include <set>

#include "campaign/write/deadlines_groups.hpp"
#include "campaign/write/territory_wording.hpp"

namespace campaign::write {
namespace {

Cell cell(std::string text, std::string style = {}) {
  Cell c;
  c.text = std::move(text);
  c.style = std::move(style);
  return c;
}

Cell count(int n) {
  Cell c = cell(std::to_string(n));
  c.number = n;
  return c;
}

std::string committee(const DeadlinesView& view) {
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (const schedule::TaskRef& ref : view.report->schedule.tasks) {
    if (!seen.insert(ref.document->issuer).second) continue;
    const model::Body* body = view.model->find_body(ref.document->issuer);
    names.push_back(!body ? ref.document->issuer : body->full_name.empty() ? body->name : body->full_name);
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

std::vector<std::string> title_lines(const DeadlinesView& view, const std::string& what) {
  std::vector<std::string> lines{what};
  const std::string who = committee(view);
  if (!who.empty()) lines.push_back("theo các văn bản của " + who);
  lines.push_back("(tính đến ngày " + calendar::format_vn(view.report->as_of) + ")");
  if (!view.skipped.empty())
    lines.push_back(
        fmt::format("CHƯA ĐẦY ĐỦ: bỏ qua {} phần bị lỗi của dữ liệu đầu vào (liệt kê ở cuối)", view.skipped.size()));
  for (const model::Document* d : view.report->schedule.not_yet_issued)
    lines.push_back(fmt::format("Chưa tính: {} ban hành ngày {}, sau ngày {}", d->number,
                                calendar::format_vn(*d->issued), calendar::format_vn(view.report->as_of)));
  return lines;
}

std::string task_title(const DeadlinesView& view, std::uint32_t task) {
  const schedule::TaskRef& ref = view.report->schedule.tasks[task];
  return fmt::format("Nhiệm vụ {} ({}): {}", ref.task->id, ref.document->number, task_label(*ref.task));
}

void list(std::vector<Sheet>& out, const DeadlinesView& view) {
  for (const TaskGroup& group : group_by_task(*view.report)) {
    const model::Task& task = *view.report->schedule.tasks[group.task].task;
    Table t;
    t.title = task_title(view, group.task);
    t.columns = {{"STT", Align::right}, {"Cơ quan, đơn vị"}, {"Kỳ báo cáo"}, {"Thời hạn"}, {"Tình trạng"}};
    if (task_label(task) != task.text) t.notes.push_back("Nội dung: " + task.text);
    if (!task.coordinating.empty()) t.notes.push_back(coordinating_note(view, task, Language::vietnamese));
    int stt = 0;
    for (const schedule::Item* item : group.items) {
      const schedule::Obligation& o = item->obligation;
      const std::string style = std::string(schedule::status_key(item->status));
      t.rows.push_back({count(++stt), cell(carried_body_label(*view.model, o, Language::vietnamese)),
                        cell(period_text(view, o, Language::vietnamese)), cell(due_text(view, o)),
                        cell(status_with_cancellation(view, *item, Language::vietnamese), style)});
    }
    out.push_back({sheet_name("Nhiệm vụ " + task.id), std::move(t)});
  }
}

void missing(std::vector<Sheet>& out, const DeadlinesView& view) {
  for (const PeriodGroup& period : missing_by_period(*view.report)) {
    for (const schedule::MissingReport* m : period.reports) {
      const model::Task& task = *view.report->schedule.tasks[m->task].task;
      const std::string via =
          task.report && !task.report->via.empty() ? schedule::body_name(*view.model, task.report->via) : "";
      Table t;
      t.title = fmt::format("Chưa gửi báo cáo {} — {} (hạn {})", period.label_vn(), task_title(view, m->task),
                            calendar::format_vn(m->due));
      t.columns = {{"STT", Align::right},
                   {"Cơ quan, đơn vị, địa phương chưa gửi báo cáo"},
                   {"Gửi qua"},
                   {"Quá hạn (ngày)", Align::right}};
      int stt = 0;
      for (const schedule::Obligation& o : m->bodies)
        t.rows.push_back({count(++stt), cell(carried_body_label(*view.model, o, Language::vietnamese), "missing"),
                          cell(via), count(static_cast<int>(calendar::days_between(m->due, view.report->as_of)))});
      out.push_back(
          {sheet_name(fmt::format("Chưa BC {} ({})", period.once ? period.label_vn() : period.label(), task.id)),
           std::move(t)});
    }
  }
}

}  // namespace

std::vector<Sheet> deadlines_print_tables(const DeadlinesView& view, const DeadlinesLayout& layout) {
  std::vector<Sheet> out;
  std::string what = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ";
  if (layout.summary) {
    what = "KẾT QUẢ THỰC HIỆN NHIỆM VỤ";
    out.push_back({"Theo cơ quan", statistics_table(view, StatsBy::body, Language::vietnamese)});
    out.back().table.title = "Theo cơ quan, đơn vị";
    out.push_back({"Theo văn bản", statistics_table(view, StatsBy::document, Language::vietnamese)});
    out.back().table.title = "Theo văn bản";
  } else {
    if (layout.missing) what = "DANH SÁCH CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG CHƯA GỬI BÁO CÁO";
    if (!layout.missing) list(out, view);
    missing(out, view);
  }
  if (!view.skipped.empty()) {
    out.push_back({"Bỏ qua", skipped_table(view, Language::vietnamese)});
    out.back().table.title = "Phần dữ liệu bị bỏ qua do có lỗi (--lenient)";
  }
  if (out.empty()) {
    Table none;
    none.columns = {{"Kết quả"}};
    none.rows.push_back({cell(layout.missing ? "Không có cơ quan, đơn vị nào chưa gửi báo cáo."
                                             : "Không có nhiệm vụ nào trong phạm vi đã chọn.")});
    out.push_back({"Kết quả", std::move(none)});
  }
  const std::vector<std::string> lines = title_lines(view, what);
  std::set<std::string> names;  // tasks of two documents may share an id: names stay unique
  for (Sheet& sheet : out) {
    for (int n = 2; !names.insert(sheet.name).second; ++n) sheet.name = sheet_name(fmt::format("{} {}", n, sheet.name));
    Table& t = sheet.table;
    t.heading = lines;
    t.footer = "Tính đến ngày " + calendar::format_vn(view.report->as_of);
  }
  return out;
}

}  // namespace campaign::write
