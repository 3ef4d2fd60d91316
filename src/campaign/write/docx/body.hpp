#pragma once
// Internal to write/docx: the WordprocessingML of blocks (paragraphs, runs, tables) and of
// section properties, appended to a pugixml node. Children are written in the order the
// schema's sequences require (ECMA-376 Part 1 §17.3.1.26 pPr, §17.3.2.28 rPr, §17.4.60 tblPr,
// §17.4.70 tcPr, §17.6.17 sectPr): Word refuses a part whose elements are out of order.

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "campaign/write/docx/model.hpp"

namespace campaign::write::docx::body {

/// Relationship ids (rId…) of the headers and footers one section references; "" = none.
struct HeaderRefs {
  std::string header, footer;              ///< default (every page)
  std::string first_header, first_footer;  ///< first page, when the section has w:titlePg
};

/// Appends `<w:p>` for `p` to `parent` and returns it; `style` names a paragraph style
/// ("FootnoteText", "Header") or is empty.
pugi::xml_node paragraph(pugi::xml_node parent, const Paragraph& p, const char* style = "");

/// Appends the `<w:r>` elements of `run` to `paragraph` (several for a field or for text
/// holding tabs and line breaks).
void run(pugi::xml_node paragraph, const Run& run);

/// Appends `<w:tbl>` for `table` (widths from its columns; check() has accepted it).
void table(pugi::xml_node parent, const Table& table);

/// Appends `<w:sectPr>` for `section` to `parent` (w:body for the last section, the w:pPr of
/// a section's last paragraph for the others).
void section_properties(pugi::xml_node parent, const Section& section, const HeaderRefs& refs);

/// The whole word/document.xml: every section's blocks, each section closed by its sectPr.
/// `refs` has one entry per section.
std::string document_xml(const Document& document, const std::vector<HeaderRefs>& refs);

}  // namespace campaign::write::docx::body
