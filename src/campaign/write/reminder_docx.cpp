// Reminder letters (see reminder_docx.hpp).

#include "campaign/write/reminder_docx.hpp"

#include <fmt/format.h>

#include <map>

#include "campaign/write/appendix.hpp"
#include "campaign/write/deadlines_groups.hpp"
#include "campaign/write/docx_tables.hpp"
#include "campaign/write/notice_docx.hpp"

namespace campaign::write {
namespace {

using docx::Paragraph;
using docx::Run;
using schedule::Item;

// The overdue items of one addressee (a body, or ID@UNIT), in the report's order.
struct Late {
  std::string name;
  std::vector<const Item*> items;
};

std::vector<Late> late_bodies(const DeadlinesView& view) {
  std::vector<Late> out;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> index;
  for (const Item& item : view.report->items) {
    if (item.status != schedule::Status::overdue) continue;
    const auto key = std::make_pair(item.obligation.body, item.obligation.unit);
    auto [at, added] = index.emplace(key, out.size());
    if (added) out.push_back({schedule::body_label(*view.model, item.obligation), {}});
    out[at->second].items.push_back(&item);
  }
  return out;
}

Paragraph body(std::string text, int first_line = 567) {
  Paragraph p = docx::paragraph(std::move(text), docx::Align::justify);
  p.first_line = first_line;
  p.spacing.after = 120;
  p.spacing.line = 312;
  return p;
}

// "Thông báo số 127-TB/BCĐ, ngày 11/7/2024"; a document without number or date (a draft) is
// cited by what is known: "Kế hoạch (dự thảo du-thao.yaml, chưa có ngày ban hành)".
std::string cited(const model::Document& d) {
  const std::string_view kind = document_kind_name(d.kind, Language::vietnamese);
  if (d.numbered && d.issued) return fmt::format("{} số {}, ngày {}", kind, d.number, format_official(*d.issued));
  const std::string number = d.numbered ? "số " + d.number : "chưa có số (tệp " + d.number + ")";
  const std::string date = d.issued ? "ngày " + format_official(*d.issued) : "chưa có ngày ban hành";
  return fmt::format("{} {}, {}", kind, number, date);
}

// One bullet: what is owed, from which document, due when, how late.
std::string owed(const DeadlinesView& view, const Item& item) {
  const schedule::TaskRef& ref = view.report->schedule.tasks[item.obligation.task];
  const std::string what = item.obligation.kind == schedule::Kind::report
                               ? fmt::format("Báo cáo {} theo nhiệm vụ {} ({})", item.obligation.period.label_vn(),
                                             ref.task->id, task_label(*ref.task))
                               : fmt::format("Nhiệm vụ {}: {}", ref.task->id, task_label(*ref.task));
  return fmt::format("- {} tại {}; thời hạn {}, đã quá hạn {} ngày;", what, cited(*ref.document),
                     calendar::format_vn(item.obligation.due), item.days);
}

// Through whom reports go ("qua Ủy ban MTTQ Việt Nam huyện"), when every overdue report says the same.
std::string via(const DeadlinesView& view, const std::vector<const Item*>& items) {
  std::string out;
  for (const Item* item : items) {
    const model::Task& task = *view.report->schedule.tasks[item->obligation.task].task;
    if (!task.report || task.report->via.empty()) continue;
    const std::string name = schedule::body_name(*view.model, task.report->via);
    if (!out.empty() && out != name) return "";
    out = name;
  }
  return out;
}

void letter(docx::Section& s, const DeadlinesView& view, const std::vector<Late>& to, bool new_page) {
  const Item& first = *to.front().items.front();
  const model::Document& doc = *view.report->schedule.tasks[first.obligation.task].document;
  NoticeLayout l = notice_layout(*view.model, doc);
  const bool party = l.bloc == model::Bloc::party;
  const std::size_t slash = doc.number.find('/');
  const std::string code = slash == std::string::npos ? "" : doc.number.substr(slash + 1);
  l.number = party ? fmt::format("Số       -CV/{}", code) : fmt::format("Số:       /{}", code);
  l.date_line = official_date_line(doc.place, view.report->as_of);
  l.recipients = {"- Như trên,", "- Lưu VT."};
  const int width = s.text_width();
  Paragraph subject = docx::paragraph("V/v đôn đốc thực hiện nhiệm vụ, gửi báo cáo", docx::Align::center,
                                      Run{.italic = party, .size_half_points = 24});
  if (new_page) {
    Paragraph page;
    page.page_break_before = true;
    page.spacing.line = 20;
    page.spacing.rule = docx::LineRule::exact;
    s.blocks.emplace_back(page);
  }
  s.blocks.emplace_back(official_heading(l, width, {std::move(subject)}));
  Paragraph gap;
  gap.spacing.after = 240;
  s.blocks.emplace_back(gap);
  std::vector<const Item*> all;
  for (const Late& late : to) all.insert(all.end(), late.items.begin(), late.items.end());
  if (to.size() == 1) {
    s.blocks.emplace_back(docx::paragraph("Kính gửi: " + to.front().name, docx::Align::center));
  } else {
    s.blocks.emplace_back(docx::paragraph("Kính gửi:", docx::Align::center));
    // One addressee a line, each ending with ';', the last with '.' (NĐ 30/2020, Phụ lục I, mẫu 1.4).
    for (std::size_t i = 0; i < to.size(); ++i)
      s.blocks.emplace_back(docx::paragraph("- " + to[i].name + (i + 1 < to.size() ? ";" : "."), docx::Align::center));
  }
  const model::Body* by = view.model->find_body(doc.issuer);
  const std::string issuer = !by ? doc.issuer : by->full_name.empty() ? by->name : by->full_name;
  s.blocks.emplace_back(
      body(fmt::format("Thực hiện {} của {}, đến ngày {}, {} chưa thực hiện hoặc chưa gửi báo cáo "
                       "các nhiệm vụ sau:",
                       cited(doc), issuer, calendar::format_vn(view.report->as_of),
                       to.size() == 1 ? "quý cơ quan, đơn vị" : "các cơ quan, đơn vị")));
  for (const Late& late : to) {
    if (to.size() > 1) s.blocks.emplace_back(body(late.name + ":"));
    for (const Item* item : late.items) {
      std::string line = owed(view, *item);
      if (item == all.back()) line.back() = '.';  // the list ends the sentence: ';' each, '.' last
      s.blocks.emplace_back(body(line));
    }
  }
  const std::string through = via(view, all);
  s.blocks.emplace_back(body(fmt::format(
      "Đề nghị {} khẩn trương thực hiện, gửi báo cáo về {}{}; đồng thời báo cáo, giải trình việc chậm trễ để "
      "làm cơ sở đánh giá, xếp loại chất lượng cuối năm.",
      to.size() == 1 ? "quý cơ quan, đơn vị" : "các cơ quan, đơn vị", issuer,
      through.empty() ? "" : " (qua " + through + ")")));
  s.blocks.emplace_back(body("Trân trọng./."));
  s.blocks.emplace_back(closing_block(l, width));
}

}  // namespace

docx::Document reminder_docx(const DeadlinesView& view, Reminders mode) {
  docx::Document doc;
  doc.properties = {.title = "Công văn đôn đốc (ngày " + calendar::format_vn(view.report->as_of) + ")",
                    .created = view.report->as_of,
                    .modified = view.report->as_of};
  docx::Section s;
  const std::vector<Late> late = late_bodies(view);
  if (late.empty()) {
    s.blocks.emplace_back(docx::paragraph(
        "Không có cơ quan, đơn vị nào quá hạn (tính đến ngày " + calendar::format_vn(view.report->as_of) + ").",
        docx::Align::center));
  } else if (mode == Reminders::all) {
    letter(s, view, late, false);
  } else {
    for (std::size_t i = 0; i < late.size(); ++i) letter(s, view, {late[i]}, i > 0);
  }
  doc.sections.push_back(std::move(s));
  return doc;
}

}  // namespace campaign::write
