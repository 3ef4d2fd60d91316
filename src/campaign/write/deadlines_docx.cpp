// check-deadlines --format docx (see deadlines_docx.hpp).

#include "campaign/write/deadlines_docx.hpp"

#include <fmt/format.h>

#include <set>

#include "campaign/write/deadlines_groups.hpp"
#include "campaign/write/docx_tables.hpp"
#include "campaign/write/territory_wording.hpp"

namespace campaign::write {
namespace {

using docx::Paragraph;
using docx::Run;
using schedule::Item;

// The full names of the bodies that issued the documents of the report, in document order.
std::string committee(const DeadlinesView& view) {
  std::vector<std::string> names;
  std::set<std::string> seen;
  auto add = [&](const model::Document& d) {
    if (!seen.insert(d.issuer).second) return;
    const model::Body* body = view.model->find_body(d.issuer);
    names.push_back(!body ? d.issuer : body->full_name.empty() ? body->name : body->full_name);
  };
  for (const schedule::TaskRef& ref : view.report->schedule.tasks) add(*ref.document);
  if (names.empty())
    for (const model::Document& d : view.model->documents) add(d);
  return fmt::format("{}", fmt::join(names, ", "));
}

Paragraph centred(std::string text, Run format, int after = 0) {
  Paragraph p = docx::paragraph(std::move(text), docx::Align::center, format);
  p.keep_next = true;
  p.spacing.after = after;
  return p;
}

// The title lines: what the report is, whose documents, as of when; then what it does not count.
void title(docx::Section& section, const DeadlinesView& view, const std::string& what) {
  section.blocks.emplace_back(centred(what, Run{.bold = true, .size_half_points = 30}));
  const std::string who = committee(view);
  if (!who.empty()) section.blocks.emplace_back(centred("theo các văn bản của " + who, Run{.bold = true}));
  section.blocks.emplace_back(
      centred(fmt::format("(tính đến ngày {})", calendar::format_vn(view.report->as_of)), Run{.italic = true}, 120));
  if (!view.skipped.empty())
    section.blocks.emplace_back(centred(fmt::format("CHƯA ĐẦY ĐỦ: bỏ qua {} phần bị lỗi của dữ liệu đầu vào (liệt "
                                                    "kê ở cuối); chạy 'campaign validate' để xem chi tiết",
                                                    view.skipped.size()),
                                        Run{.bold = true}, 120));
  for (const model::Document* d : view.report->schedule.not_yet_issued)
    section.blocks.emplace_back(
        centred(fmt::format("Chưa tính: {} ban hành ngày {}, sau ngày {}", d->number, calendar::format_vn(*d->issued),
                            calendar::format_vn(view.report->as_of)),
                Run{.italic = true}, 120));
}

docx::Cell cell(std::string text, docx::Align align = docx::Align::left, Run format = {}) {
  format.size_half_points = kTableSize;
  return docx::Cell{.paragraphs = {docx::paragraph(std::move(text), align, format)}, .valign = docx::CellAlign::center};
}

docx::Row heading_row(const std::vector<std::string>& headings) {
  docx::Row row{.header = true, .cant_split = true};
  for (const std::string& h : headings) row.cells.push_back(cell(h, docx::Align::center, Run{.bold = true}));
  return row;
}

// A row across the whole table opening a group; kept with the rows after it.
docx::Row group_row(std::vector<Paragraph> paragraphs, int columns, bool shaded) {
  for (Paragraph& p : paragraphs) p.keep_next = true;
  docx::Cell c{.paragraphs = std::move(paragraphs), .span = columns, .shading = shaded ? "E7E6E6" : ""};
  return docx::Row{.cells = {std::move(c)}, .cant_split = true};
}

Paragraph task_heading(const DeadlinesView& view, std::uint32_t task, const std::string& prefix) {
  const schedule::TaskRef& ref = view.report->schedule.tasks[task];
  Paragraph p;
  p.runs.push_back(Run{.text = fmt::format("{}Nhiệm vụ {} ({}): ", prefix, ref.task->id, ref.document->number),
                       .bold = true,
                       .size_half_points = kTableSize});
  p.runs.push_back(Run{.text = task_label(*ref.task), .bold = true, .size_half_points = kTableSize});
  return p;
}

docx::Table list_table(const DeadlinesView& view, int width) {
  docx::Table table;
  table.columns = docx::proportional_widths({4, 34, 16, 22, 24}, width);
  table.cell_margin = 57;
  table.rows.push_back(heading_row({"STT", "Cơ quan, đơn vị", "Kỳ báo cáo", "Thời hạn", "Tình trạng"}));
  for (const TaskGroup& group : group_by_task(*view.report)) {
    const model::Task& task = *view.report->schedule.tasks[group.task].task;
    std::vector<Paragraph> head{task_heading(view, group.task, "")};
    if (task_label(task) != task.text)
      head.push_back(docx::paragraph(task.text, docx::Align::justify, Run{.italic = true, .size_half_points = 22}));
    if (!task.coordinating.empty())
      head.push_back(docx::paragraph(coordinating_note(view, task, Language::vietnamese), docx::Align::justify,
                                     Run{.italic = true, .size_half_points = 22}));
    table.rows.push_back(group_row(std::move(head), 5, true));
    int stt = 0;
    for (const Item* item : group.items) {
      docx::Row row{.cant_split = true};
      row.cells.push_back(cell(std::to_string(++stt), docx::Align::center));
      row.cells.push_back(cell(carried_body_label(*view.model, item->obligation, Language::vietnamese)));
      row.cells.push_back(cell(period_text(view, item->obligation, Language::vietnamese)));
      row.cells.push_back(cell(due_text(view, item->obligation)));
      row.cells.push_back(cell(status_with_cancellation(view, *item, Language::vietnamese), docx::Align::left,
                               Run{.bold = item->status == schedule::Status::overdue}));
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

docx::Table missing_docx_table(const DeadlinesView& view, int width) {
  docx::Table table;
  table.columns = docx::proportional_widths({4, 46, 26, 24}, width);
  table.cell_margin = 57;
  table.rows.push_back(heading_row({"STT", "Cơ quan, đơn vị, địa phương chưa gửi báo cáo", "Gửi qua", "Quá hạn"}));
  for (const PeriodGroup& period : missing_by_period(*view.report)) {
    table.rows.push_back(group_row(
        {docx::paragraph(period.once ? std::string("Báo cáo một lần") : "Kỳ báo cáo " + period.label_vn(),
                         docx::Align::left, Run{.bold = true, .caps = false, .size_half_points = kTableSize})},
        4, true));
    for (const schedule::MissingReport* m : period.reports) {
      Paragraph head = task_heading(view, m->task, "");
      head.runs.push_back(Run{.text = fmt::format(" — hạn {}", calendar::format_vn(m->due)),
                              .italic = true,
                              .size_half_points = kTableSize});
      table.rows.push_back(group_row({std::move(head)}, 4, false));
      const model::Task& task = *view.report->schedule.tasks[m->task].task;
      const std::string via =
          task.report && !task.report->via.empty() ? schedule::body_name(*view.model, task.report->via) : "";
      const long days = calendar::days_between(m->due, view.report->as_of);
      int stt = 0;
      for (const schedule::Obligation& o : m->bodies) {
        docx::Row row{.cant_split = true};
        row.cells.push_back(cell(std::to_string(++stt), docx::Align::center));
        row.cells.push_back(cell(carried_body_label(*view.model, o, Language::vietnamese)));
        row.cells.push_back(cell(via));
        row.cells.push_back(cell(fmt::format("{} ngày", days)));
        table.rows.push_back(std::move(row));
      }
    }
  }
  return table;
}

// A table of the shared Table writers under a bold title.
void add_table(docx::Section& section, Table table, const std::string& heading, bool new_page) {
  Paragraph p = centred(heading, Run{.bold = true}, 120);
  p.spacing.before = 240;
  p.page_break_before = new_page;
  section.blocks.emplace_back(std::move(p));
  section.blocks.emplace_back(docx_table(table, section.text_width()));
}

}  // namespace

docx::Document deadlines_docx(const DeadlinesView& view, const DeadlinesLayout& layout) {
  const std::string date = calendar::format_vn(view.report->as_of);
  docx::Document doc;
  docx::Section section{.orientation = docx::Orientation::landscape};
  section.margins = {.top = 20, .bottom = 20, .left = 20, .right = 15};
  const int width = section.text_width();
  const bool none_missing = view.report->missing.empty();
  if (layout.summary) {
    title(section, view, "KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    add_table(section, statistics_table(view, StatsBy::body, Language::vietnamese), "Theo cơ quan, đơn vị", false);
    add_table(section, statistics_table(view, StatsBy::document, Language::vietnamese), "Theo văn bản", false);
  } else if (layout.missing) {
    title(section, view, "DANH SÁCH CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG CHƯA GỬI BÁO CÁO");
    if (none_missing)
      section.blocks.emplace_back(docx::paragraph("Không có (tất cả các báo cáo đến hạn đã được gửi)."));
    else
      section.blocks.emplace_back(missing_docx_table(view, width));
  } else {
    title(section, view, "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ");
    if (view.report->items.empty())
      section.blocks.emplace_back(docx::paragraph("Không có nhiệm vụ nào trong phạm vi đã chọn."));
    else
      section.blocks.emplace_back(list_table(view, width));
    if (!none_missing) {
      Paragraph p = centred("DANH SÁCH CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG CHƯA GỬI BÁO CÁO", Run{.bold = true});
      p.page_break_before = true;
      section.blocks.emplace_back(std::move(p));
      section.blocks.emplace_back(centred("(tính đến ngày " + date + ")", Run{.italic = true}, 120));
      section.blocks.emplace_back(missing_docx_table(view, width));
    }
  }
  if (!view.skipped.empty())
    add_table(section, skipped_table(view, Language::vietnamese), "Phần dữ liệu bị bỏ qua do có lỗi (--lenient)", true);
  doc.properties = {.title = "Tình hình thực hiện nhiệm vụ (tính đến ngày " + date + ")",
                    .created = view.report->as_of,
                    .modified = view.report->as_of};
  doc.sections.push_back(std::move(section));
  return doc;
}

}  // namespace campaign::write
