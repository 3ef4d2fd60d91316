// Tests of campaign/write/docx: the XML parts, parsed back with pugixml — page size and
// orientation, margins, sections, tables (grid, gridSpan, vMerge, tblHeader, cantSplit,
// borders), fonts, sizes and language, footnotes, page numbers, the package's relationships.

#include "campaign/write/docx/model.hpp"
#include "docx_fixture.hpp"

using namespace campaign::write::docx;
using namespace campaign::write::docx::test;

TEST_CASE("docx units: millimetres, points and proportional widths in twips", "[write][docx]") {
  CHECK(mm_to_twips(20) == 1134);
  CHECK(mm_to_twips(30) == 1701);
  CHECK(mm_to_twips(15) == 850);
  CHECK(mm_to_twips(210) == 11906);
  CHECK(pt_to_twips(13) == 260);
  auto w = proportional_widths({1, 4, 1.5, 1.2, 1.2, 1.2}, 10000);
  // 990.1, 3960.4, 1485.1, 1188.1 ×3 rounded down leave 1 twip, for the widest column.
  CHECK(w == std::vector<int>{990, 3961, 1485, 1188, 1188, 1188});
  CHECK(proportional_widths({0, 0, 0}, 10) == std::vector<int>{4, 3, 3});
  Section portrait;
  CHECK(portrait.text_width() == 11906 - 1701 - 850);
  Section landscape{.orientation = Orientation::landscape};
  CHECK(landscape.text_width() == 16838 - 1701 - 850);
}

TEST_CASE("docx sections: A4 portrait then landscape, margins in twips, the first sectPr in a paragraph",
          "[write][docx]") {
  Document doc = document_of({paragraph("Thông báo")});
  doc.sections[0].margins = {.top = 20, .bottom = 20, .left = 30, .right = 15, .header = 10, .footer = 12};
  Section appendix{.orientation = Orientation::landscape};
  appendix.blocks.push_back(paragraph("Phụ lục"));
  doc.sections.push_back(appendix);
  auto d = parse(parts_of(doc)["word/document.xml"]);

  // The notice's properties close its last paragraph; the appendix's close the body.
  auto first = d->select_node("/w:document/w:body/w:p[1]/w:pPr/w:sectPr").node();
  REQUIRE(first);
  CHECK(first.child("w:pgSz").attribute("w:w").as_int() == 11906);
  CHECK(first.child("w:pgSz").attribute("w:h").as_int() == 16838);
  CHECK(!first.child("w:pgSz").attribute("w:orient"));
  pugi::xml_node mar = first.child("w:pgMar");
  CHECK(mar.attribute("w:top").as_int() == 1134);
  CHECK(mar.attribute("w:bottom").as_int() == 1134);
  CHECK(mar.attribute("w:left").as_int() == 1701);
  CHECK(mar.attribute("w:right").as_int() == 850);
  CHECK(mar.attribute("w:header").as_int() == 567);
  CHECK(mar.attribute("w:footer").as_int() == 680);
  CHECK(mar.attribute("w:gutter").as_int() == 0);
  auto last = d->select_node("/w:document/w:body/*[last()]").node();
  CHECK(std::string(last.name()) == "w:sectPr");
  CHECK(last.child("w:pgSz").attribute("w:w").as_int() == 16838);
  CHECK(last.child("w:pgSz").attribute("w:h").as_int() == 11906);
  CHECK(std::string(last.child("w:pgSz").attribute("w:orient").value()) == "landscape");
  CHECK(select(*d, "//w:sectPr").size() == 2);
}

TEST_CASE("docx sections: a section ending with a table gets an empty paragraph for its sectPr", "[write][docx]") {
  Table t{.columns = {2000}, .rows = {Row{.cells = {Cell{}}}}};
  Document doc = document_of({t});
  doc.sections.push_back(Section{.blocks = {paragraph("Sau")}});
  auto d = parse(parts_of(doc)["word/document.xml"]);
  CHECK(select(*d, "/w:document/w:body/*").size() == 4);  // tbl, p(sectPr), p, sectPr
  CHECK(d->select_node("/w:document/w:body/w:p[1][not(w:r)]/w:pPr/w:sectPr"));
  // The empty cell still holds the paragraph Word requires.
  CHECK(select(*d, "//w:tc/w:p").size() == 1);
}

TEST_CASE("docx paragraphs: alignment, indents, spacing, keep-with-next, page break, bottom rule, tabs",
          "[write][docx]") {
  Paragraph p = paragraph("Kết luận", Align::justify);
  p.first_line = 567;
  p.indent_left = 100;
  p.spacing = {.before = 120, .after = 240, .line = 360, .rule = LineRule::exact};
  p.keep_next = p.keep_lines = p.page_break_before = true;
  p.bottom_border = Border{.size = 6};
  p.tabs = {{TabStop::Kind::right, 9000}};
  Paragraph hanging = paragraph("a");
  hanging.first_line = -300;
  auto d = parse(parts_of(document_of({p, hanging}))["word/document.xml"]);
  pugi::xml_node ppr = d->select_node("//w:p[1]/w:pPr").node();
  // Children in the order of CT_PPrBase (§17.3.1.26).
  std::vector<std::string> order;
  for (pugi::xml_node c : ppr.children()) order.push_back(c.name());
  CHECK(order == std::vector<std::string>{"w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:pBdr", "w:tabs",
                                          "w:spacing", "w:ind", "w:jc"});
  CHECK(value(*d, "//w:p[1]/w:pPr/w:jc/@w:val") == "both");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:ind/@w:firstLine") == "567");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:ind/@w:left") == "100");
  CHECK(value(*d, "//w:p[2]/w:pPr/w:ind/@w:hanging") == "300");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:spacing/@w:before") == "120");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:spacing/@w:after") == "240");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:spacing/@w:line") == "360");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:spacing/@w:lineRule") == "exact");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:pBdr/w:bottom/@w:val") == "single");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:pBdr/w:bottom/@w:sz") == "6");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:tabs/w:tab/@w:val") == "right");
  CHECK(value(*d, "//w:p[1]/w:pPr/w:tabs/w:tab/@w:pos") == "9000");
}

TEST_CASE("docx runs: fonts, sizes in half-points, bold, italic, underline, caps, superscript", "[write][docx]") {
  Paragraph p;
  p.runs.push_back(Run{.text = "Đậm",
                       .bold = true,
                       .italic = true,
                       .underline = true,
                       .caps = true,
                       .vert_align = VertAlign::superscript,
                       .size_half_points = 26,
                       .font = "Arial"});
  p.runs.push_back(Run{.text = "thường"});
  auto parts = parts_of(document_of({p}));
  auto d = parse(parts["word/document.xml"]);
  pugi::xml_node rpr = d->select_node("//w:r[1]/w:rPr").node();
  std::vector<std::string> order;
  for (pugi::xml_node c : rpr.children()) order.push_back(c.name());
  CHECK(order == std::vector<std::string>{"w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:sz", "w:szCs", "w:u",
                                          "w:vertAlign"});
  CHECK(value(*d, "//w:r[1]/w:rPr/w:rFonts/@w:ascii") == "Arial");
  CHECK(value(*d, "//w:r[1]/w:rPr/w:rFonts/@w:hAnsi") == "Arial");
  CHECK(value(*d, "//w:r[1]/w:rPr/w:sz/@w:val") == "26");
  CHECK(value(*d, "//w:r[1]/w:rPr/w:vertAlign/@w:val") == "superscript");
  CHECK(!d->select_node("//w:r[2]/w:rPr"));  // inherits everything

  // The defaults: Times New Roman 14 pt, Vietnamese, in docDefaults and in Normal.
  auto s = parse(parts["word/styles.xml"]);
  for (const char* where : {"/w:styles/w:docDefaults/w:rPrDefault/w:rPr", "//w:style[@w:styleId='Normal']/w:rPr"}) {
    INFO(where);
    std::string base = where;
    CHECK(value(*s, (base + "/w:rFonts/@w:ascii").c_str()) == "Times New Roman");
    CHECK(value(*s, (base + "/w:rFonts/@w:cs").c_str()) == "Times New Roman");
    CHECK(value(*s, (base + "/w:sz/@w:val").c_str()) == "28");
    CHECK(value(*s, (base + "/w:lang/@w:val").c_str()) == "vi-VN");
  }
  CHECK(value(*s, "//w:style[@w:styleId='Normal']/@w:default") == "1");
  auto settings = parse(parts["word/settings.xml"]);
  CHECK(value(*settings, "/w:settings/w:themeFontLang/@w:val") == "vi-VN");
}

TEST_CASE("docx tables: grid, gridSpan, vMerge, repeated header rows, rows that cannot split", "[write][docx]") {
  auto text = [](const char* t) { return Cell{.paragraphs = {paragraph(t)}}; };
  Table t{.columns = {500, 3000, 1000, 1000}};
  Row head1{.header = true, .cant_split = true};
  head1.cells = {Cell{.paragraphs = {paragraph("TT")}, .vmerge = VMerge::restart},
                 Cell{.paragraphs = {paragraph("Chỉ tiêu")}, .vmerge = VMerge::restart},
                 Cell{.paragraphs = {paragraph("Trong đó")}, .span = 2, .shading = "D9D9D9"}};
  Row head2{.header = true, .cant_split = true, .min_height = 400};
  head2.cells = {Cell{.vmerge = VMerge::continue_}, Cell{.vmerge = VMerge::continue_}, text("Ấp 1"), text("Ấp 2")};
  Row data{.cells = {text("1"), text("Hộ nghèo"), text("2"), text("3")}};
  t.rows = {head1, head2, data};
  auto d = parse(parts_of(document_of({t}))["word/document.xml"]);

  CHECK(select(*d, "//w:tblGrid/w:gridCol").size() == 4);
  CHECK(value(*d, "//w:tblGrid/w:gridCol[2]/@w:w") == "3000");
  CHECK(value(*d, "//w:tblPr/w:tblW/@w:w") == "5500");
  CHECK(value(*d, "//w:tblPr/w:tblLayout/@w:type") == "fixed");
  CHECK(value(*d, "//w:tr[1]/w:tc[3]/w:tcPr/w:gridSpan/@w:val") == "2");
  CHECK(value(*d, "//w:tr[1]/w:tc[3]/w:tcPr/w:tcW/@w:w") == "2000");
  CHECK(value(*d, "//w:tr[1]/w:tc[3]/w:tcPr/w:shd/@w:fill") == "D9D9D9");
  CHECK(value(*d, "//w:tr[1]/w:tc[1]/w:tcPr/w:vMerge/@w:val") == "restart");
  CHECK(d->select_node("//w:tr[2]/w:tc[1]/w:tcPr/w:vMerge[not(@w:val)]"));
  CHECK(d->select_node("//w:tr[2]/w:tc[2]/w:tcPr/w:vMerge[not(@w:val)]"));
  CHECK(select(*d, "//w:tr[w:trPr/w:tblHeader]").size() == 2);
  CHECK(select(*d, "//w:tr[w:trPr/w:cantSplit]").size() == 2);
  CHECK(value(*d, "//w:tr[2]/w:trPr/w:trHeight/@w:val") == "400");
  CHECK(value(*d, "//w:tr[2]/w:trPr/w:trHeight/@w:hRule") == "atLeast");
  CHECK(!d->select_node("//w:tr[3]/w:trPr"));
  // Every row covers the grid: the sum of gridSpan (default 1) is the column count.
  for (const auto& tr : select(*d, "//w:tr")) {
    int spanned = 0;
    for (pugi::xml_node tc : tr.node().children("w:tc"))
      spanned += std::max(1, tc.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int());
    CHECK(spanned == 4);
  }
  CHECK(value(*d, "//w:tblBorders/w:insideV/@w:val") == "single");
}

TEST_CASE("docx tables: a borderless two-column official heading", "[write][docx]") {
  Table t = two_column_heading({paragraph("BAN CHỈ ĐẠO")}, {paragraph("ĐẢNG CỘNG SẢN VIỆT NAM")}, 9000, 0.4);
  CHECK(t.columns == std::vector<int>{3600, 5400});
  auto d = parse(parts_of(document_of({t}))["word/document.xml"]);
  CHECK(select(*d, "//w:tblBorders/*").size() == 6);
  CHECK(select(*d, "//w:tblBorders/*[@w:val='nil']").size() == 6);
  CHECK(select(*d, "//w:tc//w:jc[@w:val='center']").size() == 2);
}

TEST_CASE("docx footnotes: separators first, the mark in text and note, relationships and content type",
          "[write][docx]") {
  Document doc = document_of({});
  int id = doc.add_footnote({paragraph("Nghị định số 30/2020/NĐ-CP.")});
  CHECK(id == 1);
  Paragraph p = paragraph("Theo quy định");
  p.runs.push_back(Run::footnote_reference(id));
  doc.sections[0].blocks.push_back(p);
  auto parts = parts_of(doc);
  REQUIRE(parts.count("word/footnotes.xml"));
  auto f = parse(parts["word/footnotes.xml"]);
  CHECK(value(*f, "/w:footnotes/w:footnote[1]/@w:type") == "separator");
  CHECK(value(*f, "/w:footnotes/w:footnote[1]/@w:id") == "-1");
  CHECK(f->select_node("/w:footnotes/w:footnote[1]//w:r/w:separator"));
  CHECK(value(*f, "/w:footnotes/w:footnote[2]/@w:type") == "continuationSeparator");
  CHECK(value(*f, "/w:footnotes/w:footnote[2]/@w:id") == "0");
  CHECK(f->select_node("/w:footnotes/w:footnote[2]//w:r/w:continuationSeparator"));
  CHECK(value(*f, "/w:footnotes/w:footnote[3]/@w:id") == "1");
  CHECK(value(*f, "/w:footnotes/w:footnote[3]/w:p/w:pPr/w:pStyle/@w:val") == "FootnoteText");
  CHECK(f->select_node("/w:footnotes/w:footnote[3]/w:p/w:r[1]/w:footnoteRef"));
  CHECK(value(*f, "/w:footnotes/w:footnote[3]") == " Nghị định số 30/2020/NĐ-CP.");

  auto d = parse(parts["word/document.xml"]);
  CHECK(value(*d, "//w:r/w:footnoteReference/@w:id") == "1");
  CHECK(value(*d, "//w:r[w:footnoteReference]/w:rPr/w:rStyle/@w:val") == "FootnoteReference");
  auto s = parse(parts["word/settings.xml"]);
  CHECK(select(*s, "/w:settings/w:footnotePr/w:footnote").size() == 2);
  auto rels = parse(parts["word/_rels/document.xml.rels"]);
  CHECK(value(*rels, "//Relationship[@Target='footnotes.xml']/@Type") ==
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes");
  auto types = parse(parts["[Content_Types].xml"]);
  CHECK(value(*types, "//Override[@PartName='/word/footnotes.xml']/@ContentType") ==
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml");

  // Without footnotes, no part and no footnotePr.
  auto plain = parts_of(document_of({paragraph("x")}));
  CHECK(!plain.count("word/footnotes.xml"));
  CHECK(!parse(plain["word/settings.xml"])->select_node("//w:footnotePr"));
}

TEST_CASE("docx page numbers: a PAGE field in the header, none on the first page (titlePg)", "[write][docx]") {
  Document doc = document_of({paragraph("Trang 1")});
  doc.sections.push_back(
      Section{.orientation = Orientation::landscape,
              .numbers = {.place = NumberPlace::footer, .align = Align::right, .on_first_page = true},
              .blocks = {paragraph("Phụ lục")}});
  auto parts = parts_of(doc);
  auto d = parse(parts["word/document.xml"]);
  auto rels = parse(parts["word/_rels/document.xml.rels"]);
  auto target = [&](const std::string& id) {
    return value(*rels, ("//Relationship[@Id='" + id + "']/@Target").c_str());
  };
  auto has_page_field = [&](const std::string& part) {
    auto x = parse(parts["word/" + part]);
    return value(*x, "//w:instrText") == " PAGE " && x->select_node("//w:fldChar[@w:fldCharType='begin']") &&
           x->select_node("//w:fldChar[@w:fldCharType='end']");
  };

  // Section 1 (defaults): number in the header, centred, not on its first page.
  auto s1 = d->select_node("//w:p/w:pPr/w:sectPr").node();
  CHECK(s1.child("w:titlePg"));
  std::string header =
      target(s1.find_child_by_attribute("w:headerReference", "w:type", "default").attribute("r:id").value());
  std::string first =
      target(s1.find_child_by_attribute("w:headerReference", "w:type", "first").attribute("r:id").value());
  CHECK(has_page_field(header));
  CHECK(value(*parse(parts["word/" + header]), "//w:jc/@w:val") == "center");
  CHECK(!first.empty());
  CHECK(!has_page_field(first));
  // Section 2: in the footer, on every page, and no header of section 1's inherited.
  auto s2 = d->select_node("/w:document/w:body/w:sectPr").node();
  CHECK(!s2.child("w:titlePg"));
  std::string footer =
      target(s2.find_child_by_attribute("w:footerReference", "w:type", "default").attribute("r:id").value());
  CHECK(has_page_field(footer));
  CHECK(value(*parse(parts["word/" + footer]), "//w:jc/@w:val") == "right");
  std::string header2 =
      target(s2.find_child_by_attribute("w:headerReference", "w:type", "default").attribute("r:id").value());
  CHECK(!has_page_field(header2));
  // Every relationship target is a part, every part has its content type.
  auto types = parse(parts["[Content_Types].xml"]);
  for (const auto& r : select(*rels, "//Relationship")) {
    std::string file = std::string("word/") + r.node().attribute("Target").value();
    CHECK(parts.count(file));
    CHECK(types->select_node(("//Override[@PartName='/" + file + "']").c_str()));
  }

  Document none = document_of({paragraph("x")});
  none.sections[0].numbers.place = NumberPlace::none;
  auto plain = parts_of(none);
  CHECK(!plain.count("word/header1.xml"));
  CHECK(!parse(plain["word/document.xml"])->select_node("//w:headerReference | //w:titlePg"));
}
