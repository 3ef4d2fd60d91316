#pragma once
// `campaign render`: a document (notice, plan, …) laid out as the official documents of its
// kind are, in DOCX and Markdown (issue 13; docs/documents.md). The words come from
// notice_layout.hpp; the page layout is here.

#include <ostream>

#include "campaign/write/docx/model.hpp"
#include "campaign/write/notice_layout.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// `layout` as a Word document. Page 1 on A4 portrait, margins 20/20/30/15 mm, Times New
/// Roman 14 pt, pages numbered at the top centre from page 2. The heading: a borderless
/// two-column table, the issuer block on the left (the superior body upright, the issuer
/// bold; under it a star (Party) or a short rule (state), then the number), the bloc heading
/// on the right (Party: "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt bold over a rule; state: the national
/// heading 13 pt bold and the motto 14 pt bold over a rule) and the date line in italics. Then
/// the kind (16 pt bold) and the trích yếu (bold) centred over a short rule, the preamble and
/// the numbered items justified with a 10 mm first-line indent, their tasks as "- " bullets,
/// the footnotes as Word footnotes, and a borderless table with "Nơi nhận:" and the
/// recipients on the left (Party: underlined, items 12 pt; state: bold italic 12 pt, items 11
/// pt) and the signing block on the right (the office in capitals, the name bold after room
/// for the signature). The appendix follows in an A4 landscape section: "PHỤ LỤC", its title,
/// "(kèm theo …)", the table with the merged "Trong đó" heading and the column-number row.
docx::Document notice_docx(const NoticeLayout& layout);

/// The heading block of an official document (the borderless two-column table notice_docx
/// begins with), `width` twips wide; `under_number` goes under the number on the left (a
/// letter's "V/v …").
docx::Table official_heading(const NoticeLayout& layout, int width, std::vector<docx::Paragraph> under_number = {});

/// "Nơi nhận:" and the recipients on the left, the signing block on the right (as in
/// notice_docx), `width` twips wide.
docx::Table closing_block(const NoticeLayout& layout, int width);

/// The same document in Markdown (as the seed notice is kept): headings, items, bullets,
/// footnotes as "⁽¹⁾" with their text after the signature, the appendix as a table. Every
/// text is escaped for Markdown.
void write_notice_markdown(std::ostream& out, const NoticeLayout& layout);

/// The same document as one self-contained HTML page (notice_html.cpp) that prints the notice
/// on A4 portrait and the appendix on an A4 landscape page (CSS named pages); every text is
/// escaped; footnotes after the signing block.
void write_notice_html(std::ostream& out, const NoticeLayout& layout);

}  // namespace campaign::write
