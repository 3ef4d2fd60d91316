#include "campaign/write/docx/body.hpp"

#include <numeric>
#include <string_view>

#include "campaign/write/docx/xml.hpp"

namespace campaign::write::docx::body {
namespace {

using xml::add;
using xml::add_val;
using xml::set;

const char* jc(Align a) {
  switch (a) {
    case Align::center:
      return "center";
    case Align::right:
      return "right";
    case Align::justify:
      return "both";
    case Align::left:
      break;
  }
  return "left";
}

void border(pugi::xml_node parent, const char* side, const std::optional<Border>& b) {
  pugi::xml_node n = add(parent, side);
  if (!b) {
    set(n, "w:val", "nil");
    return;
  }
  set(n, "w:val", b->style == Border::Style::double_ ? "double" : "single");
  set(n, "w:sz", b->size);
  set(n, "w:space", 0);
  set(n, "w:color", b->color);
}

// w:rPr in the order of CT_RPr (§17.3.2.28); nothing when the run inherits everything.
void run_properties(pugi::xml_node r, const Run& run) {
  bool reference = run.kind == RunKind::footnote_reference;
  if (!reference && !run.bold && !run.italic && !run.underline && !run.caps && run.vert_align == VertAlign::baseline &&
      run.size_half_points == 0 && run.font.empty())
    return;
  pugi::xml_node pr = add(r, "w:rPr");
  if (reference) add_val(pr, "w:rStyle", "FootnoteReference");
  if (!run.font.empty()) {
    pugi::xml_node f = add(pr, "w:rFonts");
    for (const char* a : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) set(f, a, run.font);
  }
  if (run.bold) add(pr, "w:b"), add(pr, "w:bCs");
  if (run.italic) add(pr, "w:i"), add(pr, "w:iCs");
  if (run.caps) add(pr, "w:caps");
  if (run.size_half_points > 0) add_val(pr, "w:sz", run.size_half_points), add_val(pr, "w:szCs", run.size_half_points);
  if (run.underline) add_val(pr, "w:u", "single");
  if (run.vert_align != VertAlign::baseline)
    add_val(pr, "w:vertAlign", run.vert_align == VertAlign::superscript ? "superscript" : "subscript");
}

pugi::xml_node new_run(pugi::xml_node p, const Run& format) {
  pugi::xml_node r = add(p, "w:r");
  run_properties(r, format);
  return r;
}

void text_element(pugi::xml_node r, const char* name, std::string_view text) {
  pugi::xml_node t = xml::add_text(r, name, text);
  if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) set(t, "xml:space", "preserve");
}

// Text becomes w:t pieces split at tabs (w:tab) and line feeds (w:br); carriage returns go.
void text_run(pugi::xml_node p, const Run& run) {
  pugi::xml_node r = new_run(p, run);
  std::string piece;
  auto flush = [&] {
    if (!piece.empty()) text_element(r, "w:t", piece);
    piece.clear();
  };
  for (char c : run.text) {
    if (c == '\t' || c == '\n') {
      flush();
      add(r, c == '\t' ? "w:tab" : "w:br");
    } else if (c != '\r') {
      piece += c;
    }
  }
  flush();
}

// The PAGE field as a complex field (§17.16.18): begin, instruction, separate, a cached
// result ("1", replaced by the reader on every page), end.
void page_field(pugi::xml_node p, const Run& run) {
  set(add(new_run(p, run), "w:fldChar"), "w:fldCharType", "begin");
  text_element(new_run(p, run), "w:instrText", " PAGE ");
  set(add(new_run(p, run), "w:fldChar"), "w:fldCharType", "separate");
  text_element(new_run(p, run), "w:t", "1");
  set(add(new_run(p, run), "w:fldChar"), "w:fldCharType", "end");
}

void paragraph_properties(pugi::xml_node w_p, const Paragraph& p, const char* style) {
  pugi::xml_node pr = add(w_p, "w:pPr");
  if (*style) add_val(pr, "w:pStyle", style);
  if (p.keep_next) add(pr, "w:keepNext");
  if (p.keep_lines) add(pr, "w:keepLines");
  if (p.page_break_before) add(pr, "w:pageBreakBefore");
  if (p.bottom_border) border(add(pr, "w:pBdr"), "w:bottom", p.bottom_border);
  if (!p.tabs.empty()) {
    pugi::xml_node tabs = add(pr, "w:tabs");
    for (const TabStop& t : p.tabs) {
      const char* kind = t.kind == TabStop::Kind::center ? "center" : t.kind == TabStop::Kind::right ? "right" : "left";
      set(add_val(tabs, "w:tab", kind), "w:pos", t.position);
    }
  }
  const Spacing& s = p.spacing;
  if (s.before != 0 || s.after != 0 || s.line != 0) {
    pugi::xml_node sp = add(pr, "w:spacing");
    set(sp, "w:before", s.before);
    set(sp, "w:after", s.after);
    if (s.line != 0) {
      set(sp, "w:line", s.line);
      set(sp, "w:lineRule", s.rule == LineRule::exact ? "exact" : s.rule == LineRule::at_least ? "atLeast" : "auto");
    }
  }
  if (p.indent_left != 0 || p.indent_right != 0 || p.first_line != 0) {
    pugi::xml_node ind = add(pr, "w:ind");
    set(ind, "w:left", p.indent_left);
    set(ind, "w:right", p.indent_right);
    if (p.first_line > 0) set(ind, "w:firstLine", p.first_line);
    if (p.first_line < 0) set(ind, "w:hanging", -p.first_line);
  }
  if (p.align != Align::left) add_val(pr, "w:jc", jc(p.align));
  if (!pr.first_child()) w_p.remove_child(pr);
}

void cell(pugi::xml_node tr, const Cell& c, int width) {
  pugi::xml_node tc = add(tr, "w:tc");
  pugi::xml_node pr = add(tc, "w:tcPr");
  set(set(add(pr, "w:tcW"), "w:w", width), "w:type", "dxa");
  if (c.span > 1) add_val(pr, "w:gridSpan", c.span);
  if (c.vmerge == VMerge::restart) add_val(pr, "w:vMerge", "restart");
  if (c.vmerge == VMerge::continue_) add(pr, "w:vMerge");  // w:val defaults to "continue"
  if (!c.shading.empty()) set(set(add_val(pr, "w:shd", "clear"), "w:color", "auto"), "w:fill", c.shading);
  if (c.valign != CellAlign::top) add_val(pr, "w:vAlign", c.valign == CellAlign::center ? "center" : "bottom");
  // A continued cell's text would be hidden by the merge: it keeps one empty paragraph.
  if (c.paragraphs.empty() || c.vmerge == VMerge::continue_) {
    add(tc, "w:p");
    return;
  }
  for (const Paragraph& p : c.paragraphs) paragraph(tc, p);
}

}  // namespace

pugi::xml_node paragraph(pugi::xml_node parent, const Paragraph& p, const char* style) {
  pugi::xml_node w_p = add(parent, "w:p");
  paragraph_properties(w_p, p, style);
  for (const Run& r : p.runs) run(w_p, r);
  return w_p;
}

void run(pugi::xml_node p, const Run& r) {
  switch (r.kind) {
    case RunKind::text:
      text_run(p, r);
      return;
    case RunKind::tab:
      add(new_run(p, r), "w:tab");
      return;
    case RunKind::line_break:
      add(new_run(p, r), "w:br");
      return;
    case RunKind::page_number:
      page_field(p, r);
      return;
    case RunKind::footnote_reference:
      set(add(new_run(p, r), "w:footnoteReference"), "w:id", r.footnote);
      return;
  }
}

void table(pugi::xml_node parent, const Table& t) {
  pugi::xml_node tbl = add(parent, "w:tbl");
  pugi::xml_node pr = add(tbl, "w:tblPr");
  set(set(add(pr, "w:tblW"), "w:w", std::accumulate(t.columns.begin(), t.columns.end(), 0)), "w:type", "dxa");
  add_val(pr, "w:jc", jc(t.align == Align::justify ? Align::left : t.align));
  pugi::xml_node borders = add(pr, "w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
    border(borders, side, t.borders);
  set(add(pr, "w:tblLayout"), "w:type", "fixed");
  pugi::xml_node mar = add(pr, "w:tblCellMar");
  for (const char* side : {"w:left", "w:right"})
    set(set(add(mar, side), "w:w", t.cell_margin.value_or(108)), "w:type", "dxa");
  pugi::xml_node grid = add(tbl, "w:tblGrid");
  for (int w : t.columns) set(add(grid, "w:gridCol"), "w:w", w);
  for (const Row& row : t.rows) {
    pugi::xml_node tr = add(tbl, "w:tr");
    if (row.cant_split || row.min_height > 0 || row.header) {
      pugi::xml_node trpr = add(tr, "w:trPr");
      if (row.cant_split) add(trpr, "w:cantSplit");
      if (row.min_height > 0) set(add_val(trpr, "w:trHeight", row.min_height), "w:hRule", "atLeast");
      if (row.header) add(trpr, "w:tblHeader");
    }
    std::size_t col = 0;
    for (const Cell& c : row.cells) {
      int width = 0;
      for (int k = 0; k < c.span && col < t.columns.size(); ++k) width += t.columns[col++];
      cell(tr, c, width);
    }
  }
}

void section_properties(pugi::xml_node parent, const Section& s, const HeaderRefs& refs) {
  pugi::xml_node pr = add(parent, "w:sectPr");
  auto reference = [&](const char* name, const char* type, const std::string& id) {
    if (!id.empty()) set(set(add(pr, name), "w:type", type), "r:id", id);
  };
  reference("w:headerReference", "default", refs.header);
  reference("w:headerReference", "first", refs.first_header);
  reference("w:footerReference", "default", refs.footer);
  reference("w:footerReference", "first", refs.first_footer);
  const bool landscape = s.orientation == Orientation::landscape;
  pugi::xml_node size = add(pr, "w:pgSz");
  set(size, "w:w", landscape ? 16838 : 11906);
  set(size, "w:h", landscape ? 11906 : 16838);
  if (landscape) set(size, "w:orient", "landscape");
  pugi::xml_node mar = add(pr, "w:pgMar");
  const Margins& m = s.margins;
  set(mar, "w:top", mm_to_twips(m.top));
  set(mar, "w:right", mm_to_twips(m.right));
  set(mar, "w:bottom", mm_to_twips(m.bottom));
  set(mar, "w:left", mm_to_twips(m.left));
  set(mar, "w:header", mm_to_twips(m.header));
  set(mar, "w:footer", mm_to_twips(m.footer));
  set(mar, "w:gutter", 0);
  if (s.numbers.start > 0) set(add(pr, "w:pgNumType"), "w:start", s.numbers.start);
  set(add(pr, "w:cols"), "w:space", 720);
  if (s.numbers.place != NumberPlace::none && !s.numbers.on_first_page) add(pr, "w:titlePg");
}

std::string document_xml(const Document& d, const std::vector<HeaderRefs>& refs) {
  pugi::xml_document doc;
  pugi::xml_node root = xml::start(doc, "w:document");
  set(root, "xmlns:w", xml::ns_w);
  set(root, "xmlns:r", xml::ns_r);
  pugi::xml_node body = add(root, "w:body");
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    const Section& s = d.sections[i];
    pugi::xml_node last;
    for (const Block& b : s.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&b)) {
        last = paragraph(body, *p);
      } else {
        table(body, std::get<Table>(b));
        last = pugi::xml_node();
      }
    }
    if (i + 1 == d.sections.size()) {
      section_properties(body, s, refs[i]);
      break;
    }
    // A section other than the last ends with a paragraph holding its sectPr (§17.6.17):
    // its own last paragraph, or an empty one after a table.
    if (!last) last = add(body, "w:p");
    pugi::xml_node ppr = last.child("w:pPr");
    if (!ppr) ppr = last.prepend_child("w:pPr");
    section_properties(ppr, s, refs[i]);
  }
  return xml::serialise(doc);
}

}  // namespace campaign::write::docx::body
