// Writes sample documents with campaign/write/docx for tests/docx/check_docx.py, which reads
// them back with python-docx and renders them with LibreOffice.
// Usage: docx_sample OUTDIR   → OUTDIR/notice.docx (a notice in A4 portrait: an official
// heading, a footnote, page numbers from page 2; then its appendix in A4 landscape: a table of
// 20 columns with merged heading rows repeated on every page), OUTDIR/notice-stdout.docx (the
// same through docx_bytes). Prints the sample's expectations as "key: value" lines.

#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "campaign/write/docx/docx.hpp"

using namespace campaign::write::docx;

namespace {

constexpr int appendix_rows = 60;
constexpr int units = 16;  // columns "Trong đó"

Paragraph body_text(const std::string& text) {
  Paragraph p = paragraph(text, Align::justify);
  p.first_line = mm_to_twips(10);
  p.spacing = {.before = 0, .after = pt_to_twips(6), .line = pt_to_twips(18), .rule = LineRule::exact};
  return p;
}

Section notice(Document& doc) {
  Section s;
  const Run bold{.bold = true};
  std::vector<Paragraph> left{paragraph("BAN CHỈ ĐẠO", Align::center, Run{.size_half_points = 26}),
                              paragraph("XÃ AN BÌNH", Align::center, bold),
                              paragraph("Số: 127-TB/BCĐ", Align::center, Run{.size_half_points = 26})};
  Paragraph party = paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", Align::center, Run{.bold = true, .underline = true});
  std::vector<Paragraph> right{party, paragraph("An Bình, ngày 15 tháng 7 năm 2024", Align::center,
                                                Run{.italic = true, .size_half_points = 26})};
  s.blocks.push_back(two_column_heading(left, right, s.text_width()));
  Paragraph title = paragraph("THÔNG BÁO", Align::center, bold);
  title.spacing.before = pt_to_twips(24);
  title.keep_next = true;
  s.blocks.push_back(title);
  Paragraph subject = paragraph("Kết luận của Ban Chỉ đạo về phong trào xây dựng nông thôn mới", Align::center, bold);
  subject.bottom_border = Border{};
  subject.indent_left = subject.indent_right = mm_to_twips(30);
  subject.spacing.after = pt_to_twips(12);
  s.blocks.push_back(subject);
  int note =
      doc.add_footnote({paragraph("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.")});
  Paragraph first = body_text("Thực hiện quy định về thể thức văn bản");
  first.runs.push_back(Run::footnote_reference(note));
  first.runs.push_back(Run{.text = ", Ban Chỉ đạo thông báo kết luận như sau: & < > \" giữ nguyên."});
  s.blocks.push_back(first);
  for (int i = 1; i <= 40; ++i)
    s.blocks.push_back(
        body_text(fmt::format("Đoạn {}. Các ấp, các chi hội đoàn thể tiếp tục vận động nhân dân tham "
                              "gia xây dựng nông thôn mới, giữ gìn đường làng ngõ xóm xanh, sạch, đẹp.",
                              i)));
  s.blocks.push_back(paragraph("Cuối thông báo.", Align::left, Run{.italic = true}));
  return s;
}

Table appendix_table(int width) {
  Table t;
  std::vector<double> weights{1, 4, 1.5, 1.2};
  weights.resize(4 + units, 1.2);
  t.columns = proportional_widths(weights, width);
  t.cell_margin = 57;
  const Run head{.bold = true, .size_half_points = 20};
  auto heading = [&](const std::string& text, VMerge vmerge, int span = 1) {
    return Cell{.paragraphs = {paragraph(text, Align::center, head)},
                .span = span,
                .vmerge = vmerge,
                .valign = CellAlign::center,
                .shading = "D9D9D9"};
  };
  Row first{.header = true, .cant_split = true};
  for (const char* h : {"TT", "Chỉ tiêu", "Đơn vị", "Tổng"}) first.cells.push_back(heading(h, VMerge::restart));
  first.cells.push_back(heading("Trong đó", VMerge::none, units));
  Row second{.header = true, .cant_split = true};
  for (int i = 0; i < 4; ++i) second.cells.push_back(heading("", VMerge::continue_));
  for (int u = 1; u <= units; ++u) second.cells.push_back(heading(fmt::format("A{}", u), VMerge::none));
  t.rows = {first, second};
  const Run cell_run{.size_half_points = 22};
  for (int r = 1; r <= appendix_rows; ++r) {
    Row row{.cant_split = true};
    auto cell = [&](const std::string& text, Align a) {
      row.cells.push_back(Cell{.paragraphs = {paragraph(text, a, cell_run)}, .valign = CellAlign::center});
    };
    cell(fmt::format("{}", r), Align::center);
    cell(fmt::format("Chỉ tiêu {}", r), Align::left);
    cell("hộ", Align::center);
    for (int c = 4; c <= 4 + units; ++c) cell(fmt::format("{}", r * 100 + c), Align::right);
    t.rows.push_back(row);
  }
  return t;
}

Section appendix() {
  Section s;
  s.orientation = Orientation::landscape;
  s.margins = {.top = 20, .bottom = 15, .left = 20, .right = 15, .header = 10, .footer = 10};
  s.numbers.on_first_page = true;
  s.blocks.push_back(paragraph("PHỤ LỤC", Align::center, Run{.bold = true}));
  Paragraph sub =
      paragraph("Chỉ tiêu của các ấp năm 2024 (kèm theo Thông báo số 127-TB/BCĐ)", Align::center, Run{.italic = true});
  sub.spacing.after = pt_to_twips(6);
  s.blocks.push_back(sub);
  s.blocks.push_back(appendix_table(s.text_width()));
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: docx_sample OUTDIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  Document doc;
  doc.properties = {.title = "Thông báo kết luận 127-TB/BCĐ",
                    .subject = "Xây dựng nông thôn mới",
                    .creator = "Ban Chỉ đạo xã An Bình",
                    .description = "",
                    .created = {2024, 7, 15},
                    .modified = {2024, 7, 16}};
  doc.sections.push_back(notice(doc));
  doc.sections.push_back(appendix());
  if (std::string e = write_docx(doc, dir + "/notice.docx"); !e.empty()) {
    std::cerr << "docx_sample: " << e << "\n";
    return 1;
  }
  std::string bytes;
  if (std::string e = docx_bytes(doc, bytes); !e.empty()) {
    std::cerr << "docx_sample: " << e << "\n";
    return 1;
  }
  std::ofstream(dir + "/notice-stdout.docx", std::ios::binary) << bytes;
  std::cout << "appendix_rows: " << appendix_rows << "\nunits: " << units << "\n";
  return 0;
}
