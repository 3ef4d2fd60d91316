// `campaign render` in DOCX and Markdown (see notice_docx.hpp).

#include "campaign/write/notice_docx.hpp"

#include <fmt/format.h>

#include "campaign/write/docx_tables.hpp"

namespace campaign::write {
namespace {

using docx::Paragraph;
using docx::Run;

constexpr int kIndent = 567;  // 10 mm first-line indent of body paragraphs

Paragraph line(std::string text, Run format, docx::Align align = docx::Align::center) {
  Paragraph p = docx::paragraph(std::move(text), align, format);
  p.keep_next = true;
  return p;
}

// A short centred rule: an empty paragraph with a bottom border `length` twips long.
Paragraph rule(int width, int length) {
  Paragraph p;
  p.align = docx::Align::center;
  p.indent_left = p.indent_right = std::max(0, (width - length) / 2);
  p.bottom_border = docx::Border{.size = 6};
  p.spacing.line = 120;
  p.spacing.rule = docx::LineRule::exact;
  p.keep_next = true;
  return p;
}

}  // namespace

docx::Table official_heading(const NoticeLayout& l, int width, std::vector<Paragraph> under_number) {
  const bool party = l.bloc == model::Bloc::party;
  const int size = party ? 28 : 26;
  const double share = 0.47;
  const int left_width = static_cast<int>(width * share), right_width = width - left_width;
  std::vector<Paragraph> left, right;
  for (std::size_t i = 0; i < l.issuer.size(); ++i)
    left.push_back(line(l.issuer[i], Run{.bold = i + 1 == l.issuer.size(), .size_half_points = size}));
  if (party) {
    left.push_back(line("*", Run{.size_half_points = size}));
  } else {
    left.push_back(rule(left_width, left_width / 3));
  }
  Paragraph number = line(l.number, Run{.size_half_points = party ? 28 : 26});
  number.spacing.before = party ? 0 : 120;
  left.push_back(std::move(number));
  for (Paragraph& p : under_number) left.push_back(std::move(p));
  if (party) {
    right.push_back(line(l.national.front(), Run{.bold = true, .size_half_points = 30}));
    right.push_back(rule(right_width, right_width * 3 / 4));
  } else {
    right.push_back(line(l.national.front(), Run{.bold = true, .size_half_points = 26}));
    right.push_back(line(l.national.back(), Run{.bold = true, .size_half_points = 28}));
    right.push_back(rule(right_width, right_width * 2 / 3));
  }
  Paragraph date = line(l.date_line, Run{.italic = true, .size_half_points = 28});
  date.spacing.before = 120;
  right.push_back(std::move(date));
  return docx::two_column_heading(std::move(left), std::move(right), width, share);
}

namespace {

Paragraph body(const std::string& prefix, const MarkedText& text, const std::vector<int>& footnote_ids) {
  Paragraph p;
  p.align = docx::Align::justify;
  p.first_line = kIndent;
  p.spacing.after = 120;
  p.spacing.line = 312;  // 1.3 lines
  std::size_t at = 0;
  auto add_text = [&](std::string t) {
    if (!t.empty()) p.runs.push_back(Run{.text = std::move(t)});
  };
  add_text(prefix);
  for (const auto& [offset, n] : text.notes) {
    add_text(text.text.substr(at, offset - at));
    p.runs.push_back(Run::footnote_reference(footnote_ids[static_cast<std::size_t>(n - 1)]));
    at = offset;
  }
  add_text(text.text.substr(at));
  return p;
}

void items(docx::Section& s, const NoticeLayout& l, const std::vector<int>& ids) {
  for (const NoticeItem& item : l.items) {
    const std::string number = fmt::format("{}. ", item.number);
    std::size_t first = 0;
    if (!item.lead.empty()) {
      s.blocks.emplace_back(body(number, MarkedText{item.lead, {}}, ids));
    } else if (!item.tasks.empty()) {
      s.blocks.emplace_back(body(number, item.tasks.front(), ids));
      first = 1;
    }
    for (std::size_t t = first; t < item.tasks.size(); ++t)
      s.blocks.emplace_back(body(item.bullets ? "- " : "", item.tasks[t], ids));
  }
}

}  // namespace

docx::Table closing_block(const NoticeLayout& l, int width) {
  const bool party = l.bloc == model::Bloc::party;
  std::vector<Paragraph> left, right;
  left.push_back(docx::paragraph("Nơi nhận:", docx::Align::left,
                                 party ? Run{.underline = true, .size_half_points = 28}
                                       : Run{.bold = true, .italic = true, .size_half_points = 24}));
  for (const std::string& r : l.recipients)
    left.push_back(docx::paragraph(r, docx::Align::left, Run{.size_half_points = party ? 24 : 22}));
  for (const std::string& s : l.signer)
    right.push_back(
        docx::paragraph(s, docx::Align::center, Run{.bold = s != "kiêm" && !party, .size_half_points = 28}));
  if (!l.signer.empty())
    for (int i = 0; i < 4; ++i) right.push_back(docx::paragraph("", docx::Align::center));
  right.push_back(docx::paragraph(l.signer_name, docx::Align::center, Run{.bold = true, .size_half_points = 28}));
  docx::Table t = docx::two_column_heading(std::move(left), std::move(right), width, 0.5);
  for (Paragraph& p : t.rows[0].cells[0].paragraphs) p.align = docx::Align::left;
  t.rows[0].cant_split = true;
  return t;
}

namespace {

void appendix(docx::Document& doc, const Table& table) {
  docx::Section s{.orientation = docx::Orientation::landscape};
  s.margins = {.top = 20, .bottom = 20, .left = 20, .right = 15};
  for (std::size_t i = 0; i < table.heading.size(); ++i) {
    const bool attached = table.heading[i].starts_with("(");
    Paragraph p = line(table.heading[i], Run{.bold = !attached, .italic = attached});
    if (attached) p.spacing.after = 240;
    s.blocks.emplace_back(std::move(p));
  }
  s.blocks.emplace_back(docx_table(table, s.text_width()));
  doc.sections.push_back(std::move(s));
}

}  // namespace

docx::Document notice_docx(const NoticeLayout& l) {
  docx::Document doc;
  doc.properties.title = l.title;
  if (l.issued) {
    doc.properties.created = *l.issued;
    doc.properties.modified = *l.issued;
  } else {
    doc.properties.undated = true;  // a draft: no date is invented for it
  }
  docx::Section s;  // A4 portrait, 20/20/30/15 mm, numbered from page 2 at the top centre
  const int width = s.text_width();
  std::vector<int> ids;
  for (const std::string& note : l.footnotes)
    ids.push_back(doc.add_footnote({docx::paragraph(note, docx::Align::justify, Run{.size_half_points = 24})}));
  if (l.draft) s.blocks.emplace_back(line("DỰ THẢO", Run{.bold = true, .size_half_points = 28}, docx::Align::right));
  s.blocks.emplace_back(official_heading(l, width));
  Paragraph kind = line(l.kind, Run{.bold = true, .size_half_points = 32});
  kind.spacing.before = 360;
  s.blocks.emplace_back(std::move(kind));
  s.blocks.emplace_back(line(l.summary, Run{.bold = true, .size_half_points = 28}));
  s.blocks.emplace_back(rule(width, 1134));
  Paragraph gap;
  gap.spacing.after = 120;
  s.blocks.emplace_back(gap);
  if (!l.preamble.empty()) s.blocks.emplace_back(body("", MarkedText{l.preamble, {}}, ids));
  items(s, l, ids);
  Paragraph before_closing;
  before_closing.spacing.after = 120;
  s.blocks.emplace_back(before_closing);
  s.blocks.emplace_back(closing_block(l, width));
  doc.sections.push_back(std::move(s));
  if (l.appendix) appendix(doc, *l.appendix);
  return doc;
}

}  // namespace campaign::write
